// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.runs;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * The scheduling rule of one run folder: two jobs whose run folders are the same folder, or one inside the
 * other, conflict, so the job manager runs them one after the other; runs in different folders (of the same
 * or of different studies) run at once. It guards the workbench's own jobs only: the engine's lock file in the
 * run folder still refuses a second process (e.g. {@code segsense run} in a terminal).
 */
public final class RunFolderRule implements ISchedulingRule {

	private final Path folder;

	/** @param folder the run folder (made absolute and normalised) */
	public RunFolderRule(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	/** @return the run folder (absolute, normalised) */
	public Path folder() {
		return folder;
	}

	@Override
	public boolean contains(ISchedulingRule rule) {
		return rule == this || rule instanceof RunFolderRule r && r.folder.startsWith(folder);
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return rule instanceof RunFolderRule r && (r.folder.startsWith(folder) || folder.startsWith(r.folder));
	}

	@Override
	public String toString() {
		return "RunFolderRule[" + folder + "]";
	}
}
