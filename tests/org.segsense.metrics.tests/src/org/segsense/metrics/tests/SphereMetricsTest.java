// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.segsense.metrics.LabelMetrics;
import org.segsense.metrics.SegmentationMetrics;

/**
 * Closed-form checks of the metrics on concentric digital spheres on an anisotropic grid.
 * <p>
 * A digital ball {@code S_r} is the set of voxels whose centre lies within {@code r} mm of the centre
 * (placed off the voxel grid so that no symmetry hides an error). For {@code r1 < r2}, {@code A = S_r1 ⊂ B
 * = S_r2}, hence:
 * <ul>
 * <li>Dice = 2|A|/(|A|+|B|), Jaccard = sensitivity = |A|/|B|, precision = 1, from the exact voxel counts;</li>
 * <li>HD, MASD and ASSD equal a brute-force computation over all pairs of surface voxels (surface = voxels
 * with a face neighbour outside the object, the grid border counting as outside), and HD lies in
 * (r2 − r1 − s_max, r2 − r1 + 2·diag]: every surface voxel a of A has |a| ≤ r1 and every surface voxel b of B
 * has |b| > r2 − s_max (its outside face neighbour is at most s_max further out), which proves the lower
 * bound; the upper bound is a loose sanity bound;</li>
 * <li>volume: the union of the voxel cells of S_r contains the ball of radius r − h and is contained in the
 * ball of radius r + h, h = half the voxel diagonal (a cell whose centre is within r lies within r + h; a
 * point within r − h lies in a cell whose centre is within r), so 4/3·π(r − h)³ ≤ ‖S_r‖ ≤ 4/3·π(r + h)³;
 * {@code volumeDifferenceMl} of A against an empty map is ‖A‖ in ml.</li>
 * </ul>
 */
class SphereMetricsTest {

    static final int[] SIZE = {41, 37, 29};
    static final double[] SP = {0.8, 1.0, 1.5};
    static final double[] CENTRE = {16.23, 18.41, 21.17}; // mm, off the voxel centres

    static byte[] ball(double r) {
        byte[] m = new byte[SIZE[0] * SIZE[1] * SIZE[2]];
        int i = 0;
        for (int z = 0; z < SIZE[2]; z++) {
            for (int y = 0; y < SIZE[1]; y++) {
                for (int x = 0; x < SIZE[0]; x++, i++) {
                    double dx = x * SP[0] - CENTRE[0], dy = y * SP[1] - CENTRE[1], dz = z * SP[2] - CENTRE[2];
                    m[i] = dx * dx + dy * dy + dz * dz <= r * r ? (byte) 1 : 0;
                }
            }
        }
        return m;
    }

    static long count(byte[] m) {
        long n = 0;
        for (byte b : m) {
            n += b != 0 ? 1 : 0;
        }
        return n;
    }

    /** Surface voxel coordinates in mm (6-neighbourhood, border = outside). */
    static List<double[]> surface(byte[] m) {
        List<double[]> out = new ArrayList<>();
        int[] s = SIZE;
        for (int z = 0; z < s[2]; z++) {
            for (int y = 0; y < s[1]; y++) {
                for (int x = 0; x < s[0]; x++) {
                    if (m[x + s[0] * (y + s[1] * z)] == 0) {
                        continue;
                    }
                    boolean surf = false;
                    int[][] nb = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
                    for (int[] d : nb) {
                        int nx = x + d[0], ny = y + d[1], nz = z + d[2];
                        if (nx < 0 || ny < 0 || nz < 0 || nx >= s[0] || ny >= s[1] || nz >= s[2] || m[nx + s[0] * (ny + s[1] * nz)] == 0) {
                            surf = true;
                            break;
                        }
                    }
                    if (surf) {
                        out.add(new double[] {x * SP[0], y * SP[1], z * SP[2]});
                    }
                }
            }
        }
        return out;
    }

    /** Brute-force directed distances from each point of {@code from} to the nearest point of {@code to}. */
    static double[] directed(List<double[]> from, List<double[]> to) {
        double[] d = new double[from.size()];
        for (int i = 0; i < d.length; i++) {
            double[] a = from.get(i);
            double best = Double.POSITIVE_INFINITY;
            for (double[] b : to) {
                double dx = a[0] - b[0], dy = a[1] - b[1], dz = a[2] - b[2];
                best = Math.min(best, dx * dx + dy * dy + dz * dz);
            }
            d[i] = Math.sqrt(best);
        }
        return d;
    }

