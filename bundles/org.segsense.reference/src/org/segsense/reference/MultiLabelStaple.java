// SPDX-License-Identifier: EPL-2.0
package org.segsense.reference;

import java.util.stream.IntStream;

/**
 * Multi-label STAPLE (Rohlfing et al. 2004; Warfield et al. 2004) with the semantics of ITK 5.2's
 * {@code itk::MultiLabelSTAPLEImageFilter} as SimpleITK instantiates it, with <b>float</b> weights
 * ({@code <In, Out, float>}): every quantity (confusion matrices, priors, W, the sums, the termination
 * test) is IEEE binary32 and every sum runs in ITK's order, so the results, the iteration count included,
 * are ITK's bit for bit. In particular the confusion-matrix updates are sequential float sums over all
 * voxels in voxel order; with millions of voxels their rounding (~1e-5 relative) is as large as the
 * termination threshold, which is why an exact (double) computation stops after a different number of
 * passes than ITK/SimpleITK (e.g. 24 instead of 26 on the 128³ benchmark input).
 *
 * <p>Semantics, with L = largest label + 1 and K raters:
 * <ul>
 * <li>Confusion matrix per rater: L + 1 rows (the rater's label j = 0..L; row L is the "undecided"
 * row) × L columns (the estimated true label c); entry [j][c] ≈ P(rater says j | truth c).</li>
 * <li>Initialisation from {@link MajorityVote} (ITK's LabelVotingImageFilter with its default undecided
 * label L): count [rater label][voted label] (float increments, which stop growing at 2^24), then
 * normalise each row over c. ITK 5.2 stores the matrix row-major and adds a voxel whose vote is
 * undecided (column L, one past the last column) into [j + 1][0]; this is reproduced exactly, because it
 * changes the estimate.</li>
 * <li>Priors: the frequency of each label over all raters and voxels (float counts), normalised over
 * labels 0..L−1; the array has L + 1 entries (the last is 0), or user-supplied priors (at least L
 * entries, rounded to float).</li>
 * <li>Each pass: E-step W_c = prior_c · Π_k M_k[j_k][c] (multiplied in rater order), normalised by their
 * sum when it is non-zero; M-step new M_k[j][c] = Σ_{voxels with j_k = j} W_c (voxel order) / Σ_j (…)
 * (columns with zero sum stay 0). Stop when the largest absolute change of any matrix entry is &lt; the
 * termination threshold (default 1e-5, as float), or after the maximum number of passes if one is set.
 * The reported iteration count is the 0-based index of the last pass, or the maximum when it was
 * reached.</li>
 * <li>Output: per voxel the label c maximising prior_c · Π_k M_k[j_k][c]; if that maximum is attained
 * by more than one label, or all weights are 0, the undecided label (default L).</li>
 * </ul>
 * W depends only on the voxel's tuple of rater labels, so the E-step runs once per distinct tuple; the
 * voxel-order float sums run over runs of equal tuples ({@link VoxelOrderFloatSums}), one rater per
 * thread.
 */
public final class MultiLabelStaple {

    /** ITK's default termination threshold. */
    public static final double DEFAULT_TERMINATION = 1e-5;

    private MultiLabelStaple() {
    }

    /**
     * Options of a multi-label STAPLE run.
     *
     * @param undecidedLabel label for undecided voxels, or {@link MajorityVote#DEFAULT_UNDECIDED} (= L)
     * @param maxIterations  maximum passes (≥ 1) or {@link #UNLIMITED}
     * @param termination    threshold on the largest confusion-matrix change (≥ 0)
     * @param priors         user priors per label (≥ L entries) or null to estimate them
     */
    public record Options(int undecidedLabel, int maxIterations, double termination, double[] priors) {

        /** No iteration limit (ITK's default). */
        public static final int UNLIMITED = -1;

        /** Validates the options. */
        public Options {
            if (maxIterations != UNLIMITED && maxIterations < 1) {
                throw new IllegalArgumentException("maximum iterations must be >= 1 (or unlimited): " + maxIterations);
            }
            if (!(termination >= 0) || Double.isInfinite(termination)) {
                throw new IllegalArgumentException("termination threshold must be finite and >= 0: " + termination);
            }
        }

        /** @return ITK's defaults */
        public static Options defaults() {
            return new Options(MajorityVote.DEFAULT_UNDECIDED, UNLIMITED, DEFAULT_TERMINATION, null);
        }

        /** @param l undecided label @return a copy with it */
        public Options withUndecidedLabel(int l) {
            return new Options(l, maxIterations, termination, priors);
        }

        /** @param n maximum passes or {@link #UNLIMITED} @return a copy with it */
        public Options withMaxIterations(int n) {
            return new Options(undecidedLabel, n, termination, priors);
        }

        /** @param t termination threshold @return a copy with it */
        public Options withTermination(double t) {
            return new Options(undecidedLabel, maxIterations, t, priors);
        }

        /** @param p priors or null @return a copy with them */
        public Options withPriors(double[] p) {
            return new Options(undecidedLabel, maxIterations, termination, p);
        }
    }

