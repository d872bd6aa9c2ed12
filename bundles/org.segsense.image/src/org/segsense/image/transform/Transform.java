// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.transform;

/**
 * A spatial transform {@code T: R^d → R^d} between physical spaces (LPS, mm).
 * <p>
 * <b>Direction:</b> as in ITK, {@code T} maps a point of the <em>output</em> space to the point of the
 * <em>input</em> space that is sampled there ("output-to-input, NOT input-to-output", as
 * {@code itkResampleImageFilter.h} puts it).
 * <p>
 * Every SegSense transform is affine and says so through {@link #asAffine()}; callers that apply a
 * transform to many points (the resampler) should use the matrix and offset of {@link #asAffine()}
 * rather than calling {@link #transformPoint(double[], double[])} per point. Implementations are
 * immutable and thread-safe.
 */
public interface Transform {

    /** @return the number of coordinates of a point, 2 or 3 (any ≥ 1 for {@link AffineTransform}) */
    int dimension();

    /**
     * Maps one point.
     *
     * @param in the output-space point (length {@link #dimension()})
     * @param out receives the input-space point; may be the same array as {@code in}
     */
    void transformPoint(double[] in, double[] out);

    /**
     * Maps one point into a new array.
     *
     * @param in the output-space point
     * @return the input-space point
     */
    default double[] transformPoint(double[] in) {
        double[] out = new double[dimension()];
        transformPoint(in, out);
        return out;
    }

    /**
     * Returns the same map as a general affine transform {@code x ↦ M·x + offset}. The centre of the
     * returned transform is this transform's centre (or the origin where it has none).
     *
     * @return the affine form
     */
    AffineTransform asAffine();

    /**
     * Returns the inverse map, so that {@code inverse().transformPoint(transformPoint(x)) ≈ x}.
     *
     * @return the inverse
     * @throws IllegalStateException if the matrix is singular (message says so)
     */
    Transform inverse();

    /**
     * Composition in the order of application, as {@link java.util.function.Function#andThen}: the
     * result maps {@code x} to {@code next.transformPoint(this.transformPoint(x))}. (ITK's
     * {@code CompositeTransform} applies the <em>last added</em> transform first; this method names
     * the order explicitly instead.)
     *
     * @param next the transform applied second
     * @return the composite, as an affine transform
     * @throws IllegalArgumentException if the dimensions differ
     */
    default AffineTransform andThen(Transform next) {
        return AffineTransform.compose(this, next);
    }

    /** @return true if this transform maps every point to itself exactly */
    default boolean isIdentity() {
        return asAffine().isIdentity();
    }
}
