// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.viewer;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * Renders one slice of patient space into a 24-bit RGB {@link ImageData}: one nearest-neighbour
 * sample per screen pixel (so the cost depends on the view's size, not the volume's), then
 * window/level, then the label overlay. Buffers are reused between calls; nothing is allocated per
 * pixel.
 * <p>
 * Grey value of an image value {@code v} with window {@code W} and level {@code L}, {@code lo = L − W/2}:
 * {@code 0} if {@code v ≤ lo} (or NaN), {@code 255} if {@code v ≥ lo + W}, else
 * {@code round(255 · (v − lo) / W)}. A labelled pixel (label ≠ 0) with colour {@code c} and opacity
 * {@code α} becomes {@code round((1 − α) · grey + α · c)} per channel. Points outside the image are
 * black. A peak image is shown in direction-encoded colour instead of grey ({@link PeakColours}).
 */
public final class SliceRenderer {

    private static final PaletteData RGB = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);

    private int[] imageIndex = new int[0];
    private int[] labelIndex = new int[0];
    private ImageData data;

    /**
     * Everything one slice needs; the arrays are LPS vectors.
     *
     * @param width pixels
     * @param height pixels
     * @param p0 the LPS point at the centre of pixel (0, 0)
     * @param dx LPS step from one pixel column to the next
     * @param dy LPS step from one pixel row to the next
     * @param volume the image (may be null: black)
     * @param values the channel of {@code volume} to show
     * @param window window width, &gt; 0
     * @param level window centre
     * @param labels label map (may be null)
     * @param colours label colours
     * @param opacity overlay opacity, 0–1
     * @return the image data, reused by the next call of the same size
     */
    public ImageData render(int width, int height, double[] p0, double[] dx, double[] dy, ViewVolume volume, float[] values,
            double window, double level, LabelVolume labels, LabelColours colours, double opacity) {
        int n = width * height;
        if (data == null || data.width != width || data.height != height) {
            data = new ImageData(width, height, 24, RGB);
        }
        if (imageIndex.length < n) {
            imageIndex = new int[n];
        }
        byte[] out = data.data;
        int bpl = data.bytesPerLine;
        if (volume != null && values != null) {
            volume.grid().sample(p0, dx, dy, width, height, imageIndex);
            double lo = level - window / 2;
            double scale = 255.0 / window;
            int[] dec = volume.directionColours(); // a peak image: direction-encoded colours (PeakColours)
            for (int y = 0, k = 0; y < height; y++) {
                int o = y * bpl;
                for (int x = 0; x < width; x++, k++, o += 3) {
                    if (dec != null) {
                        int c = imageIndex[k] >= 0 ? dec[imageIndex[k]] : 0;
                        out[o] = (byte) (c >> 16);
                        out[o + 1] = (byte) (c >> 8);
                        out[o + 2] = (byte) c;
                        continue;
                    }
                    int g = 0;
                    int i = imageIndex[k];
                    if (i >= 0) {
                        g = grey(values[i], lo, scale);
                    }
                    byte b = (byte) g;
                    out[o] = b;
                    out[o + 1] = b;
                    out[o + 2] = b;
                }
            }
        } else {
            java.util.Arrays.fill(out, (byte) 0);
        }
        if (labels != null && opacity > 0) {
            int[] index;
            if (volume != null && values != null && labels.grid().sameAs(volume.grid())) {
                index = imageIndex;
            } else {
                if (labelIndex.length < n) {
                    labelIndex = new int[n];
                }
                labels.grid().sample(p0, dx, dy, width, height, labelIndex);
                index = labelIndex;
            }
            overlay(out, bpl, width, height, index, labels.labels(), colours, Math.min(1, opacity));
        }
        return data;
    }

    private static void overlay(byte[] out, int bpl, int width, int height, int[] index, int[] labels, LabelColours colours, double a) {
        double keep = 1 - a;
        for (int y = 0, k = 0; y < height; y++) {
            int o = y * bpl;
            for (int x = 0; x < width; x++, k++, o += 3) {
                int i = index[k];
                if (i < 0) {
                    continue;
                }
                int l = labels[i];
                if (l == 0) {
                    continue;
                }
                int c = colours.colour(l);
                if (c == LabelColours.NONE) {
                    continue;
                }
                out[o] = (byte) (int) (keep * (out[o] & 0xFF) + a * ((c >> 16) & 0xFF) + 0.5);
                out[o + 1] = (byte) (int) (keep * (out[o + 1] & 0xFF) + a * ((c >> 8) & 0xFF) + 0.5);
                out[o + 2] = (byte) (int) (keep * (out[o + 2] & 0xFF) + a * (c & 0xFF) + 0.5);
            }
        }
    }

    /**
     * The grey value of one image value (see the class comment).
     *
     * @param v the value
     * @param lo level − window / 2
     * @param scale 255 / window
     * @return 0–255
     */
    public static int grey(double v, double lo, double scale) {
        double g = (v - lo) * scale;
        if (!(g > 0)) {
            return 0;
        }
        return g >= 255 ? 255 : (int) (g + 0.5);
    }
}
