// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The metadata keys SegSense computes with are checked when a model's descriptor is made. */
class ModelDescriptorTest {

	private static final Path MODEL = Path.of("models", "unet");

	private static ModelDescriptor descriptor(int[] labels, Map<String, String> metadata) {
		return new ModelDescriptor("test", MODEL, "serving_default", new TensorSpec("image", "DT_FLOAT", new long[] { -1, -1, -1, -1, 1 }),
				new TensorSpec("out", "DT_FLOAT", new long[] { -1, -1, -1, -1, 2 }), OutputKind.PROBABILITIES, null, labels, metadata);
	}

	private static void assertRefused(int[] labels, Map<String, String> metadata, String key) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> descriptor(labels, metadata));
		assertTrue(e.getMessage().contains(MODEL.toString()) && e.getMessage().contains(ModelDescriptor.METADATA_FILE)
				&& e.getMessage().contains(key), e.getMessage());
	}

	@Test
	void negativeOrGarbledReceptiveFieldRadiusIsRefused() {
		assertRefused(new int[] { 0, 1 }, Map.of("receptiveFieldRadius", "-5"), "receptiveFieldRadius=-5");
		assertRefused(new int[] { 0, 1 }, Map.of("receptiveFieldRadius", "4.5"), "receptiveFieldRadius=4.5");
		assertRefused(new int[] { 0, 1 }, Map.of("sizeMultiple", "-2"), "sizeMultiple=-2");
		descriptor(new int[] { 0, 1 }, Map.of("receptiveFieldRadius", "0", "sizeMultiple", "8"));
	}

	@Test
	void repeatedLabelValuesAreRefused() {
		assertRefused(new int[] { 1, 1 }, Map.of(), "labelValues");
		assertRefused(new int[] { 0, 1 }, Map.of("labelValues", "1, 1"), "lists the label value 1 twice");
		assertArrayEquals(new int[] { 0, 7, -1 }, ModelDescriptor.parseLabelValues(MODEL, " 0, 7,-1"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelDescriptor.parseLabelValues(MODEL, "0,,1"));
		assertTrue(e.getMessage().contains("labelValues=0,,1"), e.getMessage());
	}
}
