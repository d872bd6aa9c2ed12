// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.vtk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageIO;

/**
 * Fuzz-style robustness test of the VTK legacy reader (SPEC, Reliability), the counterpart of
 * {@code ReaderFuzzTest} in the image bundle's tests.
 * <p>
 * Seeds: SCALARS (1–4 components), VECTORS, COLOR_SCALARS and TENSORS files of several pixel types,
 * 2-D and 3-D, BINARY and ASCII, written with {@link VtkFormat} (COLOR_SCALARS and TENSORS by hand).
 * {@link #MUTANTS} mutants (default 400; {@code -Dsegsense.fuzz.mutants=N}) are derived with a
 * {@link SplittableRandom} seeded per mutant: duplicated, deleted and swapped header lines, numbers
 * replaced by huge/negative/NaN/non-numeric tokens, injected header lines (huge DIMENSIONS, odd
 * attributes, CELL_DATA, LOOKUP_TABLE …), byte flips in header and data, ASCII values replaced by junk
 * or over-long tokens, truncations and appended garbage.
 * <p>
 * Each mutant is read with {@link VtkFormat#read} (what {@code ImageIO.read} calls for {@code .vtk} in
 * the OSGi runtime) under a 64 MiB {@link ImageIO#MAX_BYTES_PROPERTY} limit and must, within 2 s,
 * return an image whose buffer holds voxelCount × components elements, or throw an
 * {@link ImageFormatException} whose message starts with the file's name. Any other exception
 * (IOException included: the file system here is healthy, so an IOException means a malformed file
 * escaped as a low-level error), any Error (OutOfMemoryError included) or a timeout fails, naming the
 * mutant's index, seed and mutations; rerun one with {@code -Dsegsense.fuzz.only=INDEX} (its file is
 * kept under {@code java.io.tmpdir/segsense-vtk-fuzz}).
 */
class VtkFuzzTest {

    static final int MUTANTS = Integer.getInteger("segsense.fuzz.mutants", 400);
    static final long TIMEOUT_MS = 2000;
    static final long BASE_SEED = 0x7C4F_022E_5EEDL;

    @TempDir
    Path tmp;

    private static String oldLimit;
    private static ExecutorService executor;

    @BeforeAll
    static void boundMemory() {
        oldLimit = System.getProperty(ImageIO.MAX_BYTES_PROPERTY);
        System.setProperty(ImageIO.MAX_BYTES_PROPERTY, "67108864");
        executor = newExecutor();
    }

