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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageHeader;
import org.segsense.image.io.ImageReader;
import org.segsense.image.io.ImageWriter;

/**
 * MetaImage files ({@code .mha} with the data after the header, {@code .mhd} with a separate
 * {@code .raw}/{@code .zraw} file), read as ITK 5.2's {@code MetaImageIO}.
 * <p>
 * Geometry is LPS as stored: {@code Offset} (or {@code Origin}/{@code Position}) is the origin,
 * {@code ElementSpacing} the spacing, and {@code TransformMatrix} (or {@code Rotation}/
 * {@code Orientation}) lists the axis directions one after another, i.e. numbers {@code j·d … j·d+d-1}
 * are column j of the direction matrix. {@code CompressedData = True} means zlib (RFC 1950).
 * {@code ElementNumberOfChannels} gives interleaved components. Lists and file patterns in
 * {@code ElementDataFile} are not supported; a data file must lie in the header's folder (see
 * {@link DataFiles}). {@code HeaderSize} skips bytes before the data; {@code -1} (uncompressed data
 * only) places the data at the end of the file; other negative values are refused. Writing produces
 * uncompressed little-endian data.
 */
public final class MetaImageFormat implements ImageReader, ImageWriter {

    @Override
    public String formatName() {
        return "MetaImage";
    }

