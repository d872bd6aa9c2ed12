package org.segsense.metrics.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.segsense.metrics.LabelMetrics;
import org.segsense.metrics.SegmentationMetrics;
import org.segsense.metrics.distance.EuclideanDistanceTransform;

/**
 * In-process benchmark (warm JIT, median) of the distance metrics on a synthetic N³ pair: the full
 * per-label metric set (two EDTs on the bounding box, HD, HD95, ASSD, MASD, NSD) and one full-volume EDT.
 *
 * <p>Command line: {@code MetricsBenchmark [N=128] [RUNS=7] [--write DIR]}; {@code --write} stores the
 * pair as {@code pred.mha} and {@code ref.mha} for the ITK reference programs.
 */
public final class MetricsBenchmark {

    private MetricsBenchmark() {
    }

    /**
     * A synthetic pair of masks: a union of spheres, and the same spheres jittered.
     *
     * @param n    voxels per axis
     * @param seed random seed
     * @return {prediction, reference}
     */
    public static byte[][] syntheticPair(int n, long seed) {
        Random rnd = new Random(seed);
        byte[][] out = new byte[2][n * n * n];
        double[][] s = new double[4][];
        for (int i = 0; i < s.length; i++) {
            s[i] = new double[] {n * (0.25 + 0.5 * rnd.nextDouble()), n * (0.25 + 0.5 * rnd.nextDouble()),
                n * (0.25 + 0.5 * rnd.nextDouble()), n * (0.1 + 0.12 * rnd.nextDouble())};
        }
        for (int m = 0; m < 2; m++) {
            for (double[] o : s) {
                double cx = o[0] + (m == 0 ? 2 * rnd.nextGaussian() : 0);
                double cy = o[1] + (m == 0 ? 2 * rnd.nextGaussian() : 0);
                double cz = o[2] + (m == 0 ? 2 * rnd.nextGaussian() : 0);
                double r = o[3] * (m == 0 ? 1 + 0.1 * rnd.nextGaussian() : 1);
                for (int z = 0; z < n; z++) {
                    for (int y = 0; y < n; y++) {
                        for (int x = 0; x < n; x++) {
                            double dx = x - cx;
                            double dy = y - cy;
                            double dz = z - cz;
                            if (dx * dx + dy * dy + dz * dz <= r * r) {
                                out[m][x + n * (y + n * z)] = 1;
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static double median(int runs, Runnable task) {
        task.run();
        task.run();
        double[] t = new double[Math.max(1, runs)];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            task.run();
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }

    /**
     * Median time of the full metric set (including HD95) of one label on the pair.
     *
     * @param pair {prediction, reference} masks of n³ voxels
     * @param n    voxels per axis
     * @param runs timed runs
     * @return median ms
     */
    public static double hd95MedianMs(byte[][] pair, int n, int runs) {
        return median(runs, () -> SegmentationMetrics.computeBinary(pair[0], pair[1], new int[] {n, n, n},
                new double[] {1, 1, 1}, 1.0));
    }

    /**
     * Runs the benchmark and prints the median times.
     *
     * @param args {@code [N] [RUNS] [--write DIR]}
     * @throws IOException when writing fails
     */
    public static void main(String[] args) throws IOException {
        int n = 128;
        int runs = 7;
        Path write = null;
        int pos = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--write")) {
                write = Paths.get(args[++i]);
            } else if (pos++ == 0) {
                n = Integer.parseInt(args[i]);
            } else {
                runs = Integer.parseInt(args[i]);
            }
        }
        byte[][] pair = syntheticPair(n, 5);
        if (write != null) {
            Files.createDirectories(write);
            String[] names = {"pred.mha", "ref.mha"};
            for (int m = 0; m < 2; m++) {
                String header = String.format(Locale.ROOT, "ObjectType = Image\nNDims = 3\nBinaryData = True\n"
                        + "BinaryDataByteOrderMSB = False\nCompressedData = False\nElementSpacing = 1 1 1\n"
                        + "DimSize = %d %d %d\nElementType = MET_UCHAR\nElementDataFile = LOCAL\n", n, n, n);
                byte[] h = header.getBytes(StandardCharsets.US_ASCII);
                byte[] all = Arrays.copyOf(h, h.length + pair[m].length);
                System.arraycopy(pair[m], 0, all, h.length, pair[m].length);
                Files.write(write.resolve(names[m]), all);
            }
        }
        final int nn = n;
        double metrics = hd95MedianMs(pair, n, runs);
        double edt = median(runs, () -> EuclideanDistanceTransform.squaredDistance(pair[1], new int[] {nn, nn, nn},
                new double[] {1, 1, 1}));
        LabelMetrics r = SegmentationMetrics.computeBinary(pair[0], pair[1], new int[] {n, n, n}, new double[] {1, 1, 1}, 1.0);
        System.out.printf(Locale.ROOT, "size %d^3, threads %d, dice %.4f, hd95 %.3f mm, hd %.3f mm%n", n,
                Runtime.getRuntime().availableProcessors(), r.dice(), r.hd95(), r.hd());
        System.out.printf(Locale.ROOT, "metrics (hd95 etc.) medianMs %.2f%n", metrics);
        System.out.printf(Locale.ROOT, "edt full volume medianMs %.2f%n", edt);
    }
}
