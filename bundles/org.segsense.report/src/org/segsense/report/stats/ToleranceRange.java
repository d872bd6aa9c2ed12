// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The range of a perturbation axis over which a metric stays within a fraction of its unperturbed
 * (baseline) value — the tolerance table of a sensitivity report. Starting at the baseline's sweep
 * value, the range extends to neighbouring sampled values while the metric is at least
 * {@code fraction × baseline} (higher-is-better metrics, e.g. Dice) or at most {@code baseline / fraction}
 * (lower-is-better, e.g. HD95); it stops before the first value that fails. A side that holds up to the
 * last sampled value is reported as open (the true tolerance may be wider than the sweep).
 *
 * @param lower smallest sampled value in the range
 * @param upper largest sampled value in the range
 * @param lowerOpen true when the criterion held down to the smallest sampled value
 * @param upperOpen true when it held up to the largest
 */
public record ToleranceRange(double lower, double upper, boolean lowerOpen, boolean upperOpen) {

	/**
	 * @param values sampled values of the swept parameter (any order; must contain {@code baselineValue})
	 * @param metric the metric at each value (mean over cases), NaN where undefined (fails the criterion)
	 * @param baselineValue the parameter value of the unperturbed image (e.g. 0 degrees)
	 * @param fraction e.g. 0.95
	 * @param higherIsBetter the metric's orientation
	 * @return the range
	 * @throws IllegalArgumentException when the baseline value is not among the sampled values
	 */
	public static ToleranceRange of(double[] values, double[] metric, double baselineValue, double fraction, boolean higherIsBetter) {
		Integer[] order = new Integer[values.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
		int b = -1;
		for (int k = 0; k < order.length; k++) {
			if (values[order[k]] == baselineValue) {
				b = k;
			}
		}
		if (b < 0) {
			throw new IllegalArgumentException("The baseline value " + baselineValue + " is not among the sampled values.");
		}
		double base = metric[order[b]];
		int lo = b, hi = b;
		while (lo > 0 && ok(metric[order[lo - 1]], base, fraction, higherIsBetter)) {
			lo--;
		}
		while (hi < order.length - 1 && ok(metric[order[hi + 1]], base, fraction, higherIsBetter)) {
			hi++;
		}
		return new ToleranceRange(values[order[lo]], values[order[hi]], lo == 0, hi == order.length - 1);
	}

	private static boolean ok(double m, double base, double fraction, boolean higherIsBetter) {
		return higherIsBetter ? m >= fraction * base : m <= base / fraction;
	}
}
