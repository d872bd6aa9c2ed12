// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.segsense.report.analysis.Analysis.Curve;
import org.segsense.report.analysis.Analysis.Point;
import org.segsense.report.analysis.Analysis.Tolerance;
import org.segsense.report.analysis.RunData.Axis;
import org.segsense.report.analysis.RunData.Label;
import org.segsense.report.analysis.RunData.Metric;
import org.segsense.report.analysis.RunData.Variant;
import org.segsense.report.stats.MeanInterval;

/** Tolerance ranges and degradation on constructed curves with known answers. */
class AnalysisToleranceTest {

	static final Label LABEL = new Label(1, "tumour");
	static final Variant VARIANT = new Variant("v", "v");

	static Curve curve(Axis axis, Metric metric, double baseline, double[] values, double[] means) {
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			MeanInterval m = new MeanInterval(means[i], means[i], means[i], 1);
			points.add(new Point(values[i], new double[] { means[i] }, m, new MeanInterval(means[i] - baseline, Double.NaN, Double.NaN, 1),
					means[i] / baseline, 0));
		}
		return new Curve(axis, metric, LABEL, VARIANT, new MeanInterval(baseline, baseline, baseline, 1), new double[] { baseline }, points);
	}

	static Axis axis(double unperturbed, double... values) {
		List<Double> v = new ArrayList<>();
		for (double x : values) {
			v.add(x);
		}
		return new Axis("scale", "scale", "intensity-scale", "factor", "", unperturbed, v);
	}

	static final Metric DICE = new Metric("dice", "dice", "Dice", "", true, false);
	static final Metric HD95 = new Metric("hd95", "hd95", "HD95", "mm", false, false);
	static final Metric VOLUME = new Metric("dv", "volumeDifferenceMl", "volume difference", "ml", false, true);

	@Test
	void theBaselineStandsAtTheUnperturbedValueWhenTheSweepLacksIt() {
		// factor 1 is unperturbed (not swept); dice 0.9 there; ≥ 0.855 needed
		double[] values = { 0.6, 0.8, 1.2, 1.4 };
		Tolerance t = Analysis.tolerance(curve(axis(1, values), DICE, 0.9, values, new double[] { 0.5, 0.86, 0.87, 0.85 }));
		assertNull(t.reason());
		assertEquals(0.8, t.range().lower(), 0);
		assertEquals(1.2, t.range().upper(), 0);
		assertFalse(t.range().lowerOpen() || t.range().upperOpen());
	}

	@Test
	void aSideWithoutSweptValuesEndsAtTheUnperturbedValue() {
		// noise sigma: unperturbed 0, swept 0.1 … 0.5 only; dice holds at 0.1 and fails at 0.5
		double[] values = { 0.1, 0.5 };
		Tolerance t = Analysis.tolerance(curve(axis(0, values), DICE, 0.9, values, new double[] { 0.88, 0.6 }));
		assertEquals(0, t.range().lower(), 0);
		assertEquals(0.1, t.range().upper(), 0);
		assertFalse(t.range().lowerOpen(), "nothing was swept below 0");
		assertFalse(t.range().upperOpen());
		Tolerance holds = Analysis.tolerance(curve(axis(0, values), DICE, 0.9, values, new double[] { 0.88, 0.87 }));
		assertTrue(holds.range().upperOpen() && !holds.range().lowerOpen());
	}

	@Test
	void distancesMayGrowToBaselineOver095() {
		double[] values = { 0, 5, 10, 15 };
		// baseline 2 mm: allowed ≤ 2.105 mm; holds to the end on the upper side
		Tolerance t = Analysis.tolerance(curve(axis(0, values), HD95, 2, values, new double[] { 2, 2.1, 2.105, 2.1 }));
		assertEquals(0, t.range().lower(), 0);
		assertEquals(15, t.range().upper(), 0);
		assertTrue(t.range().lowerOpen() && t.range().upperOpen());
		Tolerance fails = Analysis.tolerance(curve(axis(0, values), HD95, 2, values, new double[] { 2, 2.2, 2, 2 }));
		assertEquals(0, fails.range().upper(), 0);
	}

	@Test
	void signedMetricsCompareMagnitudes() {
		double[] values = { -2, 2 };
		// baseline −1 ml: |value| ≤ 1.0526 allowed; +1.05 passes, −1.2 fails
		Tolerance t = Analysis.tolerance(curve(axis(0, values), VOLUME, -1, values, new double[] { -1.2, 1.05 }));
		assertEquals(0, t.range().lower(), 0);
		assertEquals(2, t.range().upper(), 0);
	}

	@Test
	void anUnknownUnperturbedValueOrBaselineGivesAReason() {
		double[] values = { 1, 2 };
		assertTrue(Analysis.tolerance(curve(axis(Double.NaN, values), DICE, 0.9, values, new double[] { 0.9, 0.9 })).reason().contains("unknown"));
		assertTrue(Analysis.tolerance(curve(axis(0, values), DICE, Double.NaN, values, new double[] { 0.9, 0.9 })).reason().contains("baseline"));
	}

	@Test
	void degradationFollowsTheOrientation() {
		double[] values = { 1, 2 };
		Curve dice = curve(axis(0, values), DICE, 0.8, values, new double[] { 0.6, 0.9 });
		assertEquals(0.25, dice.relativeDegradation(dice.points().get(0)), 1e-12);
		assertEquals(-0.125, dice.relativeDegradation(dice.points().get(1)), 1e-12);
		assertEquals(1, dice.worst().orElseThrow().value(), 0);
		Curve hd = curve(axis(0, values), HD95, 2, values, new double[] { 3, 1 });
		assertEquals(0.5, hd.relativeDegradation(hd.points().get(0)), 1e-12);
		assertEquals(1, hd.worst().orElseThrow().value(), 0);
	}

	@Test
	void medianOfEvenAndOddCounts() {
		assertEquals(2, Analysis.median(new double[] { 3, 1, 2 }), 0);
		assertEquals(2.5, Analysis.median(new double[] { 4, 1, 3, 2, Double.NaN }), 0);
		assertTrue(Double.isNaN(Analysis.median(new double[0])));
	}

	@Test
	void jsonValuesReadsTheEnginesFiles() {
		Object v = JsonValues.parse("{\"case\":\"c1\",\"iterations\":3,\"raters\":[\"a\",\"b\"],\"sensitivity\":[[0.9,1e-3],[0.5,-2.5E2]],\"x\":null,\"t\":true,"
				+ "\"s\":\"q\\\"\\u00e9\"}");
		java.util.Map<?, ?> m = (java.util.Map<?, ?>) v;
		assertEquals("c1", m.get("case"));
		assertEquals(3.0, m.get("iterations"));
		assertEquals(List.of(List.of(0.9, 0.001), List.of(0.5, -250.0)), m.get("sensitivity"));
		assertEquals("q\"é", m.get("s"));
		assertTrue(m.containsKey("x") && m.get("x") == null);
	}
}
