// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.preview;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;

/**
 * The difference image of the preview and its display window.
 *
 * <p>Convention: {@code difference = perturbed − original}, float32, on the perturbed image's grid. When the
 * two grids are equal the difference is taken voxel by voxel; otherwise each perturbed voxel is compared with
 * the original voxel nearest to its centre in patient space (no interpolation), and a voxel whose centre lies
 * outside the original grid gets 0. Only the first component is compared.
 */
public final class PreviewImages {

    private PreviewImages() {
    }

    /** @return perturbed − original (see the class comment) */
    public static Image difference(Image perturbed, Image original) {
        ImageGeometry g = perturbed.geometry();
        ImageGeometry o = original.geometry();
        int n = (int) perturbed.voxelCount();
        float[] d = new float[n];
        if (g.equals(o)) {
            for (int i = 0; i < n; i++) {
                d[i] = (float) (perturbed.getDouble(i, 0) - original.getDouble(i, 0));
            }
            return Image.of(g, d);
        }
        long[] size = g.size();
        long[] osize = o.size();
        double[] index = new double[3];
        for (int z = 0, i = 0; z < size[2]; z++) {
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++, i++) {
                    index[0] = x;
                    index[1] = y;
                    index[2] = z;
                    double[] c = o.physicalToContinuousIndex(g.indexToPhysical(index));
                    long ox = Math.round(c[0]), oy = Math.round(c[1]), oz = Math.round(c[2]);
                    if (ox < 0 || oy < 0 || oz < 0 || ox >= osize[0] || oy >= osize[1] || oz >= osize[2]) {
                        continue;
                    }
                    long j = ox + osize[0] * (oy + osize[1] * oz);
                    d[i] = (float) (perturbed.getDouble(i, 0) - original.getDouble(j, 0));
                }
            }
        }
        return Image.of(g, d);
    }

    /**
     * A window centred on 0 for a difference image: width {@code 2 m}, where {@code m} is the largest absolute
     * difference (1 when the images are equal, so the window stays valid).
     *
     * @return {window, level}
     */
    public static double[] differenceWindow(Image difference) {
        double m = 0;
        for (long i = 0, n = difference.voxelCount(); i < n; i++) {
            double v = Math.abs(difference.getDouble(i, 0));
            if (v > m && Double.isFinite(v)) {
                m = v;
            }
        }
        return new double[] {2 * (m > 0 ? m : 1), 0};
    }
}
