// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io.internal;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.segsense.image.Image;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageIO;

/**
 * Block-wise transfer of voxel arrays between streams and primitive arrays, shared by the built-in
 * formats.
 * <p>
 * Data move in blocks of {@value #BLOCK} bytes through a {@link ByteBuffer} view with the file's byte
 * order, so there is no per-voxel call and never more than one block of extra memory. Reads are
 * bounded: the declared number of bytes is read, a gzip bomb cannot make a reader allocate more
 * than its header declares (and {@link #checkDeclaredSize} limits that), and compressed streams
 * are read on to their end only to verify their checksums, within a bound
 * ({@link #verifyCompressedEnd}). {@link DataFiles} checks the data file before allocation.
 */
public final class VoxelIO {

    /** Transfer block size in bytes. */
    public static final int BLOCK = 1 << 20;
    /** Stream buffer size for files and gzip. */
    public static final int STREAM_BUFFER = 1 << 16;

    private VoxelIO() {
    }

    /** @return the text with control characters shown as U+XXXX, for messages */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("U+%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** @return true if the file starts with the gzip magic 1f 8b */
    public static boolean isGzip(Path file) throws IOException {
        byte[] head = readHead(file, 2);
        return head.length == 2 && (head[0] & 0xFF) == 0x1f && (head[1] & 0xFF) == 0x8b;
    }

    /**
     * Reads up to {@code n} bytes from the start of a file, inflating gzip files.
     *
     * @param file the file
     * @param n bytes wanted
     * @return the bytes (fewer if the file is shorter)
     */
    public static byte[] readHeadInflated(Path file, int n) throws IOException {
        try (InputStream in = open(file)) {
            return in.readNBytes(n);
        }
    }

    /** @return up to {@code n} raw bytes from the start of the file */
    public static byte[] readHead(Path file, int n) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        }
    }

    /**
     * Opens a file for reading, transparently inflating gzip (detected by magic, not by name).
     *
     * @param file the file
     * @return a buffered stream
     */
    public static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            BufferedInputStream in = new BufferedInputStream(raw, STREAM_BUFFER);
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                return new GZIPInputStream(in, STREAM_BUFFER);
            }
            return in;
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** @return a stream inflating zlib (RFC 1950) data, as MetaImage's CompressedData */
    public static InputStream zlib(InputStream in) {
        return new InflaterInputStream(in, new Inflater(), STREAM_BUFFER);
    }

    /**
     * Opens a gzip output stream with a large buffer and the given deflate level. On several cores the
     * data are compressed in parallel as concatenated gzip members ({@link ParallelGzipOutputStream}),
     * which every gzip reader reads as one stream.
     *
     * @param out the destination
     * @param level 1 (fast) to 9 (small); ITK's NIfTI writer uses zlib's default
     * @return the stream
     */
    public static OutputStream gzip(OutputStream out, int level) throws IOException {
        if (ParallelGzipOutputStream.worthwhile()) {
            return new ParallelGzipOutputStream(out, level);
        }
        return new GZIPOutputStream(out, STREAM_BUFFER) {
            {
                def.setLevel(level);
            }
        };
    }

    /**
     * Checks the size a header declares before anything is allocated.
     *
     * @param file the file, for the message
     * @param size the declared size per axis
     * @param components components per voxel
     * @param type the pixel type
     * @return the number of elements (voxels × components)
     * @throws ImageFormatException if the size overflows, exceeds {@link Image#MAX_ELEMENTS} or
     *         {@link ImageIO#maxImageBytes()}
     */
    public static int checkDeclaredSize(Path file, long[] size, int components, PixelType type) throws ImageFormatException {
        long elements = components;
        for (long s : size) {
            if (s < 1) {
                throw new ImageFormatException(file, "the header declares size " + Arrays.toString(size) + "; every axis needs at least one voxel",
                        "The header is corrupt; re-export the image");
            }
            if (elements > Long.MAX_VALUE / s) {
                elements = Long.MAX_VALUE;
                break;
            }
            elements *= s;
        }
        long bytes = elements > Long.MAX_VALUE / 8 ? Long.MAX_VALUE : elements * type.byteSize();
        if (elements > Image.MAX_ELEMENTS) {
            throw new ImageFormatException(file, "the header declares " + Arrays.toString(size) + " voxels x " + components
                    + " component(s) = " + elements + " elements; SegSense holds at most " + Image.MAX_ELEMENTS + " elements per image",
                    "If the header is right, crop or downsample the image first; otherwise the file is corrupt");
        }
        long limit = ImageIO.maxImageBytes();
        if (bytes > limit) {
            throw new ImageFormatException(file, "the header declares " + bytes + " bytes of voxel data, more than the limit of " + limit
                    + " bytes", "Raise the JVM's -Xmx or the system property " + ImageIO.MAX_BYTES_PROPERTY + " if the image is genuine");
        }
        return (int) elements;
    }

    /**
     * Skips exactly {@code n} bytes.
     *
     * @throws ImageFormatException if the stream ends first
     */
    public static void skip(InputStream in, long n, Path file) throws IOException, ImageFormatException {
        try {
            in.skipNBytes(n);
        } catch (EOFException e) {
            throw new ImageFormatException(file, "the file ends before the voxel data offset " + n, "The file is truncated; copy or download it again");
        }
    }

    /**
     * Reads exactly {@code len} bytes into {@code b}.
     *
     * @throws ImageFormatException naming the expected and actual size if the stream ends first
     */
    public static void readFully(InputStream in, byte[] b, int off, int len, Path file, long alreadyRead, long expectedTotal)
            throws IOException, ImageFormatException {
        int done = 0;
        while (done < len) {
            int n;
            try {
                n = in.read(b, off + done, len - done);
            } catch (EOFException e) {
                n = -1;
            } catch (java.util.zip.ZipException e) {
                throw corrupt(file, e);
            }
            if (n < 0) {
                throw new ImageFormatException(file, "the voxel data ends after " + (alreadyRead + done) + " of " + expectedTotal + " bytes",
                        "The file is truncated or its header is wrong; copy or download it again");
            }
            done += n;
        }
    }

    /**
     * Reads {@code elements} values of {@code type} in {@code order} into a new primitive array.
     *
     * @param in the stream positioned at the first voxel
     * @param type pixel type
     * @param elements number of values
     * @param order byte order of the file
     * @param file for messages
     * @return the array ({@link PixelType#arrayClass()})
     */
    public static Object readArray(InputStream in, PixelType type, int elements, ByteOrder order, Path file)
            throws IOException, ImageFormatException {
        int size = type.byteSize();
        long total = (long) elements * size;
        Object array = newArray(type, elements);
        if (size == 1) {
            readFully(in, (byte[]) array, 0, elements, file, 0, total);
            verifyCompressedEnd(in, file, total);
            return array;
        }
        byte[] block = new byte[(int) Math.min(BLOCK, total)];
        ByteBuffer view = ByteBuffer.wrap(block).order(order);
        int perBlock = block.length / size;
        for (int start = 0; start < elements; start += perBlock) {
            int count = Math.min(perBlock, elements - start);
            readFully(in, block, 0, count * size, file, (long) start * size, total);
            view.clear();
            switch (type) {
                case UINT16: case INT16: view.asShortBuffer().get((short[]) array, start, count); break;
                case UINT32: case INT32: view.asIntBuffer().get((int[]) array, start, count); break;
                case UINT64: case INT64: view.asLongBuffer().get((long[]) array, start, count); break;
                case FLOAT32: view.asFloatBuffer().get((float[]) array, start, count); break;
                default: view.asDoubleBuffer().get((double[]) array, start, count); break;
            }
        }
        verifyCompressedEnd(in, file, total);
        return array;
    }

    /**
     * For a compressed stream, reads on to its end so that the integrity checks of every member run
     * (gzip: CRC-32 and ISIZE of each member; zlib: Adler-32). Data after the voxels are tolerated up to
     * the larger of 1 MiB and the voxel data's size, so that a stream inflating far beyond its header
     * (a "gzip bomb") is refused after bounded work. Uncompressed streams are left as they are.
     *
     * @param in the stream, positioned after the voxel data
     * @param file for messages
     * @param voxelBytes the bytes of voxel data just read
     * @throws ImageFormatException if a checksum or length does not match, the stream is truncated, or
     *         it continues too far
     */
    public static void verifyCompressedEnd(InputStream in, Path file, long voxelBytes) throws IOException, ImageFormatException {
        if (!(in instanceof InflaterInputStream)) {
            return;
        }
        long limit = Math.max(1L << 20, voxelBytes);
        byte[] buffer = new byte[STREAM_BUFFER];
        long extra = 0;
        try {
            for (int n; (n = in.read(buffer)) >= 0;) {
                extra += n;
                if (extra > limit) {
                    throw new ImageFormatException(file, "the compressed data continue for more than " + limit + " bytes after the " + voxelBytes
                            + " bytes of voxel data the header declares", "The header is wrong or the file is not what it claims; re-export the image");
                }
            }
        } catch (EOFException e) {
            throw new ImageFormatException(file, "the compressed data end early, before their trailer", "The file is truncated; copy or download it again", e);
        } catch (java.util.zip.ZipException e) {
            throw corrupt(file, e);
        }
    }

    /** @return the error for corrupt compressed data, saying when a trailer's checksum or length does not match */
    static ImageFormatException corrupt(Path file, java.util.zip.ZipException e) {
        String m = String.valueOf(e.getMessage());
        boolean trailer = m.contains("trailer") || m.contains("data check");
        return new ImageFormatException(file, trailer ? "the compressed data are corrupt: the checksum or length in the trailer (gzip CRC-32/ISIZE, "
                + "zlib Adler-32) does not match the data (" + m + ")" : "the compressed data is corrupt (" + m + ")",
                "Copy or download the file again", e);
    }

    /**
     * Writes a primitive array (or a range of it) in the given byte order, block by block.
     *
     * @param out destination
     * @param array the array
     * @param type its pixel type
     * @param start first element
     * @param count number of elements
     * @param order byte order to write
     */
    public static void writeArray(OutputStream out, Object array, PixelType type, int start, int count, ByteOrder order) throws IOException {
        int size = type.byteSize();
        if (size == 1) {
            out.write((byte[]) array, start, count);
            return;
        }
        byte[] block = new byte[(int) Math.min(BLOCK, (long) count * size)];
        if (block.length == 0) {
            return;
        }
        ByteBuffer view = ByteBuffer.wrap(block).order(order);
        int perBlock = block.length / size;
        for (int done = 0; done < count; done += perBlock) {
            int n = Math.min(perBlock, count - done);
            view.clear();
            switch (type) {
                case UINT16: case INT16: view.asShortBuffer().put((short[]) array, start + done, n); break;
                case UINT32: case INT32: view.asIntBuffer().put((int[]) array, start + done, n); break;
                case UINT64: case INT64: view.asLongBuffer().put((long[]) array, start + done, n); break;
                case FLOAT32: view.asFloatBuffer().put((float[]) array, start + done, n); break;
                default: view.asDoubleBuffer().put((double[]) array, start + done, n); break;
            }
            out.write(block, 0, n * size);
        }
    }

    /** @return a new zeroed primitive array of the type */
    public static Object newArray(PixelType type, int n) {
        switch (type) {
            case UINT8: case INT8: return new byte[n];
            case UINT16: case INT16: return new short[n];
            case UINT32: case INT32: return new int[n];
            case UINT64: case INT64: return new long[n];
            case FLOAT32: return new float[n];
            default: return new double[n];
        }
    }

    /**
     * Reorders planar data (all voxels of component 0, then of component 1, …) to SegSense's
     * interleaved layout (all components of voxel 0, then of voxel 1, …).
     *
     * @param planar the planar array
     * @param voxels voxel count
     * @param components components
     * @return a new interleaved array, or {@code planar} itself for one component
     */
    public static Object planarToInterleaved(Object planar, int voxels, int components) {
        if (components == 1) {
            return planar;
        }
        Object out = java.lang.reflect.Array.newInstance(planar.getClass().getComponentType(), voxels * components);
        for (int c = 0; c < components; c++) {
            int base = c * voxels;
            if (planar instanceof byte[]) {
                byte[] s = (byte[]) planar, d = (byte[]) out;
                for (int v = 0; v < voxels; v++) d[v * components + c] = s[base + v];
            } else if (planar instanceof short[]) {
                short[] s = (short[]) planar, d = (short[]) out;
                for (int v = 0; v < voxels; v++) d[v * components + c] = s[base + v];
            } else if (planar instanceof int[]) {
                int[] s = (int[]) planar, d = (int[]) out;
                for (int v = 0; v < voxels; v++) d[v * components + c] = s[base + v];
            } else if (planar instanceof long[]) {
                long[] s = (long[]) planar, d = (long[]) out;
                for (int v = 0; v < voxels; v++) d[v * components + c] = s[base + v];
            } else if (planar instanceof float[]) {
                float[] s = (float[]) planar, d = (float[]) out;
                for (int v = 0; v < voxels; v++) d[v * components + c] = s[base + v];
            } else {
                double[] s = (double[]) planar, d = (double[]) out;
                for (int v = 0; v < voxels; v++) d[v * components + c] = s[base + v];
            }
        }
        return out;
    }

    /** The inverse of {@link #planarToInterleaved}. */
    public static Object interleavedToPlanar(Object interleaved, int voxels, int components) {
        if (components == 1) {
            return interleaved;
        }
        Object out = java.lang.reflect.Array.newInstance(interleaved.getClass().getComponentType(), voxels * components);
        for (int c = 0; c < components; c++) {
            int base = c * voxels;
            if (interleaved instanceof byte[]) {
                byte[] s = (byte[]) interleaved, d = (byte[]) out;
                for (int v = 0; v < voxels; v++) d[base + v] = s[v * components + c];
            } else if (interleaved instanceof short[]) {
                short[] s = (short[]) interleaved, d = (short[]) out;
                for (int v = 0; v < voxels; v++) d[base + v] = s[v * components + c];
            } else if (interleaved instanceof int[]) {
                int[] s = (int[]) interleaved, d = (int[]) out;
                for (int v = 0; v < voxels; v++) d[base + v] = s[v * components + c];
            } else if (interleaved instanceof long[]) {
                long[] s = (long[]) interleaved, d = (long[]) out;
                for (int v = 0; v < voxels; v++) d[base + v] = s[v * components + c];
            } else if (interleaved instanceof float[]) {
                float[] s = (float[]) interleaved, d = (float[]) out;
                for (int v = 0; v < voxels; v++) d[base + v] = s[v * components + c];
            } else {
                double[] s = (double[]) interleaved, d = (double[]) out;
                for (int v = 0; v < voxels; v++) d[base + v] = s[v * components + c];
            }
        }
        return out;
    }
}
