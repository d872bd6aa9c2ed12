// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.transform;

import java.util.Arrays;

import org.segsense.image.util.SmallMatrix;

/**
 * A general affine transform of any dimension, as {@code itk::AffineTransform} /
 * {@code itk::MatrixOffsetTransformBase}: {@code x_in = M·(x_out − c) + c + t = M·x_out + offset}
 * with {@code offset = t + c − M·c}.
 * <p>
 * Direction: output point to input point (see {@link Transform}). {@code M} is row-major
 * {@code d × d}; {@code c} is the centre of rotation/scaling; {@code t} the translation. Immutable.
 */
public final class AffineTransform implements Transform {

    private final int dimension;
    private final double[] matrix;
    private final double[] center;
    private final double[] translation;
    private final double[] offset;

    /**
     * Creates {@code x ↦ M·(x − c) + c + t}.
     *
     * @param matrix row-major {@code d × d} matrix {@code M}
     * @param translation translation {@code t} (length d, mm)
     * @param center centre {@code c} (length d, mm), or null for the origin
     * @throws IllegalArgumentException if the lengths do not agree or a value is not finite
     */
    public AffineTransform(double[] matrix, double[] translation, double[] center) {
        int d = translation.length;
        if (d < 1 || matrix.length != d * d || (center != null && center.length != d)) {
            throw new IllegalArgumentException("An affine transform of dimension " + d + " needs a " + d + "x" + d
                    + " matrix (" + d * d + " numbers, got " + matrix.length + ") and a centre of length " + d + ".");
        }
        checkFinite(matrix, "matrix");
        checkFinite(translation, "translation");
        this.dimension = d;
        this.matrix = matrix.clone();
        this.translation = translation.clone();
        this.center = center == null ? new double[d] : center.clone();
        checkFinite(this.center, "centre");
        this.offset = new double[d];
        for (int i = 0; i < d; i++) {
            double s = this.translation[i] + this.center[i];
            for (int j = 0; j < d; j++) {
                s -= this.matrix[i * d + j] * this.center[j];
            }
            offset[i] = s;
        }
    }

    /**
     * Creates {@code x ↦ M·x + offset} (centre at the origin, translation = offset).
     *
     * @param matrix row-major {@code d × d}
     * @param offset the offset
     * @return the transform
     */
    public static AffineTransform ofMatrixOffset(double[] matrix, double[] offset) {
        return new AffineTransform(matrix, offset, null);
    }

    /**
     * @param dimension d ≥ 1
     * @return the identity of dimension d
     */
    public static AffineTransform identity(int dimension) {
        return new AffineTransform(identityMatrix(dimension), new double[dimension], null);
    }

    /**
     * Returns {@code x ↦ second(first(x))}.
     *
     * @param first applied first
     * @param second applied second
     * @return the composite; its centre is {@code first}'s centre
     */
    public static AffineTransform compose(Transform first, Transform second) {
        AffineTransform a = first.asAffine();
        AffineTransform b = second.asAffine();
        int d = a.dimension;
        if (b.dimension != d) {
            throw new IllegalArgumentException("Cannot compose a " + d + "-D transform with a " + b.dimension + "-D transform.");
        }
        double[] m = multiply(b.matrix, a.matrix, d);
        double[] off = new double[d];
        for (int i = 0; i < d; i++) {
            double s = b.offset[i];
            for (int j = 0; j < d; j++) {
                s += b.matrix[i * d + j] * a.offset[j];
            }
            off[i] = s;
        }
        return withCenterAndOffset(m, a.center, off);
    }

    /** Builds the transform with matrix m and centre c whose offset is {@code off}. */
    static AffineTransform withCenterAndOffset(double[] m, double[] c, double[] off) {
        int d = off.length;
        double[] t = new double[d];
        for (int i = 0; i < d; i++) {
            double s = off[i] - c[i];
            for (int j = 0; j < d; j++) {
                s += m[i * d + j] * c[j];
            }
            t[i] = s;
        }
        AffineTransform result = new AffineTransform(m, t, c);
        System.arraycopy(off, 0, result.offset, 0, d); // keep the exact offset
        return result;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public void transformPoint(double[] in, double[] out) {
        int d = dimension;
        if (in.length != d || out.length != d) {
            throw new IllegalArgumentException("Expected " + d + "-D points, got " + in.length + " and " + out.length + " coordinates.");
        }
        double[] src = in == out ? in.clone() : in;
        for (int i = 0; i < d; i++) {
            double s = offset[i];
            for (int j = 0; j < d; j++) {
                s += matrix[i * d + j] * src[j];
            }
            out[i] = s;
        }
    }

    @Override
    public AffineTransform asAffine() {
        return this;
    }

    /**
     * The inverse as ITK's {@code MatrixOffsetTransformBase::GetInverse}: matrix {@code M⁻¹}, same
     * centre, offset {@code −M⁻¹·offset}.
     */
    @Override
    public AffineTransform inverse() {
        double[] inv = SmallMatrix.invert(matrix, dimension);
        if (inv == null) {
            throw new IllegalStateException("The transform matrix " + Arrays.toString(matrix) + " is singular and has no inverse.");
        }
        double[] off = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            double s = 0;
            for (int j = 0; j < dimension; j++) {
                s -= inv[i * dimension + j] * offset[j];
            }
            off[i] = s;
        }
        return withCenterAndOffset(inv, center, off);
    }

    @Override
    public boolean isIdentity() {
        for (int i = 0; i < dimension; i++) {
            if (offset[i] != 0) {
                return false;
            }
            for (int j = 0; j < dimension; j++) {
                if (matrix[i * dimension + j] != (i == j ? 1.0 : 0.0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @return a copy of the matrix M, row-major */
    public double[] matrix() {
        return matrix.clone();
    }

    /** @return a copy of the offset, {@code t + c − M·c} */
    public double[] offset() {
        return offset.clone();
    }

    /** @return a copy of the centre c */
    public double[] center() {
        return center.clone();
    }

    /** @return a copy of the translation t */
    public double[] translation() {
        return translation.clone();
    }

    static double[] identityMatrix(int d) {
        return SmallMatrix.identity(d);
    }

    static double[] multiply(double[] a, double[] b, int d) {
        return SmallMatrix.multiply(a, b, d);
    }

    static void checkFinite(double[] v, String what) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("The transform " + what + " contains " + x + "; every value must be finite.");
            }
        }
    }

    static double[] checkLength(double[] v, int d, String what) {
        if (v == null || v.length != d) {
            throw new IllegalArgumentException("The " + what + " needs " + d + " coordinates, got "
                    + (v == null ? "none" : String.valueOf(v.length)) + ".");
        }
        checkFinite(v, what);
        return v.clone();
    }

    @Override
    public String toString() {
        return "AffineTransform[matrix=" + Arrays.toString(matrix) + ", center=" + Arrays.toString(center) + ", translation="
                + Arrays.toString(translation) + "]";
    }
}
