// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageHeader;
import org.segsense.image.io.ImageReader;
import org.segsense.image.io.ImageWriter;

/**
 * NRRD files ({@code .nrrd} with attached data, {@code .nhdr} with a detached data file), read as
 * ITK 5.2's {@code NrrdImageIO}.
 * <p>
 * Geometry: {@code space directions} gives each domain axis's vector (its length is the spacing),
 * {@code space origin} the origin; without them {@code spacings} (default 1), origin 0 and identity.
 * A RAS {@code space} is converted to LPS (x and y negated), LAS negates y. One non-spatial axis
 * (direction {@code none}) holds the vector components: as the first axis it is interleaved already;
 * as the last axis it is reordered. Encodings {@code raw} and {@code gzip}; {@code endian} little or
 * big (anything else, e.g. {@code middle}, is refused). {@code line skip} (lines before the data) and
 * {@code byte skip} (bytes before the data; after decompression for gzip) must be ≥ 0, except
 * {@code byte skip: -1} for raw data, which means "the data are the last bytes of the file" (line skip
 * is then moot). A detached data file must lie in the header's folder (see {@link DataFiles}). Writing
 * uses raw little-endian data and
 * {@code space: left-posterior-superior} for 3-D images.
 */
public final class NrrdFormat implements ImageReader, ImageWriter {

    private static final Pattern VECTOR = Pattern.compile("\\(([^)]*)\\)|none", Pattern.CASE_INSENSITIVE);

    @Override
    public String formatName() {
        return "NRRD";
    }

