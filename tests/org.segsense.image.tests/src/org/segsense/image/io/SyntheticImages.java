// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;

/** Small synthetic images with awkward geometry for round-trip and conformance tests. */
final class SyntheticImages {

    private SyntheticImages() {
    }

    /** An odd-sized, anisotropic, obliquely rotated and reflected 3-D grid. */
    static ImageGeometry oblique3d() {
        // Rotation about (1, 2, 3) by 25 degrees, then a reflection of axis 2.
        double[] axis = {1, 2, 3};
        double n = Math.sqrt(14);
        double x = axis[0] / n, y = axis[1] / n, z = axis[2] / n;
        double a = Math.toRadians(25), c = Math.cos(a), s = Math.sin(a), t = 1 - c;
        double[] r = {
                t * x * x + c, t * x * y - s * z, -(t * x * z + s * y),
                t * x * y + s * z, t * y * y + c, -(t * y * z - s * x),
                t * x * z - s * y, t * y * z + s * x, -(t * z * z + c)};
        return new ImageGeometry(new long[] {7, 5, 3}, new double[] {0.7, 1.3, 2.9}, new double[] {-12.25, 31.5, 7.125}, r);
    }

    /**
     * A ramp with values that exercise the type's range: negative values for signed types, values
     * above the signed range for unsigned types, fractions for floats.
     */
    static Image ramp(ImageGeometry g, PixelType type, int components) {
        Image image = Image.create(g, type, components);
        long voxels = g.voxelCount();
        for (long v = 0; v < voxels; v++) {
            for (int c = 0; c < components; c++) {
                double value;
                long k = v * components + c;
                switch (type) {
                    case UINT8: value = (k * 37) % 256; break;
                    case INT8: value = (k * 37) % 256 - 128; break;
                    case UINT16: value = (k * 4099) % 65536; break;
                    case INT16: value = (k * 4099) % 65536 - 32768; break;
                    case UINT32: value = (k * 16777259L) % 4294967296L; break;
                    case INT32: value = (k * 16777259L) % 4294967296L - 2147483648L; break;
                    case UINT64: value = k * 1e15; break;
                    case INT64: value = (k - 50) * 1e14; break;
                    case FLOAT32: value = (k - 40) * 0.37 + 1e-3; break;
                    default: value = (k - 40) * 1.0e-3 + Math.PI; break;
                }
                image.setDouble(v, c, value);
            }
        }
        return image;
    }
}
