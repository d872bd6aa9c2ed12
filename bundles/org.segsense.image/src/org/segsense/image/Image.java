// SPDX-License-Identifier: EPL-2.0
package org.segsense.image;

import java.util.Arrays;
import java.util.Objects;

/**
 * An image: a voxel buffer together with its {@link ImageGeometry}, {@link PixelType} and number of
 * components per voxel — the same information as an ITK {@code itk::Image} or
 * {@code itk::VectorImage}.
 * <p>
 * Storage: all voxels live in ONE primitive Java array of the pixel type ({@code byte[]} for
 * uint8/int8, {@code short[]} for (u)int16, {@code int[]} for (u)int32, {@code long[]} for (u)int64,
 * {@code float[]}, {@code double[]}). Unsigned types use the signed array of the same width and are
 * read with masking. The element of voxel {@code v} and component {@code c} is at
 * {@code v * components + c} (components interleaved per voxel, as ITK's {@code VectorImage}), and
 * the linear voxel index {@code v = x + sx·(y + sy·(z + sz·t))} runs x fastest, as ITK and NIfTI.
 * <p>
 * Limit: a Java array holds fewer than 2<sup>31</sup> elements, so an image may have at most
 * {@link #MAX_ELEMENTS} elements (voxels × components); bigger images are rejected with a clear
 * message.
 * <p>
 * The geometry, type and component count are fixed; the buffer is shared, not copied, by
 * {@link #buffer()} and the typed accessors, so that filters can work on it without per-voxel calls.
 * An Image is therefore not thread-safe while someone writes to its buffer.
 */
public final class Image {

    /** The largest number of elements (voxels × components) one image may hold. */
    public static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private final ImageGeometry geometry;
    private final PixelType pixelType;
    private final int components;
    private final Object buffer;

    private Image(ImageGeometry geometry, PixelType pixelType, int components, Object buffer) {
        this.geometry = geometry;
        this.pixelType = pixelType;
        this.components = components;
        this.buffer = buffer;
    }

    /**
     * Creates an image filled with zeros.
     *
     * @param geometry the grid
     * @param type the pixel type
     * @param components components per voxel, ≥ 1
     * @return the new image
     * @throws IllegalArgumentException if the image would exceed {@link #MAX_ELEMENTS}
     */
    public static Image create(ImageGeometry geometry, PixelType type, int components) {
        int n = elementCount(geometry, components);
        return new Image(geometry, type, components, allocate(type, n));
    }

    /** @return a new scalar image filled with zeros; see {@link #create(ImageGeometry, PixelType, int)} */
    public static Image create(ImageGeometry geometry, PixelType type) {
        return create(geometry, type, 1);
    }

    /**
     * Wraps an existing array (not copied) as an image.
     *
     * @param geometry the grid
     * @param type the pixel type; the array must be {@link PixelType#arrayClass()}
     * @param components components per voxel, ≥ 1
     * @param buffer the voxel array of length voxels × components
     * @return the image
     * @throws IllegalArgumentException if the array's class or length does not match
     */
    public static Image of(ImageGeometry geometry, PixelType type, int components, Object buffer) {
        Objects.requireNonNull(buffer, "buffer");
        int n = elementCount(geometry, components);
        if (buffer.getClass() != type.arrayClass()) {
            throw new IllegalArgumentException("A " + type.jsonName() + " image needs a " + type.arrayClass().getSimpleName()
                    + " buffer, not " + buffer.getClass().getSimpleName() + ".");
        }
        int length = java.lang.reflect.Array.getLength(buffer);
        if (length != n) {
            throw new IllegalArgumentException("Buffer has " + length + " elements but the geometry " + Arrays.toString(geometry.size())
                    + " with " + components + " component(s) needs " + n + ".");
        }
        return new Image(geometry, type, components, buffer);
    }

    /** @return a float32 image wrapping {@code data}; components = data.length / voxels */
    public static Image of(ImageGeometry geometry, float[] data) {
        return of(geometry, PixelType.FLOAT32, inferComponents(geometry, data.length), data);
    }

    /** @return a float64 image wrapping {@code data}; components = data.length / voxels */
    public static Image of(ImageGeometry geometry, double[] data) {
        return of(geometry, PixelType.FLOAT64, inferComponents(geometry, data.length), data);
    }

    /** @return an int32 image wrapping {@code data}; components = data.length / voxels */
    public static Image of(ImageGeometry geometry, int[] data) {
        return of(geometry, PixelType.INT32, inferComponents(geometry, data.length), data);
    }

    /** @return an int16 image wrapping {@code data}; components = data.length / voxels */
    public static Image of(ImageGeometry geometry, short[] data) {
        return of(geometry, PixelType.INT16, inferComponents(geometry, data.length), data);
    }

