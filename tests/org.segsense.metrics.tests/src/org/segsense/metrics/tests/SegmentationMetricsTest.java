// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.segsense.metrics.LabelMetrics;
import org.segsense.metrics.MetricConventions;
import org.segsense.metrics.SegmentationMetrics;

/**
 * Closed-form and brute-force checks of the segmentation metrics. Tolerance: closed-form values are
 * compared to 1e-12 (they are exact up to double rounding); brute-force references to 1e-9.
 */
class SegmentationMetricsTest {

    private static final double EXACT = 1e-12;

    private static int[] grid(int[] size, int[][] boxes) {
        int[] m = new int[size[0] * size[1] * size[2]];
        for (int[] b : boxes) {
            // b = {x0, y0, z0, x1, y1, z1 (inclusive), label}
            for (int z = b[2]; z <= b[5]; z++) {
                for (int y = b[1]; y <= b[4]; y++) {
                    for (int x = b[0]; x <= b[3]; x++) {
                        m[x + size[0] * (y + size[1] * z)] = b[6];
                    }
                }
            }
        }
        return m;
    }

    @Test
    void cubesOffsetAlongXHaveClosedFormOverlapAndHausdorff() {
        int[] size = {31, 27, 23};
        double[] spacing = {0.7, 1.3, 2.1};
        int m = 8;
        for (int k = 0; k <= 7; k++) {
            int[] a = grid(size, new int[][] {{5, 6, 7, 5 + m - 1, 6 + m - 1, 7 + m - 1, 1}});
            int[] b = grid(size, new int[][] {{5 + k, 6, 7, 5 + k + m - 1, 6 + m - 1, 7 + m - 1, 1}});
            LabelMetrics r = SegmentationMetrics.compute(a, b, size, spacing, 1, 1.0);
            assertEquals((double) (m - k) / m, r.dice(), EXACT, "dice k=" + k);
            assertEquals((double) (m - k) / (m + k), r.jaccard(), EXACT, "jaccard k=" + k);
            assertEquals((double) (m - k) / m, r.sensitivity(), EXACT);
            assertEquals((double) (m - k) / m, r.precision(), EXACT);
            assertEquals(k * spacing[0], r.hd(), EXACT, "hd k=" + k);
            assertEquals(1.0, r.volumeSimilarity(), EXACT);
            assertEquals(0.0, r.volumeDifferenceMl(), EXACT);
            // every surface voxel is within k*sx of the other surface
            LabelMetrics wide = SegmentationMetrics.compute(a, b, size, spacing, 1, k * spacing[0]);
            assertEquals(1.0, wide.nsd(), EXACT);
            // cube surface: m^3 - (m-2)^3 voxels
            assertEquals(m * m * m - (m - 2) * (m - 2) * (m - 2), r.predictionSurfaceVoxels());
            assertTrue(r.hd95() <= r.hd() + EXACT);
            assertTrue(r.notes().isEmpty(), r.notes().toString());
        }
    }

    @Test
    void singleVoxelsWithAnisotropicSpacing() {
        int[] size = {9, 8, 7};
        double[] spacing = {0.5, 2.0, 3.0};
        int[] a = grid(size, new int[][] {{1, 1, 1, 1, 1, 1, 3}});
        int[] b = grid(size, new int[][] {{4, 5, 2, 4, 5, 2, 3}});
        double d = Math.sqrt(1.5 * 1.5 + 8.0 * 8.0 + 3.0 * 3.0);
        LabelMetrics r = SegmentationMetrics.compute(a, b, size, spacing, 3, 5.0);
        assertEquals(0.0, r.dice(), EXACT);
        assertEquals(0.0, r.jaccard(), EXACT);
        assertEquals(d, r.hd(), EXACT);
        assertEquals(d, r.hd95(), EXACT);
        assertEquals(d, r.assd(), EXACT);
        assertEquals(d, r.masd(), EXACT);
        assertEquals(0.0, r.nsd(), EXACT);
        assertEquals(1.0, SegmentationMetrics.compute(a, b, size, spacing, 3, d).nsd(), EXACT);
        assertEquals(1.0, r.volumeSimilarity(), EXACT);

        LabelMetrics same = SegmentationMetrics.compute(a, a, size, spacing, 3, 0.0);
        assertEquals(1.0, same.dice(), EXACT);
        assertEquals(1.0, same.jaccard(), EXACT);
        assertEquals(0.0, same.hd(), EXACT);
        assertEquals(0.0, same.hd95(), EXACT);
        assertEquals(0.0, same.assd(), EXACT);
        assertEquals(1.0, same.nsd(), EXACT);
    }

