package org.segsense.image.vtk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;

/**
 * Test images, comparisons and the ITK 5.2 reference program {@code convert}
 * (tests/itk-reference/vtk/convert.cxx, built by tests/itk-reference/build-vtk.sh). Fragments cannot
 * share test code, so this follows org.segsense.image.tests' TestEnvironment/ItkReference: the
 * repository root is the nearest folder above the working directory (or {@code -Dsegsense.repo})
 * holding {@code mvnw}; the program folder is {@code -Dsegsense.itkReferenceVtk},
 * {@code $SEGSENSE_ITK_REFERENCE_VTK}, else {@code <repo>/.cache/itk-reference-vtk}; when ITK cannot
 * be built the test fails with the script's message, it does not skip.
 */
final class VtkTestSupport {

    private static Path itkDir;

    private VtkTestSupport() {
    }

    /** A 3-D (or 2-D when {@code nz == 0}) image with non-trivial spacing/origin and values covering the type's extremes. */
    static Image image(PixelType type, int components, long seed, long nx, long ny, long nz) {
        long[] size = nz == 0 ? new long[] {nx, ny} : new long[] {nx, ny, nz};
        int d = size.length;
        double[] spacing = d == 2 ? new double[] {0.7, 1.3} : new double[] {0.7, 1.3, 2.0000000000000004};
        double[] origin = d == 2 ? new double[] {-12.25, 3.1} : new double[] {-12.25, 3.1, 1e-7};
        Image image = Image.create(new ImageGeometry(size, spacing, origin, ImageGeometry.identity(d)), type, components);
        Random r = new Random(seed);
        Object a = image.buffer();
        int n = image.elementCount();
        for (int i = 0; i < n; i++) {
            switch (type) {
                case UINT8: case INT8: ((byte[]) a)[i] = (byte) r.nextInt(); break;
                case UINT16: case INT16: ((short[]) a)[i] = (short) r.nextInt(); break;
                case UINT32: case INT32: ((int[]) a)[i] = r.nextInt(); break;
                case UINT64: case INT64: ((long[]) a)[i] = r.nextLong(); break;
                case FLOAT32: ((float[]) a)[i] = Float.intBitsToFloat(r.nextInt() & 0x7f7fffff | (r.nextBoolean() ? 0x80000000 : 0)); break;
                default: ((double[]) a)[i] = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20); break;
            }
        }
        // Extremes in the first elements.
        switch (type) {
            case UINT8: case INT8: ((byte[]) a)[0] = Byte.MIN_VALUE; ((byte[]) a)[1] = Byte.MAX_VALUE; ((byte[]) a)[2] = -1; break;
            case UINT16: case INT16: ((short[]) a)[0] = Short.MIN_VALUE; ((short[]) a)[1] = Short.MAX_VALUE; ((short[]) a)[2] = -1; break;
            case UINT32: case INT32: ((int[]) a)[0] = Integer.MIN_VALUE; ((int[]) a)[1] = Integer.MAX_VALUE; ((int[]) a)[2] = -1; break;
            case UINT64: case INT64: ((long[]) a)[0] = Long.MIN_VALUE; ((long[]) a)[1] = Long.MAX_VALUE; ((long[]) a)[2] = -1; break;
            case FLOAT32: ((float[]) a)[0] = Float.MIN_VALUE; ((float[]) a)[1] = -Float.MAX_VALUE; ((float[]) a)[2] = -0.0f; break;
            default: ((double[]) a)[0] = Double.MIN_VALUE; ((double[]) a)[1] = Double.MAX_VALUE; ((double[]) a)[2] = 0.1; break;
        }
        return image;
    }

    /** Asserts equal geometry (exact), type, components and bit-identical voxels. */
    static void assertSameImage(Image expected, Image actual, String what) {
        assertEquals(expected.geometry(), actual.geometry(), what + ": geometry");
        assertEquals(expected.pixelType(), actual.pixelType(), what + ": pixel type");
        assertEquals(expected.components(), actual.components(), what + ": components");
        assertArrayEquals(littleEndian(expected), littleEndian(actual), what + ": voxels");
    }

    /** The voxel buffer as little-endian bytes, as ITK delivers it on x86. */
    static byte[] littleEndian(Image image) {
        int size = image.pixelType().byteSize();
        ByteBuffer b = ByteBuffer.allocate(image.elementCount() * size).order(ByteOrder.LITTLE_ENDIAN);
        Object a = image.buffer();
        switch (image.pixelType()) {
            case UINT8: case INT8: b.put((byte[]) a); break;
            case UINT16: case INT16: b.asShortBuffer().put((short[]) a); break;
            case UINT32: case INT32: b.asIntBuffer().put((int[]) a); break;
            case UINT64: case INT64: b.asLongBuffer().put((long[]) a); break;
            case FLOAT32: b.asFloatBuffer().put((float[]) a); break;
            default: b.asDoubleBuffer().put((double[]) a); break;
        }
        return b.array();
    }

    static Path writeText(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        return file;
    }

    // ------------------------------------------------------------------ ITK

    /** @return the repository root (the folder containing mvnw) */
    static Path repositoryRoot() {
        String configured = System.getProperty("segsense.repo");
        if (configured != null) {
            return Paths.get(configured).toAbsolutePath();
        }
        Path p = Paths.get("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("mvnw"))) {
            p = p.getParent();
        }
        if (p == null) {
            fail("Cannot find the repository root (a folder containing mvnw) above " + Paths.get("").toAbsolutePath()
                    + "; run the tests inside the repository or pass -Dsegsense.repo=PATH.");
        }
        return p;
    }

    /** @return the ITK program {@code convert}, building it first if needed (fails, never skips) */
    static synchronized Path itkConvert() {
        if (itkDir == null) {
            String configured = System.getProperty("segsense.itkReferenceVtk", System.getenv("SEGSENSE_ITK_REFERENCE_VTK"));
            Path dir = configured != null ? Paths.get(configured) : repositoryRoot().resolve(".cache/itk-reference-vtk");
            Path script = repositoryRoot().resolve("tests/itk-reference/build-vtk.sh");
            Result r = run(List.of("bash", script.toString()), List.of("SEGSENSE_ITK_REFERENCE_VTK=" + dir), 1800);
            if (r.exitCode != 0) {
                fail("tests/itk-reference/build-vtk.sh failed (exit " + r.exitCode + "); the tests tagged 'itk' need ITK 5.2 "
                        + "(sudo apt-get install libinsighttoolkit5-dev cmake g++):\n" + r.stderr);
            }
            itkDir = dir;
        }
        return itkDir.resolve("convert");
    }

    /** ITK's reading of a file: the JSON of convert and the voxel buffer. */
    static final class ItkReading {
        final Map<String, Object> json;
        final byte[] pixels;

        ItkReading(Map<String, Object> json, byte[] pixels) {
            this.json = json;
            this.pixels = pixels;
        }

        /** Asserts that SegSense's image equals ITK's reading: size, geometry (1e-12 relative), type, components, every byte. */
        void assertSame(Image image, String what) {
            assertArrayEquals(longs("size"), image.geometry().size(), what + ": size");
            assertClose(doubles("spacing"), image.geometry().spacing(), what + ": spacing");
            assertClose(doubles("origin"), image.geometry().origin(), what + ": origin");
            assertClose(doubles("direction"), image.geometry().direction(), what + ": direction");
            assertEquals(json.get("pixelType"), image.pixelType().jsonName(), what + ": pixel type");
            assertEquals(((Number) json.get("components")).intValue(), image.components(), what + ": components");
            byte[] ours = littleEndian(image);
            assertEquals(pixels.length, ours.length, what + ": bytes of voxel data");
            for (int i = 0; i < ours.length; i++) {
                if (ours[i] != pixels[i]) {
                    int element = i / image.pixelType().byteSize();
                    fail(what + ": element " + element + " differs: SegSense " + image.getDouble(element / image.components(), element % image.components())
                            + ", ITK's bytes differ at offset " + i);
                }
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
    }

    static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int i = 0; i < expected.length; i++) {
            double tol = 1e-12 * Math.max(1.0, Math.abs(expected[i]));
            assertTrue(Math.abs(expected[i] - actual[i]) <= tol, what + "[" + i + "]: ITK " + expected[i] + ", SegSense " + actual[i]);
        }
    }

    /**
     * Runs {@code convert IN [OUT] [options] --dump RAW}: ITK reads IN (and writes OUT).
     *
     * @return ITK's reading of IN
     */
    static ItkReading itk(Path in, Path out, Path work, String... options) throws IOException {
        Path dump = work.resolve("itk-dump-" + in.getFileName() + ".raw");
        List<String> cmd = new ArrayList<>(List.of(itkConvert().toString(), in.toString()));
        if (out != null) {
            cmd.add(out.toString());
        }
        cmd.addAll(List.of(options));
        cmd.addAll(List.of("--dump", dump.toString()));
        Result r = run(cmd, List.of(), 300);
        if (r.exitCode != 0) {
            fail("ITK's convert failed on " + in + " (exit " + r.exitCode + "): " + r.stderr);
        }
        byte[] pixels = Files.readAllBytes(dump);
        Files.delete(dump);
        return new ItkReading(parse(r.stdout.trim()), pixels);
    }

    /** @return ITK's exit code when reading the file (non-zero: ITK rejects it) */
    static int itkExitCode(Path in) {
        return run(List.of(itkConvert().toString(), in.toString()), List.of(), 300).exitCode;
    }

    /** The outcome of an external program. */
    static final class Result {
        final int exitCode;
        final String stdout;
        final String stderr;

        Result(int exitCode, String stdout, String stderr) {
            this.exitCode = exitCode;
            this.stdout = stdout;
            this.stderr = stderr;
        }
    }

    static Result run(List<String> command, List<String> env, long timeoutSeconds) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command);
            for (String e : env) {
                int eq = e.indexOf('=');
                pb.environment().put(e.substring(0, eq), e.substring(eq + 1));
            }
            Path out = Files.createTempFile("segsense-vtk-run", ".out");
            Path err = Files.createTempFile("segsense-vtk-run", ".err");
            pb.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
            }
            Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return r;
        } catch (IOException e) {
            return fail("Cannot run " + String.join(" ", command) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("Interrupted while running " + command);
        }
    }

    /** Parses convert's flat JSON object: numbers, strings and arrays of numbers. */
    static Map<String, Object> parse(String s) {
        Map<String, Object> m = new TreeMap<>();
        int[] pos = {s.indexOf('{') + 1};
        while (true) {
            while (Character.isWhitespace(s.charAt(pos[0]))) {
                pos[0]++;
            }
            char c0 = s.charAt(pos[0]);
            if (c0 == '}') {
                return m;
            }
            if (c0 == ',') {
                pos[0]++;
                continue;
            }
            String key = string(s, pos);
            pos[0]++; // ':'
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
