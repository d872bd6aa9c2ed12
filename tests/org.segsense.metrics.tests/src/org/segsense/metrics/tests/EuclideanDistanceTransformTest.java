// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.segsense.metrics.distance.EuclideanDistanceTransform;

/** Exactness of the EDT against brute force (tolerance 1e-9 mm² on squared distances). */
class EuclideanDistanceTransformTest {

    @Test
    void matchesBruteForceIn1D2D3DWithAnisotropicSpacing() {
        Random rnd = new Random(7);
        int[][] sizes = {{37}, {13, 17}, {1, 9}, {9, 1}, {11, 7, 5}, {6, 13, 9}, {1, 1, 8}, {15, 1, 6}};
        for (int[] size : sizes) {
            for (double density : new double[] {0.002, 0.05, 0.5, 0.97}) {
                int n = 1;
                for (int s : size) {
                    n *= s;
                }
                double[] spacing = new double[size.length];
                for (int a = 0; a < size.length; a++) {
                    spacing[a] = 0.3 + 2.5 * rnd.nextDouble();
                }
                byte[] mask = new byte[n];
                for (int i = 0; i < n; i++) {
                    mask[i] = (byte) (rnd.nextDouble() < density ? 1 : 0);
                }
                double[] d2 = EuclideanDistanceTransform.squaredDistance(mask, size, spacing);
                double[] ref = brute(mask, size, spacing);
                for (int i = 0; i < n; i++) {
                    if (Double.isInfinite(ref[i])) {
                        assertEquals(ref[i], d2[i]);
                    } else {
                        assertEquals(ref[i], d2[i], 1e-9, "voxel " + i);
                    }
                }
            }
        }
    }

    @Test
    void emptyMaskGivesInfinityAndSingleVoxelGivesEuclideanNorm() {
        int[] size = {4, 5, 6};
        double[] sp = {0.5, 1.5, 2.5};
        double[] d = EuclideanDistanceTransform.distance(new byte[120], size, sp);
        for (double v : d) {
            assertEquals(Double.POSITIVE_INFINITY, v);
        }
        byte[] m = new byte[120];
        m[1 + 4 * (2 + 5 * 3)] = 1;
        d = EuclideanDistanceTransform.distance(m, size, sp);
        assertEquals(Math.sqrt(0.25 + 2.25 * 4 + 6.25 * 9), d[0], 1e-12);
        assertEquals(0.0, d[1 + 4 * (2 + 5 * 3)]);
    }

    @Test
    void largeVolumeIsDeterministicAcrossRuns() {
        int[] size = {64, 48, 40};
        byte[] m = new byte[64 * 48 * 40];
        Random rnd = new Random(3);
        for (int i = 0; i < 40; i++) {
            m[rnd.nextInt(m.length)] = 1;
        }
        double[] sp = {0.9, 1.1, 3.0};
        double[] a = EuclideanDistanceTransform.squaredDistance(m, size, sp);
        double[] b = EuclideanDistanceTransform.squaredDistance(m, size, sp);
        assertArrayEquals(a, b);
    }

    @Test
    void rejectsInconsistentGrids() {
        assertThrows(IllegalArgumentException.class,
                () -> EuclideanDistanceTransform.squaredDistance(new byte[10], new int[] {3, 3}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> EuclideanDistanceTransform.squaredDistance(new byte[9], new int[] {3, 3}, new double[] {1, -1}));
        assertThrows(IllegalArgumentException.class,
                () -> EuclideanDistanceTransform.squaredDistance(new byte[9], new int[] {3, 3}, new double[] {1}));
    }

    private static double[] brute(byte[] mask, int[] size, double[] sp) {
        int n = mask.length;
        int dims = size.length;
        int[][] coords = new int[n][dims];
        for (int i = 0; i < n; i++) {
            int r = i;
            for (int a = 0; a < dims; a++) {
                coords[i][a] = r % size[a];
                r /= size[a];
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (mask[j] == 0) {
                    continue;
                }
                double s = 0;
                for (int a = 0; a < dims; a++) {
                    double d = (coords[i][a] - coords[j][a]) * sp[a];
                    s += d * d;
                }
                best = Math.min(best, s);
            }
            out[i] = best;
        }
        return out;
    }
}