    @Test
    void bothEmptyFollowsMetricsReloaded() {
        int[] size = {5, 6, 7};
        int[] a = new int[5 * 6 * 7];
        LabelMetrics r = SegmentationMetrics.compute(a, a.clone(), size, new double[] {1, 1, 1}, 2, 1.0);
        assertEquals(1.0, r.dice());
        assertTrue(Double.isNaN(r.jaccard()));
        assertTrue(r.notes().containsKey("jaccard"));
        assertEquals(0.0, r.hd());
        assertEquals(0.0, r.hd95());
        assertEquals(0.0, r.assd());
        assertEquals(0.0, r.masd());
        assertEquals(1.0, r.nsd());
        assertEquals(1.0, r.volumeSimilarity());
        assertEquals(0.0, r.volumeDifferenceMl());
        Map<String, Double> v = r.values();
        assertNull(v.get("jaccard"));
        assertEquals(1.0, v.get("dice"));
    }

    @Test
    void exactlyOneEmptyGivesNullDistancesWithReason() {
        int[] size = {10, 10, 10};
        double[] spacing = {1, 1, 2};
        int[] a = grid(size, new int[][] {{2, 2, 2, 4, 4, 4, 1}});
        int[] empty = new int[1000];
        for (boolean predEmpty : new boolean[] {true, false}) {
            LabelMetrics r = predEmpty ? SegmentationMetrics.compute(empty, a, size, spacing, 1, 1.0)
                    : SegmentationMetrics.compute(a, empty, size, spacing, 1, 1.0);
            assertEquals(0.0, r.dice());
            assertEquals(0.0, r.jaccard());
            for (String n : new String[] {"hd", "hd95", "assd", "masd"}) {
                assertNull(r.values().get(n), n);
                assertTrue(r.notes().get(n).contains(predEmpty ? "prediction is empty" : "reference is empty"),
                        r.notes().toString());
            }
            assertEquals(0.0, r.nsd());
            assertEquals(0.0, r.volumeSimilarity(), EXACT);
            double ml = 27 * 2.0 / 1000.0;
            assertEquals(predEmpty ? -ml : ml, r.volumeDifferenceMl(), EXACT);
            assertTrue(Double.isNaN(predEmpty ? r.precision() : r.sensitivity()));
        }
    }

    @Test
    void volumeSimilarityAndSignedDifference() {
        int[] size = {12, 6, 5};
        double[] spacing = {2.0, 2.0, 2.5};
        int[] a = grid(size, new int[][] {{0, 0, 0, 9, 0, 0, 1}}); // 10 voxels
        int[] b = grid(size, new int[][] {{0, 0, 0, 3, 0, 0, 1}}); // 4 voxels
        LabelMetrics r = SegmentationMetrics.compute(a, b, size, spacing, 1, 1.0);
        assertEquals(1.0 - 6.0 / 14.0, r.volumeSimilarity(), EXACT);
        assertEquals(6 * 10.0 / 1000.0, r.volumeDifferenceMl(), EXACT);
        assertEquals(2.0 * 4 / 14, r.dice(), EXACT);
        assertEquals(0.4, r.precision(), EXACT);
        assertEquals(1.0, r.sensitivity(), EXACT);
        // surfaces = the whole rods (thin objects); directed A->B: x=0..3 -> 0, x=4..9 -> 2..12 mm
        // B->A all 0. hd = 12.
        assertEquals(12.0, r.hd(), EXACT);
        double sumAB = 2 + 4 + 6 + 8 + 10 + 12;
        assertEquals(sumAB / 14.0, r.assd(), EXACT);
        assertEquals(0.5 * (sumAB / 10.0), r.masd(), EXACT);
        // directed percentiles: A->B sorted {0,0,0,0,2,4,6,8,10,12}: h = 0.95*9 = 8.55 -> 10 + 0.55*2
        assertEquals(10.0 + 0.55 * 2.0, r.hd95(), 1e-12);
        // nsd tau=4: A->B within: 0,0,0,0,2,4 = 6 ; B->A 4 -> 10/14
        assertEquals(10.0 / 14.0, SegmentationMetrics.compute(a, b, size, spacing, 1, 4.0).nsd(), EXACT);
    }

