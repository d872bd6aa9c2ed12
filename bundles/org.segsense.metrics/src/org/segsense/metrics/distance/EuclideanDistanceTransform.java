// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.distance;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Exact Euclidean distance transform on a regular grid with anisotropic spacing, in linear time.
 *
 * <p>The transform is separable (Maurer, Qi and Raghavan, IEEE PAMI 25(2) 2003; the lower-envelope
 * formulation of Felzenszwalb and Huttenlocher 2012 is used for the per-line step, which yields the
 * same exact result): the first axis is a two-pass scan per line, every further axis takes the lower
 * envelope of the parabolas {@code f(q) + (s·(p − q))²} of the previous axis' squared distances. Each
 * line is independent, so lines are processed in parallel; every line is computed by exactly one
 * task with the same arithmetic, so results do not depend on the number of threads.
 *
 * <p>Conventions:
 * <ul>
 * <li>The array layout is ITK's / NumPy-Fortran: axis 0 varies fastest,
 * {@code index = i0 + size[0]·(i1 + size[1]·(i2 + …))}.</li>
 * <li>Feature voxels are those with a non-zero mask value. Every voxel gets the squared physical
 * distance (units of {@code spacing}, usually mm²) between its centre and the centre of the
 * nearest feature voxel; feature voxels get 0.</li>
 * <li>When the mask has no feature voxel at all, every voxel is {@link Double#POSITIVE_INFINITY}.</li>
 * <li>Any number of dimensions ≥ 1 is supported (2D and 3D are the intended uses).</li>
 * </ul>
 *
 * <p>For background voxels the result equals ITK 5.2's {@code SignedMaurerDistanceMapImageFilter}
 * (UseImageSpacing on, squared or not) to rounding; inside the object ITK reports a negative
 * distance to the object contour instead, which this class does not compute (call it on the
 * complemented mask for the distance of object voxels to the background).
 */
public final class EuclideanDistanceTransform {

    /** Number of neighbouring lines processed together along axes 1, 2, …. */
    private static final int BLOCK = 16;

    private EuclideanDistanceTransform() {
    }

    /**
     * Squared Euclidean distance of every voxel to the nearest voxel with a non-zero mask value.
     *
     * @param mask    voxel mask, non-zero = feature; length = product of {@code size}
     * @param size    grid size per axis (axis 0 fastest)
     * @param spacing voxel spacing per axis (positive, finite), e.g. in mm
     * @return a new array of squared distances (e.g. mm²); all +∞ when the mask is empty
     * @throws IllegalArgumentException on inconsistent sizes or invalid spacing
     */
    public static double[] squaredDistance(byte[] mask, int[] size, double[] spacing) {
        long total = checkGrid(size, spacing);
        if (mask.length != total) {
            throw new IllegalArgumentException("mask length " + mask.length + " does not match size "
                    + Arrays.toString(size) + " (" + total + " voxels)");
        }
        double[] d = new double[mask.length];
        firstAxis(mask, d, size, spacing[0]);
        for (int axis = 1; axis < size.length; axis++) {
            envelopeAxis(d, size, axis, spacing[axis]);
        }
        return d;
    }

    /**
     * Euclidean distance (square root of {@link #squaredDistance(byte[], int[], double[])}).
     *
     * @param mask    voxel mask, non-zero = feature
     * @param size    grid size per axis (axis 0 fastest)
     * @param spacing voxel spacing per axis
     * @return a new array of distances; all +∞ when the mask is empty
     */
    public static double[] distance(byte[] mask, int[] size, double[] spacing) {
        double[] d = squaredDistance(mask, size, spacing);
        forEachRange(d.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                d[i] = Math.sqrt(d[i]);
            }
        });
        return d;
    }

    /**
     * Validates a grid description and returns its number of voxels.
     *
     * @param size    grid size per axis
     * @param spacing spacing per axis
     * @return product of the sizes
     */
    static long checkGrid(int[] size, double[] spacing) {
        if (size == null || spacing == null || size.length == 0 || size.length != spacing.length) {
            throw new IllegalArgumentException("size and spacing must have the same, non-zero number of axes");
        }
        long total = 1;
        for (int a = 0; a < size.length; a++) {
            if (size[a] <= 0) {
                throw new IllegalArgumentException("size[" + a + "] must be positive: " + Arrays.toString(size));
            }
            if (!(spacing[a] > 0) || Double.isInfinite(spacing[a])) {
                throw new IllegalArgumentException("spacing[" + a + "] must be positive and finite: "
                        + Arrays.toString(spacing));
            }
            total *= size[a];
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("grid too large for one array: " + Arrays.toString(size));
        }
        return total;
    }

    /** Axis 0: exact 1-D distance to the nearest feature along each line, by a two-pass scan. */
    private static void firstAxis(byte[] mask, double[] d, int[] size, double s) {
        final int n = size[0];
        final int lines = d.length / n;
        forEachRange(lines, (from, to) -> {
            for (int line = from; line < to; line++) {
                int base = line * n;
                // forward pass: distance (in voxels) to the nearest feature at or before i
                int last = Integer.MIN_VALUE;
                for (int i = 0; i < n; i++) {
                    if (mask[base + i] != 0) {
                        last = i;
                    }
                    d[base + i] = last == Integer.MIN_VALUE ? Double.POSITIVE_INFINITY : (double) (i - last);
                }
                // backward pass: nearest feature at or after i
                int next = Integer.MAX_VALUE;
                for (int i = n - 1; i >= 0; i--) {
                    if (mask[base + i] != 0) {
                        next = i;
                    }
                    double v = d[base + i];
                    if (next != Integer.MAX_VALUE && next - i < v) {
                        v = next - i;
                    }
                    double phys = v * s;
                    d[base + i] = v == Double.POSITIVE_INFINITY ? v : phys * phys;
                }
            }
        });
    }

    /** Further axes: lower envelope of parabolas along each line of {@code axis}. */
    private static void envelopeAxis(double[] d, int[] size, int axis, double s) {
        final int n = size[axis];
        if (n == 1) {
            return;
        }
        int strideTmp = 1;
        for (int a = 0; a < axis; a++) {
            strideTmp *= size[a];
        }
        final int stride = strideTmp;
        final int outerCount = d.length / (stride * n);
        // lines with consecutive inner offsets are gathered together as a tile (BLOCK contiguous values
        // per position), which keeps the strided access cache-friendly
        final int block = Math.min(BLOCK, stride);
        final int blocksPerOuter = (stride + block - 1) / block;
        final double s2 = s * s;
        forEachRange(outerCount * blocksPerOuter, (from, to) -> {
            double[] tile = new double[n * block];
            double[] f = new double[n];
            double[] out = new double[n];
            int[] v = new int[n];
            double[] z = new double[n + 1];
            for (int task = from; task < to; task++) {
                int outer = task / blocksPerOuter;
                int inner0 = (task % blocksPerOuter) * block;
                int width = Math.min(block, stride - inner0);
                int start = inner0 + outer * stride * n;
                for (int i = 0, o = start; i < n; i++, o += stride) {
                    System.arraycopy(d, o, tile, i * block, width);
                }
                for (int b = 0; b < width; b++) {
                    for (int i = 0; i < n; i++) {
                        f[i] = tile[i * block + b];
                    }
                    lowerEnvelope(f, out, v, z, n, s2);
                    for (int i = 0; i < n; i++) {
                        tile[i * block + b] = out[i];
                    }
                }
                for (int i = 0, o = start; i < n; i++, o += stride) {
                    System.arraycopy(tile, i * block, d, o, width);
                }
            }
        });
    }

    /**
     * Exact 1-D squared distance transform of a sampled function: {@code out[p] = min_q f[q] + s2·(p−q)²}.
     * Samples with {@code f = +∞} are not part of the envelope.
     */
    static void lowerEnvelope(double[] f, double[] out, int[] v, double[] z, int n, double s2) {
        int k = -1;
        for (int q = 0; q < n; q++) {
            double fq = f[q];
            if (fq == Double.POSITIVE_INFINITY) {
                continue;
            }
            double fqTerm = fq + s2 * q * q;
            if (k < 0) {
                k = 0;
                v[0] = q;
                z[0] = Double.NEGATIVE_INFINITY;
                z[1] = Double.POSITIVE_INFINITY;
                continue;
            }
            double intersection;
            while (true) {
                int vk = v[k];
                intersection = (fqTerm - (f[vk] + s2 * vk * vk)) / (2.0 * s2 * (q - vk));
                if (intersection <= z[k] && k > 0) {
                    k--;
                } else {
                    break;
                }
            }
            if (intersection <= z[k]) {
                // k == 0 and the new parabola dominates the only one left: replace it
                v[0] = q;
                z[0] = Double.NEGATIVE_INFINITY;
                z[1] = Double.POSITIVE_INFINITY;
                continue;
            }
            k++;
            v[k] = q;
            z[k] = intersection;
            z[k + 1] = Double.POSITIVE_INFINITY;
        }
        if (k < 0) {
            Arrays.fill(out, 0, n, Double.POSITIVE_INFINITY);
            return;
        }
        int j = 0;
        for (int p = 0; p < n; p++) {
            while (z[j + 1] < p) {
                j++;
            }
            int vj = v[j];
            double dp = p - vj;
            out[p] = f[vj] + s2 * dp * dp;
        }
    }

    /** A half-open range task. */
    @FunctionalInterface
    interface RangeTask {
        void run(int from, int to);
    }

    /**
     * Runs {@code task} over {@code [0, count)} split into contiguous ranges, in parallel when large.
     * Each index is handled by exactly one task, so results are deterministic.
     */
    static void forEachRange(int count, RangeTask task) {
        if (count <= 0) {
            return;
        }
        int threads = Runtime.getRuntime().availableProcessors();
        if (threads <= 1 || count < 64) {
            task.run(0, count);
            return;
        }
        int chunks = Math.min(count, threads * 8);
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = (int) ((long) count * c / chunks);
            int to = (int) ((long) count * (c + 1) / chunks);
            if (from < to) {
                task.run(from, to);
            }
        });
    }
}
