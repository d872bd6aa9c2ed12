// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.vtk;

import org.segsense.image.PixelType;

/** VTK legacy component type names, as ITK 5.2's VTKImageIO reads and writes them. */
final class VtkTypes {

    private VtkTypes() {
    }

    /**
     * The pixel type of a VTK type name (lower case), as ITK 5.2's
     * {@code ImageIOBase::GetComponentTypeFromString} plus {@code vtktype(u)int64}; {@code long}
     * types are 64-bit, as ITK on Linux/macOS.
     *
     * @param name the name, lower case
     * @return the type, or null if ITK does not know it
     */
    static PixelType fromName(String name) {
        switch (name) {
            case "unsigned_char": return PixelType.UINT8;
            case "char": return PixelType.INT8;
            case "unsigned_short": return PixelType.UINT16;
            case "short": return PixelType.INT16;
            case "unsigned_int": return PixelType.UINT32;
            case "int": return PixelType.INT32;
            case "unsigned_long": case "unsigned_long_long": case "vtktypeuint64": return PixelType.UINT64;
            case "long": case "long_long": case "vtktypeint64": return PixelType.INT64;
            case "float": return PixelType.FLOAT32;
            case "double": return PixelType.FLOAT64;
            default: return null;
        }
    }

    /** The names {@link #fromName} accepts, for messages. */
    static final String KNOWN = "unsigned_char, char, unsigned_short, short, unsigned_int, int, unsigned_long, long, "
            + "unsigned_long_long, long_long, vtktypeuint64, vtktypeint64, float, double";

    /**
     * The name written for a pixel type: ITK's names, and the portable {@code vtktypeint64}/
     * {@code vtktypeuint64} for 64-bit integers (VTK's {@code long} is 32-bit on Windows).
     *
     * @param type the pixel type
     * @return the VTK name
     */
    static String name(PixelType type) {
        switch (type) {
            case UINT8: return "unsigned_char";
            case INT8: return "char";
            case UINT16: return "unsigned_short";
            case INT16: return "short";
            case UINT32: return "unsigned_int";
            case INT32: return "int";
            case UINT64: return "vtktypeuint64";
            case INT64: return "vtktypeint64";
            case FLOAT32: return "float";
            default: return "double";
        }
    }
}
