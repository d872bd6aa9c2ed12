// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.ui.viewer.LabelVolume;

/**
 * The overlay's labels: a label map as it is; bundle masks (one 0/1 channel per bundle, as components or as the
 * volumes of a 4-D file) as label k+1 for the first bundle k present, so overlapping bundles show the first.
 */
class LabelVolumeTest {

    private static final double[] IDENTITY = {1, 0, 0, 0, 1, 0, 0, 0, 1};

    /** Voxels 0..5 of a 6×1×1 grid; bundles: 0 = {1,2,3}, 1 = {3,4}, 2 = {4,5}; voxel 0 in none. */
    private static final int[][] BUNDLES = {{0, 1, 1, 1, 0, 0}, {0, 0, 0, 1, 1, 0}, {0, 0, 0, 0, 1, 1}};
    private static final int[] EXPECTED = {0, 1, 1, 1, 2, 3};

    @Test
    void labelMapAsItIs() {
        ImageGeometry g = new ImageGeometry(new long[] {6, 1, 1}, new double[] {1, 1, 1}, new double[3], IDENTITY);
        LabelVolume v = new LabelVolume(Image.ofUInt8(g, new byte[] {0, 4, 4, 7, 0, (byte) 200}));
        assertArrayEquals(new int[] {0, 4, 4, 7, 0, 200}, v.labels());
        assertEquals(200, v.maxLabel());
    }

    @Test
    void bundleComponentsFirstBundleWins() {
        ImageGeometry g = new ImageGeometry(new long[] {6, 1, 1}, new double[] {1, 1, 1}, new double[3], IDENTITY);
        byte[] b = new byte[6 * 3];
        for (int k = 0; k < 3; k++) {
            for (int v = 0; v < 6; v++) {
                b[v * 3 + k] = (byte) BUNDLES[k][v];
            }
        }
        LabelVolume v = new LabelVolume(Image.of(g, PixelType.UINT8, 3, b));
        assertArrayEquals(EXPECTED, v.labels());
        assertEquals(3, v.maxLabel());
    }

    @Test
    void bundleVolumesOfA4dFile() {
        ImageGeometry g4 = new ImageGeometry(new long[] {6, 1, 1, 3}, new double[] {1, 1, 1, 1}, new double[4],
                new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1});
        float[] f = new float[6 * 3];
        for (int k = 0; k < 3; k++) {
            for (int v = 0; v < 6; v++) {
                f[k * 6 + v] = BUNDLES[k][v];
            }
        }
        LabelVolume v = new LabelVolume(Image.of(g4, f));
        assertArrayEquals(EXPECTED, v.labels());
        assertEquals(6, v.grid().voxelCount());
    }
}
