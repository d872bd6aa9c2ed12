// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.segsense.workflows.demo.DemoService;

/**
 * Prepares the cerebellum example as {@code ./segsense demo --quick} does ({@link DemoService}: fetch the
 * images, cut the cases, train or reuse the three model variants, run the ground-truth and STAPLE studies,
 * write their reports) into a new folder, then makes it a workspace project: {@code project/} holds the
 * studies, images and models, {@code runs/} the two runs. A user job: its progress shows in the Progress view
 * and the status line; cancelling stops between steps.
 */
public final class ExampleProjectJob extends Job {

	/** The job family (tests join it). */
	public static final Object FAMILY = ExampleProjectJob.class;

	private final String name;
	private final Path folder;
	private final boolean defaultLocation;

	/**
	 * @param name the project name
	 * @param folder the project's folder, new or empty
	 * @param defaultLocation the folder is the workspace's default for {@code name}
	 */
	public ExampleProjectJob(String name, Path folder, boolean defaultLocation) {
		super("Preparing the cerebellum example in " + name);
		this.name = name;
		this.folder = folder;
		this.defaultLocation = defaultLocation;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, getName(), 100);
		try {
			DemoService demo = Services.get(DemoService.class);
			demo.run(new DemoService.Request(true, folder, 0, false, null, null), sub::subTask, sub.split(95));
			IWorkspace ws = ResourcesPlugin.getWorkspace();
			IProject project = ws.getRoot().getProject(name);
			IProjectDescription d = ws.newProjectDescription(name);
			if (!defaultLocation) {
				d.setLocation(IPath.fromPath(folder));
			}
			project.create(d, sub.split(2));
			project.open(sub.split(1));
			project.refreshLocal(IResource.DEPTH_INFINITE, sub.split(2));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		} catch (RuntimeException e) {
			return Status.error("The cerebellum example could not be prepared in " + folder + ": " + e.getMessage(), e);
		}
	}
}
