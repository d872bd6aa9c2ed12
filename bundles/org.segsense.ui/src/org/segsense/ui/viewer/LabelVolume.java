// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.viewer;

import org.segsense.image.Image;

/**
 * A label map prepared for overlay: its {@link VoxelGrid} (its own grid: it need not match the image)
 * and its first component as integer labels, 0 meaning "no label". Made off the UI thread.
 */
public final class LabelVolume {

    private final VoxelGrid grid;
    private final int[] labels;
    private final int maxLabel;

    /** @param labels an integer (or integral float) label map; components beyond the first are ignored */
    public LabelVolume(Image labels) {
        this.grid = new VoxelGrid(labels.geometry());
        int n = grid.voxelCount();
        this.labels = new int[n];
        int max = 0;
        int components = labels.components();
        switch (labels.pixelType()) {
            case UINT8: {
                byte[] b = labels.bytes();
                for (int v = 0; v < n; v++) {
                    this.labels[v] = b[v * components] & 0xFF;
                }
                break;
            }
            case INT16: case UINT16: {
                short[] s = labels.shorts();
                boolean unsigned = labels.pixelType() == org.segsense.image.PixelType.UINT16;
                for (int v = 0; v < n; v++) {
                    this.labels[v] = unsigned ? s[v * components] & 0xFFFF : s[v * components];
                }
                break;
            }
            default:
                for (int v = 0; v < n; v++) {
                    this.labels[v] = (int) labels.getDouble(v, 0);
                }
        }
        for (int l : this.labels) {
            max = Math.max(max, l);
        }
        this.maxLabel = max;
    }

    /** @return the grid */
    public VoxelGrid grid() {
        return grid;
    }

    /** @return the labels, x fastest (shared, do not modify) */
    public int[] labels() {
        return labels;
    }

    /** @return the largest label */
    public int maxLabel() {
        return maxLabel;
    }
}
