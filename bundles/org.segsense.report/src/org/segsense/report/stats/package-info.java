// SPDX-License-Identifier: EPL-2.0
/**
 * The statistics of sensitivity reports, each checked against published or closed-form values:
 * paired Wilcoxon signed-rank tests with a matched-pairs rank-biserial effect size
 * ({@link org.segsense.report.stats.WilcoxonSignedRank}), Holm's step-down correction
 * ({@link org.segsense.report.stats.Holm}), Student-t confidence intervals of a mean
 * ({@link org.segsense.report.stats.MeanInterval}), Spearman rank correlation with average ranks for ties
 * ({@link org.segsense.report.stats.Spearman}) and the distributions behind them
 * ({@link org.segsense.report.stats.Distributions}).
 */
package org.segsense.report.stats;
