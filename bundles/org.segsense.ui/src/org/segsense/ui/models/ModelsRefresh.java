// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.models;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.segsense.inference.ModelDescriptor;
import org.segsense.ui.projects.ModelFolders;
import org.segsense.workflows.augment.TrainingRecord;

/**
 * Finds the workspace's models in a background job and hands the list to the view on the UI thread. Requests that
 * come while one is waiting are merged into it (a short delay collects the deltas of one workspace operation).
 * {@link #affectsModels} tells which resource deltas call for a new list.
 */
final class ModelsRefresh extends Job {

	/** The files whose appearance, disappearance or change changes what the view shows. */
	static final Set<String> MODEL_FILES = Set.of(ModelFolders.SAVED_MODEL, ModelDescriptor.METADATA_FILE, TrainingRecord.FILE);

	private final Consumer<List<ModelEntry>> show;

	ModelsRefresh(Consumer<List<ModelEntry>> show) {
		super("Finding the workspace's models");
		this.show = show;
		setSystem(true);
	}

	/** Asks for a new list (after 150 ms; a request while one waits is merged into it). */
	void request() {
		schedule(150);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<ModelEntry> found = ModelEntry.find(ResourcesPlugin.getWorkspace().getRoot());
		if (monitor.isCanceled() || !PlatformUI.isWorkbenchRunning()) {
			return Status.CANCEL_STATUS;
		}
		Display d = PlatformUI.getWorkbench().getDisplay();
		if (!d.isDisposed()) {
			d.asyncExec(() -> show.accept(found));
		}
		return Status.OK_STATUS;
	}

	/**
	 * @return whether {@code delta} may change the list or a model's details: a model file ({@link #MODEL_FILES})
	 *         added, removed or changed, a folder removed (it may have held models), a project added, removed, opened or
	 *         closed
	 */
	static boolean affectsModels(IResourceDelta delta) {
		if (delta == null) {
			return false;
		}
		boolean[] affects = {false};
		try {
			delta.accept(d -> {
				IResource r = d.getResource();
				if (r instanceof IProject && (d.getKind() != IResourceDelta.CHANGED || (d.getFlags() & IResourceDelta.OPEN) != 0)) {
					affects[0] = true;
				} else if (r.getType() == IResource.FOLDER && d.getKind() == IResourceDelta.REMOVED) {
					affects[0] = true;
				} else if (r.getType() == IResource.FILE && MODEL_FILES.contains(r.getName())) {
					affects[0] = true;
				}
				return !affects[0];
			});
		} catch (CoreException e) {
			return true;
		}
		return affects[0];
	}
}