    /** @return an int64 image wrapping {@code data}; components = data.length / voxels */
    public static Image of(ImageGeometry geometry, long[] data) {
        return of(geometry, PixelType.INT64, inferComponents(geometry, data.length), data);
    }

    /** @return a uint8 image (the usual label map type) wrapping {@code data}; components = data.length / voxels */
    public static Image ofUInt8(ImageGeometry geometry, byte[] data) {
        return of(geometry, PixelType.UINT8, inferComponents(geometry, data.length), data);
    }

    private static int inferComponents(ImageGeometry geometry, int length) {
        long voxels = geometry.voxelCount();
        if (length == 0 || length % voxels != 0) {
            throw new IllegalArgumentException("Buffer length " + length + " is not a positive multiple of the voxel count " + voxels + ".");
        }
        return (int) (length / voxels);
    }

    private static int elementCount(ImageGeometry geometry, int components) {
        if (components < 1) {
            throw new IllegalArgumentException("An image needs at least 1 component per voxel, not " + components + ".");
        }
        long voxels;
        try {
            voxels = Math.multiplyExact(geometry.voxelCount(), components);
        } catch (ArithmeticException e) {
            voxels = Long.MAX_VALUE;
        }
        if (voxels > MAX_ELEMENTS) {
            throw new IllegalArgumentException("Image of size " + Arrays.toString(geometry.size()) + " with " + components
                    + " component(s) has " + voxels + " elements; SegSense holds at most " + MAX_ELEMENTS
                    + " (2^31 - 9) elements per image. Crop or downsample it first.");
        }
        return (int) voxels;
    }

    static Object allocate(PixelType type, int n) {
        switch (type) {
            case UINT8: case INT8: return new byte[n];
            case UINT16: case INT16: return new short[n];
            case UINT32: case INT32: return new int[n];
            case UINT64: case INT64: return new long[n];
            case FLOAT32: return new float[n];
            default: return new double[n];
        }
    }

    /** @return the grid */
    public ImageGeometry geometry() {
        return geometry;
    }

    /** @return the pixel (component) type */
    public PixelType pixelType() {
        return pixelType;
    }

    /** @return components per voxel, ≥ 1 */
    public int components() {
        return components;
    }

    /** @return the number of axes; shortcut for {@code geometry().dimension()} */
    public int dimension() {
        return geometry.dimension();
    }

    /** @return the number of voxels; shortcut for {@code geometry().voxelCount()} */
    public long voxelCount() {
        return geometry.voxelCount();
    }

    /** @return the number of array elements, voxels × components */
    public int elementCount() {
        return (int) (geometry.voxelCount() * components);
    }

    /** @return the voxel array itself (not a copy); its class is {@code pixelType().arrayClass()} */
    public Object buffer() {
        return buffer;
    }

    /** @return the buffer of a uint8 or int8 image (not a copy) */
    public byte[] bytes() {
        return typed(byte[].class);
    }

    /** @return the buffer of a uint16 or int16 image (not a copy) */
    public short[] shorts() {
        return typed(short[].class);
    }

    /** @return the buffer of a uint32 or int32 image (not a copy) */
    public int[] ints() {
        return typed(int[].class);
    }

    /** @return the buffer of a uint64 or int64 image (not a copy) */
    public long[] longs() {
        return typed(long[].class);
    }

    /** @return the buffer of a float32 image (not a copy) */
    public float[] floats() {
        return typed(float[].class);
    }

    /** @return the buffer of a float64 image (not a copy) */
    public double[] doubles() {
        return typed(double[].class);
    }

    private <T> T typed(Class<T> arrayClass) {
        if (buffer.getClass() != arrayClass) {
            throw new IllegalStateException("This image stores " + pixelType.jsonName() + " pixels in a " + buffer.getClass().getSimpleName()
                    + ", not a " + arrayClass.getSimpleName() + "; use the accessor for " + pixelType.jsonName() + " or convert(...) first.");
        }
        return arrayClass.cast(buffer);
    }

    /**
     * Reads one element as a double (unsigned types masked). This is the slow path: one type switch
     * per call. Loops over many voxels should switch once on {@link #pixelType()} and work on the
     * typed array.
     *
     * @param linearIndex voxel index, x fastest
     * @param component component, 0 for scalar images
     * @return the value
     */
    public double getDouble(long linearIndex, int component) {
        return element(buffer, pixelType, checkedElement(linearIndex, component));
    }

