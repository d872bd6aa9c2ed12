// SPDX-License-Identifier: EPL-2.0
package org.segsense.reference.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.segsense.reference.BinaryStaple;
import org.segsense.reference.BinaryStaple.Options;
import org.segsense.reference.BinaryStaple.Result;

/**
 * Binary STAPLE without ITK: against a voxel-by-voxel transcription of ITK 5.2's algorithm as SimpleITK
 * instantiates it (double W; tolerances: probability, sensitivity and specificity 1e-9 abs, iteration
 * count identical), and the extensions.
 */
class BinaryStapleTest {

    /** What the transcription computes. */
    record Naive(double[] probability, double[] sensitivity, double[] specificity, int iterations, double prior) {
    }

    /** Voxel-by-voxel transcription of itk::STAPLEImageFilter::GenerateData with a double W (SimpleITK). */
    static Naive naive(byte[][] d, int fg, double cw, long maxIt) {
        int k = d.length;
        int n = d[0].length;
        double[] w = new double[n];
        for (byte[] r : d) {
            for (int i = 0; i < n; i++) {
                if ((r[i] & 0xff) == fg) {
                    w[i] = w[i] + 1.0;
                }
            }
        }
        double g = 0;
        for (int i = 0; i < n; i++) {
            w[i] = w[i] / k;
            g += w[i];
        }
        g = g / n * cw;
        double[] p = new double[k];
        double[] q = new double[k];
        double[] lp = new double[k];
        double[] lq = new double[k];
        Arrays.fill(lp, -10);
        Arrays.fill(lq, -10);
        long it;
        for (it = 0; it < maxIt; it++) {
            for (int r = 0; r < k; r++) {
                double pn = 0;
                double pd = 0;
                double qn = 0;
                double qd = 0;
                for (int i = 0; i < n; i++) {
                    if ((d[r][i] & 0xff) == fg) {
                        pn += w[i];
                    } else {
                        qn += 1.0 - w[i];
                    }
                    pd += w[i];
                    qd += 1.0 - w[i];
                }
                p[r] = pn / pd;
                q[r] = qn / qd;
            }
            for (int i = 0; i < n; i++) {
                double a = 1;
                double b = 1;
                for (int r = 0; r < k; r++) {
                    if ((d[r][i] & 0xff) == fg) {
                        a *= p[r];
                        b *= 1 - q[r];
                    } else {
                        a *= 1 - p[r];
                        b *= q[r];
                    }
                }
                w[i] = g * a / (g * a + (1 - g) * b);
            }
            boolean flag = false;
            if (it != 0) {
                flag = true;
                for (int r = 0; r < k; r++) {
                    if ((p[r] - lp[r]) * (p[r] - lp[r]) > 1e-14 || (q[r] - lq[r]) * (q[r] - lq[r]) > 1e-14) {
                        flag = false;
                        break;
                    }
                }
            }
            lp = p.clone();
            lq = q.clone();
            if (flag) {
                break;
            }
        }
        return new Naive(w, p, q, (int) it, g);
    }

