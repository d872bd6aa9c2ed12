// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.segsense.metrics.LabelMetrics;
import org.segsense.metrics.SegmentationMetrics;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.metrics.catalog.MetricDescriptor;
import org.segsense.metrics.spi.MetricInput;

/**
 * The input of contributed metrics: its distance maps against brute force (exact to 1e-12 mm), its
 * laziness (each map computed once and shared by every metric of a label) and the measurements-only case.
 */
class MetricInputTest {

	static final int[] SIZE = { 9, 7, 5 };
	static final double[] SPACING = { 0.7, 1.0, 2.5 };

	/** A random blob-ish mask: voxels of a few random balls. */
	static byte[] randomMask(long seed, int[] size, double[] spacing) {
		SplittableRandom r = new SplittableRandom(seed);
		int n = size[0] * size[1] * size[2];
		byte[] m = new byte[n];
		for (int ball = 0; ball < 3; ball++) {
			double cx = r.nextDouble(size[0]) * spacing[0];
			double cy = r.nextDouble(size[1]) * spacing[1];
			double cz = r.nextDouble(size[2]) * spacing[2];
			double rad = 1 + r.nextDouble(3);
			for (int i = 0; i < n; i++) {
				int x = i % size[0];
				int y = (i / size[0]) % size[1];
				int z = i / (size[0] * size[1]);
				double dx = x * spacing[0] - cx, dy = y * spacing[1] - cy, dz = z * spacing[2] - cz;
				if (dx * dx + dy * dy + dz * dz <= rad * rad) {
					m[i] = 1;
				}
			}
		}
		return m;
	}

	/** Brute force: distance of every voxel to the nearest voxel of {@code mask} (inside = 0). */
	static double[] bruteDistanceTo(byte[] mask, int[] size, double[] spacing) {
		double[] out = new double[mask.length];
		for (int i = 0; i < mask.length; i++) {
			double best = Double.POSITIVE_INFINITY;
			for (int j = 0; j < mask.length; j++) {
				if (mask[j] != 0) {
					best = Math.min(best, dist(i, j, size, spacing));
				}
			}
			out[i] = best;
		}
		return out;
	}

	/** Brute force: depth of every object voxel, the distance to the nearest voxel outside on the grid padded by one layer. */
	static double[] bruteDepth(byte[] mask, int[] size, double[] spacing) {
		double[] out = new double[mask.length];
		for (int i = 0; i < mask.length; i++) {
			if (mask[i] == 0) {
				continue;
			}
			int[] p = coords(i, size);
			double best = Double.POSITIVE_INFINITY;
			for (int z = -1; z <= size[2]; z++) {
				for (int y = -1; y <= size[1]; y++) {
					for (int x = -1; x <= size[0]; x++) {
						boolean inside = x >= 0 && y >= 0 && z >= 0 && x < size[0] && y < size[1] && z < size[2];
						if (inside && mask[x + size[0] * (y + size[1] * z)] != 0) {
							continue;
						}
						double dx = (x - p[0]) * spacing[0], dy = (y - p[1]) * spacing[1], dz = (z - p[2]) * spacing[2];
						best = Math.min(best, Math.sqrt(dx * dx + dy * dy + dz * dz));
					}
				}
			}
			out[i] = best;
		}
		return out;
	}

	private static int[] coords(int i, int[] size) {
		return new int[] { i % size[0], (i / size[0]) % size[1], i / (size[0] * size[1]) };
	}

	private static double dist(int i, int j, int[] size, double[] spacing) {
		int[] a = coords(i, size);
		int[] b = coords(j, size);
		double s = 0;
		for (int k = 0; k < 3; k++) {
			double d = (a[k] - b[k]) * spacing[k];
			s += d * d;
		}
		return Math.sqrt(s);
	}

