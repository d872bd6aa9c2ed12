// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.transform;

import java.util.Arrays;

/**
 * A 3-D rigid transform parametrised by Euler angles, as {@code itk::Euler3DTransform} with its
 * default ZXY order ({@code ComputeZYX = false}):
 * <pre>
 *   R = Rz(θz) · Rx(θx) · Ry(θy)
 *   x_in = R · (x_out − c) + c + t
 * </pre>
 * with {@code Rx = [[1,0,0],[0,cx,−sx],[0,sx,cx]]}, {@code Ry = [[cy,0,sy],[0,1,0],[−sy,0,cy]]},
 * {@code Rz = [[cz,−sz,0],[sz,cz,0],[0,0,1]]}. The optional ZYX order gives {@code R = Rz·Ry·Rx}.
 * <p>
 * Direction: output point to input point (see {@link Transform}). Angles in radians (use
 * {@link #ofDegrees}), centre {@code c} and translation {@code t} in mm in ITK's LPS space (NIfTI
 * RAS coordinates have x and y negated).
 */
public final class Euler3DTransform implements Transform {

    private final double angleX;
    private final double angleY;
    private final double angleZ;
    private final double[] center;
    private final double[] translation;
    private final boolean zyx;
    private final AffineTransform affine;

    /**
     * Creates an Euler transform in ITK's default ZXY order.
     *
     * @param angleX rotation about x (radians)
     * @param angleY rotation about y (radians)
     * @param angleZ rotation about z (radians)
     * @param center centre of rotation (mm, LPS), or null for the origin
     * @param translation translation (mm, LPS), or null for none
     */
    public Euler3DTransform(double angleX, double angleY, double angleZ, double[] center, double[] translation) {
        this(angleX, angleY, angleZ, center, translation, false);
    }

    /**
     * Creates an Euler transform.
     *
     * @param angleX rotation about x (radians)
     * @param angleY rotation about y (radians)
     * @param angleZ rotation about z (radians)
     * @param center centre of rotation (mm, LPS), or null for the origin
     * @param translation translation (mm, LPS), or null for none
     * @param computeZYX true for {@code R = Rz·Ry·Rx} (ITK's {@code SetComputeZYX(true)}), false for
     *        ITK's default {@code R = Rz·Rx·Ry}
     */
    public Euler3DTransform(double angleX, double angleY, double angleZ, double[] center, double[] translation, boolean computeZYX) {
        AffineTransform.checkFinite(new double[] {angleX, angleY, angleZ}, "angles");
        this.angleX = angleX;
        this.angleY = angleY;
        this.angleZ = angleZ;
        this.center = center == null ? new double[3] : AffineTransform.checkLength(center, 3, "centre");
        this.translation = translation == null ? new double[3] : AffineTransform.checkLength(translation, 3, "translation");
        this.zyx = computeZYX;
        this.affine = new AffineTransform(rotationMatrix(angleX, angleY, angleZ, computeZYX), this.translation, this.center);
    }

    /**
     * Creates an Euler transform (ZXY order) from angles in degrees.
     *
     * @param degreesXYZ rotations about x, y, z in degrees (length 3)
     * @param center centre (mm, LPS) or null
     * @param translation translation (mm, LPS) or null
     * @return the transform
     */
    public static Euler3DTransform ofDegrees(double[] degreesXYZ, double[] center, double[] translation) {
        double[] a = AffineTransform.checkLength(degreesXYZ, 3, "rotation angles");
        return new Euler3DTransform(Math.toRadians(a[0]), Math.toRadians(a[1]), Math.toRadians(a[2]), center, translation);
    }

    /**
     * The rotation matrix exactly as {@code Euler3DTransform::ComputeMatrix}.
     *
     * @param ax angle about x (radians)
     * @param ay angle about y
     * @param az angle about z
     * @param zyx order flag, see the constructor
     * @return row-major 3×3
     */
    public static double[] rotationMatrix(double ax, double ay, double az, boolean zyx) {
        double cx = Math.cos(ax), sx = Math.sin(ax);
        double cy = Math.cos(ay), sy = Math.sin(ay);
        double cz = Math.cos(az), sz = Math.sin(az);
        double[] rx = {1, 0, 0, 0, cx, -sx, 0, sx, cx};
        double[] ry = {cy, 0, sy, 0, 1, 0, -sy, 0, cy};
        double[] rz = {cz, -sz, 0, sz, cz, 0, 0, 0, 1};
        return zyx ? AffineTransform.multiply(AffineTransform.multiply(rz, ry, 3), rx, 3)
                : AffineTransform.multiply(AffineTransform.multiply(rz, rx, 3), ry, 3);
    }

    /** @return the angle about x, radians */
    public double angleX() {
        return angleX;
    }

    /** @return the angle about y, radians */
    public double angleY() {
        return angleY;
    }

    /** @return the angle about z, radians */
    public double angleZ() {
        return angleZ;
    }

    /** @return true for the ZYX order */
    public boolean computeZYX() {
        return zyx;
    }

    /** @return a copy of the centre (mm) */
    public double[] center() {
        return center.clone();
    }

    /** @return a copy of the translation (mm) */
    public double[] translation() {
        return translation.clone();
    }

    /** @return a copy of the rotation matrix, row-major */
    public double[] matrix() {
        return affine.matrix();
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

    /** The inverse rigid map ({@code Rᵀ}, same centre), as an affine transform. */
    @Override
    public AffineTransform inverse() {
        return affine.inverse();
    }

    @Override
    public String toString() {
        return "Euler3DTransform[angles(rad)=" + angleX + "," + angleY + "," + angleZ + (zyx ? " ZYX" : " ZXY") + ", center="
                + Arrays.toString(center) + ", translation=" + Arrays.toString(translation) + "]";
    }
}
