// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToleranceRangeTest {

	@Test
	void diceFallingOffLinearly() {
		double[] v = { 10, -10, -6, -4, -2, 0, 2, 4, 6 };
		double[] dice = new double[v.length];
		for (int i = 0; i < v.length; i++) {
			dice[i] = 0.9 * (1 - 0.01 * Math.abs(v[i])); // ≥ 95 % of 0.9 while |v| ≤ 5
		}
		ToleranceRange r = ToleranceRange.of(v, dice, 0, 0.95, true);
		assertEquals(-4, r.lower(), 0);
		assertEquals(4, r.upper(), 0);
		assertFalse(r.lowerOpen() || r.upperOpen());
	}

	@Test
	void lowerIsBetterAndOpenSides() {
		double[] v = { 0, 1, 2, 3 };
		double[] hd95 = { 2.0, 2.05, 2.2, 9 }; // allowed up to 2/0.95 = 2.105
		ToleranceRange r = ToleranceRange.of(v, hd95, 0, 0.95, false);
		assertEquals(0, r.lower(), 0);
		assertEquals(1, r.upper(), 0);
		assertTrue(r.lowerOpen(), "the baseline is the smallest sampled value");
		ToleranceRange nan = ToleranceRange.of(v, new double[] { 2, Double.NaN, 2, 2 }, 0, 0.95, false);
		assertEquals(0, nan.upper(), 0, "an undefined metric ends the range");
		assertThrows(IllegalArgumentException.class, () -> ToleranceRange.of(v, hd95, 5, 0.95, false));
	}
}
