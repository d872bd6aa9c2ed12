// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.viewer;

import org.segsense.image.Image;

/**
 * The direction-encoded colour (DEC) preview of a fibre-peak image, the usual way such images are shown:
 * the first peak's vector v with amplitude |v| becomes the colour
 * {@code (R, G, B) = round(255 · (|v_x|, |v_y|, |v_z|) / A)}, A the largest first-peak amplitude in the
 * volume. Red is left–right, green anterior–posterior, blue inferior–superior; brightness is the
 * amplitude. Absolute values make it sign-free (v and −v are one peak) and the same whether the file's
 * vectors are RAS or LPS (only signs differ). Window and level do not apply.
 * <p>
 * A peak image is recognised automatically: a float image that is 3-D with 3, 6 or 9 components (SegSense's
 * {@link org.segsense.image.Peaks} in memory) or 4-D with 3, 6 or 9 volumes (a peak file as MRtrix's
 * {@code sh2peaks} and TractSeg write it, read as a 4-D image).
 */
public final class PeakColours {

    private PeakColours() {
    }

    /**
     * @param image an image
     * @return true if the viewer shows it as a peak image
     */
    public static boolean isPeakImage(Image image) {
        if (image.pixelType().isInteger()) {
            return false;
        }
        if (image.dimension() == 3) {
            return image.components() == 3 || image.components() == 6 || image.components() == 9;
        }
        long t = image.dimension() == 4 ? image.geometry().size(3) : 0;
        return image.components() == 1 && (t == 3 || t == 6 || t == 9);
    }

    /**
     * @param image an image
     * @return the DEC colour of every voxel (0xRRGGBB, x fastest), or null if it is not a peak image
     */
    public static int[] of(Image image) {
        if (!isPeakImage(image)) {
            return null;
        }
        long[] s = image.geometry().size();
        int n = (int) (s[0] * s[1] * s[2]);
        boolean volumes = image.dimension() == 4;
        double[] v = new double[3 * n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int c = 0; c < 3; c++) {
                double x = volumes ? image.getDouble((long) c * n + i, 0) : image.getDouble(i, c);
                v[3 * i + c] = Double.isFinite(x) ? Math.abs(x) : 0;
                sum += v[3 * i + c] * v[3 * i + c];
            }
            max = Math.max(max, Math.sqrt(sum));
        }
        int[] rgb = new int[n];
        if (max == 0) {
            return rgb;
        }
        for (int i = 0; i < n; i++) {
            int r = (int) Math.round(255 * v[3 * i] / max), g = (int) Math.round(255 * v[3 * i + 1] / max),
                    b = (int) Math.round(255 * v[3 * i + 2] / max);
            rgb[i] = Math.min(255, r) << 16 | Math.min(255, g) << 8 | Math.min(255, b);
        }
        return rgb;
    }
}