    static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    @Test
    void concentricSpheresMatchClosedForms() {
        double[][] radii = {{4.5, 7.0}, {7.0, 11.0}, {3.2, 12.5}};
        double smax = Math.max(SP[0], Math.max(SP[1], SP[2]));
        double diag = Math.sqrt(SP[0] * SP[0] + SP[1] * SP[1] + SP[2] * SP[2]);
        for (double[] r : radii) {
            byte[] a = ball(r[0]);
            byte[] b = ball(r[1]);
            long na = count(a), nb = count(b);
            String c = "spheres r1=" + r[0] + " r2=" + r[1];
            LabelMetrics m = SegmentationMetrics.computeBinary(a, b, SIZE, SP, 1.0);
            assertEquals(na, m.predictionVoxels(), c + " |A|");
            assertEquals(nb, m.referenceVoxels(), c + " |B|");
            assertEquals(na, m.truePositiveVoxels(), c + " |A∩B| = |A| for concentric spheres");
            assertEquals(2.0 * na / (na + nb), m.dice(), 1e-12, c + " Dice = 2|A|/(|A|+|B|)");
            assertEquals((double) na / nb, m.jaccard(), 1e-12, c + " Jaccard");
            assertEquals((double) na / nb, m.sensitivity(), 1e-12, c + " sensitivity");
            assertEquals(1.0, m.precision(), 1e-12, c + " precision");

            List<double[]> sa = surface(a), sb = surface(b);
            assertEquals(sa.size(), m.predictionSurfaceVoxels(), c + " surface voxels of A");
            assertEquals(sb.size(), m.referenceSurfaceVoxels(), c + " surface voxels of B");
            double[] dab = directed(sa, sb), dba = directed(sb, sa);
            double hd = Math.max(max(dab), max(dba));
            double masd = 0.5 * (sum(dab) / dab.length + sum(dba) / dba.length);
            double assd = (sum(dab) + sum(dba)) / (dab.length + dba.length);
            assertEquals(hd, m.hd(), 1e-9, c + " HD vs brute force");
            assertEquals(masd, m.masd(), 1e-9, c + " MASD vs brute force");
            assertEquals(assd, m.assd(), 1e-9, c + " ASSD vs brute force");
            assertTrue(m.hd() > r[1] - r[0] - smax && m.hd() <= r[1] - r[0] + 2 * diag,
                    c + " HD " + m.hd() + " outside (r2-r1-s_max, r2-r1+2 diag] = (" + (r[1] - r[0] - smax) + ", " + (r[1] - r[0] + 2 * diag) + "]");

            double voxelMl = SP[0] * SP[1] * SP[2] / 1000.0;
            byte[] empty = new byte[a.length];
            for (int k = 0; k < 2; k++) {
                double radius = r[k];
                byte[] ball = k == 0 ? a : b;
                long n = k == 0 ? na : nb;
                double ml = SegmentationMetrics.computeBinary(ball, empty, SIZE, SP, 1.0).volumeDifferenceMl();
                assertEquals(n * voxelMl, ml, 1e-12, c + " volume of S_" + radius + " in ml");
                double h = diag / 2;
                double lo = 4.0 / 3 * Math.PI * Math.pow(radius - h, 3) / 1000, hi = 4.0 / 3 * Math.PI * Math.pow(radius + h, 3) / 1000;
                double exact = 4.0 / 3 * Math.PI * Math.pow(radius, 3) / 1000;
                System.out.printf("SPHERE r=%.1f mm: %.5f ml vs 4/3 pi r^3 = %.5f ml (rel. error %.3g; bound [%.5f, %.5f])%n", radius, ml, exact,
                        (ml - exact) / exact, lo, hi);
                assertTrue(ml >= lo && ml <= hi, c + ": volume " + ml + " ml of S_" + radius + " outside the digitisation bound [" + lo + ", " + hi + "]");
            }
            System.out.printf("SPHERE %s: |A|=%d |B|=%d Dice=%.6f HD=%.4f (r2-r1=%.2f) MASD=%.4f ASSD=%.4f%n", c, na, nb, m.dice(), m.hd(),
                    r[1] - r[0], m.masd(), m.assd());
        }
    }
}
