// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.segsense.engine.Shard;
import org.segsense.engine.StudyRunner;
import org.segsense.engine.store.ResultStore;
import org.segsense.inference.DeviceChoice;
import org.segsense.model.ExecutionSettings;
import org.segsense.model.Study;
import org.segsense.ui.projects.RunInfo;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.run.RunFolderNames;
import org.segsense.workflows.run.RunRequest;
import org.segsense.workflows.run.RunService;
import org.segsense.workflows.slurm.SlurmRequest;
import org.segsense.workflows.slurm.SlurmService;
import org.segsense.workflows.slurm.SlurmServiceImpl;
import org.segsense.workflows.study.StudyServiceImpl;

/**
 * The Run, Resume and Reproduce actions of the study editor and the Project Explorer: ask with the
 * {@link RunDialog}, schedule the {@link RunJob} through {@link RunJobs} and show the {@link RunConsoleView} (or, when
 * the dialog's Slurm choice is taken, schedule a {@link SlurmSubmitJob}).
 * Each returns the scheduled job, or null when the user cancelled or the study could not be read (said in a
 * message box).
 */
public final class RunActions {

	/** The study editor's buttons (Overview page; widget data {@code segsense.id}). */
	public static final String RUN_BUTTON = "runs.runButton", RESUME_BUTTON = "runs.resumeButton", REPRODUCE_BUTTON = "runs.reproduceButton";

	private RunActions() {
	}

	/** Run: a saved study file into a new run folder; {@code study} its model (null: read from the file). */
	public static RunJob run(Shell shell, Path studyFile, Study study) {
		Study s = study != null ? study : load(shell, studyFile);
		if (s == null) {
			return null;
		}
		Path base = studyFile.toAbsolutePath().getParent();
		Path dir = RunFolderNames.defaultRunDir(studyFile, Shard.ALL, LocalDateTime.now());
		RunDialog d = new RunDialog(shell, RunJob.Kind.RUN, base, List.of(dir), defaults(s));
		if (d.open() != Window.OK) {
			return null;
		}
		if (d.choice().slurm() != null) {
			submitToSlurm(studyFile, d.choice());
			return null;
		}
		return show(RunJobs.run(request(studyFile, d.choice(), false)));
	}

	/** Schedules the Slurm submission of the dialog's choice through the registered {@link SlurmService}. */
	public static SlurmSubmitJob submitToSlurm(Path studyFile, RunDialog.Choice c) {
		SlurmSubmitJob job = new SlurmSubmitJob(slurmService(), slurmRequest(studyFile, c));
		job.schedule();
		return job;
	}

	/** @return the {@link SlurmService}'s request for the dialog's Slurm choice (which must be set) */
	public static SlurmRequest slurmRequest(Path studyFile, RunDialog.Choice c) {
		return SlurmSection.request(studyFile, c.runDir(), c.threads(), c.slurm());
	}

	/** @return the registered Slurm service (OSGi), or one over this process's environment */
	static SlurmService slurmService() {
		BundleContext context = FrameworkUtil.getBundle(RunActions.class) == null ? null : FrameworkUtil.getBundle(RunActions.class).getBundleContext();
		ServiceReference<SlurmService> ref = context == null ? null : context.getServiceReference(SlurmService.class);
		SlurmService s = ref == null ? null : context.getService(ref);
		return s != null ? s : new SlurmServiceImpl();
	}

	/**
	 * Resume: finishes a stopped run.
	 *
	 * @param studyFile the study (null: the run folder's own study copy)
	 * @param runDir the run to preselect (null: the study's runs, unfinished ones first)
	 */
	public static RunJob resume(Shell shell, Path studyFile, Study study, Path runDir) {
		Path file = studyFile != null ? studyFile : runDir.resolve(StudyRunner.STUDY_COPY);
		Study s = study != null ? study : load(shell, file);
		if (s == null) {
			return null;
		}
		Path base = studyFile != null ? studyFile.toAbsolutePath().getParent() : runDir.toAbsolutePath().getParent();
		RunDialog d = new RunDialog(shell, RunJob.Kind.RESUME, base, offered(runDir, studyFile, true), defaults(s));
		if (d.open() != Window.OK) {
			return null;
		}
		Path f = studyFile != null ? studyFile : d.choice().runDir().resolve(StudyRunner.STUDY_COPY);
		return show(RunJobs.resume(request(f, d.choice(), true)));
	}

