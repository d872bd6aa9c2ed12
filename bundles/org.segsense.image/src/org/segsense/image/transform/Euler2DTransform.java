// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.transform;

import java.util.Arrays;

/**
 * A 2-D rigid transform, as {@code itk::Euler2DTransform} / {@code itk::Rigid2DTransform}:
 * {@code x_in = R(θ)·(x_out − c) + c + t} with {@code R = [[cos θ, −sin θ],[sin θ, cos θ]]}.
 * <p>
 * Direction: output point to input point (see {@link Transform}). Angle in radians, centre and
 * translation in mm.
 */
public final class Euler2DTransform implements Transform {

    private final double angle;
    private final AffineTransform affine;

    /**
     * @param angle rotation (radians)
     * @param center centre (mm) or null for the origin
     * @param translation translation (mm) or null
     */
    public Euler2DTransform(double angle, double[] center, double[] translation) {
        AffineTransform.checkFinite(new double[] {angle}, "angle");
        this.angle = angle;
        double c = Math.cos(angle), s = Math.sin(angle);
        this.affine = new AffineTransform(new double[] {c, -s, s, c},
                translation == null ? new double[2] : AffineTransform.checkLength(translation, 2, "translation"),
                center == null ? null : AffineTransform.checkLength(center, 2, "centre"));
    }

    /**
     * @param degrees rotation in degrees
     * @param center centre (mm) or null
     * @param translation translation (mm) or null
     * @return the transform
     */
    public static Euler2DTransform ofDegrees(double degrees, double[] center, double[] translation) {
        return new Euler2DTransform(Math.toRadians(degrees), center, translation);
    }

    /** @return the angle, radians */
    public double angle() {
        return angle;
    }

    @Override
    public int dimension() {
        return 2;
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
        return "Euler2DTransform[angle(rad)=" + angle + ", center=" + Arrays.toString(affine.center()) + ", translation="
                + Arrays.toString(affine.translation()) + "]";
    }
}
