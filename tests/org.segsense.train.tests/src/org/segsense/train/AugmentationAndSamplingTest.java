// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.segsense.train.augment.Augmentations;
import org.segsense.train.augment.FlipAugmentation;
import org.segsense.train.augment.IntensityAugmentation;
import org.segsense.train.augment.PatchAugmentation;

/** The augmentation hook, the built-ins and the class-balanced sampler, without TensorFlow. */
class AugmentationAndSamplingTest {

	@Test
	void flipMovesLabelsWithTheImage() {
		int[] s = { 2, 3, 4 };
		int ch = 2;
		float[] img = new float[24 * ch];
		byte[] lab = new byte[24];
		for (int i = 0; i < 24; i++) {
			img[i * ch] = i;
			img[i * ch + 1] = -i;
			lab[i] = (byte) i;
		}
		new FlipAugmentation(true, false, false, 1).apply(img, lab, s, ch, new SplittableRandom(1));
		// the first component is x (public order), the patch is {z, y, x}: x reversed within each row of 4
		assertEquals(3, lab[0]);
		assertEquals(0, lab[3]);
		for (int i = 0; i < 24; i++) {
			assertEquals(lab[i], img[i * ch], 0);
			assertEquals(-lab[i], img[i * ch + 1], 0);
		}
		new FlipAugmentation(false, true, true, 1).apply(img, lab, s, ch, new SplittableRandom(1));
		assertEquals(23, lab[0], "z, y and x all flipped: voxel 0 now holds the last one");
	}

	@Test
	void intensityAugmentationShiftsAndScalesEachChannel() {
		float[] img = { 1, 10, 1, 10 };
		new IntensityAugmentation(0.5, 0.2).apply(img, new byte[2], new int[] { 1, 1, 2 }, 2, new SplittableRandom(3));
		assertEquals(img[0], img[2], 0);
		assertEquals(img[1], img[3], 0);
		assertNotEquals(1f, img[0]);
		assertEquals("intensity(shiftSd=0.5,scaleSd=0.2)", new IntensityAugmentation(0.5, 0.2).describe());
	}

	@Test
	void presetsParseAndDescribeThemselves() {
		assertEquals("none", Augmentations.parse("none").describe());
		assertEquals("intensity(shiftSd=0.1,scaleSd=0.1)+flip(axes=zyx,p=0.5)", Augmentations.parse("intensity+flip").describe());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Augmentations.parse("rotate"));
		assertTrue(e.getMessage().contains("intensity+flip"), e.getMessage());
	}

	@Test
	void theSamplerCentresTheRequestedShareOnForegroundAndFeedsTheHook() {
		int n = 20;
		byte[] classes = new byte[n * n * n];
		classes[(10 * n + 10) * n + 10] = 1; // one foreground voxel
		float[] image = new float[classes.length];
		for (int i = 0; i < image.length; i++) {
			image[i] = i;
		}
		PreparedCase c = PreparedCase.of("c", new int[] { n, n, n }, 1, image, classes);
		int[] calls = { 0 };
		PatchAugmentation counting = new PatchAugmentation() {
			@Override
			public void apply(float[] img, byte[] labels, int[] size, int channels, SplittableRandom random) {
				calls[0]++;
				assertArrayEquals(new int[] { 8, 8, 8 }, size);
			}

			@Override
			public String describe() {
				return "count";
			}
		};
		PatchSampler s = new PatchSampler(List.of(c), new int[] { 8, 8, 8 }, 0.25, counting, new SplittableRandom(1), new SplittableRandom(2));
		float[] img = new float[512];
		byte[] lab = new byte[512];
		int withForeground = 0;
		for (int i = 0; i < 100; i++) {
			s.next(img, 0, lab, 0, new float[512], new byte[512]);
			int fg = 0;
			for (byte b : lab) {
				fg += b;
			}
			withForeground += fg;
		}
		assertEquals(25, s.foregroundDrawn());
		assertTrue(withForeground >= 25, "every foreground patch contains the voxel");
		assertEquals(100, calls[0]);
	}

	@Test
	void aVolumeSmallerThanThePatchIsCentredAndZeroPadded() {
		byte[] classes = { 0, 1, 1, 0 };
		PreparedCase c = PreparedCase.of("c", new int[] { 1, 1, 4 }, 1, new float[] { 5, 6, 7, 8 }, classes);
		PatchSampler s = new PatchSampler(List.of(c), new int[] { 3, 3, 8 }, 1, Augmentations.NONE, new SplittableRandom(1),
				new SplittableRandom(2));
		float[] img = new float[72];
		byte[] lab = new byte[72];
		s.next(img, 0, lab, 0, new float[72], new byte[72]);
		// middle row (z=1, y=1) holds the volume at x = 2..5
		int row = (1 * 3 + 1) * 8;
		assertArrayEquals(new float[] { 0, 0, 5, 6, 7, 8, 0, 0 }, java.util.Arrays.copyOfRange(img, row, row + 8));
		assertArrayEquals(new byte[] { 0, 0, 0, 1, 1, 0, 0, 0 }, java.util.Arrays.copyOfRange(lab, row, row + 8));
	}
}
