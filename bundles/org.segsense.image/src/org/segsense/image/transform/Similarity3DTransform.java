// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.transform;

import java.util.Arrays;

/**
 * A 3-D similarity (rotation + isotropic scale + translation), as {@code itk::Similarity3DTransform}:
 * {@code x_in = s·R·(x_out − c) + c + t}, where {@code R} is the rotation of a unit versor
 * (quaternion) {@code (x, y, z, w)} as {@code itk::Versor::GetMatrix}.
 * <p>
 * Direction: output point to input point (see {@link Transform}). A scale {@code s > 1} samples the
 * input over a larger region, so the content appears shrunk.
 */
public final class Similarity3DTransform implements Transform {

    private final double[] versor;
    private final double scale;
    private final AffineTransform affine;

    /**
     * @param versor rotation as a quaternion {@code (x, y, z, w)}; normalised here
     * @param scale isotropic scale s &gt; 0
     * @param center centre (mm, LPS) or null
     * @param translation translation (mm, LPS) or null
     */
    public Similarity3DTransform(double[] versor, double scale, double[] center, double[] translation) {
        double[] q = AffineTransform.checkLength(versor, 4, "versor");
        double n = Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]);
        if (!(n > 0)) {
            throw new IllegalArgumentException("The versor (0,0,0,0) is not a rotation; use (0,0,0,1) for none.");
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("Similarity scale " + scale + " must be positive and finite.");
        }
        for (int i = 0; i < 4; i++) {
            q[i] /= n;
        }
        this.versor = q;
        this.scale = scale;
        double[] m = versorMatrix(q);
        for (int i = 0; i < 9; i++) {
            m[i] *= scale;
        }
        this.affine = new AffineTransform(m, translation == null ? new double[3] : AffineTransform.checkLength(translation, 3, "translation"),
                center == null ? null : AffineTransform.checkLength(center, 3, "centre"));
    }

    /**
     * Builds the similarity from ITK Euler angles (ZXY order) and a scale.
     *
     * @param angleX radians
     * @param angleY radians
     * @param angleZ radians
     * @param scale isotropic scale
     * @param center centre or null
     * @param translation translation or null
     * @return the transform
     */
    public static Similarity3DTransform ofEulerAngles(double angleX, double angleY, double angleZ, double scale, double[] center,
            double[] translation) {
        return new Similarity3DTransform(versorOf(Euler3DTransform.rotationMatrix(angleX, angleY, angleZ, false)), scale, center,
                translation);
    }

    /** The rotation matrix of a unit versor, as {@code itk::Versor::GetMatrix}. */
    static double[] versorMatrix(double[] q) {
        double x = q[0], y = q[1], z = q[2], w = q[3];
        double xx = x * x, yy = y * y, zz = z * z, xy = x * y, xz = x * z, xw = x * w, yz = y * z, yw = y * w, zw = z * w;
        return new double[] {1 - 2 * (yy + zz), 2 * (xy - zw), 2 * (xz + yw), 2 * (xy + zw), 1 - 2 * (xx + zz), 2 * (yz - xw),
            2 * (xz - yw), 2 * (yz + xw), 1 - 2 * (xx + yy)};
    }

    /** A unit versor (x,y,z,w) of a rotation matrix (Shepperd's method). */
    static double[] versorOf(double[] m) {
        double tr = m[0] + m[4] + m[8];
        double x, y, z, w;
        if (tr > 0) {
            double s = Math.sqrt(tr + 1) * 2;
            w = 0.25 * s; x = (m[7] - m[5]) / s; y = (m[2] - m[6]) / s; z = (m[3] - m[1]) / s;
        } else if (m[0] > m[4] && m[0] > m[8]) {
            double s = Math.sqrt(1 + m[0] - m[4] - m[8]) * 2;
            w = (m[7] - m[5]) / s; x = 0.25 * s; y = (m[1] + m[3]) / s; z = (m[2] + m[6]) / s;
        } else if (m[4] > m[8]) {
            double s = Math.sqrt(1 + m[4] - m[0] - m[8]) * 2;
            w = (m[2] - m[6]) / s; x = (m[1] + m[3]) / s; y = 0.25 * s; z = (m[5] + m[7]) / s;
        } else {
            double s = Math.sqrt(1 + m[8] - m[0] - m[4]) * 2;
            w = (m[3] - m[1]) / s; x = (m[2] + m[6]) / s; y = (m[5] + m[7]) / s; z = 0.25 * s;
        }
        return new double[] {x, y, z, w};
    }

    /** @return a copy of the unit versor (x, y, z, w) */
    public double[] versor() {
        return versor.clone();
    }

    /** @return the isotropic scale */
    public double scale() {
        return scale;
    }

    @Override
    public int dimension() {
        return 3;
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
    public AffineTransform inverse() {
        return affine.inverse();
    }

    @Override
    public String toString() {
        return "Similarity3DTransform[versor=" + Arrays.toString(versor) + ", scale=" + scale + ", center="
                + Arrays.toString(affine.center()) + ", translation=" + Arrays.toString(affine.translation()) + "]";
    }
}
