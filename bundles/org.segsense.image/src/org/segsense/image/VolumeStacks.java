// SPDX-License-Identifier: EPL-2.0
package org.segsense.image;

import java.util.List;

/**
 * 4-D scalar images (x, y, z, n) as one 3-D image with n components and back — how SegSense hands a
 * stack of volumes (a peak file, TractSeg's one-volume-per-bundle masks) to a network as channels.
 * Values are copied as they are (float32; no vector frame change, unlike
 * {@link Peaks#fromVolumes}); component c of a voxel is volume c. The 3-D grid is the first three
 * axes of the 4-D one.
 */
public final class VolumeStacks {

    private VolumeStacks() {
    }

    /**
     * @param image a 4-D scalar image, or any 3-D image
     * @return the 4-D image as a 3-D image with one component per volume (float32); a 3-D image unchanged
     * @throws IllegalArgumentException if the image is 4-D with several components per voxel, or not 3-D/4-D
     */
    public static Image toComponents(Image image) {
        ImageGeometry g = image.geometry();
        if (g.dimension() == 3) {
            return image;
        }
        if (g.dimension() != 4 || image.components() != 1) {
            throw new IllegalArgumentException("Expected a 3-D image or a 4-D image with one value per voxel; this one is " + g.dimension()
                    + "-D with " + image.components() + " component(s).");
        }
        int n = (int) g.size(3);
        ImageGeometry grid = g.spatial();
        int voxels = (int) grid.voxelCount();
        float[] out = new float[voxels * n];
        for (int c = 0; c < n; c++) {
            for (int v = 0; v < voxels; v++) {
                out[v * n + c] = (float) image.getDouble((long) c * voxels + v, 0);
            }
        }
        return Image.of(grid, PixelType.FLOAT32, n, out);
    }

    /**
     * @param volumes scalar 3-D images on one grid (e.g. one mask per bundle)
     * @return one 3-D image with component c = volume c (uint8 if every value is an integer in 0..255, else float32)
     * @throws IllegalArgumentException if the list is empty or a volume is not a scalar 3-D image on the first one's grid
     */
    public static Image stack(List<Image> volumes) {
        if (volumes.isEmpty()) {
            throw new IllegalArgumentException("No volume to stack.");
        }
        ImageGeometry grid = volumes.get(0).geometry();
        int n = volumes.size(), voxels = (int) grid.voxelCount();
        float[] out = new float[voxels * n];
        boolean bytes = true;
        for (int c = 0; c < n; c++) {
            Image im = volumes.get(c);
            if (im.components() != 1 || !im.geometry().sameGridAs(grid, 1e-6)) {
                throw new IllegalArgumentException("Volume " + (c + 1) + " of " + n + " is not a scalar image on the grid of the first ("
                        + im.geometry() + " vs " + grid + ").");
            }
            for (int v = 0; v < voxels; v++) {
                float f = (float) im.getDouble(v, 0);
                out[v * n + c] = f;
                bytes &= f == Math.rint(f) && f >= 0 && f <= 255;
            }
        }
        if (!bytes) {
            return Image.of(grid, PixelType.FLOAT32, n, out);
        }
        byte[] b = new byte[out.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (int) out[i];
        }
        return Image.of(grid, PixelType.UINT8, n, b);
    }
}
