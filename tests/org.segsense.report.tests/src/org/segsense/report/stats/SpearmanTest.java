// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Spearman's ρ against closed forms and hand-computed values (ties at average ranks, as R's cor(method = "spearman")). */
class SpearmanTest {

	@Test
	void monotoneRelatedSamplesGiveOneAndReversedMinusOne() {
		double[] x = { 0.6, 0.8, 1.0, 1.2, 1.4, 2.0 };
		double[] increasing = new double[x.length], decreasing = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			increasing[i] = Math.exp(3 * x[i]) - 7; // any strictly increasing transform
			decreasing[i] = -x[i] * x[i] * x[i];
		}
		assertEquals(1, Spearman.rho(x, increasing), 1e-15);
		assertEquals(-1, Spearman.rho(x, decreasing), 1e-15);
		// the order of the pairs does not matter
		assertEquals(1, Spearman.rho(new double[] { 3, 1, 2 }, new double[] { 30, 10, 20 }), 1e-15);
	}

	@Test
	void withoutTiesItIsOneMinusSixSumOfSquaredRankDifferences() {
		// rank differences -1, 1, -1, 1, 0: 1 − 6·4/(5·24) = 0.8
		assertEquals(0.8, Spearman.rho(new double[] { 1, 2, 3, 4, 5 }, new double[] { 2, 1, 4, 3, 5 }), 1e-15);
	}

	@Test
	void tiesGetAverageRanks() {
		assertArrayEquals(new double[] { 1, 2.5, 2.5, 4 }, Spearman.ranks(new double[] { 1, 2, 2, 3 }), 0);
		assertArrayEquals(new double[] { 3, 1.5, 1.5, 5, 5, 5 }, Spearman.ranks(new double[] { 4, 1, 1, 9, 9, 9 }), 0);
		// ranks (1, 2.5, 2.5, 4) vs (1, 2, 3, 4): Σ dx·dy = 4.5, Σ dx² = 4.5, Σ dy² = 5 → ρ = 4.5/√22.5 = 3/√10
		assertEquals(3 / Math.sqrt(10), Spearman.rho(new double[] { 1, 2, 2, 3 }, new double[] { 1, 2, 3, 4 }), 1e-15);
		// ranks (1, 4, 2.5, 2.5, 6, 5) vs 1…6: Σ dx·dy = 13, Σ dx² = 17, Σ dy² = 17.5 → 13/√297.5 = 0.7537023 (R and SciPy: 0.753702346348183)
		assertEquals(13 / Math.sqrt(297.5), Spearman.rho(new double[] { 1, 2, 3, 4, 5, 6 }, new double[] { 1, 3, 2, 2, 5, 4 }), 1e-15);
		assertEquals(0.753702346348183, Spearman.rho(new double[] { 1, 2, 3, 4, 5, 6 }, new double[] { 1, 3, 2, 2, 5, 4 }), 1e-14);
	}

	@Test
	void undefinedForConstantOrTooShortSamplesAndNanPairsAreLeftOut() {
		assertTrue(Double.isNaN(Spearman.rho(new double[] { 1, 2, 3 }, new double[] { 5, 5, 5 })), "a constant sample has no rank variance");
		assertTrue(Double.isNaN(Spearman.rho(new double[] { 1 }, new double[] { 2 })));
		assertTrue(Double.isNaN(Spearman.rho(new double[] { 1, Double.NaN }, new double[] { 2, 3 })), "one pair left");
		// the NaN pair is dropped: (1, 2, 4) vs (1, 2, 3) is monotone
		assertEquals(1, Spearman.rho(new double[] { 1, 2, 3, 4 }, new double[] { 1, 2, Double.NaN, 3 }), 1e-15);
		assertThrows(IllegalArgumentException.class, () -> Spearman.rho(new double[] { 1, 2 }, new double[] { 1 }));
	}
}
