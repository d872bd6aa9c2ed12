// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.stats;

/**
 * The mean of a sample with its two-sided Student-t confidence interval,
 * {@code mean ± t(1 − α/2, n − 1)·s/√n} (s the sample SD with n − 1). NaN values are left out; with
 * one value the interval is undefined (NaN bounds).
 *
 * @param mean the mean
 * @param lower lower bound
 * @param upper upper bound
 * @param n number of values used
 */
public record MeanInterval(double mean, double lower, double upper, int n) {

	/**
	 * @param values the sample
	 * @param level confidence level, e.g. 0.95
	 * @return the mean and interval
	 */
	public static MeanInterval of(double[] values, double level) {
		double sum = 0;
		int n = 0;
		for (double v : values) {
			if (!Double.isNaN(v)) {
				sum += v;
				n++;
			}
		}
		if (n == 0) {
			return new MeanInterval(Double.NaN, Double.NaN, Double.NaN, 0);
		}
		double mean = sum / n;
		if (n == 1) {
			return new MeanInterval(mean, Double.NaN, Double.NaN, 1);
		}
		double ss = 0;
		for (double v : values) {
			if (!Double.isNaN(v)) {
				ss += (v - mean) * (v - mean);
			}
		}
		double half = Distributions.studentQuantile(1 - (1 - level) / 2, n - 1) * Math.sqrt(ss / (n - 1) / n);
		return new MeanInterval(mean, mean - half, mean + half, n);
	}
}
