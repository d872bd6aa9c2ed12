// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.inference.spi.EngineModel;

/**
 * Choosing an engine for a model folder. (The registry path, {@link InferenceEngines#installed()}, is
 * tested with the TensorFlow engine's contribution in org.segsense.inference.tensorflow.tests.)
 */
class InferenceEnginesTest {

	@TempDir
	Path dir;

	private static InferenceEngines box() {
		return InferenceEngines.of(List.of(new EngineDescriptor("test-box", "Box filter", "tests", new BoxFilterEngine())));
	}

	@Test
	void theEngineThatRecognisesTheFolderLoadsIt() throws Exception {
		Files.writeString(dir.resolve(BoxFilterEngine.MARKER), "sigmoid\n");
		assertTrue(box().byId("test-box").isPresent());
		try (EngineModel m = box().load(dir, LoadOptions.defaults())) {
			assertEquals(OutputKind.SIGMOID, m.descriptor().outputKind());
		}
	}

	@Test
	void unrecognisedOrMissingFoldersGetClearErrors() {
		InferenceException e = assertThrows(InferenceException.class, () -> box().load(dir, LoadOptions.defaults()));
		assertTrue(e.getMessage().contains("No inference engine recognises " + dir) && e.getMessage().contains("installed: test-box"),
				e.getMessage());
		e = assertThrows(InferenceException.class, () -> box().load(dir.resolve("nope"), LoadOptions.defaults()));
		assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
		e = assertThrows(InferenceException.class, () -> InferenceEngines.of(List.of()).load(dir, LoadOptions.defaults()));
		assertTrue(e.getMessage().contains("none is installed"), e.getMessage());
	}

	@Test
	void optionValidation() {
		assertThrows(IllegalArgumentException.class, () -> LoadOptions.defaults().withThreads(-1));
		assertEquals(DeviceChoice.GPU, DeviceChoice.fromName("GPU"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeviceChoice.fromName("tpu"));
		assertTrue(e.getMessage().contains("auto, cpu or gpu"));
		assertEquals(OutputKind.LOGITS, OutputKind.fromName("logits"));
	}
}
