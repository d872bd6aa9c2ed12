// SPDX-License-Identifier: EPL-2.0
package org.segsense.reference.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.reference.BinaryStaple;
import org.segsense.reference.MajorityVote;
import org.segsense.reference.MultiLabelStaple;
import org.segsense.testing.MetaImageFiles;
import org.segsense.testing.ProgramOutput;
import org.segsense.testing.ReferencePrograms;
import org.segsense.testing.Volume;

/**
 * ITK 5.2 conformance of {@link BinaryStaple} and {@link MultiLabelStaple} on raters derived from real
 * images (full 181 × 217 × 181 volumes, 1 mm):
 * <ul>
 * <li>binary: the MRIcron template {@code ch2.nii.gz} thresholded at five intensity levels (value ≥ t,
 * t = 60, 75, 90, 105, 120), foreground 1, confidence weight 1, no iteration limit;</li>
 * <li>multi-label: the AAL atlas ({@code aal.nii.gz}, 116 regions) coarsened to six labels (background and
 * five groups of consecutive AAL indices), with five raters: the coarse map, the map shifted by one voxel
 * along +x, along −z and along +y, and a relabelling with group boundaries moved by six AAL indices.</li>
 * </ul>
 * Compared with {@code tests/itk-reference/staple/staple_ref} and
 * {@code multilabel_staple/mlstaple_ref}: identical iteration counts, probability (binary), sensitivity,
 * specificity, priors and confusion matrices within 1e-6, identical labels (multi-label). The images are
 * read with SegSense's ImageIO via {@link RealData}. FAILS (never skips) when the data cannot be fetched or ITK cannot be built.
 */
@Tag("itk")
class RealImageStapleTest {

    @TempDir
    Path tmp;

    private List<String> files(byte[][] raters, int[] size, double[] spacing) throws IOException {
        List<String> f = new ArrayList<>();
        for (int r = 0; r < raters.length; r++) {
            Path p = tmp.resolve("rater" + r + ".mha");
            MetaImageFiles.writeUChar(p, size, spacing, raters[r]);
            f.add(p.toString());
        }
        return f;
    }

    static final int[] THRESHOLDS = {60, 75, 90, 105, 120};

    @Test
    void binaryStapleOnThresholdedCh2MatchesItk() throws IOException {
        Volume ch2 = RealData.read("mricron/ch2.nii.gz");
        int n = ch2.values.length;
        byte[][] raters = new byte[THRESHOLDS.length][n];
        for (int r = 0; r < THRESHOLDS.length; r++) {
            for (int i = 0; i < n; i++) {
                raters[r][i] = ch2.values[i] >= THRESHOLDS[r] ? (byte) 1 : 0;
            }
        }
        List<String> args = new ArrayList<>(List.of(tmp.resolve("staple.mha").toString(), "1", "1.0", "-1"));
        args.addAll(files(raters, ch2.size, ch2.spacing));
        long t0 = System.nanoTime();
        ProgramOutput out = ReferencePrograms.ALGORITHMS.run("staple/staple_ref", args.toArray(String[]::new));
        long t1 = System.nanoTime();
        double[] prob = MetaImageFiles.readAsDouble(tmp.resolve("staple.mha"));
        long t2 = System.nanoTime();
        BinaryStaple.Result r = BinaryStaple.run(raters, 1, BinaryStaple.Options.defaults().withConfidenceWeight(1.0)
                .withMaxIterations(BinaryStaple.Options.UNLIMITED));
        long t3 = System.nanoTime();
        double[] w = r.probability().toDoubles();
        double maxDiff = 0;
        int worst = -1;
        for (int i = 0; i < prob.length; i++) {
            double d = Math.abs(prob[i] - w[i]);
            if (d > maxDiff) {
                maxDiff = d;
                worst = i;
            }
        }
        double[] sens = out.numbers("sensitivity");
        double[] spec = out.numbers("specificity");
        double maxSS = 0;
        for (int q = 0; q < raters.length; q++) {
            maxSS = Math.max(maxSS, Math.max(Math.abs(sens[q] - r.sensitivity()[q]), Math.abs(spec[q] - r.specificity()[q])));
        }
        int itkIterations = (int) out.numbers("iterations")[0];
        System.out.printf("ITK-REAL binary STAPLE ch2 thresholds: iterations java %d itk %d, max |p - p_ITK| = %.3g, max |sens/spec diff| = %.3g;"
                + " java %.0f ms, itk run %.0f ms%n", r.iterations(), itkIterations, maxDiff, maxSS, (t3 - t2) / 1e6, (t1 - t0) / 1e6);
        assertEquals(itkIterations, r.iterations(), "binary STAPLE on ch2 thresholds: iteration count differs from ITK");
        assertTrue(maxSS <= 1e-9, "binary STAPLE on ch2 thresholds: sensitivity/specificity differ from ITK by " + maxSS);
        assertTrue(maxDiff <= 1e-9, "binary STAPLE on ch2 thresholds: max probability difference " + maxDiff + " at voxel " + worst
                + " (java " + (worst >= 0 ? w[worst] : 0) + ", itk " + (worst >= 0 ? prob[worst] : 0) + ") exceeds 1e-9");
    }

