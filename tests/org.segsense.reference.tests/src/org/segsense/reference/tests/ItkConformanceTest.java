package org.segsense.reference.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/**
 * Conformance with ITK 5.2 (reference programs in tests/itk-reference, built on demand; without ITK these
 * tests fail with instructions). Tolerances: binary STAPLE probability 1e-6 abs, sensitivity/specificity
 * 1e-9 abs, iteration count identical; multi-label STAPLE labels identical, confusion matrices and priors
 * 1e-6 abs, iteration count identical; majority vote identical.
 */
@Tag("itk")
class ItkConformanceTest {

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

    private void binaryCase(int[] size, double[] spacing, int k, int labels, long seed, int fg, double cw, int maxIt)
            throws IOException {
        byte[][] raters = Synthetic.raters(size, k, labels, seed, 0.02);
        List<String> args = new ArrayList<>(List.of(tmp.resolve("staple.mha").toString(), String.valueOf(fg),
                String.valueOf(cw), String.valueOf(maxIt)));
        args.addAll(files(raters, size, spacing));
        ProgramOutput out = ReferencePrograms.ALGORITHMS.run("staple/staple_ref", args.toArray(String[]::new));
        double[] prob = MetaImageFiles.readAsDouble(tmp.resolve("staple.mha"));

        BinaryStaple.Options o = BinaryStaple.Options.defaults().withConfidenceWeight(cw)
                .withMaxIterations(maxIt < 0 ? BinaryStaple.Options.UNLIMITED : maxIt);
        BinaryStaple.Result r = BinaryStaple.run(raters, fg, o);
        String label = "case seed=" + seed + " k=" + k + " fg=" + fg;
        assertEquals((int) out.numbers("iterations")[0], r.iterations(), label + " iterations");
        assertArrayEquals(out.numbers("sensitivity"), r.sensitivity(), 1e-9, label + " sensitivity");
        assertArrayEquals(out.numbers("specificity"), r.specificity(), 1e-9, label + " specificity");
        double maxDiff = 0;
        for (int i = 0; i < prob.length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(prob[i] - r.probability()[i]));
        }
        System.out.printf("binary STAPLE %s: iterations %d, max |p - p_ITK| = %.3g%n", label, r.iterations(), maxDiff);
        assertTrue(maxDiff <= 1e-6, label + ": max probability difference " + maxDiff);
    }

    @Test
    void binaryStapleMatchesItk() throws IOException {
        binaryCase(new int[] {37, 29, 23}, new double[] {0.8, 1.1, 2.3}, 5, 2, 1, 1, 1.0, -1);
        binaryCase(new int[] {31, 27, 19}, new double[] {1, 1, 1}, 4, 4, 2, 2, 0.8, -1);
        binaryCase(new int[] {25, 21, 17}, new double[] {0.5, 0.5, 3}, 3, 2, 3, 1, 1.0, 4);
        binaryCase(new int[] {19, 1, 23}, new double[] {1, 2, 1}, 7, 3, 4, 1, 1.0, -1);
    }

    private void multiLabelCase(int[] size, double[] spacing, int k, int labels, long seed, int undecided,
            int maxIt) throws IOException {
        byte[][] raters = Synthetic.raters(size, k, labels, seed, 0.03);
        List<String> args = new ArrayList<>(List.of(tmp.resolve("ml.mha").toString(), "double",
                String.valueOf(undecided), String.valueOf(maxIt), "-1"));
        args.addAll(files(raters, size, spacing));
        ProgramOutput out = ReferencePrograms.ALGORITHMS.run("multilabel_staple/mlstaple_ref", args.toArray(String[]::new));
        double[] itkLabels = MetaImageFiles.readAsDouble(tmp.resolve("ml.mha"));

        MultiLabelStaple.Options o = MultiLabelStaple.Options.defaults()
                .withUndecidedLabel(undecided < 0 ? MajorityVote.DEFAULT_UNDECIDED : undecided)
                .withMaxIterations(maxIt < 0 ? MultiLabelStaple.Options.UNLIMITED : maxIt);
        MultiLabelStaple.Result r = MultiLabelStaple.run(raters, o);
        String label = "case seed=" + seed + " k=" + k + " labels=" + labels;
        assertEquals((int) out.numbers("iterations")[0], r.iterations(), label + " iterations");
        assertEquals((int) out.numbers("undecided")[0], r.undecidedLabel(), label + " undecided");
        double[] priors = out.numbers("priors");
        assertEquals((int) priors[0], r.priors().length);
        double maxDiff = 0;
        for (int i = 0; i < r.priors().length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(priors[i + 1] - r.priors()[i]));
        }
        List<double[]> conf = out.allNumbers("confusion");
        assertEquals(k, conf.size());
        for (int q = 0; q < k; q++) {
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
        System.out.printf("multi-label STAPLE %s: iterations %d, max |M - M_ITK| = %.3g, label mismatches %d%n",
                label, r.iterations(), maxDiff, mismatches);
        assertTrue(maxDiff <= 1e-6, label + ": max confusion/prior difference " + maxDiff);
        assertEquals(0, mismatches, label + ": labels differing from ITK");
    }

    @Test
    void multiLabelStapleMatchesItk() throws IOException {
        multiLabelCase(new int[] {33, 29, 21}, new double[] {0.9, 0.9, 2}, 5, 4, 11, -1, -1);
        // an even number of raters: majority-vote ties exercise ITK's undecided-column handling
        multiLabelCase(new int[] {27, 23, 19}, new double[] {1, 1, 1}, 4, 3, 12, -1, -1);
        multiLabelCase(new int[] {21, 25, 17}, new double[] {1, 1, 1}, 6, 5, 13, 9, 3);
        multiLabelCase(new int[] {17, 19, 1}, new double[] {1, 1, 1}, 2, 2, 14, -1, -1);
    }

    @Test
    void majorityVoteMatchesItk() throws IOException {
        int[] size = {29, 23, 17};
        for (int undecided : new int[] {-1, 0, 200}) {
            byte[][] raters = Synthetic.raters(size, 4, 4, 30 + undecided, 0.05);
            List<String> args = new ArrayList<>(List.of(tmp.resolve("vote.mha").toString(), String.valueOf(undecided)));
            args.addAll(files(raters, size, new double[] {1, 1, 1}));
            ReferencePrograms.ALGORITHMS.run("multilabel_staple/labelvoting_ref", args.toArray(String[]::new));
            double[] itk = MetaImageFiles.readAsDouble(tmp.resolve("vote.mha"));
            int[] mine = MajorityVote.run(raters, undecided < 0 ? MajorityVote.DEFAULT_UNDECIDED : undecided);
            for (int i = 0; i < itk.length; i++) {
                assertEquals((int) itk[i], mine[i], "voxel " + i + " undecided=" + undecided);
            }
        }
    }
}
