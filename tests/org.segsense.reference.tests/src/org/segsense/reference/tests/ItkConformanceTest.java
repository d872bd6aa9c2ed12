// SPDX-License-Identifier: EPL-2.0
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
import org.segsense.testing.SyntheticRaters;

/**
 * Conformance with ITK 5.2 (reference programs in tests/itk-reference, built on demand; without ITK these
 * tests fail with instructions). ITK's filters are instantiated as SimpleITK does. Tolerances: binary STAPLE
 * (double W) probability, sensitivity and specificity 1e-9 abs, iteration count identical; multi-label STAPLE
 * (float weights) labels, iteration count, confusion matrices and priors identical; majority vote identical.
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

    /** ITK's binary STAPLE outputs: iterations, sensitivity, specificity, W. */
    private record ItkBinary(int iterations, double[] sensitivity, double[] specificity, double[] w) {
    }

    private ItkBinary itkBinary(boolean floatW, List<String> raterFiles, int fg, double cw, int maxIt) throws IOException {
        Path map = tmp.resolve(floatW ? "staple-float.mha" : "staple.mha");
        List<String> args = new ArrayList<>();
        if (floatW) {
            args.add("--float");
        }
        args.addAll(List.of(map.toString(), String.valueOf(fg), String.valueOf(cw), String.valueOf(maxIt)));
        args.addAll(raterFiles);
        ProgramOutput out = ReferencePrograms.ALGORITHMS.run("staple/staple_ref", args.toArray(String[]::new));
        return new ItkBinary((int) out.numbers("iterations")[0], out.numbers("sensitivity"), out.numbers("specificity"),
                MetaImageFiles.readAsDouble(map));
    }

    private static double maxAbsDiff(double[] a, double[] b) {
        assertEquals(a.length, b.length);
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    /**
     * Binary STAPLE against ITK's filter instantiated as SimpleITK does (double W): W, sensitivity and
     * specificity within 1e-9, the same iteration count. With {@code floatDiffers}, also checks that the
     * input tells the two instantiations apart (a float-W ITK gives another iteration count or differs by
     * more than 1e-9), so that a float-W implementation would fail this case.
     */
    private void binaryCase(byte[][] raters, int[] size, double[] spacing, String label, int fg, double cw, int maxIt,
            boolean floatDiffers) throws IOException {
        List<String> f = files(raters, size, spacing);
        ItkBinary itk = itkBinary(false, f, fg, cw, maxIt);

        BinaryStaple.Options o = BinaryStaple.Options.defaults().withConfidenceWeight(cw)
                .withMaxIterations(maxIt < 0 ? BinaryStaple.Options.UNLIMITED : maxIt);
        BinaryStaple.Result r = BinaryStaple.run(raters, fg, o);
        double[] w = r.probability().toDoubles();
        double dw = maxAbsDiff(itk.w(), w);
        double dp = maxAbsDiff(itk.sensitivity(), r.sensitivity());
        double dq = maxAbsDiff(itk.specificity(), r.specificity());
        System.out.printf("binary STAPLE %s: iterations SegSense %d, ITK(double W) %d; max |dW| %.3g, |dp| %.3g, |dq| %.3g%n",
                label, r.iterations(), itk.iterations(), dw, dp, dq);
        assertEquals(itk.iterations(), r.iterations(), label + " iterations");
        assertTrue(dp <= 1e-9, label + ": sensitivity difference " + dp);
        assertTrue(dq <= 1e-9, label + ": specificity difference " + dq);
        assertTrue(dw <= 1e-9, label + ": max probability difference " + dw);
        if (floatDiffers) {
            ItkBinary single = itkBinary(true, f, fg, cw, maxIt);
            double df = maxAbsDiff(itk.w(), single.w());
            System.out.printf("  ITK(float W): iterations %d, max |W_float - W_double| %.3g%n", single.iterations(), df);
            assertTrue(single.iterations() != itk.iterations() || df > 1e-9,
                    label + ": the float and double instantiations of ITK agree here; the case does not discriminate");
        }
    }

    private void binaryCase(int[] size, double[] spacing, int k, int labels, long seed, int fg, double cw, int maxIt)
            throws IOException {
        byte[][] raters = Synthetic.raters(size, k, labels, seed, 0.02);
        binaryCase(raters, size, spacing, "case seed=" + seed + " k=" + k + " fg=" + fg, fg, cw, maxIt, false);
    }

    @Test
    void binaryStapleMatchesItk() throws IOException {
        binaryCase(new int[] {37, 29, 23}, new double[] {0.8, 1.1, 2.3}, 5, 2, 1, 1, 1.0, -1);
        binaryCase(new int[] {31, 27, 19}, new double[] {1, 1, 1}, 4, 4, 2, 2, 0.8, -1);
        binaryCase(new int[] {25, 21, 17}, new double[] {0.5, 0.5, 3}, 3, 2, 3, 1, 1.0, 4);
        binaryCase(new int[] {19, 1, 23}, new double[] {1, 2, 1}, 7, 3, 4, 1, 1.0, -1);
    }

    /**
     * Inputs on which ITK's float-W and double-W instantiations differ in the iteration count (found by a
     * scan over seeds, raters and noise levels; slow convergence makes the 1e-14 stopping test sensitive
     * to float rounding of W): SegSense must follow the double one.
     */
    @Test
    void binaryStapleFollowsSimpleItksDoubleWWhereFloatDiffers() throws IOException {
        int[] size = {32, 32, 32};
        double[] spacing = {1, 1, 1};
        // ITK double W: 27 iterations, float W: 28
        binaryCase(Synthetic.raters(size, 5, 2, 20, 0.05), size, spacing, "32^3 k=5 seed=20 noise=0.05", 1, 1.0, -1, true);
        // ITK double W: 32 iterations, float W: 33
        binaryCase(Synthetic.raters(size, 7, 2, 22, 0.3), size, spacing, "32^3 k=7 seed=22 noise=0.3", 1, 1.0, -1, true);
    }

    /** ITK's multi-label STAPLE run: iterations and the parsed output. */
    private record ItkMultiLabel(int iterations, ProgramOutput out, double[] labels) {
    }

    private ItkMultiLabel itkMultiLabel(String weights, List<String> raterFiles, int undecided, int maxIt) throws IOException {
        Path map = tmp.resolve("ml-" + weights + ".mha");
        List<String> args = new ArrayList<>(List.of(map.toString(), weights, String.valueOf(undecided), String.valueOf(maxIt), "-1"));
        args.addAll(raterFiles);
        ProgramOutput out = ReferencePrograms.ALGORITHMS.run("multilabel_staple/mlstaple_ref", args.toArray(String[]::new));
        return new ItkMultiLabel((int) out.numbers("iterations")[0], out, MetaImageFiles.readAsDouble(map));
    }

    /**
     * Multi-label STAPLE against ITK's filter with float weights, as SimpleITK instantiates it: identical
     * iteration count, labels, and confusion matrices and priors bit for bit. With {@code doubleDiffers},
     * also checks that ITK's double-weight instantiation stops after a different number of passes on this
     * input, so that an exact (double) implementation would fail the case.
     */
    private void multiLabelCase(byte[][] raters, int[] size, double[] spacing, String label, int undecided, int maxIt,
            boolean doubleDiffers) throws IOException {
        int k = raters.length;
        List<String> f = files(raters, size, spacing);
        ItkMultiLabel itk = itkMultiLabel("float", f, undecided, maxIt);
        ProgramOutput out = itk.out();

        MultiLabelStaple.Options o = MultiLabelStaple.Options.defaults()
                .withUndecidedLabel(undecided < 0 ? MajorityVote.DEFAULT_UNDECIDED : undecided)
                .withMaxIterations(maxIt < 0 ? MultiLabelStaple.Options.UNLIMITED : maxIt);
        MultiLabelStaple.Result r = MultiLabelStaple.run(raters, o);
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
        for (int i = 0; i < itk.labels().length; i++) {
            if ((int) itk.labels()[i] != r.labels()[i]) {
                mismatches++;
            }
        }
        System.out.printf("multi-label STAPLE %s: iterations SegSense %d, ITK(float) %d; max |M - M_ITK| = %.3g, label mismatches %d%n",
                label, r.iterations(), itk.iterations(), maxDiff, mismatches);
        assertEquals(itk.iterations(), r.iterations(), label + " iterations");
        assertEquals(0.0, maxDiff, label + ": max confusion/prior difference (float values, expected bit for bit)");
        assertEquals(0, mismatches, label + ": labels differing from ITK");
        if (doubleDiffers) {
            ItkMultiLabel exact = itkMultiLabel("double", f, undecided, maxIt);
            System.out.printf("  ITK(double weights): iterations %d%n", exact.iterations());
            assertTrue(exact.iterations() != itk.iterations(),
                    label + ": ITK's float and double instantiations stop together here; the case does not discriminate");
        }
    }

    private void multiLabelCase(int[] size, double[] spacing, int k, int labels, long seed, int undecided, int maxIt)
            throws IOException {
        byte[][] raters = Synthetic.raters(size, k, labels, seed, 0.03);
        multiLabelCase(raters, size, spacing, "case seed=" + seed + " k=" + k + " labels=" + labels, undecided, maxIt, false);
    }

    @Test
    void multiLabelStapleMatchesItk() throws IOException {
        multiLabelCase(new int[] {33, 29, 21}, new double[] {0.9, 0.9, 2}, 5, 4, 11, -1, -1);
        // an even number of raters: majority-vote ties exercise ITK's undecided-column handling
        multiLabelCase(new int[] {27, 23, 19}, new double[] {1, 1, 1}, 4, 3, 12, -1, -1);
        multiLabelCase(new int[] {21, 25, 17}, new double[] {1, 1, 1}, 6, 5, 13, 9, 3);
        multiLabelCase(new int[] {17, 19, 1}, new double[] {1, 1, 1}, 2, 2, 14, -1, -1);
    }

    /**
     * Larger inputs, where ITK's float sums over millions of voxels round by as much as the termination
     * threshold: an exact computation stops after another number of passes (the double counts in the
     * comments), SegSense must stop with ITK/SimpleITK. A few seconds each.
     */
    @Test
    void multiLabelStapleIterationCountsMatchItkOnLargeInputs() throws IOException {
        int[] s64 = {64, 64, 64};
        // ITK float: 40 passes, double: 39
        multiLabelCase(SyntheticRaters.labelMaps(64, 5, 4, 3), s64, new double[] {1, 1, 1}, "64^3 5 raters 4 labels", -1, -1,
                true);
        int[] s96 = {96, 96, 96};
        // ITK float: 14 passes, double: 13
        multiLabelCase(SyntheticRaters.labelMaps(96, 5, 3, 1), s96, new double[] {1, 1, 1}, "96^3 5 raters 3 labels", -1, -1,
                true);
        int[] s128 = {128, 128, 128};
        // the input of `segsense bench image --size 128 --raters 5` (docs/benchmarks.md): ITK float 26 passes, double 24
        multiLabelCase(Synthetic.nestedEllipsoidRaters(128, 5), s128, new double[] {1, 1, 1}, "128^3 benchmark input", -1, -1,
                false);
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
