package org.segsense.reference;

import java.util.Arrays;

/**
 * Multi-label STAPLE (Rohlfing et al. 2004; Warfield et al. 2004) with the semantics of ITK 5.2's
 * {@code itk::MultiLabelSTAPLEImageFilter}, computed in double precision (ITK's {@code TWeights = double};
 * ITK's default template argument is float, whose sequential float sums over millions of voxels carry
 * relative errors of order 1e-5 — SegSense uses double throughout).
 *
 * <p>Semantics, with L = largest label + 1 and K raters:
 * <ul>
 * <li>Confusion matrix per rater: L + 1 rows (the rater's label j = 0..L; row L is the "undecided"
 * row) × L columns (the estimated true label c); entry [j][c] ≈ P(rater says j | truth c).</li>
 * <li>Initialisation from {@link MajorityVote} (ITK's LabelVotingImageFilter with its default undecided
 * label L): count [rater label][voted label], then normalise each row over c. ITK 5.2 stores the
 * matrix row-major and adds a voxel whose vote is undecided (column L, one past the last column) into
 * [j + 1][0]; this is reproduced exactly, because it changes the estimate.</li>
 * <li>Priors: the frequency of each label over all raters and voxels, normalised over labels 0..L−1;
 * the array has L + 1 entries (the last is 0), or user-supplied priors (at least L entries).</li>
 * <li>Each pass: E-step W_c ∝ prior_c · Π_k M_k[j_k][c] (normalised when the sum is non-zero), M-step
 * new M_k[j][c] = Σ_{voxels with j_k = j} W_c / Σ_{all voxels} W_c (columns with zero sum stay 0).
 * Stop when the largest absolute change of any matrix entry is &lt; the termination threshold (default
 * 1e-5), or after the maximum number of passes if one is set. The reported iteration count is the
 * 0-based index of the last pass, or the maximum when it was reached.</li>
 * <li>Output: per voxel the label c maximising prior_c · Π_k M_k[j_k][c]; if that maximum is attained
 * by more than one label, or all weights are 0, the undecided label (default L).</li>
 * </ul>
 * Every pass runs over the distinct rater-label tuples weighted by their voxel counts; results differ
 * from a voxel-by-voxel double-precision evaluation by rounding only.
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
     * @param confusionMatrices per rater, [L + 1][L]: [rater label j][true label c]
     * @param priors            prior per label (L + 1 entries when estimated; last 0)
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
        double[][] m = new double[k][cells];
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
            double cnt = index.counts[p];
            for (int r = 0; r < k; r++) {
                // flat row-major index; vote == L aliases to [j + 1][0] exactly as ITK 5.2's Array2D
                m[r][lab[p * k + r] * l + vote] += cnt;
            }
        }
        for (int r = 0; r < k; r++) {
            for (int j = 0; j < rows; j++) {
                double sum = 0;
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
        double[] prior;
        if (options.priors() != null) {
            if (options.priors().length < l) {
                throw new IllegalArgumentException("prior probabilities have " + options.priors().length
                        + " entries; at least " + l + " are required");
            }
            prior = options.priors().clone();
        } else {
            prior = new double[l + 1];
            for (int p = 0; p < t; p++) {
                double cnt = index.counts[p];
                for (int r = 0; r < k; r++) {
                    prior[lab[p * k + r]] += cnt;
                }
            }
            double total = 0;
            for (int c = 0; c < l; c++) {
                total += prior[c];
            }
            for (int c = 0; c < l; c++) {
                prior[c] /= total;
            }
        }

        // EM
        double[][] u = new double[k][cells];
        double[] w = new double[l];
        long max = options.maxIterations() == Options.UNLIMITED ? 0xFFFFFFFFL : options.maxIterations();
        long iteration = 0;
        boolean converged = false;
        for (; iteration < max; iteration++) {
            for (double[] a : u) {
                Arrays.fill(a, 0.0);
            }
            for (int p = 0; p < t; p++) {
                estep(prior, m, lab, p * k, k, l, w);
                double sumW = w[0];
                for (int c = 1; c < l; c++) {
                    sumW += w[c];
                }
                if (sumW != 0) {
                    for (int c = 0; c < l; c++) {
                        w[c] /= sumW;
                    }
                }
                double cnt = index.counts[p];
                for (int r = 0; r < k; r++) {
                    double[] ur = u[r];
                    int off = lab[p * k + r] * l;
                    for (int c = 0; c < l; c++) {
                        ur[off + c] += cnt * w[c];
                    }
                }
            }
            for (int r = 0; r < k; r++) {
                double[] ur = u[r];
                for (int c = 0; c < l; c++) {
                    double sumW = ur[c];
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
            double maximumUpdate = 0;
            for (int r = 0; r < k; r++) {
                for (int i = 0; i < cells; i++) {
                    maximumUpdate = Math.max(maximumUpdate, Math.abs(u[r][i] - m[r][i]));
                }
                System.arraycopy(u[r], 0, m[r], 0, cells);
            }
            if (maximumUpdate < options.termination()) {
                converged = true;
                break;
            }
        }

        // output labels per tuple, then per voxel
        int[] outByTuple = new int[t];
        for (int p = 0; p < t; p++) {
            estep(prior, m, lab, p * k, k, l, w);
            int winner = undecided;
            double winnerW = 0;
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
                System.arraycopy(m[r], j * l, matrices[r][j], 0, l);
            }
        }
        return new Result(out, matrices, prior, (int) Math.min(iteration, Integer.MAX_VALUE), converged, l, undecided,
                t);
    }

    /** W_c = prior_c · Π_k M_k[j_k][c], multiplied in ITK's order. */
    private static void estep(double[] prior, double[][] m, int[] lab, int base, int k, int l, double[] w) {
        System.arraycopy(prior, 0, w, 0, l);
        for (int r = 0; r < k; r++) {
            double[] mr = m[r];
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
