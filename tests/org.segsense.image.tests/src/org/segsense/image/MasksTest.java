// SPDX-License-Identifier: EPL-2.0
package org.segsense.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link Masks}: every non-zero voxel is inside (1), zero is outside (0); non-label images are refused as labels. */
class MasksTest {

	private static final ImageGeometry G = new ImageGeometry(new long[] { 5, 1, 1 }, new double[] { 1, 1, 1 }, new double[] { 0, 0, 0 },
			ImageGeometry.identity(3));

	@Test
	void labelsOfAnyValueAreInside() {
		assertArrayEquals(new byte[] { 0, 1, 1, 1, 0 }, Masks.ofLabels(Image.of(G, new int[] { 0, 1, -3, 70000, 0 })));
		assertArrayEquals(new byte[] { 1, 0, 1, 0, 1 }, Masks.ofLabels(Image.ofUInt8(G, new byte[] { 1, 0, (byte) 255, 0, 2 })));
		assertArrayEquals(new byte[] { 0, 1 }, Masks.of(new int[] { 0, 5 }));
	}

	@Test
	void aNonIntegerImageIsNotALabelImage() {
		assertThrows(IllegalArgumentException.class, () -> Masks.ofLabels(Image.of(G, new float[] { 0, 0.5f, 1, 2, 3 })));
	}

	@Test
	void nonZeroIntensitiesAreInside() {
		Image m = Masks.nonZero(Image.of(G, new float[] { 0, 0.001f, -2, Float.NaN, -0f }));
		assertEquals(PixelType.UINT8, m.pixelType());
		assertEquals(G, m.geometry());
		// NaN is not 0 (inside); −0 equals 0 (outside)
		assertArrayEquals(new byte[] { 0, 1, 1, 1, 0 }, m.bytes());
	}
}
