// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.IAdaptable;
import org.segsense.ui.projects.ModelFolders;

/**
 * One model of the workspace: a SavedModel folder of an open project, found as the Project Explorer finds them
 * ({@link ModelFolders#find}: at most 6 levels deep, {@code runs/} and hidden folders skipped).
 *
 * @param project the project's name
 * @param relative the folder relative to the project, with {@code /}
 * @param folder the workspace folder
 * @param location its file-system path (absolute)
 */
public record ModelEntry(String project, String relative, IFolder folder, Path location) implements IAdaptable {

	/** As its workspace folder (the Properties view, Show In): the folder itself, or what the folder adapts to. */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(folder) ? adapter.cast(folder) : folder.getAdapter(adapter);
	}

	/** @return {@code project/relative}, as the view lists it */
	public String label() {
		return project + "/" + relative;
	}

	/** @return the models of the open projects of {@code root}, sorted by project and folder */
	public static List<ModelEntry> find(IWorkspaceRoot root) {
		List<ModelEntry> out = new ArrayList<>();
		for (IProject p : root.getProjects()) {
			if (!p.isOpen() || p.getLocation() == null) {
				continue;
			}
			Path dir = p.getLocation().toFile().toPath();
			for (String rel : ModelFolders.find(dir)) {
				out.add(new ModelEntry(p.getName(), rel, p.getFolder(rel), dir.resolve(rel).toAbsolutePath().normalize()));
			}
		}
		out.sort(Comparator.comparing(ModelEntry::project).thenComparing(ModelEntry::relative));
		return out;
	}
}
