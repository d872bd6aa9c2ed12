// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The y range of interval charts: curves stay readable when a few cases give very wide t intervals. */
class ChartsTest {

	private static Charts.Series series(double[] y, double[] lo, double[] hi) {
		double[] x = new double[y.length];
		for (int i = 0; i < x.length; i++) {
			x[i] = i;
		}
		return new Charts.Series("v", x, y, lo, hi);
	}

	@Test
	void narrowBandsAreShownWhole() {
		// means 0.8..0.9 (spread 0.1), bands within one spread: range = bands ± 5 %
		double[] r = Charts.valueRange(List.of(series(new double[] { 0.8, 0.9 }, new double[] { 0.75, 0.85 }, new double[] { 0.85, 0.95 })));
		assertArrayEquals(new double[] { 0.75 - 0.01, 0.95 + 0.01, 0 }, r, 1e-12);
	}

	@Test
	void wideBandsAreCutOneSpreadBeyondTheMeans() {
		// two cases: t(0.975, 1) = 12.7 makes bands of ±1.5 around Dice 0.8..0.9
		double[] r = Charts.valueRange(List.of(series(new double[] { 0.8, 0.9 }, new double[] { -0.7, -0.6 }, new double[] { 2.3, 2.4 })));
		assertArrayEquals(new double[] { 0.7 - 0.015, 1.0 + 0.015, 1 }, r, 1e-12);
		String svg = Charts.intervalChart("t", "x", "y",
				List.of(series(new double[] { 0.8, 0.9 }, new double[] { -0.7, -0.6 }, new double[] { 2.3, 2.4 })), 0, "unperturbed");
		assertTrue(svg.contains("interval bands wider than the plot are cut"), "the chart says that it cuts the bands");
	}

	@Test
	void aFlatCurveGetsARangeAndNoMeansGiveNone() {
		double[] r = Charts.valueRange(List.of(series(new double[] { 0.5, 0.5 }, new double[] { Double.NaN, Double.NaN },
				new double[] { Double.NaN, Double.NaN })));
		assertTrue(r[0] < 0.5 && r[1] > 0.5 && r[2] == 0, java.util.Arrays.toString(r));
		assertNull(Charts.valueRange(List.of(series(new double[] { Double.NaN }, new double[] { Double.NaN }, new double[] { Double.NaN }))));
	}
}
