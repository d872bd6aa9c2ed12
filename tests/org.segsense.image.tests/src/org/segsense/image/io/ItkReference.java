package org.segsense.image.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.segsense.image.Image;
import org.segsense.image.TestEnvironment;
import org.segsense.image.io.internal.VoxelIO;

/**
 * How ITK 5.2 reads a file, from {@code tests/itk-reference/image_info.cxx}, and comparisons of
 * SegSense's reading against it.
 */
final class ItkReference {

    /** Relative tolerance for spacing, origin and direction (absolute below magnitude 1). */
    static final double GEOMETRY_TOLERANCE = 1e-5;

    final Map<String, Object> json;
    final byte[] pixels;

    private ItkReference(Map<String, Object> json, byte[] pixels) {
        this.json = json;
        this.pixels = pixels;
    }

    /**
     * Runs {@code image_info FILE --dump RAW}.
     *
     * @param file the image
     * @param work a folder for the dump
     * @return ITK's reading
     */
    static ItkReference read(Path file, Path work) throws IOException {
        Path program = TestEnvironment.itkReference().resolve("image_info");
        Path dump = work.resolve("itk-dump-" + file.getFileName() + ".raw");
        TestEnvironment.Result r = TestEnvironment.run(List.of(program.toString(), file.toString(), "--dump", dump.toString()), List.of(), 300);
        if (r.exitCode != 0) {
            fail("ITK's image_info could not read " + file + " (exit " + r.exitCode + "): " + r.stderr);
        }
        byte[] pixels = Files.readAllBytes(dump);
        Files.delete(dump);
        return new ItkReference(parse(r.stdout.trim()), pixels);
    }

    /** @return ITK's exit code for the file (non-zero: ITK rejects it) */
    static int exitCode(Path file) {
        Path program = TestEnvironment.itkReference().resolve("image_info");
        return TestEnvironment.run(List.of(program.toString(), file.toString()), List.of(), 300).exitCode;
    }

    /** Asserts header equality (size exact, geometry within tolerance, type, components). */
    void assertSameHeader(Image image, String what) {
        assertArrayEquals(longs("size"), image.geometry().size(), what + ": size");
        assertClose(doubles("spacing"), image.geometry().spacing(), what + ": spacing");
        assertClose(doubles("origin"), image.geometry().origin(), what + ": origin");
        assertClose(doubles("direction"), image.geometry().direction(), what + ": direction");
        assertEquals(json.get("pixelType"), image.pixelType().jsonName(), what + ": pixel type");
        assertEquals(((Number) json.get("components")).intValue(), image.components(), what + ": components");
    }

    /** Asserts that every voxel equals ITK's, bit for bit. */
    void assertSamePixels(Image image, String what) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.elementCount() * image.pixelType().byteSize());
        VoxelIO.writeArray(out, image.buffer(), image.pixelType(), 0, image.elementCount(), ByteOrder.LITTLE_ENDIAN);
        byte[] ours = out.toByteArray();
        assertEquals(pixels.length, ours.length, what + ": byte count of the voxel data");
        for (int i = 0; i < ours.length; i++) {
            if (ours[i] != pixels[i]) {
                int element = i / image.pixelType().byteSize();
                fail(what + ": element " + element + " differs: SegSense " + image.getDouble(element / image.components(), element % image.components())
                        + ", ITK bytes differ at offset " + i);
            }
        }
    }

    static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int i = 0; i < expected.length; i++) {
            double tol = GEOMETRY_TOLERANCE * Math.max(1.0, Math.abs(expected[i]));
            assertTrue(Math.abs(expected[i] - actual[i]) <= tol,
                    what + "[" + i + "]: ITK " + expected[i] + ", SegSense " + actual[i] + " (tolerance " + tol + ")");
        }
    }

    long[] longs(String key) {
        @SuppressWarnings("unchecked")
        List<Number> l = (List<Number>) json.get(key);
        return l.stream().mapToLong(Number::longValue).toArray();
    }

    double[] doubles(String key) {
        @SuppressWarnings("unchecked")
        List<Number> l = (List<Number>) json.get(key);
        return l.stream().mapToDouble(Number::doubleValue).toArray();
    }

    /** Parses image_info's flat JSON object: numbers, strings and arrays of numbers. */
    static Map<String, Object> parse(String s) {
        Map<String, Object> m = new TreeMap<>();
        int[] pos = {s.indexOf('{') + 1};
        while (true) {
            skipSpace(s, pos);
            if (s.charAt(pos[0]) == '}') {
                return m;
            }
            if (s.charAt(pos[0]) == ',') {
                pos[0]++;
                continue;
            }
            String key = string(s, pos);
            skipSpace(s, pos);
            pos[0]++; // ':'
            skipSpace(s, pos);
            char c = s.charAt(pos[0]);
            if (c == '"') {
                m.put(key, string(s, pos));
            } else if (c == '[') {
                pos[0]++;
                List<Number> list = new ArrayList<>();
                while (s.charAt(pos[0]) != ']') {
                    if (s.charAt(pos[0]) == ',') {
                        pos[0]++;
                    }
                    list.add(number(s, pos));
                }
                pos[0]++;
                m.put(key, list);
            } else {
                m.put(key, number(s, pos));
            }
        }
    }

    private static void skipSpace(String s, int[] pos) {
        while (Character.isWhitespace(s.charAt(pos[0]))) {
            pos[0]++;
        }
    }

    private static String string(String s, int[] pos) {
        int start = pos[0] + 1;
        int end = s.indexOf('"', start);
        pos[0] = end + 1;
        return s.substring(start, end);
    }

    private static Number number(String s, int[] pos) {
        int start = pos[0];
        while (pos[0] < s.length() && "+-0123456789.eEinfaINFA".indexOf(s.charAt(pos[0])) >= 0) {
            pos[0]++;
        }
        return Double.parseDouble(s.substring(start, pos[0]));
    }
}
