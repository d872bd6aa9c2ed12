// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFolder;

/** SavedModel folders: a folder holding {@code saved_model.pb} (TensorFlow's SavedModel format). */
public final class ModelFolders {

	/** The file that makes a folder a SavedModel. */
	public static final String SAVED_MODEL = "saved_model.pb";

	private ModelFolders() {
	}

	/** @return whether {@code element} is a workspace folder holding a SavedModel */
	static boolean isModelFolder(Object element) {
		return element instanceof IFolder f && f.getFile(SAVED_MODEL).exists();
	}

	/**
	 * @return the SavedModel folders under {@code project} (at most 6 levels deep, {@code runs/} skipped), as paths
	 *         relative to it with {@code /}, sorted
	 */
	public static List<String> find(Path project) {
		try (Stream<Path> files = Files.find(project, 6, (p, a) -> a.isRegularFile() && p.getFileName().toString().equals(SAVED_MODEL))) {
			return files.map(p -> project.relativize(p.getParent()).toString().replace('\\', '/'))
					.filter(p -> !p.isEmpty() && !p.startsWith("runs/") && !p.startsWith(".")).sorted().toList();
		} catch (IOException e) {
			return List.of();
		}
	}
}
