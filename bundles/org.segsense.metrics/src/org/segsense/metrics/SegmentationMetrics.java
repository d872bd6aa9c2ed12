// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.segsense.metrics.distance.EuclideanDistanceTransform;

/**
 * Overlap, surface-distance and volume metrics of a predicted against a reference label map, per label,
 * following {@link MetricConventions} (read those for every definition and the empty-mask rules).
 *
 * <p>Array-level API: label maps are flat arrays in ITK order (axis 0 fastest) on a grid of 1 to 3
 * dimensions described by {@code size} and {@code spacing} (mm). {@code byte[]} label maps are read as
 * unsigned (0..255). Both maps must be on the same grid; the caller resamples first if they are not.
 *
 * <p>Surface distances come from two exact Euclidean distance transforms computed on the bounding box
 * of A ∪ B only (exact, because every surface voxel and every query point lies in that box, and a voxel
 * on the box border that is not on the image border has its outside neighbour in the background).
 */
public final class SegmentationMetrics {

    /**
     * The metrics that are undefined when exactly one of prediction and reference is empty (surface
     * distances); reports substitute a worst value for them under a failure-inclusive policy.
     */
    public static final java.util.List<String> DISTANCES = java.util.List.of("hd", "hd95", "hd95Pooled", "assd", "masd");

    /** Prefix of every note of a label that is empty in both prediction and reference. */
    public static final String BOTH_EMPTY = "both empty:";

    private SegmentationMetrics() {
    }