    @Test
    void percentileIsHyndmanFanType7() {
        double[] x = new double[21];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        assertEquals(19.0, SegmentationMetrics.percentile(x, 0.95), EXACT);
        assertEquals(9.5, SegmentationMetrics.percentile(new double[] {0, 10}, 0.95), EXACT);
        assertEquals(3.0, SegmentationMetrics.percentile(new double[] {3}, 0.95), EXACT);
    }

    @Test
    void surfaceIncludesImageBorder() {
        int[] size = {3, 3, 3};
        byte[] full = new byte[27];
        Arrays.fill(full, (byte) 1);
        byte[] s = SegmentationMetrics.surface(full, size);
        int c = 0;
        for (byte v : s) {
            c += v;
        }
        assertEquals(26, c);
        assertEquals(0, s[13]);
    }

    @Test
    void surfaceDistancesMatchBruteForceOnRandomBlobs() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 6; trial++) {
            int[] size = {11 + rnd.nextInt(9), 9 + rnd.nextInt(9), trial % 3 == 0 ? 1 : 7 + rnd.nextInt(9)};
            double[] spacing = {0.5 + rnd.nextDouble(), 0.5 + rnd.nextDouble(), 0.5 + 2 * rnd.nextDouble()};
            int n = size[0] * size[1] * size[2];
            int[] a = blobs(size, rnd, 3);
            int[] b = blobs(size, rnd, 3);
            double tau = 1.5;
            int[] sz = size[2] == 1 ? new int[] {size[0], size[1]} : size;
            double[] sp = size[2] == 1 ? new double[] {spacing[0], spacing[1]} : spacing;
            // a single slice is passed as a 2-D image (4-neighbourhood); brute force treats it the same
            LabelMetrics r = SegmentationMetrics.compute(a, b, sz, sp, 1, tau);
            byte[] ma = new byte[n];
            byte[] mb = new byte[n];
            for (int i = 0; i < n; i++) {
                ma[i] = (byte) (a[i] == 1 ? 1 : 0);
                mb[i] = (byte) (b[i] == 1 ? 1 : 0);
            }
            byte[] sa = bruteSurface(ma, size);
            byte[] sb = bruteSurface(mb, size);
            double[] dab = bruteDirected(sa, sb, size, spacing);
            double[] dba = bruteDirected(sb, sa, size, spacing);
            if (dab.length == 0 || dba.length == 0) {
                continue;
            }
            double hd = Math.max(dab[dab.length - 1], dba[dba.length - 1]);
            double hd95 = Math.max(SegmentationMetrics.percentile(dab, 0.95), SegmentationMetrics.percentile(dba, 0.95));
            double sab = Arrays.stream(dab).sum();
            double sba = Arrays.stream(dba).sum();
            long within = Arrays.stream(dab).filter(d -> d <= tau).count() + Arrays.stream(dba).filter(d -> d <= tau).count();
            assertEquals(hd, r.hd(), 1e-9);
            assertEquals(hd95, r.hd95(), 1e-9);
            assertEquals((sab + sba) / (dab.length + dba.length), r.assd(), 1e-9);
            assertEquals(0.5 * (sab / dab.length + sba / dba.length), r.masd(), 1e-9);
            assertEquals((double) within / (dab.length + dba.length), r.nsd(), 1e-12);
        }
    }

    @Test
    void computeAllFindsLabelsAndRejectsBadInput() {
        int[] size = {6, 6, 6};
        int[] a = grid(size, new int[][] {{0, 0, 0, 2, 2, 2, 1}, {3, 3, 3, 5, 5, 5, 4}});
        int[] b = grid(size, new int[][] {{0, 0, 0, 2, 2, 2, 1}, {3, 3, 3, 4, 4, 4, 2}});
        Map<Integer, LabelMetrics> all = SegmentationMetrics.computeAll(a, b, size, new double[] {1, 1, 1}, null, 1);
        assertEquals(List.of(1, 2, 4), new ArrayList<>(all.keySet()));
        assertEquals(1.0, all.get(1).dice(), EXACT);
        assertNull(all.get(4).values().get("hd"));
        assertThrows(IllegalArgumentException.class,
                () -> SegmentationMetrics.compute(a, new int[5], size, new double[] {1, 1, 1}, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> SegmentationMetrics.compute(a, b, size, new double[] {1, 0, 1}, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> SegmentationMetrics.compute(a, b, size, new double[] {1, 1, 1}, 1, -1));
    }

    @Test
    void conventionsAreDeclared() {
        Map<String, String> c = MetricConventions.asMap();
        for (String k : new String[] {"version", "surface", "hd95", "assd", "masd", "nsd", "emptyBoth", "emptyOne"}) {
            assertTrue(c.containsKey(k), k);
        }
        assertTrue(MetricConventions.describe().contains("type 7"));
        assertFalse(c.get("emptyBoth").isEmpty());
    }

    static int[] blobs(int[] size, Random rnd, int count) {
        int[] m = new int[size[0] * size[1] * size[2]];
        for (int c = 0; c < count; c++) {
            double cx = rnd.nextDouble() * size[0];
            double cy = rnd.nextDouble() * size[1];
            double cz = rnd.nextDouble() * size[2];
            double r = 1.5 + rnd.nextDouble() * 4;
            for (int z = 0; z < size[2]; z++) {
                for (int y = 0; y < size[1]; y++) {
                    for (int x = 0; x < size[0]; x++) {
                        double d = (x - cx) * (x - cx) + (y - cy) * (y - cy) + (z - cz) * (z - cz);
                        if (d <= r * r) {
                            m[x + size[0] * (y + size[1] * z)] = 1;
                        }
                    }
                }
            }
        }
        return m;
    }

    private static byte[] bruteSurface(byte[] m, int[] s) {
        byte[] out = new byte[m.length];
        int[][] nb = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
        for (int z = 0; z < s[2]; z++) {
            for (int y = 0; y < s[1]; y++) {
                for (int x = 0; x < s[0]; x++) {
                    int i = x + s[0] * (y + s[1] * z);
                    if (m[i] == 0) {
                        continue;
                    }
                    for (int[] d : nb) {
                        int xx = x + d[0];
                        int yy = y + d[1];
                        int zz = z + d[2];
                        if (s[2] == 1 && d[2] != 0) {
                            continue; // a single slice is a 2-D image: no z neighbours
                        }
                        if (xx < 0 || yy < 0 || zz < 0 || xx >= s[0] || yy >= s[1] || zz >= s[2]
                                || m[xx + s[0] * (yy + s[1] * zz)] == 0) {
                            out[i] = 1;
                        }
                    }
                }
            }
        }
        return out;
    }

    private static double[] bruteDirected(byte[] from, byte[] to, int[] s, double[] sp) {
        List<int[]> tos = new ArrayList<>();
        for (int i = 0; i < to.length; i++) {
            if (to[i] != 0) {
                tos.add(new int[] {i % s[0], (i / s[0]) % s[1], i / (s[0] * s[1])});
            }
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < from.length; i++) {
            if (from[i] == 0) {
                continue;
            }
            int x = i % s[0];
            int y = (i / s[0]) % s[1];
            int z = i / (s[0] * s[1]);
            double best = Double.POSITIVE_INFINITY;
            for (int[] t : tos) {
                double dx = (x - t[0]) * sp[0];
                double dy = (y - t[1]) * sp[1];
                double dz = (z - t[2]) * sp[2];
                best = Math.min(best, dx * dx + dy * dy + dz * dz);
            }
            out.add(Math.sqrt(best));
        }
        return out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }
}