    private static String lowerName(Path file) {
        Path n = file.getFileName();
        return n == null ? "" : n.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean canRead(Path file) {
        String n = lowerName(file);
        if (n.endsWith(".nrrd") || n.endsWith(".nhdr")) {
            return true;
        }
        try {
            byte[] head = VoxelIO.readHead(file, 4);
            return new String(head, StandardCharsets.ISO_8859_1).equals("NRRD");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean canWrite(Path file) {
        String n = lowerName(file);
        return n.endsWith(".nrrd") || n.endsWith(".nhdr");
    }

    /** A parsed header: everything needed to read the voxels. */
    private static final class Parsed {
        ImageGeometry geometry;
        PixelType type;
        int components;
        long[] size;
        boolean planar;
        boolean gzip;
        ByteOrder order;
        /** The data file ({@code file} itself for attached data). */
        Path dataFile;
        String dataName;
        long offset;
        long lineSkip;
        long byteSkip;
    }

    @Override
    public Image read(Path file) throws ImageFormatException, IOException {
        Parsed p = parse(file);
        int elements = VoxelIO.checkDeclaredSize(file, p.size, p.components, p.type);
        Path dataFile = p.dataFile;
        if (p.dataName != null) {
            DataFiles.requireRegular(file, dataFile, "the data file '" + p.dataName + "' named by 'data file'");
        }
        long bytes = (long) elements * p.type.byteSize();
        long start = p.offset;
        if (p.byteSkip == -1) {
            // NRRD: the data are the last bytes of the file (raw encoding only, checked in parse); line skip is moot
            start = Files.size(dataFile) - bytes;
            if (start < p.offset) {
                throw new ImageFormatException(dataFile, "'byte skip: -1' places the " + bytes + " bytes of voxel data at the end of the file, "
                        + "but the file holds only " + Math.max(0, Files.size(dataFile) - p.offset) + " bytes of data",
                        "The file is truncated or its header is wrong; copy or download it again");
            }
        }
        if (p.gzip) {
            DataFiles.checkFits(dataFile, p.byteSkip, bytes, p.offset);
        } else {
            DataFiles.checkFits(dataFile, p.byteSkip == -1 ? start : start + p.byteSkip, bytes, -1);
        }
        Object array;
        try (InputStream raw = Files.newInputStream(dataFile)) {
            InputStream in = new java.io.BufferedInputStream(raw, VoxelIO.STREAM_BUFFER);
            VoxelIO.skip(in, start, dataFile);
            for (long i = 0; i < p.lineSkip && p.byteSkip != -1; i++) {
                int c;
                while ((c = in.read()) != '\n') {
                    if (c < 0) {
                        throw new ImageFormatException(dataFile, "the file ends within the " + p.lineSkip + " lines to skip", "Fix 'line skip'");
                    }
                }
            }
            if (p.gzip) {
                in = new java.util.zip.GZIPInputStream(in, VoxelIO.STREAM_BUFFER);
            }
            if (p.byteSkip > 0) {
                VoxelIO.skip(in, p.byteSkip, dataFile);
            }
            array = VoxelIO.readArray(in, p.type, elements, p.order, dataFile);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new ImageFormatException(dataFile, "the gzip data is corrupt or truncated (" + e.getMessage() + ")", "Copy or download the file again", e);
        }
        if (p.planar) {
            array = VoxelIO.planarToInterleaved(array, elements / p.components, p.components);
        }
        return Image.of(p.geometry, p.type, p.components, array);
    }

    @Override
    public ImageHeader readHeader(Path file) throws ImageFormatException, IOException {
        Parsed p = parse(file);
        return new ImageHeader(formatName(), p.dataName == null ? List.of(file) : List.of(file, p.dataFile), p.geometry, p.type, p.components);
    }

    @Override
    public List<Path> files(Path file) throws ImageFormatException, IOException {
        Parsed p = parse(file);
        if (p.dataName == null) {
            return List.of(file);
        }
        DataFiles.requireRegular(file, p.dataFile, "the data file '" + p.dataName + "' named by 'data file'");
        return List.of(file, p.dataFile);
    }

    private static Parsed parse(Path file) throws ImageFormatException, IOException {
        TextHeader text = TextHeader.read(file, line -> false, true);
        if (text.lines.isEmpty() || !text.lines.get(0).startsWith("NRRD")) {
            throw new ImageFormatException(file, "the file does not start with the NRRD magic 'NRRD000x'", "The file is not a NRRD image");
        }
        Map<String, String> f = new HashMap<>();
        for (String line : text.lines.subList(1, text.lines.size())) {
            if (line.startsWith("#") || line.contains(":=")) {
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon > 0) {
                f.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 2).trim());
            }
        }
        for (String required : new String[] {"type", "dimension", "sizes", "encoding"}) {
            if (!f.containsKey(required)) {
                throw new ImageFormatException(file, "the NRRD header lacks the field '" + required + "'", "Fix the header");
            }
        }
        PixelType type = type(file, f.get("type"));
        int n = (int) TextHeader.numbers(file, "dimension", f.get("dimension"), 1)[0];
        if (n < 1 || n > 16) {
            throw new ImageFormatException(file, "dimension " + n + " is invalid", "Fix the header");
        }
        double[] sizesD = TextHeader.numbers(file, "sizes", f.get("sizes"), n);
        long[] sizes = new long[n];
        for (int i = 0; i < n; i++) {
            if (sizesD[i] < 1 || sizesD[i] != Math.rint(sizesD[i]) || sizesD[i] > Long.MAX_VALUE / 2) {
                throw new ImageFormatException(file, "sizes '" + f.get("sizes") + "' are invalid; sizes must be positive integers", "Fix the header");
            }
            sizes[i] = (long) sizesD[i];
        }
        // Space and per-axis vectors.
        int spaceDim = 0;
        double[] flip = null;
        if (f.containsKey("space")) {
            String space = f.get("space").toLowerCase(Locale.ROOT);
            switch (space) {
                case "left-posterior-superior": case "lps": case "scanner-xyz": case "3d-right-handed": case "3d-left-handed":
                    flip = new double[] {1, 1, 1}; break;
                case "right-anterior-superior": case "ras": flip = new double[] {-1, -1, 1}; break;
                case "left-anterior-superior": case "las": flip = new double[] {1, -1, 1}; break;
                default:
                    throw new ImageFormatException(file, "NRRD space '" + f.get("space") + "' is not supported",
                            "Use left-posterior-superior or right-anterior-superior");
            }
            spaceDim = 3;
        } else if (f.containsKey("space dimension")) {
            spaceDim = (int) TextHeader.numbers(file, "space dimension", f.get("space dimension"), 1)[0];
        }
        if (spaceDim < 0 || spaceDim > 4) {
            throw new ImageFormatException(file, "space dimension " + spaceDim + " is not supported", "Use 2 to 4 dimensions");
        }
        if (flip == null) {
            flip = new double[] {1, 1, 1, 1};
        }
        double[][] vectors = new double[n][];
        List<Integer> domain = new ArrayList<>();
        List<Integer> range = new ArrayList<>();
        if (spaceDim > 0 && f.containsKey("space directions")) {
            Matcher m = VECTOR.matcher(f.get("space directions"));
            int axis = 0;
            while (m.find() && axis < n) {
                if (m.group(1) != null) {
                    double[] v = TextHeader.numbers(file, "space directions", m.group(1), spaceDim);
                    for (int i = 0; i < spaceDim && i < flip.length; i++) {
                        v[i] *= flip[i];
                    }
                    vectors[axis] = v;
                    domain.add(axis);
                } else {
                    range.add(axis);
                }
                axis++;
            }
            if (axis != n) {
                throw new ImageFormatException(file, "'space directions' has " + axis + " entries for " + n + " axes", "Fix the header");
            }
        } else {
            String[] kinds = f.containsKey("kinds") ? f.get("kinds").trim().split("\\s+") : new String[0];
            for (int i = 0; i < n; i++) {
                String kind = i < kinds.length ? kinds[i].toLowerCase(Locale.ROOT) : "domain";
                boolean isRange = !(kind.equals("domain") || kind.equals("space") || kind.equals("time") || kind.equals("???"));
                (isRange ? range : domain).add(i);
            }
        }
        int d = domain.size();
        if (d < 2 || d > 4) {
            throw new ImageFormatException(file, "the image has " + d + " spatial axes; SegSense reads 2 to 4", "Convert the image first");
        }
        if (range.size() > 1 || (range.size() == 1 && range.get(0) != 0 && range.get(0) != n - 1)) {
            throw new ImageFormatException(file, "only one non-spatial axis, first or last, is supported (axes " + range + ")",
                    "Reorder the axes so that the vector axis comes first");
        }
        int components = range.isEmpty() ? 1 : (int) Math.min(Integer.MAX_VALUE, sizes[range.get(0)]);
        boolean planar = !range.isEmpty() && range.get(0) == n - 1 && n > 1;
        long[] size = new long[d];
        double[] spacing = new double[d];
        double[] origin = new double[d];
        double[] direction = new double[d * d];
        double[] spacings = f.containsKey("spacings") ? parseSpacings(f.get("spacings"), n) : null;
        for (int j = 0; j < d; j++) {
            int axis = domain.get(j);
            size[j] = sizes[axis];
            double[] v = vectors[axis];
            if (v != null) {
                double norm = 0;
                for (int r = 0; r < Math.min(d, v.length); r++) {
                    norm += v[r] * v[r];
                }
                norm = Math.sqrt(norm);
                spacing[j] = norm;
                for (int r = 0; r < d; r++) {
                    direction[r * d + j] = r < v.length && norm > 0 ? v[r] / norm : (r == j ? 1 : 0);
                }
            } else {
                double s = spacings != null && !Double.isNaN(spacings[axis]) ? Math.abs(spacings[axis]) : 1.0;
                spacing[j] = s;
                direction[j * d + j] = 1;
            }
        }
        if (f.containsKey("space origin")) {
            Matcher m = VECTOR.matcher(f.get("space origin"));
            if (m.find() && m.group(1) != null) {
                double[] o = TextHeader.numbers(file, "space origin", m.group(1), Math.min(spaceDim, d));
                for (int i = 0; i < Math.min(d, o.length); i++) {
                    origin[i] = o[i] * (i < flip.length ? flip[i] : 1);
                }
            }
        }
        ImageGeometry geometry;
        try {
            geometry = new ImageGeometry(size, spacing, origin, direction);
        } catch (IllegalArgumentException e) {
            throw new ImageFormatException(file, "the geometry is invalid: " + e.getMessage(), "Fix the header");
        }
        Parsed p = new Parsed();
        p.geometry = geometry;
        p.type = type;
        p.components = components;
        p.planar = planar;
        p.size = size;
        String encoding = f.get("encoding").toLowerCase(Locale.ROOT);
        p.gzip = encoding.equals("gzip") || encoding.equals("gz");
        if (!p.gzip && !encoding.equals("raw")) {
            throw new ImageFormatException(file, "NRRD encoding '" + encoding + "' is not supported", "Save the image with raw or gzip encoding");
        }
        String endian = f.getOrDefault("endian", "little").trim().toLowerCase(Locale.ROOT);
        if (!endian.equals("little") && !endian.equals("big")) {
            throw new ImageFormatException(file, "'endian: " + f.get("endian") + "' is not a byte order SegSense reads (little or big)",
                    "Fix 'endian'");
        }
        p.order = endian.equals("big") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        p.dataName = f.containsKey("data file") ? f.get("data file") : f.get("datafile");
        p.dataFile = file;
        p.offset = text.dataOffset;
        if (p.dataName != null) {
            if (p.dataName.toUpperCase(Locale.ROOT).startsWith("LIST") || p.dataName.contains(" ")) {
                throw new ImageFormatException(file, "multiple data files ('" + p.dataName + "') are not supported", "Combine the data into one file");
            }
            p.dataFile = DataFiles.named(file, p.dataName, "'data file'");
            p.offset = 0;
        }
        p.lineSkip = skip(file, f, "line skip", 0);
        p.byteSkip = skip(file, f, "byte skip", p.gzip ? 0 : -1);
        return p;
    }

    /** Parses {@code line skip} or {@code byte skip}: a whole number ≥ {@code least} (byte skip −1: data at the end of raw data). */
    private static long skip(Path file, Map<String, String> f, String field, long least) throws ImageFormatException {
        if (!f.containsKey(field)) {
            return 0;
        }
        double v = TextHeader.numbers(file, field, f.get(field), 1)[0];
        if (v != Math.rint(v) || v < least || v > (1L << 50)) {
            String allowed = least == -1 ? "a number of bytes, or -1 for data at the end of the file" : "a number of " + field.split(" ")[0]
                    + "s ≥ 0" + (field.equals("byte skip") ? " (-1, data at the end, is defined for raw encoding only)" : "");
            throw new ImageFormatException(file, "'" + field + ": " + f.get(field) + "' is invalid; it must be " + allowed, "Fix '" + field + "'");
        }
        return (long) v;
    }

    private static double[] parseSpacings(String value, int n) {
        String[] parts = value.trim().split("\\s+");
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            try {
                s[i] = i < parts.length ? Double.parseDouble(parts[i]) : Double.NaN;
            } catch (NumberFormatException e) {
                s[i] = Double.NaN;
            }
        }
        return s;
    }

