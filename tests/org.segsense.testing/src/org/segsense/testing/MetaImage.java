// SPDX-License-Identifier: EPL-2.0
package org.segsense.testing;

import java.lang.reflect.Array;

/**
 * An uncompressed MetaImage in memory: the header fields the tests use and the voxel data as a Java
 * array of the element type's width ({@code byte[]} for MET_UCHAR/MET_CHAR, {@code short[]} for
 * MET_USHORT/MET_SHORT, {@code int[]}, {@code long[]}, {@code float[]}, {@code double[]}; unsigned
 * values are kept as the same bits). Read and written by {@link MetaImageFiles}.
 */
public final class MetaImage {

    /** The MetaImage element types, named as in the file. */
    public enum ElementType {
        MET_CHAR(1, false), MET_UCHAR(1, true), MET_SHORT(2, false), MET_USHORT(2, true), MET_INT(4, false),
        MET_UINT(4, true), MET_LONG_LONG(8, false), MET_ULONG_LONG(8, true), MET_FLOAT(4, false), MET_DOUBLE(8, false);

        private final int byteSize;
        private final boolean unsigned;

        ElementType(int byteSize, boolean unsigned) {
            this.byteSize = byteSize;
            this.unsigned = unsigned;
        }

        /** @return bytes per element */
        public int byteSize() {
            return byteSize;
        }

        /** @return the Java array class that holds such elements */
        public Class<?> arrayType() {
            switch (this) {
                case MET_CHAR: case MET_UCHAR: return byte[].class;
                case MET_SHORT: case MET_USHORT: return short[].class;
                case MET_INT: case MET_UINT: return int[].class;
                case MET_LONG_LONG: case MET_ULONG_LONG: return long[].class;
                case MET_FLOAT: return float[].class;
                default: return double[].class;
            }
        }
    }

    private final long[] size;
    private final double[] spacing;
    private final double[] origin;
    private final double[] direction;
    private final int channels;
    private final ElementType type;
    private final Object data;

    /**
     * @param size voxels per axis
     * @param spacing per axis
     * @param origin per axis
     * @param direction d × d, row-major: element {@code [r * d + c]} is component r of axis c's direction
     * @param channels components per voxel
     * @param type the element type
     * @param data the elements, voxel by voxel, x fastest, of {@link ElementType#arrayType()}
     */
    public MetaImage(long[] size, double[] spacing, double[] origin, double[] direction, int channels, ElementType type, Object data) {
        int d = size.length;
        if (spacing.length != d || origin.length != d || direction.length != d * d) {
            throw new IllegalArgumentException("spacing, origin and direction must match " + d + " dimensions");
        }
        if (data.getClass() != type.arrayType()) {
            throw new IllegalArgumentException(type + " needs a " + type.arrayType().getSimpleName() + ", not " + data.getClass().getSimpleName());
        }
        long n = channels;
        for (long s : size) {
            n *= s;
        }
        if (Array.getLength(data) != n) {
            throw new IllegalArgumentException("expected " + n + " elements, got " + Array.getLength(data));
        }
        this.size = size.clone();
        this.spacing = spacing.clone();
        this.origin = origin.clone();
        this.direction = direction.clone();
        this.channels = channels;
        this.type = type;
        this.data = data;
    }

    /** @return the identity direction of {@code d} dimensions, row-major */
    public static double[] identity(int d) {
        double[] m = new double[d * d];
        for (int i = 0; i < d; i++) {
            m[i * d + i] = 1;
        }
        return m;
    }

    public int dimension() {
        return size.length;
    }

    public long[] size() {
        return size.clone();
    }

    public double[] spacing() {
        return spacing.clone();
    }

    public double[] origin() {
        return origin.clone();
    }

    /** @return the direction, row-major */
    public double[] direction() {
        return direction.clone();
    }

    public int channels() {
        return channels;
    }

    public ElementType type() {
        return type;
    }

    /** @return the data array itself (not a copy), of {@link ElementType#arrayType()} */
    public Object data() {
        return data;
    }

    /** @return the number of elements (voxels × channels) */
    public int elementCount() {
        return Array.getLength(data);
    }

    /** @return the elements as doubles (unsigned types read as unsigned) */
    public double[] toDoubles() {
        int n = elementCount();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = get(i);
        }
        return out;
    }

    /** @return the elements as floats (unsigned types read as unsigned) */
    public float[] toFloats() {
        int n = elementCount();
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) get(i);
        }
        return out;
    }

    private double get(int i) {
        switch (type) {
            case MET_CHAR: return ((byte[]) data)[i];
            case MET_UCHAR: return ((byte[]) data)[i] & 0xff;
            case MET_SHORT: return ((short[]) data)[i];
            case MET_USHORT: return ((short[]) data)[i] & 0xffff;
            case MET_INT: return ((int[]) data)[i];
            case MET_UINT: return ((int[]) data)[i] & 0xffffffffL;
            case MET_LONG_LONG: return ((long[]) data)[i];
            case MET_ULONG_LONG: {
                long v = ((long[]) data)[i];
                return v >= 0 ? v : (v >>> 1) * 2.0 + (v & 1);
            }
            case MET_FLOAT: return ((float[]) data)[i];
            default: return ((double[]) data)[i];
        }
    }
}