	/** Reproduce: re-runs a run's study copy and compares (runDir null: choose among the study's runs). */
	public static RunJob reproduce(Shell shell, Path studyFile, Path runDir) {
		Path base = studyFile != null ? studyFile.toAbsolutePath().getParent() : runDir.toAbsolutePath().getParent();
		RunDialog d = new RunDialog(shell, RunJob.Kind.REPRODUCE, base, offered(runDir, studyFile, false), RunDialog.Defaults.AUTO);
		if (d.open() != Window.OK) {
			return null;
		}
		RunDialog.Choice c = d.choice();
		return show(RunJobs.reproduce(new RunService.ReproduceRequest(c.runDir(), c.tolerance(), c.threads(), null, null)));
	}

	static RunRequest request(Path studyFile, RunDialog.Choice c, boolean resume) {
		return new RunRequest(studyFile, c.runDir(), null, c.threads(), c.inferenceThreads(), c.cpuThreads(), resume, Shard.ALL, c.device(), false,
				false, null);
	}

	/** @return the study's execution settings as the dialog's defaults */
	static RunDialog.Defaults defaults(Study study) {
		ExecutionSettings e = study.getExecution();
		if (e == null) {
			return RunDialog.Defaults.AUTO;
		}
		DeviceChoice d = e.getDevice() == null ? DeviceChoice.AUTO : DeviceChoice.fromName(e.getDevice().getLiteral());
		return new RunDialog.Defaults(e.getThreads(), e.getInferenceThreads(), e.getCpuThreads(), d);
	}

	/** @return {@code runDir} first, then the run folders of the study's runs/ (unfinished first for a resume, newest first) */
	static List<Path> offered(Path runDir, Path studyFile, boolean unfinishedFirst) {
		List<Path> out = new ArrayList<>();
		if (runDir != null) {
			out.add(runDir.toAbsolutePath().normalize());
		}
		if (studyFile != null) {
			Path runs = studyFile.toAbsolutePath().getParent().resolve("runs");
			if (Files.isDirectory(runs)) {
				try (Stream<Path> s = Files.list(runs)) {
					Comparator<Path> newest = Comparator.comparing(p -> p.getFileName().toString(), Comparator.reverseOrder());
					Comparator<Path> order = unfinishedFirst ? Comparator.<Path, Boolean>comparing(RunActions::completed).thenComparing(newest) : newest;
					s.filter(p -> Files.isRegularFile(p.resolve(ResultStore.FILE))).map(p -> p.toAbsolutePath().normalize())
							.filter(p -> !out.contains(p)).sorted(order).forEach(out::add);
				} catch (IOException e) {
					// no runs offered; the user may still browse
				}
			}
		}
		return out;
	}

	private static boolean completed(Path runDir) {
		return RunInfo.of(runDir).map(i -> "completed".equals(i.status())).orElse(false);
	}

	private static Study load(Shell shell, Path file) {
		try {
			return new StudyServiceImpl().load(file);
		} catch (WorkflowException e) {
			MessageDialog.openError(shell, "Cannot read the study", e.getMessage());
			return null;
		}
	}

	/** Shows the run console on the job's log (the view stays where it is when it cannot open). */
	private static RunJob show(RunJob job) {
		IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = w == null ? null : w.getActivePage();
		if (page != null) {
			try {
				RunConsoleView v = (RunConsoleView) page.showView(RunConsoleView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
				v.show(job);
			} catch (PartInitException e) {
				// the job runs anyway; its log is also in the Progress view's details
			}
		}
		return job;
	}
}