    /**
     * Writes one element, converted as {@link #convert(PixelType)} converts (slow path).
     *
     * @param linearIndex voxel index, x fastest
     * @param component component
     * @param value the value
     */
    public void setDouble(long linearIndex, int component, double value) {
        int i = checkedElement(linearIndex, component);
        switch (pixelType) {
            case UINT8: case INT8: ((byte[]) buffer)[i] = (byte) toInteger(value, pixelType); break;
            case UINT16: case INT16: ((short[]) buffer)[i] = (short) toInteger(value, pixelType); break;
            case UINT32: case INT32: ((int[]) buffer)[i] = (int) toInteger(value, pixelType); break;
            case UINT64: case INT64: ((long[]) buffer)[i] = toInteger(value, pixelType); break;
            case FLOAT32: ((float[]) buffer)[i] = (float) value; break;
            default: ((double[]) buffer)[i] = value; break;
        }
    }

    private int checkedElement(long linearIndex, int component) {
        if (linearIndex < 0 || linearIndex >= geometry.voxelCount() || component < 0 || component >= components) {
            throw new IndexOutOfBoundsException("Voxel " + linearIndex + " component " + component + " is outside an image of "
                    + geometry.voxelCount() + " voxels with " + components + " component(s).");
        }
        return (int) (linearIndex * components + component);
    }

    private static double element(Object buffer, PixelType type, int i) {
        switch (type) {
            case UINT8: return ((byte[]) buffer)[i] & 0xFF;
            case INT8: return ((byte[]) buffer)[i];
            case UINT16: return ((short[]) buffer)[i] & 0xFFFF;
            case INT16: return ((short[]) buffer)[i];
            case UINT32: return ((int[]) buffer)[i] & 0xFFFFFFFFL;
            case INT32: return ((int[]) buffer)[i];
            case UINT64: return unsignedLongToDouble(((long[]) buffer)[i]);
            case INT64: return ((long[]) buffer)[i];
            case FLOAT32: return ((float[]) buffer)[i];
            default: return ((double[]) buffer)[i];
        }
    }

    private static double unsignedLongToDouble(long v) {
        double d = (double) (v >>> 1) * 2.0;
        return d + (v & 1);
    }

    /**
     * Converts a double to an integer pixel value: truncation toward zero (C++'s
     * {@code static_cast}, as ITK's {@code CastImageFilter}), saturated at the type's range (C++ leaves
     * out-of-range casts undefined; saturation is the defined choice), NaN → 0.
     */
    private static long toInteger(double v, PixelType type) {
        if (Double.isNaN(v)) {
            return 0;
        }
        double t = v < type.minValue() ? type.minValue() : Math.min(v, type.maxValue());
        if (type == PixelType.UINT64 && t >= 9.223372036854775807E18) {
            return (long) (t / 2) << 1; // wraps into the unsigned range of the signed storage
        }
        return (long) t;
    }

    /**
     * Returns a copy converted to another pixel type. Integer targets truncate toward zero, as ITK's
     * {@code CastImageFilter} ({@code static_cast}), and saturate out-of-range values; NaN becomes 0.
     * Float targets round to nearest. Geometry and components are kept.
     *
     * @param target the new type
     * @return a new image (a copy even if the type is unchanged)
     */
    public Image convert(PixelType target) {
        int n = elementCount();
        if (target == pixelType) {
            return copy();
        }
        Object out = allocate(target, n);
        if (target == PixelType.FLOAT32) {
            float[] f = (float[]) out;
            copyToFloat(f);
        } else if (target == PixelType.FLOAT64) {
            double[] d = (double[]) out;
            copyToDouble(d);
        } else {
            double[] d = new double[Math.min(n, 1 << 16)];
            for (int start = 0; start < n; start += d.length) {
                int len = Math.min(d.length, n - start);
                readDoubles(start, d, len);
                writeIntegers(out, target, start, d, len);
            }
        }
        return new Image(geometry, target, components, out);
    }

    private void readDoubles(int start, double[] dst, int len) {
        switch (pixelType) {
            case UINT8: { byte[] a = (byte[]) buffer; for (int i = 0; i < len; i++) dst[i] = a[start + i] & 0xFF; break; }
            case INT8: { byte[] a = (byte[]) buffer; for (int i = 0; i < len; i++) dst[i] = a[start + i]; break; }
            case UINT16: { short[] a = (short[]) buffer; for (int i = 0; i < len; i++) dst[i] = a[start + i] & 0xFFFF; break; }
            case INT16: { short[] a = (short[]) buffer; for (int i = 0; i < len; i++) dst[i] = a[start + i]; break; }
            case UINT32: { int[] a = (int[]) buffer; for (int i = 0; i < len; i++) dst[i] = a[start + i] & 0xFFFFFFFFL; break; }
            case INT32: { int[] a = (int[]) buffer; for (int i = 0; i < len; i++) dst[i] = a[start + i]; break; }
            case UINT64: { long[] a = (long[]) buffer; for (int i = 0; i < len; i++) dst[i] = unsignedLongToDouble(a[start + i]); break; }
            case INT64: { long[] a = (long[]) buffer; for (int i = 0; i < len; i++) dst[i] = a[start + i]; break; }
            case FLOAT32: { float[] a = (float[]) buffer; for (int i = 0; i < len; i++) dst[i] = a[start + i]; break; }
            default: System.arraycopy(buffer, start, dst, 0, len); break;
        }
    }

