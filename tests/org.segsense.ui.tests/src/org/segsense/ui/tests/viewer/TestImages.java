// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.viewer;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;

/** Synthetic images for the viewer tests. */
final class TestImages {

    /** The voxel of {@link #oblique()} that holds {@link #MARKED_VALUE}. */
    static final int[] MARKED = {17, 5, 8};
    static final int MARKED_VALUE = 30000;

    private TestImages() {
    }

    /**
     * An oblique, anisotropic grid: 24 × 20 × 12 voxels of 0.8 × 1.3 × 2.5 mm, rotated 25° about z
     * and 15° about x, origin (−10, 5, 30).
     */
    static ImageGeometry obliqueGeometry() {
        double a = Math.toRadians(25), b = Math.toRadians(15);
        double[] rz = {Math.cos(a), -Math.sin(a), 0, Math.sin(a), Math.cos(a), 0, 0, 0, 1};
        double[] rx = {1, 0, 0, 0, Math.cos(b), -Math.sin(b), 0, Math.sin(b), Math.cos(b)};
        double[] d = new double[9];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                for (int k = 0; k < 3; k++) {
                    d[r * 3 + c] += rz[r * 3 + k] * rx[k * 3 + c];
                }
            }
        }
        return new ImageGeometry(new long[] {24, 20, 12}, new double[] {0.8, 1.3, 2.5}, new double[] {-10, 5, 30}, d);
    }

    /** int16 values {@code i + 32 j + 1024 k}, except {@link #MARKED} which holds {@link #MARKED_VALUE}. */
    static Image oblique() {
        ImageGeometry g = obliqueGeometry();
        short[] v = new short[(int) g.voxelCount()];
        for (int k = 0, n = 0; k < 12; k++) {
            for (int j = 0; j < 20; j++) {
                for (int i = 0; i < 24; i++, n++) {
                    v[n] = (short) (i + 32 * j + 1024 * k);
                }
            }
        }
        v[MARKED[0] + 24 * (MARKED[1] + 20 * MARKED[2])] = (short) MARKED_VALUE;
        return Image.of(g, PixelType.INT16, 1, v);
    }

    /** uint8 labels on the oblique grid: 3 in the block 5 ≤ i &lt; 12, 4 ≤ j &lt; 10, 3 ≤ k &lt; 9, else 0. */
    static Image obliqueLabels() {
        ImageGeometry g = obliqueGeometry();
        byte[] v = new byte[(int) g.voxelCount()];
        for (int k = 0, n = 0; k < 12; k++) {
            for (int j = 0; j < 20; j++) {
                for (int i = 0; i < 24; i++, n++) {
                    v[n] = (byte) (i >= 5 && i < 12 && j >= 4 && j < 10 && k >= 3 && k < 9 ? 3 : 0);
                }
            }
        }
        return Image.ofUInt8(g, v);
    }

    /** 16 × 16 × 4 voxels of 1 mm with the given direction; int16 1000 where i &lt; 4, else 0. */
    static Image bright(double[] direction) {
        ImageGeometry g = new ImageGeometry(new long[] {16, 16, 4}, new double[] {1, 1, 1}, new double[] {0, 0, 0}, direction);
        short[] v = new short[16 * 16 * 4];
        for (int n = 0; n < v.length; n++) {
            v[n] = (short) (n % 16 < 4 ? 1000 : 0);
        }
        return Image.of(g, PixelType.INT16, 1, v);
    }

    /** The nearest voxel of a continuous index, or null outside; null also on a rounding tie. */
    static int[] nearest(ImageGeometry g, double[] continuous) {
        int[] v = new int[3];
        for (int a = 0; a < 3; a++) {
            double f = continuous[a] + 0.5;
            if (Math.abs(f - Math.rint(f)) < 1e-6) {
                return null;
            }
            int i = (int) Math.floor(f);
            if (i < 0 || i >= g.size(a)) {
                return new int[0];
            }
            v[a] = i;
        }
        return v;
    }
}