	@Test
	void distanceMapsAndSurfacesMatchBruteForce() {
		for (long seed = 1; seed <= 3; seed++) {
			byte[] a = randomMask(seed, SIZE, SPACING);
			byte[] b = randomMask(seed + 100, SIZE, SPACING);
			LabelMetrics m = SegmentationMetrics.computeBinary(a, b, SIZE, SPACING, 1);
			MetricInput in = MetricInput.of(m, SIZE, SPACING, a, b);
			assertArrayClose(bruteDistanceTo(a, SIZE, SPACING), in.distanceToPrediction());
			assertArrayClose(bruteDistanceTo(b, SIZE, SPACING), in.distanceToReference());
			assertArrayClose(bruteDepth(a, SIZE, SPACING), in.depthInPrediction());
			assertArrayClose(bruteDepth(b, SIZE, SPACING), in.depthInReference());
			long surfaceA = 0;
			for (byte v : in.predictionSurface()) {
				surfaceA += v;
			}
			assertEquals(m.predictionSurfaceVoxels(), surfaceA, "the surface is the one the built-in metrics count");
			assertEquals(SPACING[0] * SPACING[1] * SPACING[2] / 1000, in.voxelVolumeMl(), 1e-15);
		}
	}

	@Test
	void mapsAreComputedOnceAndSharedByTheMetricsOfALabel() {
		byte[] a = randomMask(5, SIZE, SPACING);
		byte[] b = randomMask(6, SIZE, SPACING);
		AtomicInteger maskBuilds = new AtomicInteger();
		MetricInput in = MetricInput.lazy(SegmentationMetrics.computeBinary(a, b, SIZE, SPACING, 1), SIZE, SPACING, () -> {
			maskBuilds.incrementAndGet();
			return a;
		}, () -> b);
		assertEquals(0, in.transformsComputed());
		assertEquals(0, maskBuilds.get(), "nothing is computed before a metric asks");
		List<MetricInput> seen = new java.util.ArrayList<>();
		MetricDescriptor first = new MetricDescriptor("first", "first", "", true, "", "test", x -> {
			seen.add(x);
			return x.depthInReference()[0] + x.distanceToPrediction()[0];
		});
		MetricDescriptor second = new MetricDescriptor("second", "second", "", true, "", "test", x -> {
			seen.add(x);
			return x.depthInReference()[1] + x.distanceToPrediction()[1];
		});
		Map<String, String> notes = new LinkedHashMap<>();
		MetricCatalog.of(List.of(first, second)).evaluate(in, notes);
		assertEquals(2, seen.size());
		assertSame(seen.get(0), seen.get(1), "both metrics get the same input");
		assertEquals(2, in.transformsComputed(), "two maps asked for by two metrics: two transforms, not four");
		assertEquals(1, maskBuilds.get(), "the prediction mask is built once");
		assertSame(in.depthInReference(), in.depthInReference());
	}

	@Test
	void aMetricThatNeedsMasksIsUndefinedWithAReasonWhenTheCallerHasNone() {
		byte[] a = randomMask(7, SIZE, SPACING);
		LabelMetrics m = SegmentationMetrics.computeBinary(a, a, SIZE, SPACING, 1);
		MetricDescriptor needsMasks = new MetricDescriptor("needsMasks", "needs masks", "", true, "", "test",
				x -> x.predictionMask().length);
		Map<String, String> notes = new LinkedHashMap<>();
		Map<String, Double> values = MetricCatalog.of(List.of(needsMasks)).evaluate(m, 1e-3, notes);
		assertTrue(values.get("needsMasks").isNaN());
		assertTrue(notes.get("needsMasks").contains("measurements only"), notes::toString);
		assertFalse(MetricInput.measurementsOnly(m, 1e-3).hasImages());
	}

	static void assertArrayClose(double[] expected, double[] actual) {
		assertEquals(expected.length, actual.length);
		for (int i = 0; i < expected.length; i++) {
			if (Double.isInfinite(expected[i])) {
				assertEquals(expected[i], actual[i], "voxel " + i);
			} else {
				assertEquals(expected[i], actual[i], 1e-12, "voxel " + i);
			}
		}
	}
}
