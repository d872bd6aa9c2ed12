// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The paired Wilcoxon signed-rank test as R's {@code wilcox.test(x, y, paired = TRUE)}: zero differences
 * are dropped; ties get mid-ranks; V is the sum of the ranks of the positive differences. With fewer
 * than 50 non-zero differences and no ties the p-value is exact (the null distribution of V counted by
 * dynamic programming); otherwise it uses the normal approximation with the tie-corrected variance and
 * a continuity correction of 0.5. The effect size is the matched-pairs rank-biserial correlation
 * {@code r = (V − (S − V))/S} with S = n(n + 1)/2 (Kerby 2014): +1 when every difference is positive.
 *
 * @param v the statistic V (sum of positive ranks)
 * @param pValue two-sided p-value (1 when no non-zero difference remains)
 * @param n non-zero differences used
 * @param exact true when the exact null distribution was used
 * @param rankBiserial the effect size, −1 … 1 (NaN when n = 0)
 */
public record WilcoxonSignedRank(double v, double pValue, int n, boolean exact, double rankBiserial) {

	/**
	 * @param x first sample (e.g. metric of variant A per case)
	 * @param y second sample, paired with x
	 * @return the test of x − y; pairs with a NaN are left out
	 */
	public static WilcoxonSignedRank test(double[] x, double[] y) {
		if (x.length != y.length) {
			throw new IllegalArgumentException("Paired samples need equal lengths: " + x.length + " and " + y.length + ".");
		}
		List<Double> d = new ArrayList<>();
		for (int i = 0; i < x.length; i++) {
			double diff = x[i] - y[i];
			if (!Double.isNaN(diff) && diff != 0) {
				d.add(diff);
			}
		}
		int n = d.size();
		if (n == 0) {
			return new WilcoxonSignedRank(0, 1, 0, true, Double.NaN);
		}
		double[] abs = new double[n];
		for (int i = 0; i < n; i++) {
			abs[i] = Math.abs(d.get(i));
		}
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(abs[a], abs[b]));
		double[] rank = new double[n];
		boolean ties = false;
		double tieSum = 0;
		for (int i = 0; i < n;) {
			int j = i;
			while (j + 1 < n && abs[order[j + 1]] == abs[order[i]]) {
				j++;
			}
			double mid = (i + j + 2) / 2.0;
			for (int k = i; k <= j; k++) {
				rank[order[k]] = mid;
			}
			int t = j - i + 1;
			if (t > 1) {
				ties = true;
				tieSum += (double) t * t * t - t;
			}
			i = j + 1;
		}
		double v = 0;
		for (int i = 0; i < n; i++) {
			if (d.get(i) > 0) {
				v += rank[i];
			}
		}
		double s = n * (n + 1) / 2.0;
		double r = (v - (s - v)) / s;
		if (n < 50 && !ties) {
			return new WilcoxonSignedRank(v, exactTwoSided((int) Math.round(v), n), n, true, r);
		}
		double mean = n * (n + 1) / 4.0;
		double var = n * (n + 1) * (2.0 * n + 1) / 24 - tieSum / 48;
		double z = v - mean;
		double correction = Math.signum(z) * 0.5;
		z = (z - correction) / Math.sqrt(var);
		double p = Math.min(1, 2 * Math.min(Distributions.normalCdf(z), 1 - Distributions.normalCdf(z)));
		return new WilcoxonSignedRank(v, p, n, false, r);
	}

	/** 2·min(P(V ≤ v), P(V ≥ v)) under the null, capped at 1 (R's exact two-sided rule). */
	static double exactTwoSided(int v, int n) {
		int max = n * (n + 1) / 2;
		double[] count = new double[max + 1];
		count[0] = 1;
		for (int k = 1; k <= n; k++) {
			for (int s = max; s >= k; s--) {
				count[s] += count[s - k];
			}
		}
		double total = Math.pow(2, n);
		double lower = 0, upper = 0;
		for (int s = 0; s <= max; s++) {
			if (s <= v) {
				lower += count[s];
			}
			if (s >= v) {
				upper += count[s];
			}
		}
		return Math.min(1, 2 * Math.min(lower, upper) / total);
	}
}