    private static void writeIntegers(Object out, PixelType target, int start, double[] src, int len) {
        switch (target) {
            case UINT8: case INT8: { byte[] a = (byte[]) out; for (int i = 0; i < len; i++) a[start + i] = (byte) toInteger(src[i], target); break; }
            case UINT16: case INT16: { short[] a = (short[]) out; for (int i = 0; i < len; i++) a[start + i] = (short) toInteger(src[i], target); break; }
            case UINT32: case INT32: { int[] a = (int[]) out; for (int i = 0; i < len; i++) a[start + i] = (int) toInteger(src[i], target); break; }
            default: { long[] a = (long[]) out; for (int i = 0; i < len; i++) a[start + i] = toInteger(src[i], target); break; }
        }
    }

    private void copyToFloat(float[] f) {
        int n = f.length;
        if (pixelType == PixelType.FLOAT64) {
            double[] a = (double[]) buffer;
            for (int i = 0; i < n; i++) f[i] = (float) a[i];
            return;
        }
        if (pixelType == PixelType.UINT8) {
            byte[] a = (byte[]) buffer;
            for (int i = 0; i < n; i++) f[i] = a[i] & 0xFF;
            return;
        }
        if (pixelType == PixelType.INT16) {
            short[] a = (short[]) buffer;
            for (int i = 0; i < n; i++) f[i] = a[i];
            return;
        }
        double[] d = new double[Math.min(n, 1 << 16)];
        for (int start = 0; start < n; start += d.length) {
            int len = Math.min(d.length, n - start);
            readDoubles(start, d, len);
            for (int i = 0; i < len; i++) f[start + i] = (float) d[i];
        }
    }

    private void copyToDouble(double[] d) {
        readDoubles(0, d, d.length);
    }

    /** @return a float32 copy of all elements (see {@link #convert}) — a fast path for filters */
    public float[] toFloatArray() {
        if (pixelType == PixelType.FLOAT32) {
            return ((float[]) buffer).clone();
        }
        float[] f = new float[elementCount()];
        copyToFloat(f);
        return f;
    }

    /** @return a float64 copy of all elements — a fast path for filters */
    public double[] toDoubleArray() {
        double[] d = new double[elementCount()];
        copyToDouble(d);
        return d;
    }

    /** @return a deep copy (new buffer, same geometry, type and components) */
    public Image copy() {
        Object out = allocate(pixelType, elementCount());
        System.arraycopy(buffer, 0, out, 0, elementCount());
        return new Image(geometry, pixelType, components, out);
    }

    /**
     * Returns an image sharing this buffer with another geometry of the same size, e.g. after
     * changing the origin.
     *
     * @param newGeometry a geometry with the same size
     * @return the new image (buffer shared)
     */
    public Image withGeometry(ImageGeometry newGeometry) {
        if (!Arrays.equals(newGeometry.size(), geometry.size())) {
            throw new IllegalArgumentException("New geometry size " + Arrays.toString(newGeometry.size()) + " differs from the image size "
                    + Arrays.toString(geometry.size()) + ".");
        }
        return new Image(newGeometry, pixelType, components, buffer);
    }

    /**
     * Tells whether two images have equal geometry (exactly), type, components and buffer contents
     * (bitwise for floats, so NaN equals NaN).
     *
     * @param other the other image
     * @return true if equal
     */
    public boolean contentEquals(Image other) {
        if (other == this) {
            return true;
        }
        if (!geometry.equals(other.geometry) || pixelType != other.pixelType || components != other.components) {
            return false;
        }
        switch (pixelType) {
            case UINT8: case INT8: return Arrays.equals((byte[]) buffer, (byte[]) other.buffer);
            case UINT16: case INT16: return Arrays.equals((short[]) buffer, (short[]) other.buffer);
            case UINT32: case INT32: return Arrays.equals((int[]) buffer, (int[]) other.buffer);
            case UINT64: case INT64: return Arrays.equals((long[]) buffer, (long[]) other.buffer);
            case FLOAT32: return Arrays.equals((float[]) buffer, (float[]) other.buffer);
            default: return Arrays.equals((double[]) buffer, (double[]) other.buffer);
        }
    }

    @Override
    public String toString() {
        return "Image[" + pixelType.jsonName() + " x" + components + ", " + geometry + "]";
    }
}
