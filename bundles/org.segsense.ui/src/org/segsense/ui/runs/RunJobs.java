// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.segsense.ui.projects.RunDecorator;
import org.segsense.workflows.run.RunRequest;
import org.segsense.workflows.run.RunService;
import org.segsense.workflows.run.RunServiceImpl;

/**
 * The workbench's runs of studies: schedules Run, Resume and Reproduce as {@link RunJob}s (one
 * {@link RunFolderRule} per run folder: two runs into one folder wait for each other, runs into different
 * folders run at once), keeps this session's run jobs for the console, refreshes a run's workspace folder when
 * its job ends, and tells the listeners of {@link #onFinished} of every run folder a Run or Resume finished
 * (completed, incomplete or cancelled).
 *
 * <p><b>Extension hook</b> (e.g. the results editor): {@code RunJobs.onFinished(dir -> ...)} is called on the UI
 * thread with the run folder each time a run job ends with a summary; {@link #finished(Path)} fires the same
 * listeners for any run folder (e.g. an "Open results" action on an existing run).
 */
public final class RunJobs {

	/** The job family of every run job ({@code Job.getJobManager().find(RunJobs.FAMILY)}). */
	public static final Object FAMILY = RunJobs.class;

	private static final List<Consumer<Path>> finishedListeners = new CopyOnWriteArrayList<>();
	private static final List<Consumer<RunJob>> startedListeners = new CopyOnWriteArrayList<>();
	private static final List<RunJob> history = new CopyOnWriteArrayList<>();

	private RunJobs() {
	}

	/** @return the registered run service (OSGi), or a new one with the installed catalogs and engines */
	public static RunService service() {
		BundleContext context = FrameworkUtil.getBundle(RunJobs.class) == null ? null : FrameworkUtil.getBundle(RunJobs.class).getBundleContext();
		ServiceReference<RunService> ref = context == null ? null : context.getServiceReference(RunService.class);
		RunService s = ref == null ? null : context.getService(ref);
		return s != null ? s : new RunServiceImpl();
	}

	/**
	 * Schedules a run (or with {@code request.resume()} a resume) of a study.
	 *
	 * @param request the study and options; its {@code out} null for {@code runs/STUDYFILE-TIME} next to the study
	 * @return the scheduled job
	 */
	public static RunJob run(RunRequest request) {
		RunService service = service();
		Path dir = service.runFolder(request).toAbsolutePath().normalize();
		RunRequest r = new RunRequest(request.study(), dir, request.project(), request.threads(), request.inferenceThreads(), request.cpuThreads(),
				request.resume(), request.shard(), request.device(), request.allowUnsafeOps(), request.allowOutsideProject(),
				request.sharedReferences());
		String what = studyName(request.study()) + " \u2192 " + dir.getFileName();
		return schedule(new RunJob(r.resume() ? RunJob.Kind.RESUME : RunJob.Kind.RUN, service, r, null, dir, what));
	}

	/** Schedules the resume of a stopped run: as {@link #run} with {@code resume}. */
	public static RunJob resume(RunRequest request) {
		return run(request.withResume(true));
	}

	/** Schedules the reproduction of a finished run (re-runs its study copy and compares every result). */
	public static RunJob reproduce(RunService.ReproduceRequest request) {
		Path dir = request.runDir().toAbsolutePath().normalize();
		return schedule(new RunJob(RunJob.Kind.REPRODUCE, service(), null, request, dir, dir.getFileName().toString()));
	}

	private static RunJob schedule(RunJob job) {
		history.add(job);
		startedListeners.forEach(l -> l.accept(job));
		job.schedule();
		return job;
	}

	private static String studyName(Path study) {
		String file = study.getFileName().toString();
		return "study.segsense".equals(file) && study.getParent() != null ? study.getParent().getFileName() + "/" + file : file;
	}

	/** @return the run jobs scheduled in this session, oldest first (running, waiting and ended) */
	public static List<RunJob> history() {
		return new ArrayList<>(history);
	}

	/**
	 * Registers a listener of finished runs, called on the UI thread with the run folder each time a Run or
	 * Resume job ends with a summary (status completed, incomplete or cancelled), and by {@link #finished}.
	 *
	 * @return removes the listener
	 */
	public static Runnable onFinished(Consumer<Path> listener) {
		finishedListeners.add(listener);
		return () -> finishedListeners.remove(listener);
	}

	/** Tells the {@link #onFinished} listeners of the run folder {@code runDir} (on the UI thread). */
	public static void finished(Path runDir) {
		Path dir = runDir.toAbsolutePath().normalize();
		onUi(() -> finishedListeners.forEach(l -> l.accept(dir)));
	}

	/** The console's hook: called with each run job as it is scheduled. */
	static Runnable onStarted(Consumer<RunJob> listener) {
		startedListeners.add(listener);
		return () -> startedListeners.remove(listener);
	}

	/** Called by a run job as it ends: refresh its folder, then tell the listeners of a finished run. */
	static void ended(RunJob job) {
		Job refresh = refresh(job.runDir());
		if (job.summary() != null) {
			if (refresh != null) {
				refresh.addJobChangeListener(new JobChangeAdapter() {
					@Override
					public void done(IJobChangeEvent event) {
						finished(job.runDir());
					}
				});
			} else {
				finished(job.runDir());
			}
		}
		if (refresh != null) {
			refresh.schedule();
		}
	}

	/**
	 * @return a job that refreshes the workspace's view of {@code dir} (its nearest existing workspace folder) and the run
	 *         decorations, or null when {@code dir} is in no open project
	 */
	static Job refresh(Path dir) {
		IContainer[] found = ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(dir.toUri());
		if (found.length == 0) {
			return null;
		}
		IContainer c = found[0];
		while (!c.exists() && c.getParent() != null) {
			c = c.getParent();
		}
		IContainer target = c;
		WorkspaceJob job = new WorkspaceJob("Refresh " + target.getFullPath()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				target.refreshLocal(IResource.DEPTH_INFINITE, monitor);
				onUi(() -> PlatformUI.getWorkbench().getDecoratorManager().update(RunDecorator.ID));
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(target));
		job.setSystem(true);
		return job;
	}

	private static void onUi(Runnable r) {
		if (!PlatformUI.isWorkbenchRunning()) {
			r.run();
			return;
		}
		Display d = PlatformUI.getWorkbench().getDisplay();
		if (!d.isDisposed()) {
			d.asyncExec(r);
		}
	}
}
