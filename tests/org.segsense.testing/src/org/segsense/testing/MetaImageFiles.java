// SPDX-License-Identifier: EPL-2.0
package org.segsense.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.segsense.testing.MetaImage.ElementType;

/**
 * A minimal MetaImage (.mha) writer and reader for exchanging images with the ITK reference programs,
 * independent of SegSense's readers: uncompressed data in the same file ({@code ElementDataFile =
 * LOCAL}). Files are written little-endian with 17 significant digits; either byte order is read.
 * {@code TransformMatrix} holds the direction column by column (row i of the file = direction of axis
 * i), as ITK's MetaImageIO reads it.
 */
public final class MetaImageFiles {

    private MetaImageFiles() {
    }

    /**
     * Writes a 3-D unsigned-char image with identity direction and zero origin.
     *
     * @param size voxels along x, y, z
     * @param spacing along x, y, z
     * @param data the voxels, x fastest
     */
    public static void writeUChar(Path file, int[] size, double[] spacing, byte[] data) throws IOException {
        write(file, new MetaImage(new long[] {size[0], size[1], size[2]}, spacing, new double[3], MetaImage.identity(3), 1,
                ElementType.MET_UCHAR, data));
    }

    /** Writes an image as a .mha file. */
    public static void write(Path file, MetaImage image) throws IOException {
        int d = image.dimension();
        double[] dir = image.direction();
        StringBuilder h = new StringBuilder();
        h.append("ObjectType = Image\nNDims = ").append(d).append('\n');
        h.append("BinaryData = True\nBinaryDataByteOrderMSB = False\nCompressedData = False\n");
        h.append("TransformMatrix =");
        for (int axis = 0; axis < d; axis++) {
            for (int r = 0; r < d; r++) {
                h.append(' ').append(number(dir[r * d + axis]));
            }
        }
        h.append("\nOffset =");
        for (double v : image.origin()) {
            h.append(' ').append(number(v));
        }
        h.append("\nElementSpacing =");
        for (double v : image.spacing()) {
            h.append(' ').append(number(v));
        }
        h.append("\nDimSize =");
        for (long v : image.size()) {
            h.append(' ').append(v);
        }
        if (image.channels() > 1) {
            h.append("\nElementNumberOfChannels = ").append(image.channels());
        }
        h.append("\nElementType = ").append(image.type().name()).append("\nElementDataFile = LOCAL\n");
        byte[] head = h.toString().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(head.length + image.elementCount() * image.type().byteSize()).order(ByteOrder.LITTLE_ENDIAN);
        b.put(head);
        Object data = image.data();
        if (data instanceof byte[]) {
            b.put((byte[]) data);
        } else if (data instanceof short[]) {
            b.asShortBuffer().put((short[]) data);
        } else if (data instanceof int[]) {
            b.asIntBuffer().put((int[]) data);
        } else if (data instanceof long[]) {
            b.asLongBuffer().put((long[]) data);
        } else if (data instanceof float[]) {
            b.asFloatBuffer().put((float[]) data);
        } else {
            b.asDoubleBuffer().put((double[]) data);
        }
        Files.write(file, b.array());
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.17g", v);
    }

    /**
     * Reads a .mha file (e.g. written by ITK).
     *
     * @throws IOException when it is compressed, keeps its data in another file, or has an unsupported element type
     */
    public static MetaImage read(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        Map<String, String> h = new HashMap<>();
        int pos = 0;
        while (true) {
            int eol = pos;
            while (eol < all.length && all[eol] != '\n') {
                eol++;
            }
            if (eol >= all.length) {
                throw new IOException(file + ": no ElementDataFile line in the header");
            }
            String line = new String(all, pos, eol - pos, StandardCharsets.US_ASCII).trim();
            pos = eol + 1;
            int eq = line.indexOf('=');
            if (eq > 0) {
                String key = line.substring(0, eq).trim();
                h.put(key, line.substring(eq + 1).trim());
                if (key.equals("ElementDataFile")) {
                    break;
                }
            }
        }
        if ("True".equalsIgnoreCase(h.getOrDefault("CompressedData", "False"))) {
            throw new IOException(file + ": compressed MetaImage not supported");
        }
        if (!h.get("ElementDataFile").equals("LOCAL")) {
            throw new IOException(file + ": only LOCAL MetaImages are supported");
        }
        ElementType type;
        try {
            type = ElementType.valueOf(h.getOrDefault("ElementType", ""));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": unsupported ElementType " + h.get("ElementType"));
        }
        String[] dims = h.get("DimSize").split("\\s+");
        int d = Integer.parseInt(h.getOrDefault("NDims", Integer.toString(dims.length)));
        long[] size = new long[d];
        double[] spacing = new double[d];
        double[] origin = new double[d];
        double[] dir = MetaImage.identity(d);
        long n = Integer.parseInt(h.getOrDefault("ElementNumberOfChannels", "1"));
        for (int i = 0; i < d; i++) {
            size[i] = Long.parseLong(dims[i]);
            n *= size[i];
        }
        String[] s = h.getOrDefault("ElementSpacing", h.getOrDefault("ElementSize", "1 1 1 1")).split("\\s+");
        for (int i = 0; i < d; i++) {
            spacing[i] = Double.parseDouble(s[i]);
        }
        s = h.getOrDefault("Offset", h.getOrDefault("Origin", "0 0 0 0")).split("\\s+");
        for (int i = 0; i < d; i++) {
            origin[i] = Double.parseDouble(s[i]);
        }
        String tm = h.get("TransformMatrix");
        if (tm != null) {
            s = tm.split("\\s+");
            for (int axis = 0; axis < d; axis++) {
                for (int r = 0; r < d; r++) {
                    dir[r * d + axis] = Double.parseDouble(s[axis * d + r]);
                }
            }
        }
        boolean msb = "True".equalsIgnoreCase(h.getOrDefault("BinaryDataByteOrderMSB", h.getOrDefault("ElementByteOrderMSB", "False")));
        ByteBuffer b = ByteBuffer.wrap(all, pos, all.length - pos).order(msb ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() < n * type.byteSize()) {
            throw new IOException(file + ": " + b.remaining() + " bytes of data, expected " + n * type.byteSize());
        }
        int count = (int) n;
        Object data;
        switch (type.byteSize()) {
            case 1: data = new byte[count]; b.get((byte[]) data); break;
            case 2: data = new short[count]; b.asShortBuffer().get((short[]) data); break;
            case 4:
                if (type == ElementType.MET_FLOAT) {
                    data = new float[count];
                    b.asFloatBuffer().get((float[]) data);
                } else {
                    data = new int[count];
                    b.asIntBuffer().get((int[]) data);
                }
                break;
            default:
                if (type == ElementType.MET_DOUBLE) {
                    data = new double[count];
                    b.asDoubleBuffer().get((double[]) data);
                } else {
                    data = new long[count];
                    b.asLongBuffer().get((long[]) data);
                }
                break;
        }
        int channels = Integer.parseInt(h.getOrDefault("ElementNumberOfChannels", "1"));
        return new MetaImage(size, spacing, origin, dir, channels, type, data);
    }

    /** @return the voxel data of a .mha file as doubles (unsigned types read as unsigned) */
    public static double[] readAsDouble(Path file) throws IOException {
        return read(file).toDoubles();
    }

    /** @return the voxel data of a .mha file as floats (unsigned types read as unsigned) */
    public static float[] readAsFloat(Path file) throws IOException {
        return read(file).toFloats();
    }
}
