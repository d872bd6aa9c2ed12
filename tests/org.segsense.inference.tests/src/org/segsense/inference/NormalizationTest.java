// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.segsense.inference.preprocess.Normalization;

/** Closed-form cases of the input normalisations. */
class NormalizationTest {

	@Test
	void zscoreInTheNonZeroMask() {
		float[] v = { 0, 0, 2, 4, 4, 4, 5, 5, 7, 9 }; // non-zero: mean 5, population SD 2
		float[] z = Normalization.ZSCORE.apply(v, null);
		assertEquals(-1.5, z[2], 1e-6);
		assertEquals(2.0, z[9], 1e-6);
		assertEquals(-2.5, z[0], 1e-6, "voxels outside the mask are transformed too");
	}

	@Test
	void explicitMaskAndEmptyMask() {
		float[] v = { 1, 2, 3, 100 };
		byte[] mask = { 1, 1, 1, 0 };
		float[] z = Normalization.ZSCORE.apply(v, mask);
		assertEquals(0, z[1], 1e-6);
		assertEquals(Math.sqrt(1.5), z[2], 1e-6);
		float[] zeros = Normalization.ZSCORE.apply(new float[5], null);
		for (float f : zeros) {
			assertEquals(0f, f, "a constant image becomes 0, not NaN");
		}
	}

	@Test
	void minmaxMapsTheMaskToTheUnitInterval() {
		float[] m = Normalization.MINMAX.apply(new float[] { 0, 10, 20, 30 }, new byte[] { 0, 1, 1, 1 });
		assertEquals(0, m[1], 1e-6);
		assertEquals(0.5, m[2], 1e-6);
		assertEquals(1, m[3], 1e-6);
		assertEquals(-0.5, m[0], 1e-6);
	}

	@Test
	void percentilesAsNumpy() {
		double[] s = new double[201];
		for (int i = 0; i < s.length; i++) {
			s[i] = i; // numpy.percentile(arange(201), [0.5, 99.5]) = [1.0, 199.0]
		}
		assertEquals(1.0, Normalization.percentile(s, 0.5), 1e-12);
		assertEquals(199.0, Normalization.percentile(s, 99.5), 1e-12);
		assertEquals(2.5, Normalization.percentile(new double[] { 1, 2, 3, 4 }, 50), 1e-12);
	}

	@Test
	void percentileClipThenZscore() {
		float[] v = new float[201];
		for (int i = 0; i < v.length; i++) {
			v[i] = i + 1; // 1 … 201, all in the mask; clipped to [2, 200]
		}
		v[200] = 1e6f; // an outlier, clipped to the 99.5th percentile
		float[] z = Normalization.PERCENTILE_ZSCORE.apply(v, null);
		double sum = 0, ss = 0;
		for (float f : z) {
			sum += f;
		}
		double mean = sum / z.length;
		for (float f : z) {
			ss += (f - mean) * (f - mean);
		}
		assertEquals(0, mean, 1e-6);
		assertEquals(1, Math.sqrt(ss / z.length), 1e-6);
		assertEquals(z[199], z[200], 1e-6, "the outlier is clipped to the same value as its neighbour");
	}

	@Test
	void namesRoundTrip() {
		for (Normalization n : Normalization.values()) {
			assertEquals(n, Normalization.fromName(n.cliName()));
		}
		assertThrows(IllegalArgumentException.class, () -> Normalization.fromName("robust"));
	}
}
