// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.stats;

import java.util.Arrays;

/**
 * Spearman's rank correlation ρ of two paired samples, as R's {@code cor(x, y, method = "spearman")}: each
 * sample is ranked (1 … n, ties get the average of the ranks they span), and ρ is the Pearson correlation
 * of the two rank vectors (so ties are handled exactly, not by the 1 − 6Σd²/(n(n²−1)) shortcut). Pairs with
 * a NaN in either sample are left out. ρ is undefined (NaN) with fewer than two pairs or when either
 * sample is constant (its ranks have no variance).
 */
public final class Spearman {

	private Spearman() {
	}

	/**
	 * @param x the first sample
	 * @param y the second sample, paired with {@code x}
	 * @return ρ in [−1, 1], or NaN when undefined
	 */
	public static double rho(double[] x, double[] y) {
		if (x.length != y.length) {
			throw new IllegalArgumentException("Spearman's ρ needs paired samples of one length, not " + x.length + " and " + y.length + ".");
		}
		int n = 0;
		double[] a = new double[x.length], b = new double[y.length];
		for (int i = 0; i < x.length; i++) {
			if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
				a[n] = x[i];
				b[n] = y[i];
				n++;
			}
		}
		if (n < 2) {
			return Double.NaN;
		}
		return pearson(ranks(Arrays.copyOf(a, n)), ranks(Arrays.copyOf(b, n)));
	}

	/**
	 * @param v a sample without NaN
	 * @return the rank of each value (1-based), ties at the average of the ranks they span
	 */
	public static double[] ranks(double[] v) {
		Integer[] order = new Integer[v.length];
		for (int i = 0; i < v.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (i, j) -> Double.compare(v[i], v[j]));
		double[] r = new double[v.length];
		for (int start = 0; start < v.length;) {
			int end = start;
			while (end + 1 < v.length && v[order[end + 1]] == v[order[start]]) {
				end++;
			}
			double mid = (start + end) / 2.0 + 1;
			for (int k = start; k <= end; k++) {
				r[order[k]] = mid;
			}
			start = end + 1;
		}
		return r;
	}

	private static double pearson(double[] a, double[] b) {
		double ma = Arrays.stream(a).average().orElse(Double.NaN), mb = Arrays.stream(b).average().orElse(Double.NaN);
		double sab = 0, saa = 0, sbb = 0;
		for (int i = 0; i < a.length; i++) {
			sab += (a[i] - ma) * (b[i] - mb);
			saa += (a[i] - ma) * (a[i] - ma);
			sbb += (b[i] - mb) * (b[i] - mb);
		}
		if (saa == 0 || sbb == 0) {
			return Double.NaN;
		}
		return Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb)));
	}
}
