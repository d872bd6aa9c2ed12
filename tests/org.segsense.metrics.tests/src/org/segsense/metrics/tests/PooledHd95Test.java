// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.segsense.metrics.LabelMetrics;
import org.segsense.metrics.MetricConventions;
import org.segsense.metrics.SegmentationMetrics;
import org.segsense.metrics.catalog.MetricCatalog;

/**
 * The pooled HD95 ({@code hd95Pooled}) against a brute force written out here, independent of the metric
 * code: surface = object voxels with a face neighbour outside the object or on the grid border; for every
 * surface point of A the distance to every surface point of B is computed (and vice versa) between voxel
 * centres in mm, the minimum kept; the |S_A| + |S_B| minima are pooled, sorted ascending x_0..x_{n-1}, and
 * the 95th percentile is Hyndman–Fan type 7: h = 0.95 (n − 1), P = x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋)
 * (numpy.percentile's default, as MedPy's hd95 uses). Random masks on anisotropic grids. Tolerance 1e-9 mm
 * (the distances are square roots of the same sums of squares; measured agreement is below 1e-12).
 */
class PooledHd95Test {

    private static final double TOLERANCE = 1e-9;

    @Test
    void pooledHd95MatchesBruteForceOnRandomAnisotropicMasks() {
        Random rnd = new Random(20251118);
        int differing = 0;
        double largestError = 0;
        for (int trial = 0; trial < 12; trial++) {
            int[] size = {8 + rnd.nextInt(10), 7 + rnd.nextInt(10), 5 + rnd.nextInt(8)};
            double[] spacing = {0.4 + rnd.nextDouble(), 0.6 + rnd.nextDouble(), 1.5 + 2.5 * rnd.nextDouble()};
            int n = size[0] * size[1] * size[2];
            byte[] a = new byte[n];
            byte[] b = new byte[n];
            double fill = 0.1 + 0.4 * rnd.nextDouble();
            for (int i = 0; i < n; i++) {
                a[i] = (byte) (rnd.nextDouble() < fill ? 1 : 0);
                b[i] = (byte) (rnd.nextDouble() < fill * 0.7 ? 1 : 0);
            }
            if (trial % 3 == 0) {
                // a compact blob against a shifted blob plus a distant spurious cluster: the two conventions differ most
                Arrays.fill(a, (byte) 0);
                Arrays.fill(b, (byte) 0);
                box(a, size, 1, 1, 1, size[0] / 2, size[1] / 2, size[2] / 2);
                box(b, size, 2, 1, 1, size[0] / 2 + 1, size[1] / 2, size[2] / 2);
                box(b, size, size[0] - 2, size[1] - 2, size[2] - 2, size[0] - 1, size[1] - 1, size[2] - 1);
            }
            LabelMetrics r = SegmentationMetrics.computeBinary(a, b, size, spacing, 1.0);
            double expected = bruteForcePooledHd95(a, b, size, spacing);
            assertEquals(expected, r.hd95Pooled(), TOLERANCE, "trial " + trial);
            largestError = Math.max(largestError, Math.abs(expected - r.hd95Pooled()));
            assertEquals(expected, r.values().get("hd95Pooled"), TOLERANCE);
            if (Math.abs(r.hd95() - r.hd95Pooled()) > 1e-6) {
                differing++;
            }
        }
        assertTrue(largestError < 1e-12, "largest |error| " + largestError);
        // the metric is its own convention, not a copy of hd95
        assertTrue(differing >= 3, differing + " of 12 trials differ between hd95 and hd95Pooled");
    }

    @Test
    void pooledHd95FollowsTheEmptyMaskRules() {
        int[] size = {6, 5, 4};
        int n = 120;
        byte[] empty = new byte[n];
        byte[] some = new byte[n];
        box(some, size, 1, 1, 1, 3, 3, 2);
        LabelMetrics both = SegmentationMetrics.computeBinary(empty, empty.clone(), size, new double[] {1, 1, 2}, 1);
        assertEquals(0.0, both.hd95Pooled());
        for (String d : SegmentationMetrics.DISTANCES) {
            assertTrue(both.notes().get(d).startsWith(SegmentationMetrics.BOTH_EMPTY), d + ": " + both.notes());
        }
        both.notes().values().forEach(v -> assertTrue(v.startsWith(SegmentationMetrics.BOTH_EMPTY), v));
        LabelMetrics missed = SegmentationMetrics.computeBinary(empty, some, size, new double[] {1, 1, 2}, 1);
        assertNull(missed.values().get("hd95Pooled"));
        assertTrue(missed.notes().get("hd95Pooled").startsWith("prediction is empty"), missed.notes().toString());
    }

    @Test
    void pooledHd95IsInTheCatalogAndConventions() {
        assertTrue(MetricCatalog.of(java.util.List.of()).find("hd95Pooled").isPresent());
        assertTrue(MetricConventions.asMap().containsKey("hd95Pooled"));
        assertTrue(MetricConventions.asMap().get("conventions.surface").contains("voxel centres"));
        assertTrue(MetricConventions.asMap().get("conventions.hd95").contains("directed-max"));
    }

    private static void box(byte[] m, int[] s, int x0, int y0, int z0, int x1, int y1, int z1) {
        for (int z = z0; z <= z1; z++) {
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    m[x + s[0] * (y + s[1] * z)] = 1;
                }
            }
        }
    }

    /** All surface-point pairs, pooled, type-7 percentile: see the class comment. */
    static double bruteForcePooledHd95(byte[] a, byte[] b, int[] s, double[] sp) {
        int[][] sa = surfacePoints(a, s);
        int[][] sb = surfacePoints(b, s);
        double[] pooled = new double[sa.length + sb.length];
        int k = 0;
        for (int[] p : sa) {
            pooled[k++] = nearest(p, sb, sp);
        }
        for (int[] p : sb) {
            pooled[k++] = nearest(p, sa, sp);
        }
        Arrays.sort(pooled);
        double h = 0.95 * (pooled.length - 1);
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, pooled.length - 1);
        return pooled[lo] + (h - lo) * (pooled[hi] - pooled[lo]);
    }

    private static double nearest(int[] p, int[][] others, double[] sp) {
        double best = Double.POSITIVE_INFINITY;
        for (int[] q : others) {
            double dx = (p[0] - q[0]) * sp[0];
            double dy = (p[1] - q[1]) * sp[1];
            double dz = (p[2] - q[2]) * sp[2];
            best = Math.min(best, Math.sqrt(dx * dx + dy * dy + dz * dz));
        }
        return best;
    }

    private static int[][] surfacePoints(byte[] m, int[] s) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        for (int z = 0; z < s[2]; z++) {
            for (int y = 0; y < s[1]; y++) {
                for (int x = 0; x < s[0]; x++) {
                    if (m[x + s[0] * (y + s[1] * z)] == 0) {
                        continue;
                    }
                    if (outside(m, s, x - 1, y, z) || outside(m, s, x + 1, y, z) || outside(m, s, x, y - 1, z)
                            || outside(m, s, x, y + 1, z) || outside(m, s, x, y, z - 1) || outside(m, s, x, y, z + 1)) {
                        out.add(new int[] {x, y, z});
                    }
                }
            }
        }
        return out.toArray(new int[0][]);
    }

    private static boolean outside(byte[] m, int[] s, int x, int y, int z) {
        return x < 0 || y < 0 || z < 0 || x >= s[0] || y >= s[1] || z >= s[2] || m[x + s[0] * (y + s[1] * z)] == 0;
    }
}
