// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.transform;

import java.util.Arrays;

/**
 * Anisotropic scaling about a centre, as {@code itk::ScaleTransform}:
 * {@code x_in[i] = s[i]·(x_out[i] − c[i]) + c[i]}.
 * <p>
 * Direction: output point to input point (see {@link Transform}): {@code s > 1} samples a larger
 * region of the input, so the content appears smaller.
 */
public final class ScaleTransform implements Transform {

    private final double[] scale;
    private final AffineTransform affine;

    /**
     * @param scale per-axis scale factors, each non-zero; the length is the dimension
     * @param center centre (mm) or null for the origin
     */
    public ScaleTransform(double[] scale, double[] center) {
        AffineTransform.checkFinite(scale, "scale");
        int d = scale.length;
        double[] m = new double[d * d];
        for (int i = 0; i < d; i++) {
            if (scale[i] == 0) {
                throw new IllegalArgumentException("Scale factor along axis " + i + " is 0; a scale must be non-zero.");
            }
            m[i * d + i] = scale[i];
        }
        this.scale = scale.clone();
        this.affine = new AffineTransform(m, new double[d], center == null ? null : AffineTransform.checkLength(center, d, "centre"));
    }

    /** @return a copy of the scale factors */
    public double[] scale() {
        return scale.clone();
    }

    @Override
    public int dimension() {
        return scale.length;
    }

    @Override
    public void transformPoint(double[] in, double[] out) {
        affine.transformPoint(in, out);
    }

    @Override
    public AffineTransform asAffine() {
        return affine;
    }

    @Override
    public ScaleTransform inverse() {
        double[] s = new double[scale.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = 1.0 / scale[i];
        }
        return new ScaleTransform(s, affine.center());
    }

    @Override
    public String toString() {
        return "ScaleTransform[scale=" + Arrays.toString(scale) + ", center=" + Arrays.toString(affine.center()) + "]";
    }
}
