// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.viewer;

import org.segsense.image.Image;

/**
 * A label map prepared for overlay: its {@link VoxelGrid} (its own grid: it need not match the image)
 * and integer labels, 0 meaning "no label". Made off the UI thread.
 * <p>
 * A one-channel map is shown as it is. A map of several channels (components, or the volumes of a 4-D
 * file) is a set of bundle masks, as TractSeg writes them and multi-label models predict them (one 0/1
 * channel per bundle, bundles may overlap): voxel label k+1 for the first channel k that is non-zero
 * there, so bundle k has the colour of label k+1 and an overlap shows the bundle listed first.
 */
public final class LabelVolume {

    private final VoxelGrid grid;
    private final int[] labels;
    private final int maxLabel;

    /** @param labels an integer (or integral float) label map, or bundle masks (several components or volumes) */
    public LabelVolume(Image labels) {
        this.grid = new VoxelGrid(labels.geometry());
        int n = grid.voxelCount();
        this.labels = new int[n];
        int max = 0;
        int components = labels.components();
        int volumes = labels.geometry().dimension() >= 4 ? (int) labels.geometry().size(3) : 1;
        if (components * volumes > 1) {
            bundles(labels, n, components, volumes, this.labels);
        } else switch (labels.pixelType()) {
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

    /** Channel k of bundle masks → label k+1 where it is the first non-zero channel. */
    private static void bundles(Image masks, int n, int components, int volumes, int[] out) {
        for (int v = 0; v < n; v++) {
            int label = 0;
            for (int t = 0; t < volumes && label == 0; t++) {
                for (int c = 0; c < components; c++) {
                    if (masks.getDouble((long) t * n + v, c) != 0) {
                        label = t * components + c + 1;
                        break;
                    }
                }
            }
            out[v] = label;
        }
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