    /**
     * Result of a multi-label STAPLE run.
     *
     * @param labels            estimated label per voxel
     * @param confusionMatrices per rater, [L + 1][L]: [rater label j][true label c] (float values)
     * @param priors            prior per label (L + 1 entries when estimated; last 0; float values)
     * @param iterations        ITK's elapsed-iterations value
     * @param converged         whether the termination threshold was reached
     * @param labelCount        L
     * @param undecidedLabel    the undecided label used
     * @param distinctTuples    number of distinct rater-label tuples
     */
    public record Result(int[] labels, double[][][] confusionMatrices, double[] priors, int iterations,
            boolean converged, int labelCount, int undecidedLabel, int distinctTuples) {
    }

    /**
     * Runs multi-label STAPLE on unsigned byte label maps.
     *
     * @param raters  K ≥ 1 label maps of equal length
     * @param options options
     * @return the result
     */
    public static Result run(byte[][] raters, Options options) {
        return run(Raters.of(raters), options);
    }

    /**
     * Runs multi-label STAPLE on 16-bit label maps (labels must be ≥ 0).
     *
     * @param raters  K ≥ 1 label maps of equal length
     * @param options options
     * @return the result
     */
    public static Result run(short[][] raters, Options options) {
        return run(Raters.of(raters), options);
    }

    /**
     * Runs multi-label STAPLE on int label maps (labels must be ≥ 0).
     *
     * @param raters  K ≥ 1 label maps of equal length
     * @param options options
     * @return the result
     */
    public static Result run(int[][] raters, Options options) {
        return run(Raters.of(raters), options);
    }

    private static Result run(Raters raters, Options options) {
        final int n = raters.length;
        final int k = raters.count;
        checkNonNegative(raters);
        final int maxLabel = MajorityVote.maxLabel(raters);
        final int l = maxLabel + 1;
        if ((long) (l + 1) * l * k > 200_000_000L) {
            throw new IllegalArgumentException("too many labels for multi-label STAPLE: " + l);
        }
        final int undecided = options.undecidedLabel() == MajorityVote.DEFAULT_UNDECIDED ? l : options.undecidedLabel();
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(maxLabel));
        TupleIndex index = TupleIndex.build(n, k, bits, raters::readLabels, null);
        final int t = index.size;
        int[] lab = new int[t * k];
        for (int p = 0; p < t; p++) {
            for (int r = 0; r < k; r++) {
                lab[p * k + r] = index.value(p, r);
            }
        }
        final int rows = l + 1;
        final int cells = rows * l;

