package org.segsense.reference.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs the ITK 5.2 reference programs of tests/itk-reference (built by build-algorithms.sh) and reads and
 * writes the MetaImage (.mha) files they exchange. A missing ITK is a test failure with instructions,
 * never a skip.
 */
final class ItkReference {

    private static Path programs;

    private ItkReference() {
    }

    /** The repository root: the first folder above the working directory that contains {@code mvnw}. */
    static Path repoRoot() {
        Path p = Paths.get("").toAbsolutePath();
        while (p != null) {
            if (Files.isRegularFile(p.resolve("mvnw"))) {
                return p;
            }
            p = p.getParent();
        }
        fail("cannot find the repository root (a folder with mvnw) above " + Paths.get("").toAbsolutePath());
        return null;
    }

    /** Builds (no-op when up to date) and returns the folder of the reference executables. */
    static synchronized Path programs() {
        if (programs != null) {
            return programs;
        }
        String env = System.getenv("SEGSENSE_ITK_ALGORITHMS_DIR");
        Path root = repoRoot();
        Path out = env != null ? Paths.get(env) : root.resolve(".cache/itk-reference-algorithms");
        Path script = root.resolve("tests/itk-reference/build-algorithms.sh");
        try {
            Process pr = new ProcessBuilder("bash", script.toString(), out.toString()).redirectErrorStream(true).start();
            String log = new String(pr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!pr.waitFor(30, TimeUnit.MINUTES) || pr.exitValue() != 0) {
                fail("ITK 5.2 reference programs could not be built (these @Tag(\"itk\") tests need ITK 5.2: "
                        + "apt-get install -y libinsighttoolkit5-dev cmake g++; then run " + script + ").\n" + log);
            }
        } catch (IOException e) {
            fail("cannot run " + script + ": " + e.getMessage() + " (needs bash, cmake, g++ and ITK 5.2)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while building the ITK reference programs");
        }
        programs = out;
        return out;
    }

    /** Runs a reference program (path relative to {@link #programs()}) and returns its stdout lines. */
    static List<String> run(String program, String... args) {
        Path exe = programs().resolve(program);
        if (!Files.isExecutable(exe)) {
            fail("ITK reference program missing: " + exe + " (run tests/itk-reference/build-algorithms.sh)");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(exe.toString());
        cmd.addAll(Arrays.asList(args));
        try {
            Process pr = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(pr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            pr.waitFor(10, TimeUnit.MINUTES);
            if (pr.exitValue() != 0) {
                fail("ITK reference " + cmd + " failed with exit code " + pr.exitValue() + ":\n" + out);
            }
            return Arrays.asList(out.split("\\R"));
        } catch (IOException e) {
            fail("cannot run " + exe + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
        return List.of();
    }

    /** The numbers after {@code key} on the first output line starting with {@code key}. */
    static double[] numbers(List<String> lines, String key) {
        for (String l : lines) {
            String[] parts = l.trim().split("\\s+");
            if (parts.length > 0 && parts[0].equals(key)) {
                double[] v = new double[parts.length - 1];
                for (int i = 1; i < parts.length; i++) {
                    v[i - 1] = Double.parseDouble(parts[i]);
                }
                return v;
            }
        }
        fail("ITK output has no '" + key + "' line:\n" + String.join("\n", lines));
        return null;
    }

    /** All output lines starting with {@code key}, split into numbers after the key. */
    static List<double[]> allNumbers(List<String> lines, String key) {
        List<double[]> out = new ArrayList<>();
        for (String l : lines) {
            String[] parts = l.trim().split("\\s+");
            if (parts.length > 0 && parts[0].equals(key)) {
                double[] v = new double[parts.length - 1];
                for (int i = 1; i < parts.length; i++) {
                    v[i - 1] = Double.parseDouble(parts[i]);
                }
                out.add(v);
            }
        }
        return out;
    }

    /** Writes a 3-D unsigned-char MetaImage (.mha, data in the same file). */
    static void writeUChar(Path file, int[] size, double[] spacing, byte[] data) throws IOException {
        String header = String.format(Locale.ROOT,
                "ObjectType = Image%nNDims = 3%nBinaryData = True%nBinaryDataByteOrderMSB = False%n"
                        + "CompressedData = False%nTransformMatrix = 1 0 0 0 1 0 0 0 1%nOffset = 0 0 0%n"
                        + "ElementSpacing = %s %s %s%nDimSize = %d %d %d%nElementType = MET_UCHAR%n"
                        + "ElementDataFile = LOCAL%n",
                Double.toString(spacing[0]), Double.toString(spacing[1]), Double.toString(spacing[2]), size[0],
                size[1], size[2]).replace("\r\n", "\n");
        byte[] h = header.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(h, h.length + data.length);
        System.arraycopy(data, 0, all, h.length, data.length);
        Files.write(file, all);
    }

    /** Reads the voxel data of a MetaImage written by ITK, as doubles (MET_FLOAT/DOUBLE/USHORT/UCHAR). */
    static double[] readAsDouble(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        int pos = 0;
        String type = null;
        long n = 1;
        while (true) {
            int eol = pos;
            while (all[eol] != '\n') {
                eol++;
            }
            String line = new String(all, pos, eol - pos, StandardCharsets.US_ASCII).trim();
            pos = eol + 1;
            String[] kv = line.split("=", 2);
            String key = kv[0].trim();
            String value = kv.length > 1 ? kv[1].trim() : "";
            if (key.equals("DimSize")) {
                for (String s : value.split("\\s+")) {
                    n *= Long.parseLong(s);
                }
            } else if (key.equals("ElementType")) {
                type = value;
            } else if (key.equals("CompressedData") && value.equalsIgnoreCase("True")) {
                fail("compressed MetaImage not supported: " + file);
            } else if (key.equals("ElementDataFile")) {
                if (!value.equals("LOCAL")) {
                    fail("only LOCAL MetaImages are supported: " + file);
                }
                break;
            }
        }
        ByteBuffer b = ByteBuffer.wrap(all, pos, all.length - pos).order(ByteOrder.LITTLE_ENDIAN);
        double[] out = new double[(int) n];
        for (int i = 0; i < n; i++) {
            switch (type) {
                case "MET_FLOAT" -> out[i] = b.getFloat();
                case "MET_DOUBLE" -> out[i] = b.getDouble();
                case "MET_USHORT" -> out[i] = b.getShort() & 0xffff;
                case "MET_UCHAR" -> out[i] = b.get() & 0xff;
                default -> fail("unsupported ElementType " + type + " in " + file);
            }
        }
        return out;
    }
}
