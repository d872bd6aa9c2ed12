// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io.internal;

import static org.segsense.image.io.internal.NiftiFormat.*;

import java.nio.file.Path;

import org.segsense.image.PixelType;
import org.segsense.image.io.ImageFormatException;

/**
 * How the voxels of a NIfTI/Analyze file are laid out, by ITK 5.2's rules: dimension, size, vector
 * components (only with intent VECTOR or SYMMATRIX, see {@link NiftiFormat}), pixel type, planar
 * storage and ITK's component order for SYMMATRIX.
 */
final class NiftiLayout {
    int dimension;
    long[] size;
    int components;
    /** 2 for complex types (stored as 2 float components), else 1. */
    int fileElementsPerComponent = 1;
    PixelType fileType;
    boolean planar;
    /** Component j of the image is plane planeOrder[j] of the file; null: the file's order. */
    int[] planeOrder;

    /**
     * ITK's component order for intent SYMMATRIX: the file holds the lower triangle of an m×m matrix
     * row by row (a11, a21, a22, a31, …), ITK's pixel the upper triangle row by row (a11, a12, a13, …,
     * a22, …); for 6 components, planes 0, 1, 3, 2, 4, 5.
     *
     * @return the plane order, or null if {@code n} is not m(m+1)/2
     */
    static int[] symmetricMatrixOrder(int n) {
        int m = (int) Math.round((Math.sqrt(8.0 * n + 1) - 1) / 2);
        if (m * (m + 1) / 2 != n) {
            return null;
        }
        int[] order = new int[n];
        int k = 0;
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                order[k++] = j * (j + 1) / 2 + i; // element (j, i) of the lower triangle
            }
        }
        return order;
    }

    /** Reorders the planes (components) of a planar buffer; returns it unchanged when order is null. */
    static Object reorderPlanes(Object planar, int voxels, int[] order) {
        if (order == null) {
            return planar;
        }
        Object out = java.lang.reflect.Array.newInstance(planar.getClass().getComponentType(), java.lang.reflect.Array.getLength(planar));
        for (int j = 0; j < order.length; j++) {
            System.arraycopy(planar, order[j] * voxels, out, j * voxels, voxels);
        }
        return out;
    }

    /** Applies ITK 5.2's rules for dimension, size, components and pixel type. */
    static NiftiLayout of(NiftiHeader h, Path file) throws ImageFormatException {
        long[] dim = h.dim;
        if (dim[0] < 1 || dim[0] > 7) {
            throw new ImageFormatException(file, "the header declares " + dim[0] + " dimensions (dim[0]); NIfTI allows 1 to 7",
                    "The header is corrupt; re-export the image");
        }
        int ndim = (int) dim[0];
        for (int i = 1; i <= ndim; i++) {
            if (dim[i] < 1) {
                throw new ImageFormatException(file, "dim[" + i + "] is " + dim[i] + "; every axis needs at least one voxel",
                        "The header is corrupt; re-export the image");
            }
        }
        long[] d = new long[8];
        for (int i = 1; i < 8; i++) {
            d[i] = i <= ndim ? dim[i] : 1;
        }
        NiftiLayout l = new NiftiLayout();
        l.components = 1;
        int realdim = ndim;
        while (realdim > 3 && d[realdim] == 1) {
            realdim--;
        }
        // As ITK 5.2: dim[5] holds vector components only with intent VECTOR or SYMMATRIX; with any
        // other intent a dim[5] > 1 is a fifth image axis.
        boolean vector = (h.intentCode == INTENT_VECTOR || h.intentCode == INTENT_SYMMATRIX) && ndim >= 5;
        if (h.intentCode == INTENT_GENMATRIX) {
            throw new ImageFormatException(file, "NIfTI intent GENMATRIX is not supported", "Convert the image to a vector image first");
        }
        if (vector) {
            realdim = d[4] > 1 ? 4 : d[3] > 1 ? 3 : d[2] > 1 ? 2 : 1;
            if (d[5] > Integer.MAX_VALUE) {
                throw new ImageFormatException(file, "dim[5] = " + d[5] + " components is too many", "The header is corrupt");
            }
            l.components = (int) d[5];
            l.planar = l.components > 1;
            if (h.intentCode == INTENT_SYMMATRIX && l.planar) {
                l.planeOrder = symmetricMatrixOrder(l.components);
                if (l.planeOrder == null) {
                    throw new ImageFormatException(file, "intent SYMMATRIX with dim[5] = " + d[5] + " components, which is not the size of a"
                            + " triangular matrix (1, 3, 6, 10, …)", "The header is corrupt; set dim[5] to m(m+1)/2 or intent_code to 1007 (VECTOR)");
                }
            }
            if (d[6] > 1 || d[7] > 1) {
                throw new ImageFormatException(file, "dimensions 6 and 7 (" + d[6] + ", " + d[7] + ") are not supported",
                        "SegSense reads images of up to 4 dimensions with vector components");
            }
        } else if (realdim > 4) {
            if (ndim >= 5 && d[5] > 1) {
                throw new ImageFormatException(file, "dim[5] is " + d[5] + " with intent_code " + h.intentCode
                        + ", which is not VECTOR (1007) or SYMMATRIX (1005), so the image has " + realdim
                        + " dimensions (ITK 5.2 reads it as a " + realdim + "-D scalar image); SegSense handles 2 to 4 dimensions",
                        "If dim[5] holds the components of a vector per voxel, set intent_code to 1007 (nibabel: img.header.set_intent('vector'));"
                                + " otherwise split the image into 3-D or 4-D volumes");
            }
            throw new ImageFormatException(file, "the image has " + realdim + " dimensions; SegSense handles 2 to 4 (plus vector components in dim[5] with intent VECTOR)",
                    "Split the image into 4-D volumes first");
        }
        if (realdim < 2) {
            realdim = 2; // a 1-D line becomes a 2-D image of height 1
        }
        l.dimension = realdim;
        l.size = new long[realdim];
        for (int i = 0; i < realdim; i++) {
            l.size[i] = d[i + 1];
        }
        if (!vector) {
            // Axes beyond the kept ones have size 1 by construction; nothing to fold.
            for (int i = realdim + 1; i <= 7; i++) {
                if (d[i] != 1) {
                    throw new ImageFormatException(file, "axis " + i + " has size " + d[i] + " beyond the supported dimensions",
                            "Split the image into 4-D volumes first");
                }
            }
        } else {
            // Within the voxel grid, axes between realdim and 4 have size 1; size fold is exact.
            for (int i = realdim + 1; i <= 4; i++) {
                if (d[i] != 1) {
                    throw new ImageFormatException(file, "axis " + i + " has size " + d[i] + " inside a vector image", "The header is corrupt");
                }
            }
        }
        switch (h.datatype) {
            case DT_UINT8: l.fileType = PixelType.UINT8; break;
            case DT_INT8: l.fileType = PixelType.INT8; break;
            case DT_UINT16: l.fileType = PixelType.UINT16; break;
            case DT_INT16: l.fileType = PixelType.INT16; break;
            case DT_UINT32: l.fileType = PixelType.UINT32; break;
            case DT_INT32: l.fileType = PixelType.INT32; break;
            case DT_UINT64: l.fileType = PixelType.UINT64; break;
            case DT_INT64: l.fileType = PixelType.INT64; break;
            case DT_FLOAT32: l.fileType = PixelType.FLOAT32; break;
            case DT_FLOAT64: l.fileType = PixelType.FLOAT64; break;
            case DT_COMPLEX64: l.fileType = PixelType.FLOAT32; l.fileElementsPerComponent = 2; break;
            case DT_COMPLEX128: l.fileType = PixelType.FLOAT64; l.fileElementsPerComponent = 2; break;
            case DT_RGB24: l.fileType = PixelType.UINT8; l.fileElementsPerComponent = 3; break;
            case DT_RGBA32: l.fileType = PixelType.UINT8; l.fileElementsPerComponent = 4; break;
            default:
                throw new ImageFormatException(file, "NIfTI datatype " + h.datatype + " (" + datatypeName(h.datatype) + ") is not supported",
                        "Convert the image to an integer or float type (e.g. with ITK or nibabel)");
        }
        if (l.fileElementsPerComponent > 1 && l.planar) {
            throw new ImageFormatException(file, "vector images of " + datatypeName(h.datatype) + " pixels are not supported",
                    "Convert the image to a scalar type first");
        }
        return l;
    }

    static String datatypeName(int code) {
        switch (code) {
            case DT_BINARY: return "binary";
            case DT_FLOAT128: return "float128";
            case DT_COMPLEX256: return "complex256";
            case DT_COMPLEX64: return "complex64";
            case DT_COMPLEX128: return "complex128";
            case DT_RGB24: return "RGB24";
            case DT_RGBA32: return "RGBA32";
            default: return "unknown";
        }
    }
}
