// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.vtk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageHeader;
import org.segsense.image.io.ImageIO;

/** Reads VTK legacy structured points files as ITK 5.2's {@code VTKImageIO}; see {@link VtkFormat}. */
final class VtkReader {

    /** Longest header line accepted, in bytes. */
    static final int MAX_LINE = 4096;
    /** Most header lines (including ignored ones) before the point attribute. */
    static final int MAX_HEADER_LINES = 256;
    /** Longest ASCII value accepted, in characters. */
    static final int MAX_TOKEN = 128;
    /** The largest size ITK reads per axis ({@code %u}). */
    static final long MAX_DIMENSION = 0xFFFFFFFFL;

    private static final String WRITE_FIX = "The file is corrupt or not written by VTK/ITK; re-export it";
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    /** The attribute kinds ITK reads. */
    enum Attribute { SCALARS, COLOR_SCALARS, VECTORS, TENSORS }

    /** The parsed header. */
    static final class Header {
        boolean ascii;
        long[] dimensions;
        double[] spacing;
        double[] origin;
        long pointData = -1;
        Attribute attribute;
        PixelType type;
        int components;
        /** Values per voxel in the file (9 for tensors, else {@link #components}). */
        int fileComponents;
        /** Bytes before the first voxel value. */
        long dataOffset;
    }

    private VtkReader() {
    }

    static Image read(Path file) throws ImageFormatException, IOException {
        long fileSize = Files.size(file);
        try (CountingInput in = new CountingInput(Files.newInputStream(file))) {
            Header h = readHeader(in, file);
            ImageGeometry geometry = geometry(file, h);
            long voxels = voxels(h);
            int elements = checkSize(file, h, voxels);
            long fileValues = voxels * h.fileComponents;
            long remaining = fileSize - h.dataOffset;
            long needed = h.ascii ? 2 * fileValues - 1 : fileValues * h.type.byteSize();
            if (remaining < needed) {
                throw new ImageFormatException(file, (h.ascii ? "the ASCII data cannot hold the " + fileValues + " values the header declares: only "
                        + remaining + " bytes follow the header" : "the binary data end after " + Math.max(0, remaining) + " of " + needed + " bytes"),
                        "The file is truncated or its header is wrong; copy or export it again");
            }
            Object array = newArray(h.type, elements);
            if (h.ascii) {
                readAscii(in, file, h, array, elements, voxels);
            } else {
                readBinary(in, file, h, array, elements, voxels);
            }
            return Image.of(geometry, h.type, h.components, array);
        }
    }

    /**
     * Reads the header only (no voxel data are read): geometry, pixel type and components. The declared
     * size is not checked against the memory limits, so that an image too large to load is still described.
     */
    static ImageHeader readHeaderOnly(Path file, String format) throws ImageFormatException, IOException {
        try (CountingInput in = new CountingInput(Files.newInputStream(file))) {
            Header h = readHeader(in, file);
            ImageGeometry geometry = geometry(file, h);
            return new ImageHeader(format, List.of(file), geometry, h.type, h.components);
        }
    }

    private static ImageGeometry geometry(Path file, Header h) throws ImageFormatException {
        int d = h.dimensions[2] == 1 ? 2 : 3; // ITK: 2-D when the third dimension is <= 1
        long[] size = Arrays.copyOf(h.dimensions, d);
        try {
            return new ImageGeometry(size, vector(file, "SPACING", h.spacing, d, 1.0), vector(file, "ORIGIN", h.origin, d, 0.0),
                    ImageGeometry.identity(d));
        } catch (IllegalArgumentException e) {
            throw new ImageFormatException(file, "the geometry is invalid: " + e.getMessage(), WRITE_FIX);
        }
    }

