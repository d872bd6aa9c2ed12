// SPDX-License-Identifier: EPL-2.0
package org.segsense.reference.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.segsense.reference.MajorityVote;
import org.segsense.reference.MultiLabelStaple;
import org.segsense.testing.SyntheticRaters;

/**
 * Multi-label STAPLE without ITK: against a voxel-by-voxel transcription of ITK 5.2's
 * MultiLabelSTAPLEImageFilter::GenerateData with float weights (SimpleITK's instantiation). Expected:
 * identical iteration count, labels, and confusion matrices and priors bit for bit.
 */
class MultiLabelStapleTest {

    record Naive(int iterations, float[][][] confusion, float[] priors, int[] labels) {
    }

    /** The transcription (default undecided label, no iteration limit, threshold 1e-5). */
    static Naive naive(byte[][] d) {
        int k = d.length;
        int n = d[0].length;
        int max = 0;
        for (byte[] r : d) {
            for (byte v : r) {
                max = Math.max(max, v & 0xff);
            }
        }
        int l = max + 1;
        int[] vote = MajorityVote.run(d, MajorityVote.DEFAULT_UNDECIDED);
        float[][] m = new float[k][(l + 1) * l]; // row-major [j][c], as ITK's Array2D
        for (int r = 0; r < k; r++) {
            for (int i = 0; i < n; i++) {
                m[r][(d[r][i] & 0xff) * l + vote[i]]++;
            }
            for (int j = 0; j <= l; j++) {
                float sum = 0;
                for (int c = 0; c < l; c++) {
                    sum += m[r][j * l + c];
                }
                if (sum > 0) {
                    for (int c = 0; c < l; c++) {
                        m[r][j * l + c] /= sum;
                    }
                }
            }
        }
        float[] prior = new float[l + 1];
        for (byte[] r : d) {
            for (int i = 0; i < n; i++) {
                prior[r[i] & 0xff]++;
            }
        }
        float total = 0;
        for (int c = 0; c < l; c++) {
            total += prior[c];
        }
        for (int c = 0; c < l; c++) {
            prior[c] /= total;
        }
        float[] w = new float[l];
        int it = 0;
        for (;; it++) {
            float[][] u = new float[k][(l + 1) * l];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < l; c++) {
                    w[c] = prior[c];
                }
                for (int r = 0; r < k; r++) {
                    int j = d[r][i] & 0xff;
                    for (int c = 0; c < l; c++) {
                        w[c] *= m[r][j * l + c];
                    }
                }
                float sumW = w[0];
                for (int c = 1; c < l; c++) {
                    sumW += w[c];
                }
                if (sumW != 0) {
                    for (int c = 0; c < l; c++) {
                        w[c] /= sumW;
                    }
                }
                for (int r = 0; r < k; r++) {
                    int j = d[r][i] & 0xff;
                    for (int c = 0; c < l; c++) {
                        u[r][j * l + c] += w[c];
                    }
                }
            }
            float maxUpdate = 0;
            for (int r = 0; r < k; r++) {
                for (int c = 0; c < l; c++) {
                    float sumW = u[r][c];
                    for (int j = 1; j <= l; j++) {
                        sumW += u[r][j * l + c];
                    }
                    if (sumW != 0) {
                        for (int j = 0; j <= l; j++) {
                            u[r][j * l + c] /= sumW;
                        }
                    }
                }
                for (int x = 0; x < u[r].length; x++) {
                    maxUpdate = Math.max(maxUpdate, Math.abs(u[r][x] - m[r][x]));
                }
                m[r] = u[r];
            }
            if (maxUpdate < 1e-5f) {
                break;
            }
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < l; c++) {
                w[c] = prior[c];
            }
            for (int r = 0; r < k; r++) {
                int j = d[r][i] & 0xff;
                for (int c = 0; c < l; c++) {
                    w[c] *= m[r][j * l + c];
                }
            }
            int winner = l;
            float best = 0;
            for (int c = 0; c < l; c++) {
                if (w[c] > best) {
                    best = w[c];
                    winner = c;
                } else if (!(w[c] < best)) {
                    winner = l;
                }
            }
            labels[i] = winner;
        }
        float[][][] conf = new float[k][l + 1][l];
        for (int r = 0; r < k; r++) {
            for (int j = 0; j <= l; j++) {
                System.arraycopy(m[r], j * l, conf[r][j], 0, l);
            }
        }
        return new Naive(it, conf, prior, labels);
    }

    private static void assertSame(Naive expected, MultiLabelStaple.Result actual, String label) {
        assertEquals(expected.iterations(), actual.iterations(), label + " iterations");
        for (int r = 0; r < expected.confusion().length; r++) {
            for (int j = 0; j < expected.confusion()[r].length; j++) {
                for (int c = 0; c < expected.confusion()[r][j].length; c++) {
                    assertEquals(expected.confusion()[r][j][c], actual.confusionMatrices()[r][j][c], 0.0,
                            label + " confusion[" + r + "][" + j + "][" + c + "]");
                }
            }
        }
        for (int c = 0; c < expected.priors().length; c++) {
            assertEquals(expected.priors()[c], actual.priors()[c], 0.0, label + " prior " + c);
        }
        assertArrayEquals(expected.labels(), actual.labels(), label + " labels");
    }

    @Test
    void smallInputsEqualTheFloatTranscription() {
        for (int seed = 0; seed < 4; seed++) {
            byte[][] raters = Synthetic.raters(new int[] {23, 19, 17}, 3 + seed, 3 + seed % 3, seed, 0.03);
            assertSame(naive(raters), MultiLabelStaple.run(raters, MultiLabelStaple.Options.defaults()), "seed " + seed);
        }
    }

    /**
     * 64³, 5 raters: the float sums over 262144 voxels (rounded to steps of up to 2^-6 once they exceed
     * 2^17) decide the last pass. An exact (double) computation stops after 39 passes, ITK's float one,
     * transcribed here and checked against ITK itself in ItkConformanceTest, after 40.
     */
    @Test
    void iterationCountFollowsTheFloatSumsOnALargerInput() {
        byte[][] raters = SyntheticRaters.labelMaps(64, 5, 4, 3);
        Naive expected = naive(raters);
        assertEquals(40, expected.iterations(), "the transcription's count (ITK float: 40)");
        MultiLabelStaple.Result actual = MultiLabelStaple.run(raters, MultiLabelStaple.Options.defaults());
        assertSame(expected, actual, "64^3");
        assertTrue(actual.converged());
    }
}
