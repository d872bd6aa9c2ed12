// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.segsense.inference.ModelDescriptor;

/**
 * The overwrite policy of a model folder: a missing or empty folder is used; a non-empty one is refused unless
 * overwriting, which removes only the model files ({@code saved_model.pb}, {@code variables/}, the metadata).
 */
final class ModelFolder {

	private ModelFolder() {
	}

	static void prepare(Path dir, boolean overwrite, String fix) {
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw TrainingServiceException.badInput(dir + " is a file; the model needs a folder there (" + fix + ").");
		}
		if (!Files.isDirectory(dir)) {
			return;
		}
		boolean empty;
		try (Stream<Path> s = Files.list(dir)) {
			empty = s.findAny().isEmpty();
		} catch (IOException e) {
			throw TrainingServiceException.badInput(dir + " cannot be read (" + e.getMessage() + ").", e);
		}
		if (empty) {
			return;
		}
		if (!overwrite) {
			throw TrainingServiceException.badInput(dir + " exists and is not empty; " + fix + ".");
		}
		try {
			Files.deleteIfExists(dir.resolve("saved_model.pb"));
			Files.deleteIfExists(dir.resolve(ModelDescriptor.METADATA_FILE));
			deleteTree(dir.resolve("variables"));
		} catch (IOException e) {
			throw TrainingServiceException.failure("the old model in " + dir + " cannot be removed (" + e.getMessage() + ").", e);
		}
	}

	static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> s = Files.walk(dir)) {
			for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