    private static String lowerName(Path file) {
        Path n = file.getFileName();
        return n == null ? "" : n.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean canRead(Path file) {
        String n = lowerName(file);
        return n.endsWith(".mha") || n.endsWith(".mhd");
    }

    @Override
    public boolean canWrite(Path file) {
        return canRead(file);
    }

    /** A parsed header: everything needed to read the voxels. */
    private static final class Parsed {
        ImageGeometry geometry;
        PixelType type;
        int channels;
        long[] size;
        /** The data file ({@code file} itself for LOCAL), null until resolved. */
        Path dataFile;
        String dataName;
        boolean local;
        boolean compressed;
        boolean msb;
        long headerSize;
        long textEnd;
    }

    @Override
    public Image read(Path file) throws ImageFormatException, IOException {
        Parsed p = parse(file);
        int elements = VoxelIO.checkDeclaredSize(file, p.size, p.channels, p.type);
        if (!p.local) {
            DataFiles.requireRegular(file, p.dataFile, "the data file '" + p.dataName + "' named by ElementDataFile");
        }
        long bytes = (long) elements * p.type.byteSize();
        long offset = p.local ? p.textEnd : 0;
        if (p.headerSize == -1) {
            // MetaIO: the data are the last bytes of the file (uncompressed data only, checked in parse)
            long start = Files.size(p.dataFile) - bytes;
            if (start < offset) {
                throw new ImageFormatException(p.dataFile, "HeaderSize = -1 places the " + bytes + " bytes of voxel data at the end of the file, "
                        + "but the file holds only " + Math.max(0, Files.size(p.dataFile) - offset) + " bytes of data",
                        "The file is truncated or its header is wrong; copy or download it again");
            }
            offset = start;
        } else {
            offset += p.headerSize;
        }
        DataFiles.checkFits(p.dataFile, p.compressed ? 0 : offset, bytes, p.compressed ? offset : -1);
        Object array;
        try (InputStream raw = Files.newInputStream(p.dataFile)) {
            VoxelIO.skip(raw, offset, p.dataFile);
            InputStream in = new java.io.BufferedInputStream(raw, VoxelIO.STREAM_BUFFER);
            if (p.compressed) {
                in = VoxelIO.zlib(in);
            }
            array = VoxelIO.readArray(in, p.type, elements, p.msb ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN, p.dataFile);
        }
        return Image.of(p.geometry, p.type, p.channels, array);
    }

    @Override
    public ImageHeader readHeader(Path file) throws ImageFormatException, IOException {
        Parsed p = parse(file);
        return new ImageHeader(formatName(), p.local ? List.of(file) : List.of(file, p.dataFile), p.geometry, p.type, p.channels);
    }

    @Override
    public List<Path> files(Path file) throws ImageFormatException, IOException {
        Parsed p = parse(file);
        if (p.local) {
            return List.of(file);
        }
        DataFiles.requireRegular(file, p.dataFile, "the data file '" + p.dataName + "' named by ElementDataFile");
        return List.of(file, p.dataFile);
    }

    private static Parsed parse(Path file) throws ImageFormatException, IOException {
        TextHeader text = TextHeader.read(file, line -> line.trim().toLowerCase(Locale.ROOT).startsWith("elementdatafile"), false);
        Map<String, String> f = new HashMap<>();
        for (String line : text.lines) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                f.put(line.substring(0, eq).trim().toLowerCase(Locale.ROOT), line.substring(eq + 1).trim());
            }
        }
        if (!f.containsKey("ndims") || !f.containsKey("dimsize") || !f.containsKey("elementtype") || !f.containsKey("elementdatafile")) {
            throw new ImageFormatException(file, "the MetaImage header lacks NDims, DimSize, ElementType or ElementDataFile",
                    "The file is not a MetaImage image or its header is incomplete");
        }
        int d = (int) TextHeader.numbers(file, "NDims", f.get("ndims"), 1)[0];
        if (d < 2 || d > 4) {
            throw new ImageFormatException(file, "NDims is " + f.get("ndims") + "; SegSense reads 2-D to 4-D images", "Convert the image first");
        }
        double[] dims = TextHeader.numbers(file, "DimSize", f.get("dimsize"), d);
        long[] size = new long[d];
        for (int i = 0; i < d; i++) {
            if (dims[i] < 1 || dims[i] != Math.rint(dims[i]) || dims[i] > Long.MAX_VALUE / 2) {
                throw new ImageFormatException(file, "DimSize " + f.get("dimsize") + " is invalid; sizes must be positive integers",
                        "The header is corrupt");
            }
            size[i] = (long) dims[i];
        }
        Parsed p = new Parsed();
        p.type = elementType(file, f.get("elementtype"));
        p.channels = f.containsKey("elementnumberofchannels")
                ? (int) TextHeader.numbers(file, "ElementNumberOfChannels", f.get("elementnumberofchannels"), 1)[0] : 1;
        if (p.channels < 1) {
            throw new ImageFormatException(file, "ElementNumberOfChannels is " + p.channels, "The header is corrupt");
        }
        double[] spacing = field(file, f, d, 1.0, "elementspacing", "elementsize");
        double[] origin = field(file, f, d, 0.0, "offset", "origin", "position");
        double[] matrix = null;
        for (String key : new String[] {"transformmatrix", "rotation", "orientation"}) {
            if (f.containsKey(key)) {
                matrix = TextHeader.numbers(file, key, f.get(key), d * d);
                break;
            }
        }
        double[] direction = new double[d * d];
        for (int axis = 0; axis < d; axis++) {
            for (int r = 0; r < d; r++) {
                direction[r * d + axis] = matrix == null ? (r == axis ? 1 : 0) : matrix[axis * d + r];
            }
        }
        p.msb = bool(f.getOrDefault("binarydatabyteordermsb", f.getOrDefault("elementbyteordermsb", "False")));
        p.compressed = bool(f.getOrDefault("compresseddata", "False"));
        if (f.containsKey("binarydata") && !bool(f.get("binarydata"))) {
            throw new ImageFormatException(file, "ASCII MetaImage data (BinaryData = False) are not supported", "Save the image with binary data");
        }
        try {
            p.geometry = new ImageGeometry(size, spacing, origin, direction);
        } catch (IllegalArgumentException e) {
            throw new ImageFormatException(file, "the geometry is invalid: " + e.getMessage(), "Fix the header");
        }
        p.size = size;
        p.dataName = f.get("elementdatafile");
        p.textEnd = text.dataOffset;
        if (p.dataName.equalsIgnoreCase("LOCAL")) {
            p.local = true;
            p.dataFile = file;
        } else if (p.dataName.equalsIgnoreCase("LIST") || p.dataName.contains("%") || p.dataName.contains(" ")) {
            throw new ImageFormatException(file, "ElementDataFile '" + p.dataName + "' (file lists or patterns) is not supported",
                    "Combine the slices into one .mha file, e.g. with ITK");
        } else {
            p.dataFile = DataFiles.named(file, p.dataName, "ElementDataFile");
        }
        if (f.containsKey("headersize")) {
            double hs = TextHeader.numbers(file, "HeaderSize", f.get("headersize"), 1)[0];
            if (hs != Math.rint(hs) || hs < -1 || hs > (1L << 50)) {
                throw new ImageFormatException(file, "HeaderSize " + f.get("headersize") + " is invalid; it is the number of bytes to skip, "
                        + "or -1 for data at the end of the file", "Fix HeaderSize");
            }
            p.headerSize = (long) hs;
            if (p.headerSize == -1 && p.compressed) {
                throw new ImageFormatException(file, "HeaderSize = -1 (data at the end of the file) is defined for uncompressed data only, "
                        + "but CompressedData is True", "Fix HeaderSize, or save the image uncompressed");
            }
        }
        return p;
    }

    private static boolean bool(String v) {
        return v.trim().equalsIgnoreCase("true") || v.trim().equals("1");
    }

    private static double[] field(Path file, Map<String, String> f, int d, double fallback, String... keys) throws ImageFormatException {
        for (String k : keys) {
            if (f.containsKey(k)) {
                double[] v = TextHeader.numbers(file, k, f.get(k), d);
                return java.util.Arrays.copyOf(v, d);
            }
        }
        double[] v = new double[d];
        java.util.Arrays.fill(v, fallback);
        return v;
    }

    static PixelType elementType(Path file, String name) throws ImageFormatException {
        String n = name.trim().toUpperCase(Locale.ROOT);
        if (n.endsWith("_ARRAY")) {
            n = n.substring(0, n.length() - 6);
        }
        switch (n) {
            case "MET_UCHAR": return PixelType.UINT8;
            case "MET_CHAR": return PixelType.INT8;
            case "MET_USHORT": return PixelType.UINT16;
            case "MET_SHORT": return PixelType.INT16;
            case "MET_UINT": case "MET_ULONG": return PixelType.UINT32;
            case "MET_INT": case "MET_LONG": return PixelType.INT32;
            case "MET_ULONG_LONG": return PixelType.UINT64;
            case "MET_LONG_LONG": return PixelType.INT64;
            case "MET_FLOAT": return PixelType.FLOAT32;
            case "MET_DOUBLE": return PixelType.FLOAT64;
            default:
                throw new ImageFormatException(file, "ElementType " + name + " is not supported", "Convert the image to an integer or float type");
        }
    }

    static String elementTypeName(PixelType t) {
        switch (t) {
            case UINT8: return "MET_UCHAR";
            case INT8: return "MET_CHAR";
            case UINT16: return "MET_USHORT";
            case INT16: return "MET_SHORT";
            case UINT32: return "MET_UINT";
            case INT32: return "MET_INT";
            case UINT64: return "MET_ULONG_LONG";
            case INT64: return "MET_LONG_LONG";
            case FLOAT32: return "MET_FLOAT";
            default: return "MET_DOUBLE";
        }
    }

    @Override
    public void write(Image image, Path file) throws ImageFormatException, IOException {
        ImageGeometry g = image.geometry();
        int d = g.dimension();
        boolean local = lowerName(file).endsWith(".mha");
        String name = file.getFileName().toString();
        String rawName = name.substring(0, name.length() - 4) + ".raw";
        double[] matrix = new double[d * d];
        for (int axis = 0; axis < d; axis++) {
            for (int r = 0; r < d; r++) {
                matrix[axis * d + r] = g.direction(r, axis);
            }
        }
        StringBuilder h = new StringBuilder();
        h.append("ObjectType = Image\n");
        h.append("NDims = ").append(d).append('\n');
        h.append("BinaryData = True\n");
        h.append("BinaryDataByteOrderMSB = False\n");
        h.append("CompressedData = False\n");
        h.append("TransformMatrix = ").append(TextHeader.format(matrix)).append('\n');
        h.append("Offset = ").append(TextHeader.format(g.origin())).append('\n');
        h.append("CenterOfRotation = ").append(TextHeader.format(new double[d])).append('\n');
        h.append("ElementSpacing = ").append(TextHeader.format(g.spacing())).append('\n');
        long[] size = g.size();
        double[] sizeD = new double[d];
        for (int i = 0; i < d; i++) {
            sizeD[i] = size[i];
        }
        h.append("DimSize = ").append(TextHeader.format(sizeD)).append('\n');
        if (image.components() > 1) {
            h.append("ElementNumberOfChannels = ").append(image.components()).append('\n');
        }
        h.append("ElementType = ").append(elementTypeName(image.pixelType())).append('\n');
        h.append("ElementDataFile = ").append(local ? "LOCAL" : rawName).append('\n');
        Path dataFile = local ? file : file.resolveSibling(rawName);
        if (!local) {
            Files.writeString(file, h.toString(), StandardCharsets.ISO_8859_1);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dataFile), VoxelIO.STREAM_BUFFER)) {
            if (local) {
                out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
            VoxelIO.writeArray(out, image.buffer(), image.pixelType(), 0, image.elementCount(), ByteOrder.LITTLE_ENDIAN);
        }
    }
}
