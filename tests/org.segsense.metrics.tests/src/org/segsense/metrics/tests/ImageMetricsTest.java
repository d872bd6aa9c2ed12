// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.metrics.ImageMetrics;
import org.segsense.metrics.catalog.MetricCatalog;

/** The Image-level metrics API: grid checks, label reading, physical units from the spacing. */
class ImageMetricsTest {

	private static final ImageGeometry GRID = new ImageGeometry(new long[] { 10, 4, 3 }, new double[] { 0.5, 2, 3 },
			new double[] { 1, 2, 3 }, ImageGeometry.identity(3));

	/** A slab x in [x0, x1) of label value {@code label}, as float32 (integer-valued). */
	private static Image slab(int x0, int x1, int label) {
		float[] v = new float[10 * 4 * 3];
		for (int z = 0; z < 3; z++) {
			for (int y = 0; y < 4; y++) {
				for (int x = x0; x < x1; x++) {
					v[(z * 4 + y) * 10 + x] = label;
				}
			}
		}
		return Image.of(GRID, v);
	}

	@Test
	void shiftedSlabsGiveClosedFormValuesInMmAndMl() {
		Map<Integer, ImageMetrics.Result> r = ImageMetrics.compute(slab(2, 6, 2), slab(3, 7, 2), null, 1.0,
				MetricCatalog.installed());
		assertEquals(1, r.size());
		ImageMetrics.Result label2 = r.get(2);
		assertEquals(2.0 * 3 / 8, label2.values().get("dice"), 1e-12);
		assertEquals(0.5, label2.values().get("hd"), 1e-12, "one voxel of 0.5 mm");
		assertEquals(0.0, label2.values().get("volumeDifferenceMl"), 1e-12);
		// one false-positive column: 1 × 4 × 3 voxels of 0.5 × 2 × 3 mm³ = 12 × 3 µl
		assertEquals(12 * 3e-3, label2.values().get("falsePositiveVolumeMl"), 1e-12);
	}

	@Test
	void differentGridsAndNonLabelImagesAreRefused() {
		Image other = Image.of(GRID.withOrigin(0, 0, 0), new float[120]);
		IllegalArgumentException grid = assertThrows(IllegalArgumentException.class,
				() -> ImageMetrics.compute(slab(2, 6, 1), other, null, 1.0, MetricCatalog.installed()));
		assertTrue(grid.getMessage().contains("same grid"), grid::getMessage);
		float[] fractional = new float[120];
		fractional[7] = 0.5f;
		IllegalArgumentException labels = assertThrows(IllegalArgumentException.class,
				() -> ImageMetrics.compute(Image.of(GRID, fractional), slab(2, 6, 1), null, 1.0, MetricCatalog.installed()));
		assertTrue(labels.getMessage().contains("not an integer label"), labels::getMessage);
	}
}