    static void assertSame(Naive expected, Result actual) {
        assertEquals(expected.iterations(), actual.iterations(), "iterations");
        assertArrayEquals(expected.sensitivity(), actual.sensitivity(), 1e-9, "sensitivity");
        assertArrayEquals(expected.specificity(), actual.specificity(), 1e-9, "specificity");
        double[] a = expected.probability();
        double[] b = actual.probability().toDoubles();
        assertEquals(a.length, b.length);
        double maxDiff = 0;
        for (int i = 0; i < a.length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(a[i] - b[i]));
        }
        assertTrue(maxDiff <= 1e-9, "max probability difference " + maxDiff);
    }

    @Test
    void matchesVoxelwiseItkTranscription() {
        int[] size = {23, 19, 17};
        for (int seed = 0; seed < 4; seed++) {
            byte[][] raters = Synthetic.raters(size, 3 + seed, 3, seed, 0.02);
            int fg = 1 + seed % 2;
            double cw = seed == 3 ? 0.7 : 1.0;
            Naive exp = naive(raters, fg, cw, 0xFFFFFFFFL);
            Result act = BinaryStaple.run(raters, fg, Options.defaults().withConfidenceWeight(cw));
            assertSame(exp, act);
            assertTrue(act.converged());
            assertEquals(exp.prior(), act.prior(), 1e-12);
        }
    }

    @Test
    void manyRatersUseMultiWordTuples() {
        int[] size = {15, 13, 11};
        byte[][] raters = Synthetic.raters(size, 70, 2, 99, 0.05);
        assertSame(naive(raters, 1, 1.0, 0xFFFFFFFFL), BinaryStaple.run(raters, 1, Options.defaults()));
    }

    @Test
    void maximumIterationsIsReportedLikeItk() {
        int[] size = {21, 17, 13};
        byte[][] raters = Synthetic.raters(size, 4, 2, 5, 0.03);
        Result r = BinaryStaple.run(raters, 1, Options.defaults().withMaxIterations(3));
        assertEquals(3, r.iterations());
        assertFalse(r.converged());
        assertSame(naive(raters, 1, 1.0, 3), r);
    }

    @Test
    void integerShortAndByteRatersAgree() {
        int[] size = {13, 11, 9};
        byte[][] b = Synthetic.raters(size, 4, 3, 11, 0.02);
        int[][] i = new int[4][];
        short[][] s = new short[4][];
        float[][] f = new float[4][];
        for (int r = 0; r < 4; r++) {
            i[r] = new int[b[r].length];
            s[r] = new short[b[r].length];
            f[r] = new float[b[r].length];
            for (int v = 0; v < b[r].length; v++) {
                i[r][v] = b[r][v];
                s[r][v] = b[r][v];
                f[r][v] = b[r][v];
            }
        }
        Result rb = BinaryStaple.run(b, 2, Options.defaults());
        assertArrayEquals(rb.probability().toDoubles(), BinaryStaple.run(i, 2, Options.defaults()).probability().toDoubles());
        assertArrayEquals(rb.probability().toDoubles(), BinaryStaple.run(s, 2, Options.defaults()).probability().toDoubles());
        assertArrayEquals(rb.probability().toDoubles(), BinaryStaple.run(f, 2.0, Options.defaults()).probability().toDoubles());
        // deterministic
        assertArrayEquals(rb.sensitivity(), BinaryStaple.run(b, 2, Options.defaults()).sensitivity(), 0.0);
    }

    @Test
    void emptyAndFullRatersAreGuarded() {
        byte[][] empty = new byte[3][100];
        Result r = BinaryStaple.run(empty, 1, Options.defaults());
        for (double v : r.probability().toDoubles()) {
            assertEquals(0.0, v);
        }
        assertArrayEquals(new double[] {1, 1, 1}, r.sensitivity(), 0.0);
        assertArrayEquals(new double[] {1, 1, 1}, r.specificity(), 0.0);
        assertEquals(0.0, r.prior());
        assertFalse(r.notes().isEmpty());

        byte[][] full = new byte[2][50];
        for (byte[] a : full) {
            Arrays.fill(a, (byte) 1);
        }
        r = BinaryStaple.run(full, 1, Options.defaults());
        for (double v : r.probability().toDoubles()) {
            assertEquals(1.0, v);
        }
        assertArrayEquals(new double[] {1, 1}, r.sensitivity(), 0.0);
        assertArrayEquals(new double[] {1, 1}, r.specificity(), 0.0);

        // a perfect rater and a rater that contradicts it: likelihoods vanish; no NaN anywhere
        byte[][] contra = new byte[2][40];
        Random rnd = new Random(1);
        for (int i = 0; i < 40; i++) {
            contra[0][i] = (byte) rnd.nextInt(2);
            contra[1][i] = (byte) (i < 20 ? contra[0][i] : 1 - contra[0][i]);
        }
        r = BinaryStaple.run(contra, 1, Options.defaults().withMaxIterations(50));
        for (double v : r.probability().toDoubles()) {
            assertFalse(Double.isNaN(v));
        }
        for (double v : r.sensitivity()) {
            assertFalse(Double.isNaN(v));
        }
    }

    @Test
    void roiAndDisagreementOnlyEqualStapleOnTheSelectedVoxels() {
        int[] size = {25, 21, 15};
        byte[][] raters = Synthetic.raters(size, 5, 2, 21, 0.01);
        int n = raters[0].length;
        byte[] roi = new byte[n];
        for (int i = 0; i < n; i++) {
            roi[i] = (byte) ((i % size[0]) < 15 ? 1 : 0);
        }
        Result r = BinaryStaple.run(raters, 1, Options.defaults().withRoi(roi));
        Result c = BinaryStaple.run(select(raters, i -> roi[i] != 0), 1, Options.defaults());
        assertEquals(c.iterations(), r.iterations());
        assertArrayEquals(c.sensitivity(), r.sensitivity(), 1e-12);
        assertEquals(c.prior(), r.prior(), 1e-12);
        for (int i = 0, j = 0; i < n; i++) {
            if (roi[i] == 0) {
                assertEquals(0.0, r.probability().get(i));
            } else {
                assertEquals(c.probability().get(j++), r.probability().get(i), 1e-12);
            }
        }

        Result dis = BinaryStaple.run(raters, 1, Options.defaults().withDisagreementOnly(true));
        java.util.function.IntPredicate disagree = i -> {
            int ones = 0;
            for (byte[] a : raters) {
                ones += a[i] == 1 ? 1 : 0;
            }
            return ones != 0 && ones != raters.length;
        };
        Result cd = BinaryStaple.run(select(raters, disagree), 1, Options.defaults());
        assertEquals(cd.iterations(), dis.iterations());
        assertArrayEquals(cd.specificity(), dis.specificity(), 1e-12);
        for (int i = 0, j = 0; i < n; i++) {
            if (disagree.test(i)) {
                assertEquals(cd.probability().get(j++), dis.probability().get(i), 1e-12);
            } else {
                assertEquals(raters[0][i] == 1 ? 1.0 : 0.0, dis.probability().get(i));
            }
        }
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> BinaryStaple.run(new byte[0][], 1, Options.defaults()));
        assertThrows(IllegalArgumentException.class,
                () -> BinaryStaple.run(new byte[][] {new byte[3], new byte[4]}, 1, Options.defaults()));
        assertThrows(IllegalArgumentException.class, () -> Options.defaults().withMaxIterations(0));
        assertThrows(IllegalArgumentException.class, () -> Options.defaults().withConfidenceWeight(0));
        assertThrows(IllegalArgumentException.class,
                () -> BinaryStaple.run(new byte[2][5], 1, Options.defaults().withRoi(new byte[4])));
    }

    private static byte[][] select(byte[][] raters, java.util.function.IntPredicate keep) {
        int n = raters[0].length;
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (keep.test(i)) {
                m++;
            }
        }
        byte[][] out = new byte[raters.length][m];
        for (int r = 0; r < raters.length; r++) {
            for (int i = 0, j = 0; i < n; i++) {
                if (keep.test(i)) {
                    out[r][j++] = raters[r][i];
                }
            }
        }
        return out;
    }
}
