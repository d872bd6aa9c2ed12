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
import java.util.Locale;
import java.util.Map;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageFormatException;
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
 * {@code ElementDataFile} are not supported. Writing produces uncompressed little-endian data.
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

    @Override
    public Image read(Path file) throws ImageFormatException, IOException {
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
        PixelType type = elementType(file, f.get("elementtype"));
        int channels = f.containsKey("elementnumberofchannels")
                ? (int) TextHeader.numbers(file, "ElementNumberOfChannels", f.get("elementnumberofchannels"), 1)[0] : 1;
        if (channels < 1) {
            throw new ImageFormatException(file, "ElementNumberOfChannels is " + channels, "The header is corrupt");
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
        boolean msb = bool(f.getOrDefault("binarydatabyteordermsb", f.getOrDefault("elementbyteordermsb", "False")));
        boolean compressed = bool(f.getOrDefault("compresseddata", "False"));
        if (f.containsKey("binarydata") && !bool(f.get("binarydata"))) {
            throw new ImageFormatException(file, "ASCII MetaImage data (BinaryData = False) are not supported", "Save the image with binary data");
        }
        ImageGeometry geometry;
        try {
            geometry = new ImageGeometry(size, spacing, origin, direction);
        } catch (IllegalArgumentException e) {
            throw new ImageFormatException(file, "the geometry is invalid: " + e.getMessage(), "Fix the header");
        }
        int elements = VoxelIO.checkDeclaredSize(file, size, channels, type);
        String dataName = f.get("elementdatafile");
        Path dataFile;
        long offset;
        if (dataName.equalsIgnoreCase("LOCAL")) {
            dataFile = file;
            offset = text.dataOffset;
        } else if (dataName.equalsIgnoreCase("LIST") || dataName.contains("%") || dataName.contains(" ")) {
            throw new ImageFormatException(file, "ElementDataFile '" + dataName + "' (file lists or patterns) is not supported",
                    "Combine the slices into one .mha file, e.g. with ITK");
        } else {
            dataFile = VoxelIO.dataFileNamedBy(file, dataName, "ElementDataFile");
            offset = 0;
        }
        long headerSize = f.containsKey("headersize") ? (long) TextHeader.numbers(file, "HeaderSize", f.get("headersize"), 1)[0] : 0;
        long bytes = (long) elements * type.byteSize();
        if (headerSize == -1 && !compressed) {
            offset = Files.size(dataFile) - bytes; // data at the end of the file
            if (offset < 0) {
                offset = 0;
            }
        } else if (headerSize > 0) {
            offset += headerSize;
        }
        Object array;
        try (InputStream raw = Files.newInputStream(dataFile)) {
            VoxelIO.skip(raw, offset, dataFile);
            InputStream in = new java.io.BufferedInputStream(raw, VoxelIO.STREAM_BUFFER);
            if (compressed) {
                in = VoxelIO.zlib(in);
            }
            array = VoxelIO.readArray(in, type, elements, msb ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN, dataFile);
        }
        return Image.of(geometry, type, channels, array);
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
