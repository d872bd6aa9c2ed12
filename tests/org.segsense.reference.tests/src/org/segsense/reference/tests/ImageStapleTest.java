// SPDX-License-Identifier: EPL-2.0
package org.segsense.reference.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.reference.BinaryStaple;
import org.segsense.reference.ImageStaple;
import org.segsense.reference.MajorityVote;
import org.segsense.reference.MultiLabelStaple;

/** The Image-level STAPLE API agrees with the array API and keeps the raters' grid. */
class ImageStapleTest {

	private static final ImageGeometry GRID = new ImageGeometry(new long[] { 6, 5, 4 }, new double[] { 1, 1.5, 2 },
			new double[] { 3, -1, 0 }, new double[] { 0, 1, 0, 1, 0, 0, 0, 0, 1 });

	private static byte[] rater(long seed) {
		java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
		byte[] v = new byte[120];
		for (int i = 0; i < v.length; i++) {
			v[i] = (byte) (i % 6 >= 2 && random.nextDouble() < 0.8 ? 255 : 0);
		}
		return v;
	}

	@Test
	void binaryEqualsTheArrayVersionOnTheRatersGrid() {
		byte[][] raters = { rater(1), rater(2), rater(3) };
		List<Image> images = List.of(Image.ofUInt8(GRID, raters[0]), Image.ofUInt8(GRID, raters[1]), Image.ofUInt8(GRID, raters[2]));
		ImageStaple.BinaryResult r = ImageStaple.binary(images, 255, BinaryStaple.Options.defaults());
		BinaryStaple.Result expected = BinaryStaple.run(raters, 255, BinaryStaple.Options.defaults());
		assertEquals(GRID, r.probability().geometry());
		assertEquals(PixelType.FLOAT32, r.probability().pixelType());
		assertArrayEquals(expected.probability().toFloats(), r.probability().floats());
		assertEquals(expected.iterations(), r.details().iterations());
		// SimpleITK's double map on request; the float32 map is its rounding
		ImageStaple.BinaryResult d = ImageStaple.binary(images, 255, BinaryStaple.Options.defaults(), PixelType.FLOAT64);
		assertEquals(PixelType.FLOAT64, d.probability().pixelType());
		assertArrayEquals(expected.probability().toDoubles(), d.probability().doubles());
		for (int i = 0; i < d.probability().doubles().length; i++) {
			assertEquals((float) d.probability().doubles()[i], r.probability().floats()[i]);
		}
		assertThrows(IllegalArgumentException.class,
				() -> ImageStaple.binary(images, 255, BinaryStaple.Options.defaults(), PixelType.INT16));
	}

	@Test
	void multiLabelWidensTheTypeWhenTheUndecidedLabelDoesNotFit() {
		byte[][] raters = { rater(1), rater(2), rater(3) };
		List<Image> images = List.of(Image.ofUInt8(GRID, raters[0]), Image.ofUInt8(GRID, raters[1]), Image.ofUInt8(GRID, raters[2]));
		ImageStaple.MultiLabelResult r = ImageStaple.multiLabel(images, MultiLabelStaple.Options.defaults());
		assertEquals(256, r.details().undecidedLabel());
		assertEquals(PixelType.INT16, r.labels().pixelType(), "label 256 does not fit uint8");
		assertEquals(GRID, r.labels().geometry());
		ImageStaple.MultiLabelResult fits = ImageStaple.multiLabel(images,
				MultiLabelStaple.Options.defaults().withUndecidedLabel(7));
		assertEquals(PixelType.UINT8, fits.labels().pixelType());
		assertEquals(MajorityVote.DEFAULT_UNDECIDED, MultiLabelStaple.Options.defaults().undecidedLabel());
	}

	@Test
	void raterOnAnotherGridOrASingleRaterIsRefused() {
		Image a = Image.ofUInt8(GRID, rater(1));
		Image b = Image.ofUInt8(GRID.withSpacing(1, 1, 1), rater(2));
		assertThrows(IllegalArgumentException.class, () -> ImageStaple.binary(List.of(a, b), 255, BinaryStaple.Options.defaults()));
		assertThrows(IllegalArgumentException.class, () -> ImageStaple.binary(List.of(a), 255, BinaryStaple.Options.defaults()));
	}
}
