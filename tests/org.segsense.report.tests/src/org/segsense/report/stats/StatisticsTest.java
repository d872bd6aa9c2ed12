// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Report statistics against published and closed-form values. */
class StatisticsTest {

	/**
	 * R's documentation example of wilcox.test (Hollander and Wolfe, depression scale before/after):
	 * {@code wilcox.test(x, y, paired = TRUE, alternative = "greater")} gives V = 40, p = 0.01953, so the
	 * two-sided exact p is 20/512 = 0.0390625.
	 */
	@Test
	void wilcoxonExactAsRsExample() {
		double[] x = { 1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30 };
		double[] y = { 0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29 };
		WilcoxonSignedRank w = WilcoxonSignedRank.test(x, y);
		assertEquals(40, w.v(), 0);
		assertTrue(w.exact());
		assertEquals(20.0 / 512, w.pValue(), 1e-12);
		assertEquals((40 - 5) / 45.0, w.rankBiserial(), 1e-12, "r = (V − (S − V))/S");
	}

	@Test
	void wilcoxonClosedFormCases() {
		// all 6 differences positive: V = 21, two-sided p = 2/2^6
		WilcoxonSignedRank all = WilcoxonSignedRank.test(new double[] { 2, 3, 4, 5, 6, 7 }, new double[] { 1, 1, 1, 1, 1, 1 });
		assertEquals(21, all.v(), 0);
		assertEquals(2.0 / 64, all.pValue(), 1e-15);
		assertEquals(1, all.rankBiserial(), 0);
		// zero differences are dropped; identical samples give p = 1
		WilcoxonSignedRank none = WilcoxonSignedRank.test(new double[] { 1, 2, 3 }, new double[] { 1, 2, 3 });
		assertEquals(0, none.n());
		assertEquals(1, none.pValue(), 0);
		WilcoxonSignedRank dropped = WilcoxonSignedRank.test(new double[] { 5, 2, 3, 4 }, new double[] { 5, 1, 1, 1 });
		assertEquals(3, dropped.n());
		assertEquals(2.0 / 8, dropped.pValue(), 1e-15);
	}

	@Test
	void wilcoxonTiesUseMidRanksAndTheCorrectedNormalApproximation() {
		// differences 1, 1, 2, -2, 3, 3, 3, 4: mid-ranks 1.5, 1.5, 3.5, 3.5, 6, 6, 6, 8; V = 36 − 3.5 = 32.5
		double[] x = { 1, 1, 2, -2, 3, 3, 3, 4 };
		WilcoxonSignedRank w = WilcoxonSignedRank.test(x, new double[8]);
		assertEquals(32.5, w.v(), 1e-12);
		assertFalse(w.exact(), "ties: normal approximation");
		double var = 8 * 9 * 17 / 24.0 - ((8 - 2) + (8 - 2) + (27 - 3)) / 48.0;
		double z = (32.5 - 18 - 0.5) / Math.sqrt(var);
		assertEquals(2 * (1 - Distributions.normalCdf(z)), w.pValue(), 1e-12);
	}

	@Test
	void theNormalApproximationAgreesWithTheExactDistributionForLargeSamples() {
		int n = 60;
		double[] x = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = (i + 1) * (i % 3 == 0 ? -1 : 1) + 0.001 * i; // no ties, mixed signs
		}
		WilcoxonSignedRank w = WilcoxonSignedRank.test(x, new double[n]);
		assertFalse(w.exact());
		double exact = WilcoxonSignedRank.exactTwoSided((int) w.v(), n);
		assertEquals(exact, w.pValue(), 2e-3, "normal approximation vs the exact null distribution, n = 60");
	}

	@Test
	void holmAsPAdjust() {
		// p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") = 0.03 0.06 0.06 0.02
		assertArrayEquals(new double[] { 0.03, 0.06, 0.06, 0.02 }, Holm.adjust(new double[] { 0.01, 0.04, 0.03, 0.005 }), 1e-15);
		double[] capped = Holm.adjust(new double[] { 0.5, 0.6, Double.NaN });
		assertEquals(1, capped[0], 0);
		assertEquals(1, capped[1], 0);
		assertTrue(Double.isNaN(capped[2]));
	}

	@Test
	void distributionsAgainstTables() {
		assertEquals(0.975, Distributions.normalCdf(1.959963985), 1e-7);
		assertEquals(0.5, Distributions.normalCdf(0), 1e-7, "erfc fit: relative error < 1.2e-7");
		assertEquals(12.7062047, Distributions.studentQuantile(0.975, 1), 1e-6);
		assertEquals(2.7764451, Distributions.studentQuantile(0.975, 4), 1e-6);
		assertEquals(2.2621572, Distributions.studentQuantile(0.975, 9), 1e-6);
		assertEquals(2.0452296, Distributions.studentQuantile(0.975, 29), 1e-6);
		assertEquals(0.5, Distributions.studentCdf(0, 7), 1e-15);
	}

	@Test
	void meanIntervalClosedForm() {
		MeanInterval m = MeanInterval.of(new double[] { 1, 2, 3, 4, 5, Double.NaN }, 0.95);
		assertEquals(5, m.n());
		assertEquals(3, m.mean(), 1e-15);
		double half = 2.7764451 * Math.sqrt(2.5) / Math.sqrt(5);
		assertEquals(3 - half, m.lower(), 1e-6);
		assertEquals(3 + half, m.upper(), 1e-6);
		assertTrue(Double.isNaN(MeanInterval.of(new double[] { 7 }, 0.95).lower()));
	}
}
