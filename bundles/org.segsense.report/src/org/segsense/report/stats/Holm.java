// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down correction for multiple tests (Holm 1979), as R's {@code p.adjust(p, "holm")}:
 * sort the m p-values ascending, multiply the i-th (from 0) by m − i, take the running maximum, cap at
 * 1, and return them in the original order. NaN p-values (tests that could not be made) stay NaN and
 * do not count in m.
 */
public final class Holm {

	private Holm() {
	}

	/**
	 * @param p raw p-values
	 * @return adjusted p-values, same order
	 */
	public static double[] adjust(double[] p) {
		Integer[] order = new Integer[p.length];
		int m = 0;
		for (int i = 0; i < p.length; i++) {
			order[i] = i;
			m += Double.isNaN(p[i]) ? 0 : 1;
		}
		Arrays.sort(order, Comparator.comparingDouble(i -> Double.isNaN(p[i]) ? Double.POSITIVE_INFINITY : p[i]));
		double[] out = new double[p.length];
		Arrays.fill(out, Double.NaN);
		double running = 0;
		for (int rank = 0; rank < m; rank++) {
			int i = order[rank];
			running = Math.max(running, Math.min(1, (m - rank) * p[i]));
			out[i] = running;
		}
		return out;
	}
}