    static PixelType type(Path file, String name) throws ImageFormatException {
        String t = name.trim().toLowerCase(Locale.ROOT).replace("_t", "");
        switch (t) {
            case "uchar": case "unsigned char": case "uint8": return PixelType.UINT8;
            case "signed char": case "int8": case "char": return PixelType.INT8;
            case "ushort": case "unsigned short": case "unsigned short int": case "uint16": return PixelType.UINT16;
            case "short": case "short int": case "signed short": case "signed short int": case "int16": return PixelType.INT16;
            case "uint": case "unsigned int": case "uint32": return PixelType.UINT32;
            case "int": case "signed int": case "int32": return PixelType.INT32;
            case "ulonglong": case "unsigned long long": case "unsigned long long int": case "uint64": return PixelType.UINT64;
            case "longlong": case "long long": case "long long int": case "signed long long": case "signed long long int": case "int64":
                return PixelType.INT64;
            case "float": return PixelType.FLOAT32;
            case "double": return PixelType.FLOAT64;
            default:
                throw new ImageFormatException(file, "NRRD type '" + name + "' is not supported", "Convert the image to an integer or float type");
        }
    }

    static String typeName(PixelType t) {
        switch (t) {
            case UINT8: return "unsigned char";
            case INT8: return "signed char";
            case UINT16: return "unsigned short";
            case INT16: return "short";
            case UINT32: return "unsigned int";
            case INT32: return "int";
            case UINT64: return "unsigned long long int";
            case INT64: return "long long int";
            case FLOAT32: return "float";
            default: return "double";
        }
    }

