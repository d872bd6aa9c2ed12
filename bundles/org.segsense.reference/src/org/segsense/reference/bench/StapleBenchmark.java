package org.segsense.reference.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.segsense.reference.BinaryStaple;
import org.segsense.reference.MultiLabelStaple;

/**
 * In-process benchmark (warm JIT, median of several runs) of binary and multi-label STAPLE on synthetic
 * raters: N³ voxels, R raters, perturbed random spheres plus 1 % label noise, deterministic for a seed.
 *
 * <p>Command line: {@code StapleBenchmark [N=128] [R=5] [RUNS=5] [--write DIR]}; {@code --write} also
 * stores the rater volumes as MetaImages ({@code binary_r*.mha}, {@code multilabel_r*.mha}) so the ITK
 * reference programs of tests/itk-reference can time the same inputs.
 */
public final class StapleBenchmark {

    private StapleBenchmark() {
    }

    /**
     * Synthetic rater label maps.
     *
     * @param n      voxels per axis
     * @param raters number of raters
     * @param labels number of labels including background 0 (2 = binary)
     * @param seed   random seed
     * @return {@code raters} arrays of n³ unsigned bytes
     */
    public static byte[][] syntheticRaters(int n, int raters, int labels, long seed) {
        Random rnd = new Random(seed);
        int objects = 3 * Math.max(1, labels - 1);
        double[][] obj = new double[objects][];
        for (int o = 0; o < objects; o++) {
            obj[o] = new double[] {n * (0.2 + 0.6 * rnd.nextDouble()), n * (0.2 + 0.6 * rnd.nextDouble()),
                n * (0.2 + 0.6 * rnd.nextDouble()), n * (0.08 + 0.12 * rnd.nextDouble()), 1 + o % Math.max(1, labels - 1)};
        }
        byte[][] out = new byte[raters][n * n * n];
        for (int r = 0; r < raters; r++) {
            byte[] m = out[r];
            for (double[] o : obj) {
                double cx = o[0] + rnd.nextGaussian();
                double cy = o[1] + rnd.nextGaussian();
                double cz = o[2] + rnd.nextGaussian();
                double rad = o[3] * (1 + 0.1 * rnd.nextGaussian());
                int x0 = Math.max(0, (int) (cx - rad - 1));
                int x1 = Math.min(n - 1, (int) (cx + rad + 1));
                int y0 = Math.max(0, (int) (cy - rad - 1));
                int y1 = Math.min(n - 1, (int) (cy + rad + 1));
                int z0 = Math.max(0, (int) (cz - rad - 1));
                int z1 = Math.min(n - 1, (int) (cz + rad + 1));
                for (int z = z0; z <= z1; z++) {
                    for (int y = y0; y <= y1; y++) {
                        for (int x = x0; x <= x1; x++) {
                            double dx = x - cx;
                            double dy = y - cy;
                            double dz = z - cz;
                            if (dx * dx + dy * dy + dz * dz <= rad * rad) {
                                m[x + n * (y + n * z)] = (byte) o[4];
                            }
                        }
                    }
                }
            }
            for (int i = 0; i < m.length; i++) {
                if (rnd.nextDouble() < 0.01) {
                    m[i] = (byte) rnd.nextInt(labels);
                }
            }
        }
        return out;
    }

    /**
     * Median wall time of {@link BinaryStaple#run(byte[][], int, BinaryStaple.Options)} with ITK defaults.
     *
     * @param raters binary raters (foreground 1)
     * @param runs   timed runs (after 2 warm-up runs)
     * @return {median ms, iterations}
     */
    public static double[] binaryStapleMedianMs(byte[][] raters, int runs) {
        int[] it = new int[1];
        double ms = median(runs, () -> it[0] = BinaryStaple.run(raters, 1, BinaryStaple.Options.defaults()).iterations());
        return new double[] {ms, it[0]};
    }

    /**
     * Median wall time of {@link MultiLabelStaple#run(byte[][], MultiLabelStaple.Options)} with ITK defaults.
     *
     * @param raters label maps
     * @param runs   timed runs (after 2 warm-up runs)
     * @return {median ms, iterations}
     */
    public static double[] multiLabelStapleMedianMs(byte[][] raters, int runs) {
        int[] it = new int[1];
        double ms = median(runs, () -> it[0] = MultiLabelStaple.run(raters, MultiLabelStaple.Options.defaults()).iterations());
        return new double[] {ms, it[0]};
    }

    /**
     * Median of {@code runs} timings of {@code task} after two warm-up runs.
     *
     * @param runs number of timed runs (≥ 1)
     * @param task the work
     * @return median milliseconds
     */
    public static double median(int runs, Runnable task) {
        task.run();
        task.run();
        double[] t = new double[Math.max(1, runs)];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            task.run();
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(t);
        return t.length % 2 == 1 ? t[t.length / 2] : 0.5 * (t[t.length / 2 - 1] + t[t.length / 2]);
    }

    /**
     * Writes an n³ unsigned-byte volume as a MetaImage (spacing 1 mm).
     *
     * @param file target file
     * @param n    voxels per axis
     * @param data voxels
     * @throws IOException on write failure
     */
    public static void writeMha(Path file, int n, byte[] data) throws IOException {
        String header = String.format(Locale.ROOT, "ObjectType = Image\nNDims = 3\nBinaryData = True\n"
                + "BinaryDataByteOrderMSB = False\nCompressedData = False\nElementSpacing = 1 1 1\n"
                + "DimSize = %d %d %d\nElementType = MET_UCHAR\nElementDataFile = LOCAL\n", n, n, n);
        byte[] h = header.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(h, h.length + data.length);
        System.arraycopy(data, 0, all, h.length, data.length);
        Files.write(file, all);
    }

    /**
     * Runs the benchmark and prints median times.
     *
     * @param args {@code [N] [R] [RUNS] [--write DIR]}
     * @throws IOException when writing the volumes fails
     */
    public static void main(String[] args) throws IOException {
        int n = 128;
        int r = 5;
        int runs = 5;
        Path write = null;
        int pos = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--write")) {
                write = Paths.get(args[++i]);
            } else if (pos == 0) {
                n = Integer.parseInt(args[i]);
                pos++;
            } else if (pos == 1) {
                r = Integer.parseInt(args[i]);
                pos++;
            } else {
                runs = Integer.parseInt(args[i]);
            }
        }
        byte[][] binary = syntheticRaters(n, r, 2, 1);
        byte[][] multi = syntheticRaters(n, r, 4, 2);
        if (write != null) {
            Files.createDirectories(write);
            for (int k = 0; k < r; k++) {
                writeMha(write.resolve("binary_r" + k + ".mha"), n, binary[k]);
                writeMha(write.resolve("multilabel_r" + k + ".mha"), n, multi[k]);
            }
        }
        double[] b = binaryStapleMedianMs(binary, runs);
        double[] m = multiLabelStapleMedianMs(multi, runs);
        System.out.printf(Locale.ROOT, "size %d^3, raters %d, threads %d%n", n, r, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "binaryStaple medianMs %.2f iterations %d%n", b[0], (int) b[1]);
        System.out.printf(Locale.ROOT, "multiLabelStaple medianMs %.2f iterations %d%n", m[0], (int) m[1]);
    }
}
