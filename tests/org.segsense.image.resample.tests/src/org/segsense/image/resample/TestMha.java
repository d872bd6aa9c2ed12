package org.segsense.image.resample;

import java.io.IOException;
import java.nio.ByteBuffer;
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

/**
 * A minimal MetaImage (.mha, uncompressed, little-endian, LOCAL data) reader and writer for the
 * resampling tests, independent of the bundle's readers. {@code TransformMatrix} holds the direction
 * column by column (row i of the file = direction of axis i), as ITK's MetaImageIO reads it.
 */
final class TestMha {

    private TestMha() {
    }

    private static final Map<PixelType, String> MET = Map.of(PixelType.UINT8, "MET_UCHAR", PixelType.INT8, "MET_CHAR",
            PixelType.UINT16, "MET_USHORT", PixelType.INT16, "MET_SHORT", PixelType.UINT32, "MET_UINT", PixelType.INT32, "MET_INT",
            PixelType.FLOAT32, "MET_FLOAT", PixelType.FLOAT64, "MET_DOUBLE");

    static void write(Path file, Image image) throws IOException {
        ImageGeometry g = image.geometry();
        int d = g.dimension();
        StringBuilder h = new StringBuilder();
        h.append("ObjectType = Image\nNDims = ").append(d).append('\n');
        h.append("BinaryData = True\nBinaryDataByteOrderMSB = False\nCompressedData = False\n");
        h.append("TransformMatrix =");
        for (int axis = 0; axis < d; axis++) {
            for (int r = 0; r < d; r++) {
                h.append(' ').append(num(g.direction(r, axis)));
            }
        }
        h.append("\nOffset =");
        for (double v : g.origin()) {
            h.append(' ').append(num(v));
        }
        h.append("\nElementSpacing =");
        for (double v : g.spacing()) {
            h.append(' ').append(num(v));
        }
        h.append("\nDimSize =");
        for (long v : g.size()) {
            h.append(' ').append(v);
        }
        if (image.components() > 1) {
            h.append("\nElementNumberOfChannels = ").append(image.components());
        }
        h.append("\nElementType = ").append(MET.get(image.pixelType())).append("\nElementDataFile = LOCAL\n");
        byte[] head = h.toString().getBytes(StandardCharsets.US_ASCII);
        int n = image.elementCount();
        ByteBuffer b = ByteBuffer.allocate(head.length + n * image.pixelType().byteSize()).order(ByteOrder.LITTLE_ENDIAN);
        b.put(head);
        Object buf = image.buffer();
        switch (image.pixelType().byteSize()) {
            case 1: b.put((byte[]) buf); break;
            case 2: for (short s : (short[]) buf) b.putShort(s); break;
            case 4:
                if (buf instanceof float[]) {
                    for (float f : (float[]) buf) b.putFloat(f);
                } else {
                    for (int i : (int[]) buf) b.putInt(i);
                }
                break;
            default: for (double v : (double[]) buf) b.putDouble(v); break;
        }
        Files.write(file, b.array());
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.17g", v);
    }

    static Image read(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        Map<String, String> h = new HashMap<>();
        int pos = 0;
        while (true) {
            int eol = pos;
            while (all[eol] != '\n') eol++;
            String line = new String(all, pos, eol - pos, StandardCharsets.US_ASCII).trim();
            pos = eol + 1;
            int eq = line.indexOf('=');
            if (eq > 0) {
                String key = line.substring(0, eq).trim();
                h.put(key, line.substring(eq + 1).trim());
                if (key.equals("ElementDataFile")) {
                    if (!h.get(key).equals("LOCAL")) throw new IOException(file + ": only LOCAL data supported");
                    break;
                }
            }
        }
        if ("True".equalsIgnoreCase(h.getOrDefault("CompressedData", "False"))) throw new IOException(file + ": compressed");
        int d = Integer.parseInt(h.get("NDims"));
        long[] size = new long[d];
        double[] spacing = new double[d], origin = new double[d], dir = new double[d * d];
        String[] s = h.get("DimSize").split("\\s+");
        for (int i = 0; i < d; i++) size[i] = Long.parseLong(s[i]);
        s = h.getOrDefault("ElementSpacing", h.getOrDefault("ElementSize", "1 1 1 1")).split("\\s+");
        for (int i = 0; i < d; i++) spacing[i] = Double.parseDouble(s[i]);
        s = h.getOrDefault("Offset", h.getOrDefault("Origin", "0 0 0 0")).split("\\s+");
        for (int i = 0; i < d; i++) origin[i] = Double.parseDouble(s[i]);
        String tm = h.get("TransformMatrix");
        if (tm == null) {
            for (int i = 0; i < d; i++) dir[i * d + i] = 1;
        } else {
            s = tm.split("\\s+");
            for (int axis = 0; axis < d; axis++) for (int r = 0; r < d; r++) dir[r * d + axis] = Double.parseDouble(s[axis * d + r]);
        }
        int nc = Integer.parseInt(h.getOrDefault("ElementNumberOfChannels", "1"));
        PixelType t = null;
        for (Map.Entry<PixelType, String> e : MET.entrySet()) if (e.getValue().equals(h.get("ElementType"))) t = e.getKey();
        if (t == null) throw new IOException(file + ": unsupported ElementType " + h.get("ElementType"));
        ImageGeometry g = new ImageGeometry(size, spacing, origin, dir);
        Image img = Image.create(g, t, nc);
        ByteOrder order = "True".equalsIgnoreCase(h.getOrDefault("BinaryDataByteOrderMSB", h.getOrDefault("ElementByteOrderMSB", "False")))
                ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        ByteBuffer b = ByteBuffer.wrap(all, pos, all.length - pos).order(order);
        Object buf = img.buffer();
        switch (t.byteSize()) {
            case 1: b.get((byte[]) buf); break;
            case 2: b.asShortBuffer().get((short[]) buf); break;
            case 4:
                if (buf instanceof float[]) b.asFloatBuffer().get((float[]) buf); else b.asIntBuffer().get((int[]) buf);
                break;
            default: b.asDoubleBuffer().get((double[]) buf); break;
        }
        return img;
    }
}
