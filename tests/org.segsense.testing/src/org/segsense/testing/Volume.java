// SPDX-License-Identifier: EPL-2.0
package org.segsense.testing;

import java.nio.file.Path;

/** A scalar 3-D volume of integer values: size (x fastest), spacing (mm) and voxel values. */
public final class Volume {

    /** Voxels along x, y, z. */
    public final int[] size;
    /** Spacing in mm. */
    public final double[] spacing;
    /** Voxel values, x fastest. */
    public final int[] values;

    public Volume(int[] size, double[] spacing, int[] values) {
        this.size = size;
        this.spacing = spacing;
        this.values = values;
    }

    /**
     * A volume from an image read from {@code source} (values truncated to int).
     *
     * @throws AssertionError when the image is not scalar 3-D
     */
    public static Volume of(Path source, long[] size, int components, double[] spacing, double[] values) {
        if (size.length != 3 || components != 1) {
            throw new AssertionError(source + ": expected a scalar 3-D image");
        }
        int[] v = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            v[i] = (int) values[i];
        }
        return new Volume(new int[] {(int) size[0], (int) size[1], (int) size[2]}, spacing, v);
    }
}
