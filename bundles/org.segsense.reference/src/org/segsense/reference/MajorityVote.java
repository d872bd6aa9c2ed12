// SPDX-License-Identifier: EPL-2.0
package org.segsense.reference;

/**
 * Per-voxel majority vote with the semantics of ITK 5.2's {@code itk::LabelVotingImageFilter}:
 * <ul>
 * <li>label count L = (largest label in any rater) + 1 (labels start at 0; 0 counts as a label);</li>
 * <li>each rater votes for its label; negative labels cast no vote;</li>
 * <li>the output is the label with the most votes if exactly one label has that many, otherwise
 * (a tie, or no votes at all when L &gt; 1) the undecided label — by default L;</li>
 * </ul>
 * Ties are resolved exactly as ITK's scan does: label 0 is the initial winner, every later label with
 * more votes takes over, one with equally many votes makes the voxel undecided.
 */
public final class MajorityVote {

    /** Use ITK's default undecided label (largest label + 1). */
    public static final int DEFAULT_UNDECIDED = Integer.MIN_VALUE;

    private MajorityVote() {
    }

    /**
     * Majority vote of unsigned byte raters (labels 0..255).
     *
     * @param raters          K ≥ 1 label maps of equal length
     * @param undecidedLabel  label for ties, or {@link #DEFAULT_UNDECIDED}
     * @return the voted label map
     */
    public static int[] run(byte[][] raters, int undecidedLabel) {
        return run(Raters.of(raters), undecidedLabel);
    }

    /**
     * Majority vote of 16-bit raters (negative labels cast no vote).
     *
     * @param raters         K ≥ 1 label maps of equal length
     * @param undecidedLabel label for ties, or {@link #DEFAULT_UNDECIDED}
     * @return the voted label map
     */
    public static int[] run(short[][] raters, int undecidedLabel) {
        return run(Raters.of(raters), undecidedLabel);
    }

    /**
     * Majority vote of int raters (negative labels cast no vote).
     *
     * @param raters         K ≥ 1 label maps of equal length
     * @param undecidedLabel label for ties, or {@link #DEFAULT_UNDECIDED}
     * @return the voted label map
     */
    public static int[] run(int[][] raters, int undecidedLabel) {
        return run(Raters.of(raters), undecidedLabel);
    }

    /**
     * The undecided label ITK would use by default: largest label + 1 (at least 1).
     *
     * @param raters label maps
     * @return the default undecided label
     */
    public static int defaultUndecidedLabel(int[][] raters) {
        return maxLabel(Raters.of(raters)) + 1;
    }

    static int maxLabel(Raters raters) {
        int n = raters.length;
        int chunk = Raters.chunkSize();
        int chunks = (n + chunk - 1) / chunk;
        int[] maxPerChunk = new int[Math.max(1, chunks)];
        Raters.forEachChunk(n, c -> {
            int from = c * chunk;
            int to = Math.min(n, from + chunk);
            int[] buf = new int[to - from];
            int m = 0;
            for (int k = 0; k < raters.count; k++) {
                raters.readLabels(k, from, to, buf);
                for (int v : buf) {
                    m = Math.max(m, v);
                }
            }
            maxPerChunk[c] = m;
        });
        int m = 0;
        for (int v : maxPerChunk) {
            m = Math.max(m, v);
        }
        if (m == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("label " + m + " is too large");
        }
        return m;
    }

    private static int[] run(Raters raters, int undecidedLabel) {
        final int labelCount = maxLabel(raters) + 1;
        final int undecided = undecidedLabel == DEFAULT_UNDECIDED ? labelCount : undecidedLabel;
        final int n = raters.length;
        final int k = raters.count;
        int[] out = new int[n];
        int chunk = Raters.chunkSize();
        Raters.forEachChunk(n, c -> {
            int from = c * chunk;
            int to = Math.min(n, from + chunk);
            int len = to - from;
            int[][] vals = new int[k][len];
            for (int r = 0; r < k; r++) {
                raters.readLabels(r, from, to, vals[r]);
            }
            int[] cand = new int[k];
            int[] votes = new int[k];
            for (int i = 0; i < len; i++) {
                // distinct non-negative labels and their vote counts
                int m = 0;
                for (int r = 0; r < k; r++) {
                    int v = vals[r][i];
                    if (v < 0) {
                        continue;
                    }
                    int j = 0;
                    while (j < m && cand[j] != v) {
                        j++;
                    }
                    if (j == m) {
                        cand[m] = v;
                        votes[m] = 1;
                        m++;
                    } else {
                        votes[j]++;
                    }
                }
                out[from + i] = decide(cand, votes, m, labelCount, undecided);
            }
        });
        return out;
    }

    /** ITK's decision: unique maximum wins; a tied maximum (including 0 votes everywhere) is undecided. */
    static int decide(int[] cand, int[] votes, int m, int labelCount, int undecided) {
        if (m == 0) {
            return labelCount > 1 ? undecided : 0;
        }
        int best = -1;
        int bestVotes = 0;
        boolean tie = false;
        for (int j = 0; j < m; j++) {
            if (votes[j] > bestVotes) {
                bestVotes = votes[j];
                best = cand[j];
                tie = false;
            } else if (votes[j] == bestVotes) {
                tie = true;
            }
        }
        // labels without votes tie only when no label has a vote (handled above)
        return tie ? undecided : best;
    }
}