    @AfterAll
    static void restore() {
        if (oldLimit == null) {
            System.clearProperty(ImageIO.MAX_BYTES_PROPERTY);
        } else {
            System.setProperty(ImageIO.MAX_BYTES_PROPERTY, oldLimit);
        }
        executor.shutdownNow();
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vtk-fuzz");
            t.setDaemon(true);
            return t;
        });
    }

    /** A seed file: bytes and the length of its header (the offset of the first voxel value). */
    static final class Seed {
        final String label;
        final byte[] bytes;
        final int headerLength;
        final boolean ascii;

        Seed(String label, byte[] bytes, int headerLength, boolean ascii) {
            this.label = label;
            this.bytes = bytes;
            this.headerLength = headerLength;
            this.ascii = ascii;
        }
    }

    private List<Seed> seeds() throws Exception {
        List<Seed> seeds = new ArrayList<>();
        Object[][] specs = {{PixelType.UINT8, 1, 3L}, {PixelType.INT16, 1, 3L}, {PixelType.FLOAT32, 3, 2L}, {PixelType.FLOAT64, 1, 0L},
                {PixelType.INT32, 2, 2L}, {PixelType.UINT16, 4, 0L}};
        int n = 0;
        for (Object[] s : specs) {
            for (VtkFormat.Encoding e : VtkFormat.Encoding.values()) {
                Image image = VtkTestSupport.image((PixelType) s[0], (Integer) s[1], n, 4, 3, (Long) s[2]);
                Path f = tmp.resolve("seed" + n++ + ".vtk");
                VtkFormat.write(image, f, e);
                byte[] b = Files.readAllBytes(f);
                seeds.add(new Seed(s[0] + "x" + s[1] + " " + e, b, headerLength(b), e == VtkFormat.Encoding.ASCII));
            }
        }
        String common = "# vtk DataFile Version 3.0\nhand-made\n%s\nDATASET STRUCTURED_POINTS\nDIMENSIONS 3 2 2\nSPACING 1 1 1\nORIGIN 0 0 0\n"
                + "POINT_DATA 12\n";
        // COLOR_SCALARS: unsigned char in BINARY files, floats 0..1 in ASCII files.
        byte[] colors = new byte[12 * 4];
        for (int i = 0; i < colors.length; i++) {
            colors[i] = (byte) (i * 37);
        }
        seeds.add(handMade("COLOR_SCALARS binary", String.format(common, "BINARY") + "COLOR_SCALARS c 4\n", colors, false));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12 * 3; i++) {
            text.append(String.format(Locale.ROOT, "%.3f ", (i % 10) / 10.0));
        }
        seeds.add(handMade("COLOR_SCALARS ascii", String.format(common, "ASCII") + "COLOR_SCALARS c 3\n",
                text.append('\n').toString().getBytes(StandardCharsets.ISO_8859_1), true));
        // TENSORS: nine values per voxel (symmetric).
        ByteBuffer t = ByteBuffer.allocate(12 * 9 * 4);
        for (int v = 0; v < 12; v++) {
            float[] m = {v, 1, 2, 1, v + 3, 4, 2, 4, v + 5};
            for (float x : m) {
                t.putFloat(x);
            }
        }
        seeds.add(handMade("TENSORS binary", String.format(common, "BINARY") + "TENSORS t float\n", t.array(), false));
        StringBuilder tt = new StringBuilder();
        for (int v = 0; v < 12; v++) {
            tt.append(v).append(" 1 2\n1 ").append(v + 3).append(" 4\n2 4 ").append(v + 5).append("\n\n");
        }
        seeds.add(handMade("TENSORS ascii", String.format(common, "ASCII") + "TENSORS t double\n", tt.toString().getBytes(StandardCharsets.ISO_8859_1),
                true));
        VtkFormat format = new VtkFormat();
        for (int i = 0; i < seeds.size(); i++) {
            Path f = tmp.resolve("check" + i + ".vtk");
            Files.write(f, seeds.get(i).bytes);
            Image img = format.read(f);
            assertEquals(img.voxelCount() * img.components(), Array.getLength(img.buffer()), seeds.get(i).label);
        }
        return seeds;
    }

    private static Seed handMade(String label, String header, byte[] data, boolean ascii) {
        byte[] h = header.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(h, h.length + data.length);
        System.arraycopy(data, 0, all, h.length, data.length);
        return new Seed(label, all, h.length, ascii);
    }

    private static int headerLength(byte[] b) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        int lut = s.indexOf("LOOKUP_TABLE default\n");
        if (lut >= 0) {
            return lut + "LOOKUP_TABLE default\n".length();
        }
        int attr = s.indexOf("VECTORS ");
        return s.indexOf('\n', attr) + 1;
    }

    // ---------------------------------------------------------------------------------------------
    // Mutations

    static final String[] NASTY = {"-1", "0", "-0", "NaN", "nan", "Infinity", "inf", "1e308", "1e999", "-1e308", "9223372036854775807",
            "9223372036854775808", "4294967295", "4294967296", "2147483648", "65536", "0x10", "1.5", "", "abc", "+", "-", ".", "e5", "1e",
            "99999999999999999999", "12345678901234567890123", "\u00ff", "\t"};
    static final String[] LINES = {"DIMENSIONS 100000 100000 100000", "DIMENSIONS 4294967295 4294967295 4294967295", "DIMENSIONS 0 3 2",
            "DIMENSIONS -4 3 2", "DIMENSIONS 4 3", "DIMENSIONS 1 1 1", "DIMENSIONS 65536 65536 1", "DIMENSIONS 4 3 0", "SPACING 0 0 0",
            "SPACING NaN 1 1", "SPACING 1e999 1 1", "SPACING -1 -1 -1", "SPACING 1", "ORIGIN 1e308 1e308 1e308", "ORIGIN 1", "ASPECT_RATIO 2 2 2",
            "POINT_DATA 9999999999", "POINT_DATA -1", "POINT_DATA 0", "POINT_DATA 12", "CELL_DATA 6", "FIELD FieldData 1",
            "SCALARS s double 5", "SCALARS s float 0", "SCALARS s float -3", "SCALARS s float 2147483647", "SCALARS s bit 1",
            "SCALARS s unsigned_long 1", "SCALARS s vtkIdType 1", "SCALARS s", "SCALARS", "COLOR_SCALARS c 7", "COLOR_SCALARS c 0",
            "COLOR_SCALARS c", "VECTORS v float", "VECTORS v", "VECTORS v char", "TENSORS t double", "TENSORS t int", "LOOKUP_TABLE default",
            "LOOKUP_TABLE t 5", "NORMALS n float", "DATASET POLYDATA", "DATASET STRUCTURED_POINTS", "BINARY", "ASCII", "",
            "# vtk DataFile Version 5.1"};

    private static String mutate(Seed seed, byte[][] file, int[] headerLength, SplittableRandom r) {
        byte[] all = file[0];
        int hl = Math.min(headerLength[0], all.length);
        String header = new String(all, 0, hl, StandardCharsets.ISO_8859_1);
        byte[] data = Arrays.copyOfRange(all, hl, all.length);
        List<String> lines = new ArrayList<>(Arrays.asList(header.split("\n", -1)));
        int body = lines.size();
        while (body > 0 && lines.get(body - 1).isEmpty()) {
            body--;
        }
        if (body == 0) {
            lines.add(0, "");
            body = 1;
        }
        String what;
        switch (r.nextInt(12)) {
            case 0: {
                int i = r.nextInt(body);
                lines.add(r.nextInt(body + 1), lines.get(i));
                what = "duplicate line '" + lines.get(i) + "'";
                break;
            }
            case 1: {
                what = "delete line '" + lines.remove(r.nextInt(body)) + "'";
                break;
            }
            case 2: {
                int i = r.nextInt(body), j = r.nextInt(body);
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
                what = "swap lines " + i + " and " + j;
                break;
            }
            case 3:
            case 4:
            case 5: {
                int i = r.nextInt(body);
                String line = lines.get(i);
                Matcher m = Pattern.compile("-?[0-9][0-9.eE+-]*").matcher(line);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                String token = NASTY[r.nextInt(NASTY.length)];
                if (spans.isEmpty()) {
                    line = line + " " + token;
                } else {
                    int[] s = spans.get(r.nextInt(spans.size()));
                    line = line.substring(0, s[0]) + token + line.substring(s[1]);
                }
                lines.set(i, line);
                what = "number -> '" + token + "' in line " + i + ": " + line;
                break;
            }
            case 6:
            case 7: {
                String line = LINES[r.nextInt(LINES.length)];
                int at = r.nextInt(body + 1);
                lines.add(at, line);
                what = "insert '" + line + "' at line " + at;
                break;
            }
            case 8: {
                int n = 1 + r.nextInt(6);
                boolean inHeader = r.nextBoolean() || all.length == hl;
                for (int k = 0; k < n; k++) {
                    if (inHeader && hl > 0) {
                        all[r.nextInt(hl)] ^= (byte) (1 + r.nextInt(255));
                    } else if (all.length > 0) {
                        all[r.nextInt(all.length)] ^= (byte) (1 + r.nextInt(255));
                    }
                }
                return "flip " + n + " bytes in the " + (inHeader ? "header" : "file");
            }
            case 9: {
                int len = r.nextInt(Math.max(1, all.length));
                file[0] = Arrays.copyOf(all, len);
                headerLength[0] = Math.min(hl, len);
                return "truncate at " + len;
            }
            case 10: {
                int n = 1 + r.nextInt(r.nextBoolean() ? 16 : 4096);
                byte[] grown = Arrays.copyOf(all, all.length + n);
                for (int k = all.length; k < grown.length; k++) {
                    grown[k] = (byte) (seed.ascii && r.nextBoolean() ? "0123456789 \n.-e".charAt(r.nextInt(15)) : r.nextInt(256));
                }
                file[0] = grown;
                return "append " + n + " garbage bytes";
            }
            default: {
                if (!seed.ascii || data.length == 0) {
                    int len = r.nextInt(Math.max(1, data.length + 1));
                    file[0] = Arrays.copyOf(all, hl + len);
                    return "data cut to " + len + " bytes";
                }
                String text = new String(data, StandardCharsets.ISO_8859_1);
                String[] tokens = text.split("(?<=\\s)|(?=\\s)");
                int i = r.nextInt(tokens.length);
                String token = r.nextInt(4) == 0 ? "7".repeat(1 + r.nextInt(400)) : NASTY[r.nextInt(NASTY.length)];
                tokens[i] = token;
                data = String.join("", tokens).getBytes(StandardCharsets.ISO_8859_1);
                what = "ASCII value " + i + " -> '" + (token.length() > 20 ? token.substring(0, 20) + "...(" + token.length() + ")" : token) + "'";
                break;
            }
        }
        byte[] h = String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = Arrays.copyOf(h, h.length + data.length);
        System.arraycopy(data, 0, out, h.length, data.length);
        file[0] = out;
        headerLength[0] = h.length;
        return what;
    }

    static long mutantSeed(int index) {
        return BASE_SEED ^ (index * 0x9E3779B97F4A7C15L);
    }

    @Test
    void mutatedVtkFilesAreReadOrRejectedCleanly() throws Exception {
        String only = System.getProperty("segsense.fuzz.only");
        Integer onlyIndex = only != null && only.matches("[0-9]+") ? Integer.valueOf(only) : null;
        List<Seed> seeds = seeds();
        VtkFormat format = new VtkFormat();
        List<String> failures = new ArrayList<>();
        int read = 0, rejected = 0;
        long slowest = 0, start = System.nanoTime();
        for (int i = 0; i < MUTANTS; i++) {
            if (onlyIndex != null && onlyIndex != i) {
                continue;
            }
            long seedValue = mutantSeed(i);
            SplittableRandom r = new SplittableRandom(seedValue);
            Seed seed = seeds.get(r.nextInt(seeds.size()));
            byte[][] file = {seed.bytes.clone()};
            int[] headerLength = {seed.headerLength};
            StringBuilder what = new StringBuilder();
            int count = 1 + r.nextInt(3);
            for (int k = 0; k < count; k++) {
                what.append(what.length() > 0 ? "; " : "").append(mutate(seed, file, headerLength, r));
            }
            Path dir = onlyIndex != null ? Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "segsense-vtk-fuzz")) : tmp;
            Path f = dir.resolve("m" + i + ".vtk");
            Files.write(f, file[0]);
            String id = String.format(Locale.ROOT, "#%d seed=0x%x [%s: %s]", i, seedValue, seed.label, what);
            long t0 = System.nanoTime();
            Future<Image> future = executor.submit(() -> format.read(f));
            try {
                Image image = future.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
                long n = image.voxelCount() * image.components();
                int len = Array.getLength(image.buffer());
                if (len != n) {
                    failures.add(id + ": buffer length " + len + " != voxelCount x components " + n);
                }
                read++;
            } catch (TimeoutException e) {
                future.cancel(true);
                executor.shutdownNow();
                executor = newExecutor();
                failures.add(id + ": read took longer than " + TIMEOUT_MS + " ms");
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof ImageFormatException) {
                    String m = c.getMessage();
                    if (!m.startsWith(f + ": ")) {
                        failures.add(id + ": the message does not start with the file name: " + m);
                    }
                    rejected++;
                } else {
                    StringBuilder trace = new StringBuilder();
                    StackTraceElement[] st = c.getStackTrace();
                    for (int k = 0; k < Math.min(6, st.length); k++) {
                        trace.append("\n      ").append(st[k]);
                    }
                    failures.add(id + ": unexpected " + c.getClass().getName() + ": " + c.getMessage() + trace);
                }
            }
            slowest = Math.max(slowest, (System.nanoTime() - t0) / 1_000_000);
            if (onlyIndex == null) {
                Files.deleteIfExists(f);
            }
        }
        System.out.printf(Locale.ROOT, "VTK-FUZZ %d mutants: %d read, %d rejected, %d failures, slowest %d ms, total %d ms%n",
                onlyIndex != null ? 1 : MUTANTS, read, rejected, failures.size(), slowest, (System.nanoTime() - start) / 1_000_000);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + MUTANTS + " VTK mutants escaped the reader's error handling (rerun one with -Dsegsense.fuzz.only=INDEX):\n"
                    + String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
        }
    }
}