        // initialisation from majority vote (ITK's voting filter uses undecided = L whatever the option)
        long[][] counts = new long[k][cells];
        int[] cand = new int[k];
        int[] votes = new int[k];
        for (int p = 0; p < t; p++) {
            int mm = 0;
            for (int r = 0; r < k; r++) {
                int v = lab[p * k + r];
                int j = 0;
                while (j < mm && cand[j] != v) {
                    j++;
                }
                if (j == mm) {
                    cand[mm] = v;
                    votes[mm] = 1;
                    mm++;
                } else {
                    votes[j]++;
                }
            }
            int vote = MajorityVote.decide(cand, votes, mm, l, l);
            for (int r = 0; r < k; r++) {
                // flat row-major index; vote == L aliases to [j + 1][0] exactly as ITK 5.2's Array2D
                counts[r][lab[p * k + r] * l + vote] += index.counts[p];
            }
        }
        float[][] m = new float[k][cells];
        for (int r = 0; r < k; r++) {
            for (int i = 0; i < cells; i++) {
                m[r][i] = floatCount(counts[r][i]);
            }
            for (int j = 0; j < rows; j++) {
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

        // priors
        float[] prior;
        if (options.priors() != null) {
            if (options.priors().length < l) {
                throw new IllegalArgumentException("prior probabilities have " + options.priors().length
                        + " entries; at least " + l + " are required");
            }
            prior = new float[options.priors().length];
            for (int c = 0; c < prior.length; c++) {
                prior[c] = (float) options.priors()[c];
            }
        } else {
            long[] labelCounts = new long[l + 1];
            for (int p = 0; p < t; p++) {
                for (int r = 0; r < k; r++) {
                    labelCounts[lab[p * k + r]] += index.counts[p];
                }
            }
            prior = new float[l + 1];
            float total = 0;
            for (int c = 0; c <= l; c++) {
                prior[c] = floatCount(labelCounts[c]);
            }
            for (int c = 0; c < l; c++) {
                total += prior[c];
            }
            for (int c = 0; c < l; c++) {
                prior[c] /= total;
            }
        }

        // EM
        VoxelOrderFloatSums.Runs runs = VoxelOrderFloatSums.runs(index.voxelIds);
        float[] wByTuple = new float[t * l];
        float[][] u = new float[k][cells];
        float threshold = (float) options.termination();
        long max = options.maxIterations() == Options.UNLIMITED ? 0xFFFFFFFFL : options.maxIterations();
        long iteration = 0;
        boolean converged = false;
        for (; iteration < max; iteration++) {
            float[] w = new float[l];
            for (int p = 0; p < t; p++) {
                estep(prior, m, lab, p * k, k, l, w);
                float sumW = w[0];
                for (int c = 1; c < l; c++) {
                    sumW += w[c];
                }
                if (sumW != 0) {
                    for (int c = 0; c < l; c++) {
                        w[c] /= sumW;
                    }
                }
                System.arraycopy(w, 0, wByTuple, p * l, l);
            }
            IntStream.range(0, k).parallel().forEach(r -> accumulate(u[r], r, runs, lab, k, l, wByTuple));
            for (int r = 0; r < k; r++) {
                float[] ur = u[r];
                for (int c = 0; c < l; c++) {
                    float sumW = ur[c];
                    for (int j = 1; j < rows; j++) {
                        sumW += ur[j * l + c];
                    }
                    if (sumW != 0) {
                        for (int j = 0; j < rows; j++) {
                            ur[j * l + c] /= sumW;
                        }
                    }
                }
            }
            float maximumUpdate = 0;
            for (int r = 0; r < k; r++) {
                for (int i = 0; i < cells; i++) {
                    maximumUpdate = Math.max(maximumUpdate, Math.abs(u[r][i] - m[r][i]));
                }
                System.arraycopy(u[r], 0, m[r], 0, cells);
            }
            if (maximumUpdate < threshold) {
                converged = true;
                break;
            }
        }

        // output labels per tuple, then per voxel
        int[] outByTuple = new int[t];
        float[] w = new float[l];
        for (int p = 0; p < t; p++) {
            estep(prior, m, lab, p * k, k, l, w);
            int winner = undecided;
            float winnerW = 0;
            for (int c = 0; c < l; c++) {
                if (w[c] > winnerW) {
                    winnerW = w[c];
                    winner = c;
                } else if (!(w[c] < winnerW)) {
                    winner = undecided;
                }
            }
            outByTuple[p] = winner;
        }
        int[] out = new int[n];
        int[] ids = index.voxelIds;
        int chunk = Raters.chunkSize();
        Raters.forEachChunk(n, c -> {
            int from = c * chunk;
            int to = Math.min(n, from + chunk);
            for (int i = from; i < to; i++) {
                out[i] = outByTuple[ids[i]];
            }
        });
        double[][][] matrices = new double[k][rows][l];
        for (int r = 0; r < k; r++) {
            for (int j = 0; j < rows; j++) {
                for (int c = 0; c < l; c++) {
                    matrices[r][j][c] = m[r][j * l + c];
                }
            }
        }
        double[] priors = new double[prior.length];
        for (int c = 0; c < prior.length; c++) {
            priors[c] = prior[c];
        }
        return new Result(out, matrices, priors, (int) Math.min(iteration, Integer.MAX_VALUE), converged, l, undecided,
                t);
    }

    /** ITK's {@code ++} on a float counter: exact up to 2^24, where adding 1 no longer changes it. */
    private static float floatCount(long count) {
        return count >= (1L << 24) ? (float) (1 << 24) : (float) count;
    }

    /** Rater r's new (unnormalised) confusion matrix: Σ W over its voxels in voxel order, in float. */
    private static void accumulate(float[] ur, int r, VoxelOrderFloatSums.Runs runs, int[] lab, int k, int l,
            float[] wByTuple) {
        java.util.Arrays.fill(ur, 0f);
        int[] tuple = runs.tuple;
        int[] length = runs.length;
        for (int q = 0; q < runs.count; q++) {
            int p = tuple[q];
            int len = length[q];
            int off = lab[p * k + r] * l;
            int wo = p * l;
            if (len == 1) {
                for (int c = 0; c < l; c++) {
                    ur[off + c] += wByTuple[wo + c];
                }
            } else {
                for (int c = 0; c < l; c++) {
                    ur[off + c] = VoxelOrderFloatSums.addRepeated(ur[off + c], wByTuple[wo + c], len);
                }
            }
        }
    }

    /** W_c = prior_c · Π_k M_k[j_k][c], in float, multiplied in ITK's order. */
    private static void estep(float[] prior, float[][] m, int[] lab, int base, int k, int l, float[] w) {
        System.arraycopy(prior, 0, w, 0, l);
        for (int r = 0; r < k; r++) {
            float[] mr = m[r];
            int off = lab[base + r] * l;
            for (int c = 0; c < l; c++) {
                w[c] *= mr[off + c];
            }
        }
    }

    private static void checkNonNegative(Raters raters) {
        int n = raters.length;
        int chunk = Raters.chunkSize();
        boolean[] bad = new boolean[1];
        Raters.forEachChunk(n, c -> {
            int from = c * chunk;
            int to = Math.min(n, from + chunk);
            int[] buf = new int[to - from];
            for (int r = 0; r < raters.count; r++) {
                raters.readLabels(r, from, to, buf);
                for (int v : buf) {
                    if (v < 0) {
                        bad[0] = true;
                        return;
                    }
                }
            }
        });
        if (bad[0]) {
            throw new IllegalArgumentException("multi-label STAPLE needs labels >= 0");
        }
    }
}
