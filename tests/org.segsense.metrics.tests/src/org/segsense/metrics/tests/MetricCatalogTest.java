// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.segsense.metrics.LabelMetrics;
import org.segsense.metrics.SegmentationMetrics;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.metrics.catalog.MetricDescriptor;

/** The metric catalog: built-ins, the extension point's contributions, evaluation and conflicts. */
class MetricCatalogTest {

	/** Prediction: 4 voxels in a row; reference: the last 3 of them plus 3 more. */
	private static LabelMetrics measured() {
		byte[] pred = new byte[10];
		byte[] ref = new byte[10];
		for (int i = 0; i < 4; i++) {
			pred[i] = 1;
		}
		for (int i = 1; i < 7; i++) {
			ref[i] = 1;
		}
		return SegmentationMetrics.computeBinary(pred, ref, new int[] { 10 }, new double[] { 2.0 }, 1.0);
	}

	@Test
	void installedCatalogHasTheBuiltInsThenThePlugInMetrics() {
		MetricCatalog catalog = MetricCatalog.installed();
		List<String> ids = catalog.descriptors().stream().map(MetricDescriptor::id).toList();
		assertEquals(List.of(LabelMetrics.NAMES), ids.subList(0, LabelMetrics.NAMES.length));
		MetricDescriptor fp = catalog.find("falsePositiveVolumeMl").orElseThrow(
				() -> new AssertionError("org.segsense.metrics.volumes' contribution is missing: " + ids));
		assertEquals("org.segsense.metrics.volumes", fp.contributor());
		assertEquals("ml", fp.unit());
		assertFalse(fp.higherIsBetter());
		assertEquals("False-positive volume", fp.name());
		assertTrue(catalog.find("relativeVolumeError").isPresent());
		assertTrue(catalog.problems().isEmpty(), catalog.problems()::toString);
	}

	@Test
	void evaluateComputesBuiltInAndContributedValues() {
		LabelMetrics m = measured();
		Map<String, String> notes = new LinkedHashMap<>();
		Map<String, Double> values = MetricCatalog.installed().evaluate(m, 2.0e-3, notes);
		assertEquals(2.0 * 3 / (4 + 6), values.get("dice"), 1e-12);
		assertEquals(1 * 2.0e-3, values.get("falsePositiveVolumeMl"), 1e-15);
		assertEquals(3 * 2.0e-3, values.get("falseNegativeVolumeMl"), 1e-15);
		assertEquals((4 - 6) / 6.0, values.get("relativeVolumeError"), 1e-12);
	}

	@Test
	void undefinedContributedValueIsNaNWithANote() {
		LabelMetrics empty = SegmentationMetrics.computeBinary(new byte[5], new byte[5], new int[] { 5 }, new double[] { 1 }, 1);
		Map<String, String> notes = new LinkedHashMap<>();
		Map<String, Double> values = MetricCatalog.installed().evaluate(empty, 1e-3, notes);
		assertTrue(values.get("relativeVolumeError").isNaN());
		assertTrue(notes.containsKey("relativeVolumeError"), notes::toString);
	}

	@Test
	void duplicateIdsAndFailingMetricsAreReportedNotFatal() {
		MetricDescriptor clash = new MetricDescriptor("dice", "My Dice", "", true, "", "my.plugin", in -> 0.5);
		MetricDescriptor failing = new MetricDescriptor("boom", "Boom", "", true, "", "my.plugin", in -> {
			throw new IllegalStateException("broken plug-in");
		});
		MetricCatalog catalog = MetricCatalog.of(List.of(clash, failing));
		assertEquals(1, catalog.problems().size(), catalog.problems()::toString);
		assertTrue(catalog.problems().get(0).contains("already used by built-in"), catalog.problems()::toString);
		Map<String, String> notes = new LinkedHashMap<>();
		Map<String, Double> values = catalog.evaluate(measured(), 1e-3, notes);
		assertEquals(0.6, values.get("dice"), 1e-12);
		assertTrue(values.get("boom").isNaN());
		assertTrue(notes.get("boom").contains("broken plug-in"), notes::toString);
	}
}
