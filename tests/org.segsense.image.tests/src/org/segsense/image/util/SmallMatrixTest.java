// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link SmallMatrix#invert} against closed forms (2 × 2 and 3 × 3 adjugate formulas, rotation = transpose,
 * permutation = transpose exactly) and A · A⁻¹ = I on random well-conditioned matrices of dimension 1 to 4.
 * Tolerance: 1e-12 absolute on matrices whose entries and inverse entries are of order 1.
 */
class SmallMatrixTest {

	private static final double TOL = 1e-12;

	@Test
	void twoByTwoMatchesTheClosedForm() {
		Random rnd = new Random(7);
		for (int t = 0; t < 200; t++) {
			double a = rnd.nextGaussian() + 3, b = rnd.nextGaussian(), c = rnd.nextGaussian(), d = rnd.nextGaussian() - 3;
			double det = a * d - b * c;
			double[] expected = { d / det, -b / det, -c / det, a / det };
			assertArrayEquals(expected, SmallMatrix.invert(new double[] { a, b, c, d }, 2), TOL);
		}
	}

	@Test
	void threeByThreeMatchesTheAdjugate() {
		Random rnd = new Random(11);
		for (int t = 0; t < 200; t++) {
			double[] m = random(rnd, 3);
			assertArrayEquals(adjugateInverse3(m), SmallMatrix.invert(m, 3), TOL);
		}
	}

	@Test
	void productWithTheInverseIsTheIdentity() {
		Random rnd = new Random(3);
		for (int d = 1; d <= 4; d++) {
			for (int t = 0; t < 100; t++) {
				double[] m = random(rnd, d);
				double[] inv = SmallMatrix.invert(m, d);
				assertArrayEquals(SmallMatrix.identity(d), SmallMatrix.multiply(m, inv, d), TOL, "A·A⁻¹, d = " + d);
				assertArrayEquals(SmallMatrix.identity(d), SmallMatrix.multiply(inv, m, d), TOL, "A⁻¹·A, d = " + d);
			}
		}
	}

	@Test
	void rotationInverseIsItsTranspose() {
		double a = 0.3, b = -1.1;
		double[] rz = { Math.cos(a), -Math.sin(a), 0, Math.sin(a), Math.cos(a), 0, 0, 0, 1 };
		double[] rx = { 1, 0, 0, 0, Math.cos(b), -Math.sin(b), 0, Math.sin(b), Math.cos(b) };
		double[] r = SmallMatrix.multiply(rz, rx, 3);
		assertArrayEquals(transpose(r, 3), SmallMatrix.invert(r, 3), 1e-15);
	}

	@Test
	void permutationNeedsPivotingAndIsInvertedExactly() {
		double[] p = { 0, 0, 1, 1, 0, 0, 0, 1, 0 };
		assertArrayEquals(transpose(p, 3), SmallMatrix.invert(p, 3), 0.0);
		double[] scaled = { 0, 2, 4, 0 };
		assertArrayEquals(new double[] { 0, 0.25, 0.5, 0 }, SmallMatrix.invert(scaled, 2), 0.0);
	}

	@Test
	void singularMatricesHaveNoInverse() {
		assertNull(SmallMatrix.invert(new double[9], 3));
		assertNull(SmallMatrix.invert(new double[] { 1, 2, 3, 2, 4, 6, 0, 1, 1 }, 3));
		assertNull(SmallMatrix.invert(new double[] { 1, 0, 0, 1e-13 }, 2), "pivot below 1e-12 of the largest element");
		assertEquals(1e11, SmallMatrix.invert(new double[] { 1, 0, 0, 1e-11 }, 2)[3], 1e-3);
	}

	@Test
	void leavesItsArgumentAloneAndRejectsWrongLengths() {
		double[] m = { 4, 1, 2, 3 };
		SmallMatrix.invert(m, 2);
		assertArrayEquals(new double[] { 4, 1, 2, 3 }, m, 0.0);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SmallMatrix.invert(new double[5], 2));
		assertEquals("A 2 × 2 matrix needs 4 values, got 5.", e.getMessage());
	}

	private static double[] random(Random rnd, int d) {
		double[] m = new double[d * d];
		for (int i = 0; i < m.length; i++) {
			m[i] = rnd.nextGaussian();
		}
		for (int i = 0; i < d; i++) {
			m[i * d + i] += 3 * Math.signum(rnd.nextGaussian());
		}
		return m;
	}

	private static double[] adjugateInverse3(double[] m) {
		double a = m[0], b = m[1], c = m[2], d = m[3], e = m[4], f = m[5], g = m[6], h = m[7], i = m[8];
		double det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
		return new double[] { (e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det, (f * g - d * i) / det,
				(a * i - c * g) / det, (c * d - a * f) / det, (d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det };
	}

	private static double[] transpose(double[] m, int d) {
		double[] t = new double[d * d];
		for (int r = 0; r < d; r++) {
			for (int c = 0; c < d; c++) {
				t[c * d + r] = m[r * d + c];
			}
		}
		return t;
	}
}
