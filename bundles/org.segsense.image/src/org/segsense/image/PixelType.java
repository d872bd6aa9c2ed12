// SPDX-License-Identifier: EPL-2.0
package org.segsense.image;

import java.util.Locale;

/**
 * The type of one pixel component, as ITK's {@code IOComponentEnum} restricted to the types SegSense
 * stores.
 * <p>
 * Each type names the primitive Java array that holds an {@link Image}'s voxels: {@code byte[]} for
 * 8-bit, {@code short[]} for 16-bit, {@code int[]} for 32-bit and {@code long[]} for 64-bit integers,
 * {@code float[]} and {@code double[]}. Unsigned types share the array of the signed type of the same
 * width and are read with masking (for example {@code b & 0xFF}); {@link #UINT64} values above
 * {@code Long.MAX_VALUE} read as their unsigned value in {@code double}.
 */
public enum PixelType {
    /** Unsigned 8-bit integer, ITK {@code unsigned char}, stored in {@code byte[]}. */
    UINT8("uint8", 1, false, true),
    /** Signed 8-bit integer, ITK {@code char}, stored in {@code byte[]}. */
    INT8("int8", 1, true, true),
    /** Unsigned 16-bit integer, ITK {@code unsigned short}, stored in {@code short[]}. */
    UINT16("uint16", 2, false, true),
    /** Signed 16-bit integer, ITK {@code short}, stored in {@code short[]}. */
    INT16("int16", 2, true, true),
    /** Unsigned 32-bit integer, ITK {@code unsigned int}, stored in {@code int[]}. */
    UINT32("uint32", 4, false, true),
    /** Signed 32-bit integer, ITK {@code int}, stored in {@code int[]}. */
    INT32("int32", 4, true, true),
    /** Unsigned 64-bit integer, ITK {@code unsigned long long}, stored in {@code long[]}. */
    UINT64("uint64", 8, false, true),
    /** Signed 64-bit integer, ITK {@code long long}, stored in {@code long[]}. */
    INT64("int64", 8, true, true),
    /** IEEE 754 single precision, ITK {@code float}, stored in {@code float[]}. */
    FLOAT32("float32", 4, true, false),
    /** IEEE 754 double precision, ITK {@code double}, stored in {@code double[]}. */
    FLOAT64("float64", 8, true, false);

    private final String jsonName;
    private final int byteSize;
    private final boolean signed;
    private final boolean integer;

    PixelType(String jsonName, int byteSize, boolean signed, boolean integer) {
        this.jsonName = jsonName;
        this.byteSize = byteSize;
        this.signed = signed;
        this.integer = integer;
    }

    /** @return the name used in SegSense's JSON output and command line, e.g. {@code "uint8"} */
    public String jsonName() {
        return jsonName;
    }

    /** @return the size of one component in bytes (1, 2, 4 or 8) */
    public int byteSize() {
        return byteSize;
    }

    /** @return true for the signed integer types and the floating-point types */
    public boolean isSigned() {
        return signed;
    }

    /** @return true for the integer types */
    public boolean isInteger() {
        return integer;
    }

    /** @return true for {@link #FLOAT32} and {@link #FLOAT64} */
    public boolean isFloatingPoint() {
        return !integer;
    }

    /**
     * The smallest value the type can hold, as a double ({@code -Float.MAX_VALUE} for
     * {@link #FLOAT32}, as ITK's {@code NumericTraits::NonpositiveMin}).
     *
     * @return the minimum value
     */
    public double minValue() {
        switch (this) {
            case UINT8: case UINT16: case UINT32: case UINT64: return 0;
            case INT8: return Byte.MIN_VALUE;
            case INT16: return Short.MIN_VALUE;
            case INT32: return Integer.MIN_VALUE;
            case INT64: return Long.MIN_VALUE;
            case FLOAT32: return -Float.MAX_VALUE;
            default: return -Double.MAX_VALUE;
        }
    }

    /** @return the largest value the type can hold, as a double */
    public double maxValue() {
        switch (this) {
            case UINT8: return 0xFF;
            case INT8: return Byte.MAX_VALUE;
            case UINT16: return 0xFFFF;
            case INT16: return Short.MAX_VALUE;
            case UINT32: return 0xFFFFFFFFL;
            case INT32: return Integer.MAX_VALUE;
            case UINT64: return 18446744073709551615.0;
            case INT64: return Long.MAX_VALUE;
            case FLOAT32: return Float.MAX_VALUE;
            default: return Double.MAX_VALUE;
        }
    }

    /** @return the primitive array class that stores this type, e.g. {@code byte[].class} */
    public Class<?> arrayClass() {
        switch (byteSize) {
            case 1: return byte[].class;
            case 2: return short[].class;
            case 4: return integer ? int[].class : float[].class;
            default: return integer ? long[].class : double[].class;
        }
    }

    /**
     * Finds a type by its JSON name.
     *
     * @param name a name such as {@code "float32"} (case-insensitive)
     * @return the type
     * @throws IllegalArgumentException if the name is unknown; the message lists the known names
     */
    public static PixelType fromJsonName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (PixelType t : values()) {
            if (t.jsonName.equals(wanted)) {
                return t;
            }
        }
        StringBuilder known = new StringBuilder();
        for (PixelType t : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(t.jsonName);
        }
        throw new IllegalArgumentException("Unknown pixel type '" + name + "'; use one of " + known + ".");
    }
}
