// SPDX-License-Identifier: EPL-2.0
package org.segsense.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Binary STAPLE (Warfield, Zou and Wells, IEEE TMI 23(7) 2004) with the semantics of ITK 5.2's
 * {@code itk::STAPLEImageFilter} as SimpleITK instantiates it: with the output pixel type
 * {@code NumericTraits<InputPixelType>::RealType}, i.e. <b>double</b> for integer masks, so the
 * probability map W, which each pass writes and the next pass reads back, is double throughout. (An ITK
 * instantiation with a float output rounds W to float32 every pass; where convergence is slow that
 * changes the iteration count by 1–2 and W by 1e-7 on the test inputs, up to ~3e-4 on others.)
 * <ul>
 * <li>a rater says "foreground" at a voxel when its value equals the foreground value F (default 1;
 * for float raters ITK's test {@code |v − F| < 1e-10});</li>
 * <li>the initial estimate W is the mean of the raters' decisions (double);</li>
 * <li>the prior g = mean(W) × confidence weight, fixed for the whole run;</li>
 * <li>each pass: M-step sensitivity p_i = Σ_{D_i=1} W / Σ W and specificity
 * q_i = Σ_{D_i=0} (1 − W) / Σ (1 − W) (double sums), then E-step
 * W = g·α / (g·α + (1 − g)·β) with α = Π p_i or (1 − p_i), β = Π (1 − q_i) or q_i, in double;</li>
 * <li>stop after pass t ≥ 1 when every rater's squared change of p and of q is ≤ 1e-14; the reported
 * iteration count is t, the 0-based index of the last pass; with a maximum of N passes that all run
 * without converging the count is N (as ITK reports it);</li>
 * <li>output: the double probability map W of the last pass ({@link ProbabilityMap}); it is
 * materialised as double ({@link ProbabilityMap#toDoubles()}, SimpleITK's output) or, to halve the
 * memory of a large map, rounded to float32 ({@link ProbabilityMap#toFloats()}, relative rounding
 * ≤ 6e-8 — the computation itself is double either way).</li>
 * </ul>
 *
 * <p>Because W at a voxel depends only on the tuple of rater decisions there, every pass runs over the
 * distinct decision tuples (at most 2^K, usually far fewer) weighted by their voxel counts, instead of
 * over all voxels; the sums therefore differ from ITK's voxel-order double sums by rounding only
 * (≈1e-13 relative), which could change the iteration count only if a squared change of p or q fell
 * within that much of the 1e-14 threshold (not seen on any test input).
 *
 * <p>Extensions beyond ITK (off by default, so the default is ITK's behaviour):
 * <ul>
 * <li><b>ROI</b>: only voxels with a non-zero ROI value take part in the estimation (initial estimate,
 * prior and all sums); voxels outside the ROI get probability 0.</li>
 * <li><b>Disagreement only</b>: voxels where all raters agree are left out of the estimation; they
 * get probability 1 where all raters say foreground and 0 where all say background.</li>
 * <li><b>Guards</b> (where ITK would produce NaN): a sensitivity whose denominator Σ W is 0 (no
 * estimated foreground, e.g. all raters empty) is defined as 1, a specificity whose denominator
 * Σ (1 − W) is 0 (e.g. all raters full) as 1 — "nothing to find, nothing missed"; at a voxel where
 * g·α + (1 − g)·β = 0 the previous estimate is kept. All raters empty therefore gives probability 0
 * everywhere, sensitivity 1 and specificity 1; each guard that fires adds a note to the result.
 * An empty estimation region gives probability 0 (or the unanimous value), p = q = 1, 0 iterations.</li>
 * </ul>
 */
public final class BinaryStaple {

    /** ITK's convergence threshold on each rater's squared change of sensitivity and specificity. */
    public static final double MIN_SQUARED_CHANGE = 1.0e-14;

    private BinaryStaple() {
    }

    /**
     * Options of a binary STAPLE run.
     *
     * @param confidenceWeight multiplies the prior g (ITK's ConfidenceWeight), default 1
     * @param maxIterations    maximum number of passes (≥ 1), or {@link #UNLIMITED} (ITK's default)
     * @param roi              optional estimation region (non-zero = inside), same length as the raters
     * @param disagreementOnly leave voxels where all raters agree out of the estimation
     */
    public record Options(double confidenceWeight, int maxIterations, byte[] roi, boolean disagreementOnly) {

        /** No iteration limit (ITK's default, a maximum of 2^32 − 1). */
        public static final int UNLIMITED = -1;

        /** Validates the options. */
        public Options {
            if (!(confidenceWeight > 0) || Double.isInfinite(confidenceWeight)) {
                throw new IllegalArgumentException("confidence weight must be positive and finite: " + confidenceWeight);
            }
            if (maxIterations != UNLIMITED && maxIterations < 1) {
                throw new IllegalArgumentException("maximum iterations must be >= 1 (or unlimited): " + maxIterations);
            }
        }

        /** @return ITK's defaults: weight 1, no iteration limit, no ROI, all voxels */
        public static Options defaults() {
            return new Options(1.0, UNLIMITED, null, false);
        }

        /** @param w confidence weight @return a copy with it */
        public Options withConfidenceWeight(double w) {
            return new Options(w, maxIterations, roi, disagreementOnly);
        }

        /** @param n maximum passes or {@link #UNLIMITED} @return a copy with it */
        public Options withMaxIterations(int n) {
            return new Options(confidenceWeight, n, roi, disagreementOnly);
        }

        /** @param mask estimation region or null @return a copy with it */
        public Options withRoi(byte[] mask) {
            return new Options(confidenceWeight, maxIterations, mask, disagreementOnly);
        }

        /** @param on estimate on voxels where raters disagree only @return a copy with it */
        public Options withDisagreementOnly(boolean on) {
            return new Options(confidenceWeight, maxIterations, roi, on);
        }
    }

    /**
     * Result of a binary STAPLE run.
     *
     * @param probability      probability of foreground per voxel (double; see {@link ProbabilityMap})
     * @param sensitivity      per rater
     * @param specificity      per rater
     * @param iterations       ITK's elapsed-iterations value (0-based index of the last pass, or the
     *                         maximum when it was reached without convergence)
     * @param converged        whether the convergence criterion was met
     * @param prior            the fixed prior g (mean initial estimate × confidence weight)
     * @param estimationVoxels number of voxels that took part in the estimation
     * @param distinctPatterns number of distinct rater-decision tuples among them
     * @param notes            guards that fired and other remarks (empty for ordinary inputs)
     */
    public record Result(ProbabilityMap probability, double[] sensitivity, double[] specificity, int iterations,
            boolean converged, double prior, long estimationVoxels, int distinctPatterns, List<String> notes) {
    }

    /**
     * Runs STAPLE on unsigned byte raters (values 0..255).
     *
     * @param raters     K ≥ 1 arrays of equal length, flat voxel order
     * @param foreground foreground value F
     * @param options    options
     * @return the result
     */
    public static Result run(byte[][] raters, int foreground, Options options) {
        return run(Raters.of(raters), foreground, options);
    }

    /**
     * Runs STAPLE on signed 16-bit raters.
     *
     * @param raters     K ≥ 1 arrays of equal length
     * @param foreground foreground value F
     * @param options    options
     * @return the result
     */
    public static Result run(short[][] raters, int foreground, Options options) {
        return run(Raters.of(raters), foreground, options);
    }

    /**
     * Runs STAPLE on int raters.
     *
     * @param raters     K ≥ 1 arrays of equal length
     * @param foreground foreground value F
     * @param options    options
     * @return the result
     */
    public static Result run(int[][] raters, int foreground, Options options) {
        return run(Raters.of(raters), foreground, options);
    }

    /**
     * Runs STAPLE on float raters (foreground where |v − F| &lt; 1e-10, as ITK).
     *
     * @param raters     K ≥ 1 arrays of equal length
     * @param foreground foreground value F
     * @param options    options
     * @return the result
     */
    public static Result run(float[][] raters, double foreground, Options options) {
        return run(Raters.of(raters), foreground, options);
    }

    private static Result run(Raters raters, double foreground, Options options) {
        final int n = raters.length;
        final int k = raters.count;
        if (options.roi() != null && options.roi().length != n) {
            throw new IllegalArgumentException("ROI has " + options.roi().length + " voxels, raters have " + n);
        }
        List<String> notes = new ArrayList<>();
        TupleIndex index = TupleIndex.build(n, k, 1,
                (r, from, to, dst) -> raters.readForeground(r, from, to, dst, foreground), options.roi());
        final int t = index.size;

        // decisions per tuple, flat [tuple * k + rater]; number of "foreground" votes per tuple
        byte[] dec = new byte[t * k];
        int[] ones = new int[t];
        boolean[] active = new boolean[t];
        long nEst = 0;
        for (int p = 0; p < t; p++) {
            int c = 0;
            for (int r = 0; r < k; r++) {
                int v = index.value(p, r);
                dec[p * k + r] = (byte) v;
                c += v;
            }
            ones[p] = c;
            active[p] = !options.disagreementOnly() || (c != 0 && c != k);
            if (active[p]) {
                nEst += index.counts[p];
            }
        }

        // initial estimate: mean of decisions (double, as SimpleITK's double W); prior from it
        double[] w = new double[t];
        double sumW0 = 0;
        for (int p = 0; p < t; p++) {
            w[p] = ones[p] / (double) k;
            if (active[p]) {
                sumW0 += index.counts[p] * w[p];
            }
        }
        double g = nEst == 0 ? 0.0 : (sumW0 / nEst) * options.confidenceWeight();
        if (nEst == 0) {
            notes.add("no voxel takes part in the estimation: probability 0 (or the unanimous value),"
                    + " sensitivity and specificity 1");
        }

        double[] sens = new double[k];
        double[] spec = new double[k];
        double[] lastSens = new double[k];
        double[] lastSpec = new double[k];
        Arrays.fill(lastSens, -10.0);
        Arrays.fill(lastSpec, -10.0);
        double[] pNum = new double[k];
        double[] qNum = new double[k];
        boolean sensGuard = false;
        boolean specGuard = false;
        boolean voxelGuard = false;

        long max = options.maxIterations() == Options.UNLIMITED ? 0xFFFFFFFFL : options.maxIterations();
        long iter;
        boolean converged = false;
        if (nEst == 0) {
            Arrays.fill(sens, 1.0);
            Arrays.fill(spec, 1.0);
            max = 0;
            converged = true;
        }
        for (iter = 0; iter < max; iter++) {
            // M-step
            Arrays.fill(pNum, 0);
            Arrays.fill(qNum, 0);
            double pDen = 0;
            double qDen = 0;
            for (int p = 0; p < t; p++) {
                if (!active[p]) {
                    continue;
                }
                double cnt = index.counts[p];
                double wp = cnt * w[p];
                double wq = cnt * (1.0 - w[p]);
                pDen += wp;
                qDen += wq;
                int base = p * k;
                for (int r = 0; r < k; r++) {
                    if (dec[base + r] != 0) {
                        pNum[r] += wp;
                    } else {
                        qNum[r] += wq;
                    }
                }
            }
            for (int r = 0; r < k; r++) {
                if (pDen == 0) {
                    sens[r] = 1.0;
                    sensGuard = true;
                } else {
                    sens[r] = pNum[r] / pDen;
                }
                if (qDen == 0) {
                    spec[r] = 1.0;
                    specGuard = true;
                } else {
                    spec[r] = qNum[r] / qDen;
                }
            }
            // E-step
            for (int p = 0; p < t; p++) {
                if (!active[p]) {
                    continue;
                }
                double alpha = 1.0;
                double beta = 1.0;
                int base = p * k;
                for (int r = 0; r < k; r++) {
                    if (dec[base + r] != 0) {
                        alpha = alpha * sens[r];
                        beta = beta * (1.0 - spec[r]);
                    } else {
                        alpha = alpha * (1.0 - sens[r]);
                        beta = beta * spec[r];
                    }
                }
                double den = g * alpha + (1.0 - g) * beta;
                if (den == 0 || Double.isNaN(den)) {
                    voxelGuard = true; // keep the previous estimate
                } else {
                    w[p] = g * alpha / den;
                }
            }
            // convergence (ITK: not on the first pass)
            boolean flag = false;
            if (iter != 0) {
                flag = true;
                for (int r = 0; r < k; r++) {
                    double ds = sens[r] - lastSens[r];
                    double dq = spec[r] - lastSpec[r];
                    if (ds * ds > MIN_SQUARED_CHANGE || dq * dq > MIN_SQUARED_CHANGE) {
                        flag = false;
                        break;
                    }
                }
            }
            System.arraycopy(sens, 0, lastSens, 0, k);
            System.arraycopy(spec, 0, lastSpec, 0, k);
            if (flag) {
                converged = true;
                break;
            }
        }
        if (sensGuard) {
            notes.add("estimated foreground is empty: sensitivity defined as 1");
        }
        if (specGuard) {
            notes.add("estimated background is empty: specificity defined as 1");
        }
        if (voxelGuard) {
            notes.add("both likelihoods vanished at some voxels: their previous estimate was kept");
        }

        // output map, per tuple (voxels map to their tuple)
        double[] outByTuple = new double[t];
        for (int p = 0; p < t; p++) {
            outByTuple[p] = active[p] ? w[p] : (ones[p] == k ? 1.0 : 0.0);
        }
        ProbabilityMap prob = new ProbabilityMap(outByTuple, index.voxelIds);
        int iterations = (int) Math.min(iter, Integer.MAX_VALUE);
        return new Result(prob, sens, spec, iterations, converged, g, nEst, t, Collections.unmodifiableList(notes));
    }

    /**
     * The probability map W: since W at a voxel depends only on the voxel's tuple of rater decisions, it is
     * held as one double per distinct tuple plus the tuple id of each voxel, and materialised on request.
     */
    public static final class ProbabilityMap {

        private final double[] byTuple;
        private final int[] voxelTuple;

        ProbabilityMap(double[] byTuple, int[] voxelTuple) {
            this.byTuple = byTuple;
            this.voxelTuple = voxelTuple;
        }

        /** @return number of voxels */
        public int size() {
            return voxelTuple.length;
        }

        /** @param voxel flat voxel index @return W there (0 outside the ROI) */
        public double get(int voxel) {
            int id = voxelTuple[voxel];
            return id < 0 ? 0.0 : byTuple[id];
        }

        /** @return W per voxel in double, as SimpleITK returns it */
        public double[] toDoubles() {
            double[] out = new double[voxelTuple.length];
            fill(i -> out[i] = get(i));
            return out;
        }

        /** @return W per voxel rounded to float32 (half the memory of {@link #toDoubles()}) */
        public float[] toFloats() {
            float[] out = new float[voxelTuple.length];
            fill(i -> out[i] = (float) get(i));
            return out;
        }

        private void fill(java.util.function.IntConsumer voxel) {
            int n = voxelTuple.length;
            int chunk = Raters.chunkSize();
            Raters.forEachChunk(n, c -> {
                int to = Math.min(n, c * chunk + chunk);
                for (int i = c * chunk; i < to; i++) {
                    voxel.accept(i);
                }
            });
        }
    }
}
