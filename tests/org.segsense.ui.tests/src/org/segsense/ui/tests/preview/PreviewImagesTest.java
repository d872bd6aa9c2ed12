// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.ui.preview.PreviewImages;

/** The difference image and its window against closed forms. */
class PreviewImagesTest {

    private static Image ramp(ImageGeometry g, double scale) {
        long[] s = g.size();
        float[] v = new float[(int) g.voxelCount()];
        for (int z = 0, i = 0; z < s[2]; z++) {
            for (int y = 0; y < s[1]; y++) {
                for (int x = 0; x < s[0]; x++, i++) {
                    v[i] = (float) (scale * (x + 10 * y + 100 * z));
                }
            }
        }
        return Image.of(g, v);
    }

    @Test
    void onTheSameGridTheDifferenceIsVoxelByVoxel() {
        ImageGeometry g = new ImageGeometry(new long[] {4, 3, 2}, new double[] {1, 2, 3}, new double[] {5, 6, 7}, ImageGeometry.identity(3));
        Image d = PreviewImages.difference(ramp(g, 3), ramp(g, 1));
        for (int i = 0; i < d.voxelCount(); i++) {
            int x = i % 4, y = i / 4 % 3, z = i / 12;
            assertEquals(2.0 * (x + 10 * y + 100 * z), d.getDouble(i, 0), 1e-4);
        }
        assertArrayEquals(new double[] {2 * 2 * (3 + 20 + 100), 0}, PreviewImages.differenceWindow(d), 1e-3);
    }

    @Test
    void onAnotherGridEachVoxelIsComparedWithTheNearestOriginalVoxelAndOutsideIsZero() {
        ImageGeometry o = new ImageGeometry(new long[] {4, 3, 2}, new double[] {1, 1, 1}, new double[] {0, 0, 0}, ImageGeometry.identity(3));
        // the perturbed grid is shifted by one voxel (+1 mm in x) plus 0.3 mm: its voxel x lies nearest original voxel x + 1
        ImageGeometry p = o.withOrigin(1.3, 0, 0);
        Image d = PreviewImages.difference(ramp(p, 1), ramp(o, 1));
        for (int i = 0; i < d.voxelCount(); i++) {
            int x = i % 4;
            // perturbed value x + 10y + 100z minus original (x + 1) + 10y + 100z = −1; x = 3 maps to original x = 4: outside, 0
            assertEquals(x == 3 ? 0 : -1, d.getDouble(i, 0), 1e-6, "voxel " + i);
        }
    }

    @Test
    void equalImagesGetAValidWindow() {
        ImageGeometry g = ImageGeometry.of(2, 2, 2);
        Image d = PreviewImages.difference(ramp(g, 1), ramp(g, 1));
        assertArrayEquals(new double[] {2, 0}, PreviewImages.differenceWindow(d));
    }
}
