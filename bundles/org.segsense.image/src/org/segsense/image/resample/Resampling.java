// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.resample;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.transform.Euler3DTransform;

/**
 * The {@code segsense image resample} contract in one call.
 */
public final class Resampling {

    private Resampling() {
    }

    /**
     * Rotates and translates an image as {@code segsense image resample IN OUT --rotate RX,RY,RZ
     * --translate TX,TY,TZ [--center CX,CY,CZ] [--interpolator …] [--default V] [--output-type …]}:
     * an {@code itk::Euler3DTransform} (ITK's default ZXY order, {@code R = Rz·Rx·Ry}) with the angles
     * in degrees, the translation in mm (LPS), about {@code centreOrNull} or, when null, the image
     * centre — the physical point of continuous index {@code (size − 1)/2} — applied through an
     * {@code itk::ResampleImageFilter} whose output grid is the input grid.
     * <p>
     * Direction, as in ITK: the transform maps output points to input points
     * ({@code x_in = R·(x_out − c) + c + t}), so the image content moves by the inverse.
     * <p>
     * 4-D images are resampled volume by volume. 2-D images accept only a rotation about z and a
     * translation in x and y (RX = RY = TZ = 0).
     *
     * @param in the input image
     * @param rotationDegrees RX, RY, RZ in degrees
     * @param translationMm TX, TY, TZ in mm (LPS)
     * @param centreOrNull CX, CY, CZ in mm (LPS), or null for the image centre
     * @param interpolation the method
     * @param defaultValue the value outside the input
     * @param sameTypeOutput true for the input's pixel type (integers clamped and truncated as ITK),
     *        false for float32
     * @return the resampled image
     * @throws IllegalArgumentException for wrong argument lengths or an unsupported dimension
     */
    public static Image rotateTranslate(Image in, double[] rotationDegrees, double[] translationMm, double[] centreOrNull,
            Interpolation interpolation, double defaultValue, boolean sameTypeOutput) {
        check(rotationDegrees, "rotation (--rotate RX,RY,RZ)");
        check(translationMm, "translation (--translate TX,TY,TZ)");
        if (centreOrNull != null) {
            check(centreOrNull, "centre (--center CX,CY,CZ)");
        }
        ImageGeometry g = in.geometry();
        Resampler r = Resampler.of(in).interpolation(interpolation).defaultValue(defaultValue).sameTypeOutput(sameTypeOutput);
        if (g.dimension() == 2) {
            if (rotationDegrees[0] != 0 || rotationDegrees[1] != 0 || translationMm[2] != 0) {
                throw new IllegalArgumentException("A 2-D image can only be rotated about z and translated in x and y; RX, RY and TZ"
                        + " must be 0.");
            }
            double[] c = centreOrNull == null ? imageCentre(g) : new double[] {centreOrNull[0], centreOrNull[1]};
            double a = Math.toRadians(rotationDegrees[2]);
            return r.transform(new org.segsense.image.transform.Euler2DTransform(a, c,
                    new double[] {translationMm[0], translationMm[1]})).resample();
        }
        double[] c = centreOrNull == null ? imageCentre(g) : centreOrNull.clone();
        return r.transform(Euler3DTransform.ofDegrees(rotationDegrees, c, translationMm)).resample();
    }

    /**
     * The physical point of continuous index {@code (size − 1)/2} in the spatial axes (the first
     * {@code min(d, 3)}).
     *
     * @param g the grid
     * @return the centre (mm, LPS)
     */
    public static double[] imageCentre(ImageGeometry g) {
        int d = g.dimension();
        double[] idx = new double[d];
        for (int i = 0; i < d; i++) {
            idx[i] = (g.size(i) - 1) / 2.0;
        }
        double[] p = g.indexToPhysical(idx);
        return java.util.Arrays.copyOf(p, Math.min(d, 3));
    }

    private static void check(double[] v, String what) {
        if (v == null || v.length != 3) {
            throw new IllegalArgumentException("The " + what + " needs 3 numbers, got " + (v == null ? "none" : v.length) + ".");
        }
        for (double x : v) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("The " + what + " contains " + x + "; every value must be finite.");
            }
        }
    }
}