    /** @return the voxel count (Long.MAX_VALUE on overflow) */
    private static long voxels(Header h) {
        try {
            return Math.multiplyExact(Math.multiplyExact(h.dimensions[0], h.dimensions[1]), h.dimensions[2]);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Checks the declared size against the limits and POINT_DATA against the dimensions. */
    private static int checkSize(Path file, Header h, long voxels) throws ImageFormatException {
        int elements = checkDeclaredSize(file, h, voxels);
        if (h.pointData >= 0 && h.pointData != voxels) {
            throw new ImageFormatException(file, "POINT_DATA declares " + h.pointData + " points but DIMENSIONS "
                    + h.dimensions[0] + " " + h.dimensions[1] + " " + h.dimensions[2] + " make " + voxels, WRITE_FIX);
        }
        return elements;
    }

    private static double[] vector(Path file, String name, double[] values, int d, double fallback) throws ImageFormatException {
        double[] v = new double[d];
        if (values == null) {
            Arrays.fill(v, fallback);
            return v;
        }
        if (values.length < d) {
            throw new ImageFormatException(file, name + " has " + values.length + " number(s) but the image has " + d + " axes",
                    "Give three numbers, e.g. '" + name + " 1 1 1'");
        }
        return Arrays.copyOf(values, d);
    }

    private static int checkDeclaredSize(Path file, Header h, long voxels) throws ImageFormatException {
        String dims = h.dimensions[0] + " x " + h.dimensions[1] + " x " + h.dimensions[2];
        long elements = voxels > Image.MAX_ELEMENTS ? Long.MAX_VALUE : voxels * h.components;
        if (elements > Image.MAX_ELEMENTS) {
            throw new ImageFormatException(file, "the header declares " + dims + " voxels x " + h.components + " component(s), more than the "
                    + Image.MAX_ELEMENTS + " elements SegSense holds per image",
                    "If the header is right, crop or downsample the image first; otherwise the file is corrupt");
        }
        long bytes = elements * h.type.byteSize();
        long limit = ImageIO.maxImageBytes();
        if (bytes > limit) {
            throw new ImageFormatException(file, "the header declares " + bytes + " bytes of voxel data (" + dims + " voxels), more than the limit of "
                    + limit + " bytes", "Raise the JVM's -Xmx or the system property " + ImageIO.MAX_BYTES_PROPERTY + " if the image is genuine");
        }
        return (int) elements;
    }

    // ---------------------------------------------------------------- header

    static Header readHeader(CountingInput in, Path file) throws ImageFormatException, IOException {
        Header h = new Header();
        String first = nextLine(in, file, "the version line '# vtk DataFile Version 3.0'");
        if (!first.contains("vtk")) {
            throw new ImageFormatException(file, "the first line is not '# vtk DataFile Version x.x'; this is not a VTK legacy file",
                    "Give a VTK legacy (.vtk) file or rename the file to its real format");
        }
        nextLine(in, file, "the title line"); // title, free text
        String format = nextLine(in, file, "the line ASCII or BINARY");
        if (format.contains("ascii")) { // ITK tests "ascii" first
            h.ascii = true;
        } else if (!format.contains("binary")) {
            throw new ImageFormatException(file, "the third line '" + clip(format) + "' is neither ASCII nor BINARY", WRITE_FIX);
        }
        String dataset = nextLine(in, file, "the line DATASET STRUCTURED_POINTS");
        if (!dataset.contains("structured_points")) {
            String[] t = tokens(dataset);
            String kind = t.length >= 2 && t[0].equals("dataset") ? "DATASET " + t[1].toUpperCase(Locale.ROOT) : "'" + clip(dataset) + "'";
            throw new ImageFormatException(file, kind + " is not supported; SegSense (like ITK) reads only DATASET STRUCTURED_POINTS images",
                    "Convert the data to an image (vtkImageData saved with vtkStructuredPointsWriter) or use .nii/.mha/.nrrd");
        }
        for (int count = 0;; count++) {
            if (count > MAX_HEADER_LINES) {
                throw new ImageFormatException(file, "no SCALARS, COLOR_SCALARS, VECTORS or TENSORS line within the first " + MAX_HEADER_LINES
                        + " header lines", WRITE_FIX);
            }
            String line = nextLine(in, file, "a SCALARS, COLOR_SCALARS, VECTORS or TENSORS line");
            String[] t = tokens(line);
            switch (t[0]) {
                case "dimensions":
                    h.dimensions = dimensions(file, t, line);
                    break;
                case "spacing": case "aspect_ratio":
                    h.spacing = numbers(file, t, line);
                    break;
                case "origin":
                    h.origin = numbers(file, t, line);
                    break;
                case "point_data":
                    h.pointData = count(file, t, line, "POINT_DATA");
                    break;
                case "cell_data":
                    throw new ImageFormatException(file, "cell data (CELL_DATA) are not supported; SegSense (like ITK) reads point data",
                            "Convert the cell data to point data, e.g. with VTK's vtkCellDataToPointData");
                case "field": case "normals": case "texture_coordinates": case "lookup_table":
                    throw new ImageFormatException(file, "the point attribute " + t[0].toUpperCase(Locale.ROOT) + " is not supported; SegSense (like ITK) reads "
                            + "SCALARS, COLOR_SCALARS, VECTORS or TENSORS", "Save the image data as SCALARS");
                case "scalars":
                    h.attribute = Attribute.SCALARS;
                    h.type = type(file, t, 2, line);
                    h.components = t.length > 3 ? (int) Math.min(Integer.MAX_VALUE, count(file, t[3], line, "the number of components")) : 1;
                    if (h.components < 1) {
                        throw new ImageFormatException(file, "'" + clip(line) + "' declares " + h.components + " components", "Give 1 to 4 components");
                    }
                    skipLookupTable(in, file);
                    break;
                case "color_scalars":
                    h.attribute = Attribute.COLOR_SCALARS;
                    h.type = h.ascii ? PixelType.FLOAT32 : PixelType.UINT8; // as ITK
                    h.components = t.length > 2 ? (int) Math.min(Integer.MAX_VALUE, count(file, t[2], line, "the number of components")) : 1;
                    if (h.components < 1) {
                        throw new ImageFormatException(file, "'" + clip(line) + "' declares " + h.components + " components", "Give 1 to 4 components");
                    }
                    break;
                case "vectors":
                    h.attribute = Attribute.VECTORS;
                    h.type = type(file, t, 2, line);
                    h.components = 3;
                    break;
                case "tensors":
                    h.attribute = Attribute.TENSORS;
                    h.type = type(file, t, 2, line);
                    h.components = 6;
                    if (h.ascii && h.type.isInteger()) {
                        throw new ImageFormatException(file, "ASCII TENSORS of type " + t[2] + " are not supported; the VTK format (and ITK) allow float "
                                + "and double tensors", "Save the tensors as float or double");
                    }
                    break;
                default:
                    break; // ITK ignores other lines before the attribute
            }
            if (h.attribute != null) {
                break;
            }
        }
        if (h.dimensions == null) {
            throw new ImageFormatException(file, "the header has no DIMENSIONS line before the " + h.attribute + " data",
                    "Add 'DIMENSIONS nx ny nz' after the DATASET line");
        }
        h.fileComponents = h.attribute == Attribute.TENSORS ? 9 : h.components;
        h.dataOffset = in.position;
        return h;
    }

    /** After SCALARS, skips an optional LOOKUP_TABLE line; otherwise the data start right after the SCALARS line (as ITK). */
    private static void skipLookupTable(CountingInput in, Path file) throws IOException {
        in.mark(MAX_LINE * 8);
        long position = in.position;
        String next = null;
        try {
            for (int i = 0; i < 6 && next == null; i++) {
                next = in.readLine(MAX_LINE);
                if (next == null) {
                    break;
                }
                if (next.isBlank()) {
                    next = null;
                }
            }
        } catch (CountingInput.LineTooLongException e) {
            next = null; // binary data without a line end: no lookup table
        }
        if (next == null || !next.toLowerCase(Locale.ROOT).contains("lookup_table")) {
            in.reset();
            in.position = position;
        }
    }

    private static String nextLine(CountingInput in, Path file, String expected) throws ImageFormatException, IOException {
        for (int empty = 0;; empty++) {
            String line;
            try {
                line = in.readLine(MAX_LINE);
            } catch (CountingInput.LineTooLongException e) {
                throw new ImageFormatException(file, "a header line is longer than " + MAX_LINE + " bytes where " + expected + " should be",
                        "The file is not a VTK legacy file or its header is corrupt");
            }
            if (line == null) {
                throw new ImageFormatException(file, "the header ends where " + expected + " should be", "The file is truncated; copy or export it again");
            }
            if (!line.isBlank()) {
                return line.trim().toLowerCase(Locale.ROOT);
            }
            if (empty >= MAX_HEADER_LINES) {
                throw new ImageFormatException(file, "more than " + MAX_HEADER_LINES + " empty lines in the header", WRITE_FIX);
            }
        }
    }

    private static String[] tokens(String line) {
        return line.split("[ \t\r\f\u000b]+");
    }

    private static String clip(String line) {
        return line.length() > 80 ? line.substring(0, 80) + "..." : line;
    }

    private static long[] dimensions(Path file, String[] t, String line) throws ImageFormatException {
        if (t.length < 4) {
            throw new ImageFormatException(file, "'" + clip(line) + "' does not give three dimensions", "Write 'DIMENSIONS nx ny nz'");
        }
        long[] dims = new long[3];
        for (int i = 0; i < 3; i++) {
            if (!INTEGER.matcher(t[i + 1]).matches()) {
                throw new ImageFormatException(file, "DIMENSIONS value '" + clip(t[i + 1]) + "' is not an integer", "Write 'DIMENSIONS nx ny nz' with positive integers");
            }
            long v;
            try {
                v = Long.parseLong(t[i + 1]);
            } catch (NumberFormatException e) {
                v = Long.MAX_VALUE;
            }
            if (v < 1 || v > MAX_DIMENSION) {
                throw new ImageFormatException(file, "DIMENSIONS " + t[1] + " " + t[2] + " " + t[3] + " is invalid: every dimension must be between 1 and "
                        + MAX_DIMENSION, "The header is corrupt; re-export the image");
            }
            dims[i] = v;
        }
        return dims;
    }

    private static double[] numbers(Path file, String[] t, String line) throws ImageFormatException {
        int n = Math.min(3, t.length - 1);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            if (!DECIMAL.matcher(t[i + 1]).matches()) {
                throw new ImageFormatException(file, t[0].toUpperCase(Locale.ROOT) + " value '" + clip(t[i + 1]) + "' is not a number",
                        "Write '" + t[0].toUpperCase(Locale.ROOT) + " x y z' with decimal numbers");
            }
            v[i] = Double.parseDouble(t[i + 1]);
        }
        return v;
    }

    private static long count(Path file, String[] t, String line, String what) throws ImageFormatException {
        if (t.length < 2) {
            throw new ImageFormatException(file, "'" + clip(line) + "' has no count", WRITE_FIX);
        }
        return count(file, t[1], line, what);
    }

    private static long count(Path file, String token, String line, String what) throws ImageFormatException {
        if (!INTEGER.matcher(token).matches() || token.length() > 18) {
            throw new ImageFormatException(file, "in '" + clip(line) + "' " + what + " '" + clip(token) + "' is not an integer", WRITE_FIX);
        }
        return Long.parseLong(token);
    }

    private static PixelType type(Path file, String[] t, int index, String line) throws ImageFormatException {
        if (t.length <= index) {
            throw new ImageFormatException(file, "'" + clip(line) + "' gives no data type", "Write e.g. 'SCALARS scalars float 1'");
        }
        PixelType type = VtkTypes.fromName(t[index]);
        if (type == null) {
            throw new ImageFormatException(file, "the data type '" + clip(t[index]) + "' is not supported (ITK reads " + VtkTypes.KNOWN + ")",
                    "Save the image with one of these types");
        }
        return type;
    }

    // ---------------------------------------------------------------- data

    private static void readBinary(CountingInput in, Path file, Header h, Object array, int elements, long voxels)
            throws ImageFormatException, IOException {
        int size = h.type.byteSize();
        long total = voxels * h.fileComponents * size;
        if (h.attribute != Attribute.TENSORS) {
            readBigEndian(in, file, h.type, array, 0, elements, 0, total);
            return;
        }
        // Tensors: 9 values per voxel in the file, keep xx xy xz yy yz zz (row 1, row 2 from yy, zz), as ITK.
        int chunkVoxels = Math.max(1, (1 << 20) / (9 * size));
        Object tmp = newArray(h.type, chunkVoxels * 9);
        for (long v0 = 0; v0 < voxels; v0 += chunkVoxels) {
            int n = (int) Math.min(chunkVoxels, voxels - v0);
            readBigEndian(in, file, h.type, tmp, 0, n * 9, v0 * 9 * size, total);
            for (int v = 0; v < n; v++) {
                int dst = (int) ((v0 + v) * 6);
                int src = v * 9;
                System.arraycopy(tmp, src, array, dst, 3);
                System.arraycopy(tmp, src + 4, array, dst + 3, 2);
                System.arraycopy(tmp, src + 8, array, dst + 5, 1);
            }
        }
    }

    private static void readBigEndian(InputStream in, Path file, PixelType type, Object array, int start, int count, long alreadyRead, long total)
            throws ImageFormatException, IOException {
        int size = type.byteSize();
        if (size == 1) {
            readFully(in, file, (byte[]) array, start, count, alreadyRead, total);
            return;
        }
        byte[] block = new byte[(int) Math.min(1 << 20, (long) count * size)];
        ByteBuffer view = ByteBuffer.wrap(block).order(ByteOrder.BIG_ENDIAN);
        int perBlock = block.length / size;
        for (int done = 0; done < count; done += perBlock) {
            int n = Math.min(perBlock, count - done);
            readFully(in, file, block, 0, n * size, alreadyRead + (long) done * size, total);
            view.clear();
            int at = start + done;
            switch (type) {
                case UINT16: case INT16: view.asShortBuffer().get((short[]) array, at, n); break;
                case UINT32: case INT32: view.asIntBuffer().get((int[]) array, at, n); break;
                case UINT64: case INT64: view.asLongBuffer().get((long[]) array, at, n); break;
                case FLOAT32: view.asFloatBuffer().get((float[]) array, at, n); break;
                default: view.asDoubleBuffer().get((double[]) array, at, n); break;
            }
        }
    }

    private static void readFully(InputStream in, Path file, byte[] b, int off, int len, long alreadyRead, long total)
            throws ImageFormatException, IOException {
        int done = 0;
        while (done < len) {
            int n = in.read(b, off + done, len - done);
            if (n < 0) {
                throw new ImageFormatException(file, "the binary data end after " + (alreadyRead + done) + " of " + total + " bytes",
                        "The file is truncated or its header is wrong; copy or export it again");
            }
            done += n;
        }
    }

    private static void readAscii(CountingInput in, Path file, Header h, Object array, int elements, long voxels)
            throws ImageFormatException, IOException {
        long fileValues = voxels * h.fileComponents;
        StringBuilder token = new StringBuilder(32);
        int out = 0;
        for (long i = 0; i < fileValues; i++) {
            if (!in.nextToken(token, MAX_TOKEN)) {
                throw new ImageFormatException(file, token.length() > MAX_TOKEN ? "ASCII value " + (i + 1) + " is longer than " + MAX_TOKEN + " characters"
                        : "the ASCII data end after " + i + " of " + fileValues + " values",
                        "The file is truncated or its header is wrong; copy or export it again");
            }
            if (h.attribute == Attribute.TENSORS) {
                int k = (int) (i % 9);
                if (k == 3 || k == 6 || k == 7) {
                    parse(file, token, h.type, i, null, 0); // validated, not kept (lower triangle)
                    continue;
                }
            }
            parse(file, token, h.type, i, array, out++);
        }
        if (out != elements) {
            throw new IllegalStateException("read " + out + " of " + elements);
        }
    }

    private static void parse(Path file, CharSequence token, PixelType type, long index, Object array, int at) throws ImageFormatException {
        String s = token.toString();
        if (type.isInteger()) {
            long v;
            boolean ok = INTEGER.matcher(s).matches() && s.length() <= 21;
            v = 0;
            if (ok) {
                try {
                    if (type == PixelType.UINT64) {
                        ok = s.charAt(0) != '-';
                        v = Long.parseUnsignedLong(s.charAt(0) == '+' ? s.substring(1) : s);
                    } else {
                        v = Long.parseLong(s);
                        ok = v >= type.minValue() && v <= type.maxValue();
                    }
                } catch (NumberFormatException e) {
                    ok = false;
                }
            }
            if (!ok) {
                throw new ImageFormatException(file, "ASCII value " + (index + 1) + " '" + clip(s) + "' is not a " + type.jsonName() + " integer ("
                        + (long) type.minValue() + " to " + (type == PixelType.UINT64 ? "18446744073709551615" : String.valueOf((long) type.maxValue())) + ")",
                        "Fix the value or declare a wider data type in the SCALARS line");
            }
            if (array != null) {
                switch (type) {
                    case UINT8: case INT8: ((byte[]) array)[at] = (byte) v; break;
                    case UINT16: case INT16: ((short[]) array)[at] = (short) v; break;
                    case UINT32: case INT32: ((int[]) array)[at] = (int) v; break;
                    default: ((long[]) array)[at] = v; break;
                }
            }
            return;
        }
        double d;
        String lower = s.toLowerCase(Locale.ROOT);
        String unsigned = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        if (unsigned.equals("nan")) {
            d = Double.NaN;
        } else if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            d = lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (DECIMAL.matcher(s).matches()) {
            d = Double.NaN; // parsed below in the array's precision
        } else {
            throw new ImageFormatException(file, "ASCII value " + (index + 1) + " '" + clip(s) + "' is not a number",
                    "Fix the value; write decimal numbers such as 1.5e-3");
        }
        boolean special = !DECIMAL.matcher(s).matches();
        if (type == PixelType.FLOAT32) {
            float f = special ? (float) d : Float.parseFloat(s); // correctly rounded, as strtof
            if (array != null) {
                ((float[]) array)[at] = f;
            }
        } else {
            double v = special ? d : Double.parseDouble(s);
            if (array != null) {
                ((double[]) array)[at] = v;
            }
        }
    }

    static Object newArray(PixelType type, int n) {
        switch (type) {
            case UINT8: case INT8: return new byte[n];
            case UINT16: case INT16: return new short[n];
            case UINT32: case INT32: return new int[n];
            case UINT64: case INT64: return new long[n];
            case FLOAT32: return new float[n];
            default: return new double[n];
        }
    }
}