    @Override
    public void write(Image image, Path file) throws ImageFormatException, IOException {
        ImageGeometry g = image.geometry();
        int d = g.dimension();
        boolean vector = image.components() > 1;
        boolean detached = lowerName(file).endsWith(".nhdr");
        String name = file.getFileName().toString();
        String rawName = name.substring(0, name.length() - 5) + ".raw";
        StringBuilder h = new StringBuilder("NRRD0004\n# Written by SegSense\n");
        h.append("type: ").append(typeName(image.pixelType())).append('\n');
        h.append("dimension: ").append(d + (vector ? 1 : 0)).append('\n');
        h.append(d == 3 ? "space: left-posterior-superior\n" : "space dimension: " + d + "\n");
        StringBuilder sizes = new StringBuilder(vector ? image.components() + "" : "");
        StringBuilder dirs = new StringBuilder(vector ? "none" : "");
        StringBuilder kinds = new StringBuilder(vector ? "vector" : "");
        for (int j = 0; j < d; j++) {
            double[] v = new double[d];
            for (int r = 0; r < d; r++) {
                v[r] = g.direction(r, j) * g.spacing(j);
            }
            sizes.append(sizes.length() > 0 ? " " : "").append(g.size(j));
            dirs.append(dirs.length() > 0 ? " " : "").append('(').append(TextHeader.format(v).replace(' ', ',')).append(')');
            kinds.append(kinds.length() > 0 ? " " : "").append("domain");
        }
        h.append("sizes: ").append(sizes).append('\n');
        h.append("space directions: ").append(dirs).append('\n');
        h.append("kinds: ").append(kinds).append('\n');
        h.append("endian: little\n");
        h.append("encoding: raw\n");
        h.append("space origin: (").append(TextHeader.format(g.origin()).replace(' ', ',')).append(")\n");
        if (detached) {
            h.append("data file: ").append(rawName).append('\n');
            Files.writeString(file, h.toString(), StandardCharsets.ISO_8859_1);
        } else {
            h.append('\n');
        }
        Path dataFile = detached ? file.resolveSibling(rawName) : file;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dataFile), VoxelIO.STREAM_BUFFER)) {
            if (!detached) {
                out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
            VoxelIO.writeArray(out, image.buffer(), image.pixelType(), 0, image.elementCount(), ByteOrder.LITTLE_ENDIAN);
        }
    }
}