    /**
     * Metrics of one label for integer label maps.
     *
     * @param prediction     predicted label map
     * @param reference      reference label map
     * @param size           grid size (1 to 3 axes, axis 0 fastest)
     * @param spacing        voxel spacing in mm
     * @param label          label value to evaluate
     * @param nsdToleranceMm NSD tolerance τ in mm (≥ 0)
     * @return the metrics
     */
    public static LabelMetrics compute(int[] prediction, int[] reference, int[] size, double[] spacing, int label,
            double nsdToleranceMm) {
        checkLengths(prediction.length, reference.length, size, spacing);
        byte[] a = new byte[prediction.length];
        byte[] b = new byte[reference.length];
        Ranges.forEach(a.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                a[i] = prediction[i] == label ? (byte) 1 : 0;
                b[i] = reference[i] == label ? (byte) 1 : 0;
            }
        });
        return computeMasks(a, b, size, spacing, label, nsdToleranceMm);
    }

    /**
     * Metrics of one label for unsigned byte label maps (values 0..255).
     *
     * @param prediction     predicted label map
     * @param reference      reference label map
     * @param size           grid size (1 to 3 axes, axis 0 fastest)
     * @param spacing        voxel spacing in mm
     * @param label          label value to evaluate (0..255)
     * @param nsdToleranceMm NSD tolerance τ in mm (≥ 0)
     * @return the metrics
     */
    public static LabelMetrics compute(byte[] prediction, byte[] reference, int[] size, double[] spacing, int label,
            double nsdToleranceMm) {
        checkLengths(prediction.length, reference.length, size, spacing);
        byte[] a = new byte[prediction.length];
        byte[] b = new byte[reference.length];
        Ranges.forEach(a.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                a[i] = (prediction[i] & 0xff) == label ? (byte) 1 : 0;
                b[i] = (reference[i] & 0xff) == label ? (byte) 1 : 0;
            }
        });
        return computeMasks(a, b, size, spacing, label, nsdToleranceMm);
    }

    /**
     * Metrics of several labels for integer label maps.
     *
     * @param prediction     predicted label map
     * @param reference      reference label map
     * @param size           grid size
     * @param spacing        voxel spacing in mm
     * @param labels         labels to evaluate; {@code null} = every non-zero label in either map
     * @param nsdToleranceMm NSD tolerance τ in mm
     * @return label → metrics, in ascending label order
     */
    public static Map<Integer, LabelMetrics> computeAll(int[] prediction, int[] reference, int[] size,
            double[] spacing, int[] labels, double nsdToleranceMm) {
        int[] ls = labels != null ? labels : labelsPresent(prediction, reference);
        Map<Integer, LabelMetrics> out = new LinkedHashMap<>();
        for (int l : IntStream.of(ls).sorted().distinct().toArray()) {
            out.put(l, compute(prediction, reference, size, spacing, l, nsdToleranceMm));
        }
        return out;
    }

    /**
     * The non-zero label values occurring in either map, ascending.
     *
     * @param prediction a label map
     * @param reference  another label map
     * @return the labels
     */
    public static int[] labelsPresent(int[] prediction, int[] reference) {
        TreeSet<Integer> set = new TreeSet<>();
        int last = 0;
        for (int[] m : new int[][] {prediction, reference}) {
            for (int v : m) {
                if (v != 0 && v != last) {
                    set.add(v);
                    last = v;
                }
            }
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Metrics of two binary masks (non-zero = object).
     *
     * @param prediction     predicted mask A
     * @param reference      reference mask B
     * @param size           grid size (1 to 3 axes, axis 0 fastest)
     * @param spacing        voxel spacing in mm
     * @param nsdToleranceMm NSD tolerance τ in mm
     * @return the metrics, with label 1
     */
    public static LabelMetrics computeBinary(byte[] prediction, byte[] reference, int[] size, double[] spacing,
            double nsdToleranceMm) {
        checkLengths(prediction.length, reference.length, size, spacing);
        return computeMasks(prediction, reference, size, spacing, 1, nsdToleranceMm);
    }

    private static void checkLengths(int pl, int rl, int[] size, double[] spacing) {
        if (size == null || size.length < 1 || size.length > 3) {
            throw new IllegalArgumentException("metrics support 1 to 3 dimensions, got size "
                    + Arrays.toString(size));
        }
        long n = 1;
        for (int s : size) {
            n *= s;
        }
        if (spacing == null || spacing.length != size.length) {
            throw new IllegalArgumentException("spacing must have " + size.length + " entries");
        }
        for (double s : spacing) {
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("spacing must be positive and finite: " + Arrays.toString(spacing));
            }
        }
        if (pl != n || rl != n) {
            throw new IllegalArgumentException("prediction (" + pl + " voxels) and reference (" + rl
                    + " voxels) must both match size " + Arrays.toString(size) + " (" + n + " voxels)");
        }
    }

    private static LabelMetrics computeMasks(byte[] a, byte[] b, int[] size0, double[] spacing0, int label,
            double tau) {
        if (!(tau >= 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException("NSD tolerance must be a finite number >= 0 mm: " + tau);
        }
        int[] size = {1, 1, 1};
        double[] spacing = {1, 1, 1};
        System.arraycopy(size0, 0, size, 0, size0.length);
        System.arraycopy(spacing0, 0, spacing, 0, spacing0.length);
        final int nx = size[0];
        final int ny = size[1];
        final int nz = size[2];

        // counts and bounding box of A u B, per z-slab, merged deterministically
        long nA = 0;
        long nB = 0;
        long tp = 0;
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1, -1};
        long[][] slab = new long[nz][];
        IntStream.range(0, nz).parallel().forEach(z -> {
            long ca = 0;
            long cb = 0;
            long ct = 0;
            long x0 = Long.MAX_VALUE;
            long y0 = Long.MAX_VALUE;
            long x1 = -1;
            long y1 = -1;
            int base = z * nx * ny;
            for (int y = 0; y < ny; y++) {
                int row = base + y * nx;
                for (int x = 0; x < nx; x++) {
                    boolean ia = a[row + x] != 0;
                    boolean ib = b[row + x] != 0;
                    if (ia || ib) {
                        if (ia) {
                            ca++;
                        }
                        if (ib) {
                            cb++;
                        }
                        if (ia && ib) {
                            ct++;
                        }
                        x0 = Math.min(x0, x);
                        x1 = Math.max(x1, x);
                        y0 = Math.min(y0, y);
                        y1 = Math.max(y1, y);
                    }
                }
            }
            slab[z] = new long[] {ca, cb, ct, x0, y0, x1, y1};
        });
        for (int z = 0; z < nz; z++) {
            long[] s = slab[z];
            nA += s[0];
            nB += s[1];
            tp += s[2];
            if (s[5] >= 0) {
                box[0] = (int) Math.min(box[0], s[3]);
                box[1] = (int) Math.min(box[1], s[4]);
                box[2] = Math.min(box[2], z);
                box[3] = (int) Math.max(box[3], s[5]);
                box[4] = (int) Math.max(box[4], s[6]);
                box[5] = Math.max(box[5], z);
            }
        }

        Map<String, String> notes = new LinkedHashMap<>();
        double voxelMl = spacing[0] * spacing[1] * spacing[2] / 1000.0;
        double volumeDifferenceMl = (nA - nB) * voxelMl;
        long union = nA + nB - tp;

        if (nA == 0 && nB == 0) {
            // every note of this case starts with BOTH_EMPTY: reports count these cells as n_both_empty
            notes.put("dice", BOTH_EMPTY + " defined as 1 (Metrics Reloaded)");
            notes.put("jaccard", BOTH_EMPTY + " 0/0, undefined");
            notes.put("sensitivity", BOTH_EMPTY + " the reference has no true positives to find");
            notes.put("precision", BOTH_EMPTY + " the prediction has no positive predictions");
            for (String d : DISTANCES) {
                notes.put(d, BOTH_EMPTY + " defined as 0 (Metrics Reloaded)");
            }
            notes.put("nsd", BOTH_EMPTY + " defined as 1 (Metrics Reloaded)");
            notes.put("volumeSimilarity", BOTH_EMPTY + " defined as 1");
            return new LabelMetrics(label, 1.0, Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, 0, 0, 1.0, 1.0, 0.0, tau,
                    0, 0, 0, 0, 0, notes);
        }

        double dice = 2.0 * tp / (nA + nB);
        double jaccard = (double) tp / union;
        double sensitivity = nB == 0 ? Double.NaN : (double) tp / nB;
        double precision = nA == 0 ? Double.NaN : (double) tp / nA;
        if (nB == 0) {
            notes.put("sensitivity", "reference is empty: no true positives to find");
        }
        if (nA == 0) {
            notes.put("precision", "prediction is empty: no positive predictions");
        }
        double volumeSimilarity = 1.0 - (double) Math.abs(nA - nB) / (nA + nB);

        // crop to the bounding box of A u B
        int cx = box[3] - box[0] + 1;
        int cy = box[4] - box[1] + 1;
        int cz = box[5] - box[2] + 1;
        int cn = cx * cy * cz;
        byte[] ca = new byte[cn];
        byte[] cb = new byte[cn];
        final int bx0 = box[0];
        final int by0 = box[1];
        final int bz0 = box[2];
        IntStream.range(0, cz).parallel().forEach(z -> {
            for (int y = 0; y < cy; y++) {
                int src = bx0 + nx * ((by0 + y) + ny * (bz0 + z));
                int dst = cx * (y + cy * z);
                System.arraycopy(a, src, ca, dst, cx);
                System.arraycopy(b, src, cb, dst, cx);
            }
        });
        // keep the caller's dimensionality: a 2-D image has no z neighbours (and no z border)
        int[] csize = Arrays.copyOf(new int[] {cx, cy, cz}, size0.length);
        byte[] sa = surface(ca, csize);
        byte[] sb = surface(cb, csize);
        long surfA = count(sa);
        long surfB = count(sb);

        if (nA == 0 || nB == 0) {
            String who = nA == 0 ? "prediction" : "reference";
            String reason = who + " is empty: surface distances to an empty surface are undefined";
            for (String d : DISTANCES) {
                notes.put(d, reason);
            }
            notes.put("nsd", who + " is empty: no surface voxel lies within tolerance of an empty surface, nsd = 0");
            return new LabelMetrics(label, dice, jaccard, sensitivity, precision, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, 0.0, volumeSimilarity, volumeDifferenceMl, tau, nA, nB, tp, surfA, surfB, notes);
        }

        double[] physSpacing = Arrays.copyOf(spacing, size0.length);
        double[] dAB = directed(sa, sb, csize, physSpacing, (int) surfA);
        double[] dBA = directed(sb, sa, csize, physSpacing, (int) surfB);

        double hd = Math.max(dAB[dAB.length - 1], dBA[dBA.length - 1]);
        double hd95 = Math.max(percentile(dAB, 0.95), percentile(dBA, 0.95));
        double hd95Pooled = percentile(merge(dAB, dBA), 0.95);
        double sumAB = sum(dAB);
        double sumBA = sum(dBA);
        double assd = (sumAB + sumBA) / (dAB.length + dBA.length);
        double masd = 0.5 * (sumAB / dAB.length + sumBA / dBA.length);
        double nsd = (double) (countAtMost(dAB, tau) + countAtMost(dBA, tau)) / (dAB.length + dBA.length);
        return new LabelMetrics(label, dice, jaccard, sensitivity, precision, hd, hd95, hd95Pooled, assd, masd, nsd,
                volumeSimilarity, volumeDifferenceMl, tau, nA, nB, tp, surfA, surfB, notes);
    }

    /**
     * Surface voxels of a binary mask: object voxels with at least one face neighbour outside the object;
     * the grid border counts as outside.
     *
     * @param mask binary mask (non-zero = object), axis 0 fastest
     * @param size grid size (1 to 3 axes)
     * @return a new mask with 1 at surface voxels
     */
    public static byte[] surface(byte[] mask, int[] size) {
        final int nx = size[0];
        final int ny = size.length > 1 ? size[1] : 1;
        final int nz = size.length > 2 ? size[2] : 1;
        final boolean hasY = size.length > 1;
        final boolean hasZ = size.length > 2;
        byte[] out = new byte[mask.length];
        final int sxy = nx * ny;
        IntStream.range(0, nz).parallel().forEach(z -> {
            for (int y = 0; y < ny; y++) {
                int row = nx * (y + ny * z);
                for (int x = 0; x < nx; x++) {
                    int i = row + x;
                    if (mask[i] == 0) {
                        continue;
                    }
                    boolean s = x == 0 || x == nx - 1 || mask[i - 1] == 0 || mask[i + 1] == 0;
                    if (!s && hasY) {
                        s = y == 0 || y == ny - 1 || mask[i - nx] == 0 || mask[i + nx] == 0;
                    }
                    if (!s && hasZ) {
                        s = z == 0 || z == nz - 1 || mask[i - sxy] == 0 || mask[i + sxy] == 0;
                    }
                    if (s) {
                        out[i] = 1;
                    }
                }
            }
        });
        return out;
    }

    /**
     * Sorted distances from every voxel of {@code from} to the nearest voxel of {@code to}.
     *
     * @param from    source voxels (non-zero)
     * @param to      target voxels (non-zero), not empty
     * @param size    grid size
     * @param spacing spacing
     * @param count   number of source voxels
     * @return ascending distances, one per source voxel
     */
    static double[] directed(byte[] from, byte[] to, int[] size, double[] spacing, int count) {
        double[] d2 = EuclideanDistanceTransform.squaredDistance(to, size, spacing);
        double[] out = new double[count];
        int k = 0;
        for (int i = 0; i < from.length; i++) {
            if (from[i] != 0) {
                out[k++] = Math.sqrt(d2[i]);
            }
        }
        Arrays.sort(out);
        return out;
    }

    /**
     * Percentile by linear interpolation between order statistics (Hyndman–Fan type 7, NumPy's default).
     *
     * @param sorted ascending values, not empty
     * @param p      fraction in [0, 1], e.g. 0.95
     * @return {@code x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋])} with {@code h = p (n − 1)}
     */
    public static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("percentile of an empty sample");
        }
        double h = p * (sorted.length - 1);
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double frac = h - lo;
        return sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
    }

    /** The ascending merge of two ascending arrays (the pooled distances of both directions). */
    static double[] merge(double[] a, double[] b) {
        double[] out = new double[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
        }
        while (i < a.length) {
            out[k++] = a[i++];
        }
        while (j < b.length) {
            out[k++] = b[j++];
        }
        return out;
    }

    private static long count(byte[] m) {
        long c = 0;
        for (byte v : m) {
            c += v;
        }
        return c;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s;
    }

    private static long countAtMost(double[] sorted, double tau) {
        long c = 0;
        for (double d : sorted) {
            if (d <= tau) {
                c++;
            } else {
                break;
            }
        }
        return c;
    }
}