    /** AAL index → one of five groups of consecutive indices (0 stays background); {@code shift} moves the group boundaries. */
    static int coarse(int aal, int shift) {
        if (aal <= 0) {
            return 0;
        }
        return 1 + Math.min(4, Math.max(0, (aal - 1 + shift) / 24));
    }

    static byte[] shifted(byte[] m, int[] s, int dx, int dy, int dz) {
        byte[] out = new byte[m.length];
        for (int z = 0; z < s[2]; z++) {
            for (int y = 0; y < s[1]; y++) {
                for (int x = 0; x < s[0]; x++) {
                    int sx = x - dx, sy = y - dy, sz = z - dz;
                    if (sx >= 0 && sy >= 0 && sz >= 0 && sx < s[0] && sy < s[1] && sz < s[2]) {
                        out[x + s[0] * (y + s[1] * z)] = m[sx + s[0] * (sy + s[1] * sz)];
                    }
                }
            }
        }
        return out;
    }

    @Test
    void multiLabelStapleOnCoarsenedAalMatchesItk() throws IOException {
        Volume aal = RealData.read("mricron/aal.nii.gz");
        int n = aal.values.length;
        int[] s = aal.size;
        byte[] base = new byte[n];
        byte[] relabelled = new byte[n];
        for (int i = 0; i < n; i++) {
            base[i] = (byte) coarse(aal.values[i], 0);
            relabelled[i] = (byte) coarse(aal.values[i], 6);
        }
        byte[][] raters = {base, shifted(base, s, 1, 0, 0), shifted(base, s, 0, 0, -1), shifted(base, s, 0, 1, 0), relabelled};
        List<String> args = new ArrayList<>(List.of(tmp.resolve("ml.mha").toString(), "float", "-1", "-1", "-1"));
        args.addAll(files(raters, s, aal.spacing));
        long t0 = System.nanoTime();
        ProgramOutput out = ReferencePrograms.ALGORITHMS.run("multilabel_staple/mlstaple_ref", args.toArray(String[]::new));
        long t1 = System.nanoTime();
        double[] itkLabels = MetaImageFiles.readAsDouble(tmp.resolve("ml.mha"));
        long t2 = System.nanoTime();
        MultiLabelStaple.Result r = MultiLabelStaple.run(raters, MultiLabelStaple.Options.defaults()
                .withUndecidedLabel(MajorityVote.DEFAULT_UNDECIDED).withMaxIterations(MultiLabelStaple.Options.UNLIMITED));
        long t3 = System.nanoTime();
        int itkIterations = (int) out.numbers("iterations")[0];
        double[] priors = out.numbers("priors");
        assertEquals((int) priors[0], r.priors().length, "number of labels");
        double maxDiff = 0;
        for (int i = 0; i < r.priors().length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(priors[i + 1] - r.priors()[i]));
        }
        List<double[]> conf = out.allNumbers("confusion");
        assertEquals(raters.length, conf.size(), "confusion matrices");
        for (int q = 0; q < raters.length; q++) {
            double[] c = conf.get(q);
            double[][] m = r.confusionMatrices()[q];
            assertEquals((int) c[1], m.length, "rows");
            assertEquals((int) c[2], m[0].length, "columns");
            for (int row = 0; row < m.length; row++) {
                for (int col = 0; col < m[0].length; col++) {
                    maxDiff = Math.max(maxDiff, Math.abs(c[3 + row * m[0].length + col] - m[row][col]));
                }
            }
        }
        int mismatches = 0;
        for (int i = 0; i < itkLabels.length; i++) {
            if ((int) itkLabels[i] != r.labels()[i]) {
                mismatches++;
            }
        }
        System.out.printf("ITK-REAL multi-label STAPLE coarsened AAL (6 labels, 5 raters): iterations java %d itk %d, max |M - M_ITK| = %.3g,"
                + " label mismatches %d of %d; java %.0f ms, itk run %.0f ms%n", r.iterations(), itkIterations, maxDiff, mismatches, n,
                (t3 - t2) / 1e6, (t1 - t0) / 1e6);
        assertEquals(itkIterations, r.iterations(), "multi-label STAPLE on AAL: iteration count differs from ITK");
        assertEquals((int) out.numbers("undecided")[0], r.undecidedLabel(), "undecided label");
        assertEquals(0.0, maxDiff, "multi-label STAPLE on AAL: confusion matrices/priors differ from ITK's (float, SimpleITK's weights)");
        assertEquals(0, mismatches, "multi-label STAPLE on AAL: voxels labelled differently from ITK");
    }
}
