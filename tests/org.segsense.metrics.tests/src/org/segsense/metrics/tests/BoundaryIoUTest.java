// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.metrics.ImageMetrics;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.metrics.catalog.MetricDescriptor;

/**
 * Boundary IoU (org.segsense.metrics.volumes, through the extension point and the MetricInput SPI) against a
 * brute-force implementation of Cheng et al.'s definition with SegSense's band convention (Euclidean depth ≤ d,
 * d = max(2 % of the grid diagonal, largest spacing)), and against a closed form. Tolerance 1e-12 (the value
 * is a ratio of voxel counts).
 */
class BoundaryIoUTest {

	private static final String ID = "boundaryIoU";

	@Test
	void isContributedAndReadsTheMasks() {
		MetricDescriptor d = MetricCatalog.installed().find(ID).orElseThrow(() -> new AssertionError("boundaryIoU is not in the catalog"));
		assertEquals("org.segsense.metrics.volumes", d.contributor());
		assertTrue(d.higherIsBetter());
	}

	@Test
	void equalsBruteForceOnRandomMasks() {
		int[] size = MetricInputTest.SIZE;
		double[] spacing = MetricInputTest.SPACING;
		ImageGeometry grid = new ImageGeometry(new long[] { size[0], size[1], size[2] }, spacing, new double[3], ImageGeometry.identity(3));
		double d = bandWidth(size, spacing);
		for (long seed = 11; seed <= 16; seed++) {
			byte[] a = MetricInputTest.randomMask(seed, size, spacing);
			byte[] b = MetricInputTest.randomMask(seed + 50, size, spacing);
			double[] depthA = MetricInputTest.bruteDepth(a, size, spacing);
			double[] depthB = MetricInputTest.bruteDepth(b, size, spacing);
			long inter = 0;
			long union = 0;
			for (int i = 0; i < a.length; i++) {
				boolean pa = a[i] != 0 && depthA[i] <= d;
				boolean pb = b[i] != 0 && depthB[i] <= d;
				inter += pa && pb ? 1 : 0;
				union += pa || pb ? 1 : 0;
			}
			double expected = (double) inter / union;
			double actual = value(Image.ofUInt8(grid, a), Image.ofUInt8(grid, b));
			assertEquals(expected, actual, 1e-12, "seed " + seed);
		}
	}

	@Test
	void closedFormOfTwoShiftedSlabs() {
		// 1-voxel spacing, 40 x 10 x 10 grid: diagonal = √(1600+100+100) ≈ 42.4 mm, d = 0.849 mm < 1 → d = 1 mm (the spacing).
		// A slab x in [5, 25), full in y and z: its band (depth ≤ 1) is every voxel on its faces — the y/z grid border counts as outside.
		// Prediction: x in [5, 25); reference: x in [6, 26). Band of a slab of length L in x on a 10x10 cross-section:
		// the two end slices (100 voxels each) plus the ring of the other L-2 slices (36 voxels each).
		ImageGeometry grid = ImageGeometry.of(40, 10, 10);
		byte[] p = slabX(5, 25);
		byte[] g = slabX(6, 26);
		// shared: ring voxels at x in [7, 24) where both are ring (x=6..24 ring of g, x=6..23 ring of p except ends)
		// p ends at x=5 and x=24; g ends at x=6 and x=25.
		// x=5: p end (100), g none. x=6: p ring(36), g end(100) → shared 36. x=7..23: both ring → 17·36 shared.
		// x=24: p end(100), g ring(36) → shared 36. x=25: g end.
		long inter = 36 + 17 * 36 + 36;
		long union = 100 + 100 + 17 * 36 + 100 + 100;
		assertEquals((double) inter / union, value(Image.ofUInt8(grid, p), Image.ofUInt8(grid, g)), 1e-12);
	}

	@Test
	void emptyMasks() {
		ImageGeometry grid = ImageGeometry.of(40, 10, 10);
		byte[] empty = new byte[4000];
		Map<Integer, ImageMetrics.Result> both = ImageMetrics.compute(Image.ofUInt8(grid, empty), Image.ofUInt8(grid, empty), new int[] { 1 }, 1,
				MetricCatalog.installed());
		assertTrue(both.get(1).values().get(ID).isNaN(), "both empty: undefined");
		assertEquals(0.0, value(Image.ofUInt8(grid, empty), Image.ofUInt8(grid, slabX(5, 25))), 0);
	}

	private static byte[] slabX(int x0, int x1) {
		byte[] m = new byte[4000];
		for (int z = 0; z < 10; z++) {
			for (int y = 0; y < 10; y++) {
				for (int x = x0; x < x1; x++) {
					m[x + 40 * (y + 10 * z)] = 1;
				}
			}
		}
		return m;
	}

	private static double value(Image prediction, Image reference) {
		return ImageMetrics.compute(prediction, reference, new int[] { 1 }, 1, MetricCatalog.installed()).get(1).values().get(ID);
	}

	/** The convention, written out independently of the implementation. */
	private static double bandWidth(int[] size, double[] spacing) {
		double diag = Math.sqrt(Math.pow(size[0] * spacing[0], 2) + Math.pow(size[1] * spacing[1], 2) + Math.pow(size[2] * spacing[2], 2));
		return Math.max(0.02 * diag, Math.max(spacing[0], Math.max(spacing[1], spacing[2])));
	}
}
