// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.RunSummary;
import org.segsense.model.RunStatus;
import org.segsense.ui.SegSensePerspective;
import org.segsense.ui.editor.Ids;
import org.segsense.ui.editor.OpenStudyHandler;
import org.segsense.ui.editor.StudyEditor;
import org.segsense.ui.projects.RunInfo;
import org.segsense.ui.runs.RunActions;
import org.segsense.ui.runs.RunConsoleView;
import org.segsense.ui.runs.RunDialog;
import org.segsense.ui.runs.RunFolderRule;
import org.segsense.ui.runs.RunJob;
import org.segsense.ui.runs.RunJobs;
import org.segsense.workflows.run.RunRequest;
import org.segsense.workflows.run.RunService;
import org.segsense.workflows.run.RunServiceImpl;
import org.segsense.ui.tests.viewer.Ui;

/**
 * Runs as Eclipse Jobs on a tiny study ({@link RunStudies}, plain-Java box models): Run from the study editor,
 * cancel midway, Resume, results equal to the run service's direct run; the Progress view and the run console
 * during the run; one rule per run folder (two runs into one folder wait for each other, a run of another
 * study runs meanwhile); Reproduce; the finished-run hook.
 */
class RunJobsTest {

	@TempDir
	Path tmp;

	private final List<IProject> projects = new ArrayList<>();

	@AfterEach
	void cleanUp() throws Exception {
		Job.getJobManager().join(RunJobs.FAMILY, null);
		Ui.run(() -> page().closeAllEditors(false));
		for (IProject p : projects) {
			p.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private IProject project(String name, Path dir) throws Exception {
		IProject p = RunStudies.project(name, dir);
		projects.add(p);
		return p;
	}

	private static IViewPart view(String id) {
		return Ui.on(() -> {
			try {
				return page().showView(id);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	/** @return the texts of every label and link under a control (the Progress view's items) */
	private static String texts(Control c) {
		StringBuilder b = new StringBuilder();
		if (c instanceof Label l) {
			b.append(l.getText()).append('\n');
		} else if (c instanceof Link l) {
			b.append(l.getText()).append('\n');
		} else if (c instanceof Composite k) {
			for (Control child : k.getChildren()) {
				b.append(texts(child));
			}
		}
		return b.toString();
	}

	private static Shell window() {
		return page().getWorkbenchWindow().getShell();
	}

	/** A job that holds a run folder's rule until {@code release}. */
	private static Job holder(Path runDir, CountDownLatch release) {
		Job j = new Job("hold " + runDir) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					release.await(120, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return Status.OK_STATUS;
			}
		};
		j.setRule(new RunFolderRule(runDir));
		j.setSystem(true);
		j.schedule();
		Ui.waitUntil(() -> j.getState() == Job.RUNNING, "the holder job to run");
		return j;
	}

	private static RunJob latest() {
		List<RunJob> h = RunJobs.history();
		return h.get(h.size() - 1);
	}

	@Test
	void aRunFromTheEditorCancelsMidwayResumesAndEqualsADirectRun() throws Exception {
		Path dir = tmp.resolve("lab-run");
		Path study = RunStudies.study(dir, "tiny");
		IProject project = project("lab-run", dir);
		RunSummary directRun = new RunServiceImpl().start(RunRequest.of(study, tmp.resolve("direct")), null, null);
		assertTrue(directRun.complete());
		Map<String, Double> direct = RunStudies.results(directRun.runDir());
		assertEquals(RunStudies.JOBS * 2, direct.size(), "jobs × metrics × labels (label 1)");
		List<Path> finished = new CopyOnWriteArrayList<>();
		Runnable off = RunJobs.onFinished(finished::add);
		try {
			StudyEditor editor = Ui.on(() -> {
				try {
					page().getWorkbenchWindow().getShell().setSize(1300, 880);
					page().resetPerspective();
					return (StudyEditor) OpenStudyHandler.open(page(), study);
				} catch (PartInitException e) {
					throw new AssertionError(e);
				}
			});
			Control overview = Ui.on(() -> {
				editor.setActivePage(Ids.OVERVIEW_PAGE);
				return editor.getActivePageInstance().getPartControl();
			});

			// Run: the dialog offers a new folder named as the CLI names it and the study's execution settings
			Shell d = RunUi.pressForDialog(overview, RunActions.RUN_BUTTON, RunDialog.SHELL);
			String offered = Ui.on(() -> RunUi.<Combo>find(d, RunDialog.FOLDER).getText());
			assertTrue(offered.matches("runs/tiny-\\d{8}-\\d{6}"), offered);
			assertEquals(2, (int) Ui.on(() -> RunUi.<Spinner>find(d, RunDialog.THREADS).getSelection()), "the study's threads");
			assertEquals("cpu", Ui.on(() -> RunUi.<Combo>find(d, RunDialog.DEVICE).getText()), "the study's device");
			Path runDir = dir.resolve("runs/ui-run").toAbsolutePath().normalize();
			Ui.run(() -> {
				RunUi.<Combo>find(d, RunDialog.FOLDER).setText("runs/ui-run");
				RunUi.<Spinner>find(d, RunDialog.THREADS).setSelection(1);
				Ui.screenshot(d, "runs-dialog");
			});
			// the folder's rule is held: the job waits until it is free
			CountDownLatch release = new CountDownLatch(1);
			holder(runDir, release);
			RunUi.ok(d, RunDialog.SHELL);
			RunJob job = latest();
			assertEquals(runDir, job.runDir());
			assertEquals(RunJob.Kind.RUN, job.kind());
			Thread.sleep(300);
			assertEquals(Job.WAITING, job.getState(), "a run into a folder whose rule is held waits");
			CountDownLatch reached = new CountDownLatch(1);
			CountDownLatch proceed = new CountDownLatch(1);
			job.onProgress(p -> {
				if (p.done() == 1) {
					reached.countDown();
					try {
						proceed.await(150, TimeUnit.SECONDS);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				}
			});
			release.countDown();
			assertTrue(reached.await(120, TimeUnit.SECONDS), "the run committed its first job");

			// during the run: the Progress view shows done/total, rate and ETA; the console the log
			view(SegSensePerspective.PROGRESS);
			try {
				Ui.waitUntil(() -> texts(window()).contains("1/24 jobs (4 %)"), "the Progress view to show 1/24 jobs (job state " + job.getState() + ")");
			} catch (AssertionError e) {
				Ui.run(() -> RunUi.shot(window(), "runs-progress-missing", 300));
				throw new AssertionError(e.getMessage() + "; shown: " + Ui.on(() -> texts(window())), e);
			}
			String shown = Ui.on(() -> texts(window()));
			assertTrue(shown.contains("jobs/s") && shown.contains("ETA"), shown);
			RunConsoleView console = (RunConsoleView) view(RunConsoleView.ID);
			Ui.waitUntil(() -> console.text().contains("run: "), "the console to show the run's phases");
			Ui.run(() -> RunUi.shot(window(), "runs-progress-during-run", 500));

			// Cancel: graceful, the jobs in flight are committed, the run can be resumed
			job.cancel();
			proceed.countDown();
			job.join(120_000, null);
			RunSummary stopped = job.summary();
			assertNotNull(stopped, job.error());
			assertEquals(RunStatus.CANCELLED, stopped.status());
			assertTrue(stopped.done() >= 1 && stopped.done() < RunStudies.JOBS, "done " + stopped.done());
			assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
			Job.getJobManager().join(RunJobs.FAMILY, null);
			assertTrue(project.getFolder("runs/ui-run").exists(), "the run folder is in the workspace");
			assertEquals("cancelled", RunInfo.of(runDir).orElseThrow().status());

			// Resume from the editor: the stopped run is offered first
			Shell r = RunUi.pressForDialog(overview, RunActions.RESUME_BUTTON, RunDialog.SHELL);
			assertEquals("runs/ui-run", Ui.on(() -> RunUi.<Combo>find(r, RunDialog.FOLDER).getText()));
			RunUi.ok(r, RunDialog.SHELL);
			RunJob resumed = latest();
			assertEquals(RunJob.Kind.RESUME, resumed.kind());
			resumed.join(120_000, null);
			assertNotNull(resumed.summary(), resumed.error());
			assertTrue(resumed.summary().complete());
			assertEquals(stopped.done(), resumed.summary().skipped());
			assertEquals(direct, RunStudies.results(runDir), "the same rows and values as the run service's direct run");
			Job.getJobManager().join(RunJobs.FAMILY, null);
			assertEquals("completed, 24/24 jobs", RunInfo.of(runDir).orElseThrow().label());
			Ui.waitUntil(() -> finished.size() >= 2, "the finished-run listeners");
			assertEquals(List.of(runDir, runDir), finished);
			Ui.waitUntil(() -> console.text().contains("completed: "), "the console to show the outcome");
			String log = Ui.on(console::text);
			assertTrue(log.contains("24 jobs") && log.contains("jobs/s"), log);
			Ui.run(() -> RunUi.shot(window(), "runs-console", 500));
		} finally {
			off.run();
		}
	}

	@Test
	void runsIntoOneFolderWaitForEachOtherWhileARunOfAnotherStudyRuns() throws Exception {
		Path a = RunStudies.study(tmp.resolve("lab-a"), "alpha");
		Path b = RunStudies.study(tmp.resolve("lab-b"), "beta");
		Path shared = tmp.resolve("lab-a/runs/shared");
		Path other = tmp.resolve("lab-b/runs/other");
		CountDownLatch release = new CountDownLatch(1);
		holder(shared, release);
		RunJob first = RunJobs.run(RunRequest.of(a, shared));
		RunJob second = RunJobs.resume(RunRequest.of(a, shared));
		RunJob otherRun = RunJobs.run(RunRequest.of(b, other));
		otherRun.join(120_000, null);
		assertNotNull(otherRun.summary(), otherRun.error());
		assertTrue(otherRun.summary().complete());
		assertEquals(Job.WAITING, first.getState(), "the run into the held folder still waits");
		assertEquals(Job.WAITING, second.getState());
		release.countDown();
		first.join(120_000, null);
		second.join(120_000, null);
		assertNotNull(first.summary(), first.error());
		assertNotNull(second.summary(), second.error());
		assertTrue(first.summary().complete());
		// the resume started after the run had committed every job (overlapping, the engine's lock would have refused it)
		assertEquals(RunStudies.JOBS, second.summary().skipped(), "the resume ran after the run: every job was done");
		assertEquals(0, second.summary().done());

		// Reproduce: re-runs the other study's run and compares every result
		RunJob reproduce = RunJobs.reproduce(new RunService.ReproduceRequest(other, 0, 0, null, null));
		reproduce.join(120_000, null);
		assertNotNull(reproduce.report(), reproduce.error());
		assertTrue(reproduce.report().agrees(), reproduce.report().toString());
		assertEquals(RunStudies.JOBS, reproduce.report().jobsCompared());
	}

	@Test
	void aStudyThatCannotRunFailsWithOneMessageNamingTheFile() throws Exception {
		Path dir = tmp.resolve("lab-bad");
		Path study = RunStudies.study(dir, "bad");
		java.nio.file.Files.writeString(study, java.nio.file.Files.readString(study).replace("images/c1.nii.gz", "images/missing.nii.gz"));
		List<Path> finished = new CopyOnWriteArrayList<>();
		Runnable off = RunJobs.onFinished(finished::add);
		java.util.Set<Shell> before = new java.util.HashSet<>(List.of(Ui.on(() -> Ui.display().getShells())));
		try {
			RunJob job = RunJobs.run(RunRequest.of(study, dir.resolve("runs/bad-run")));
			job.join(120_000, null);
			assertEquals(IStatus.ERROR, job.getResult().getSeverity());
			assertTrue(job.getResult().getMessage().contains("missing.nii.gz"), job.getResult().getMessage());
			assertTrue(job.log().text().contains("missing.nii.gz"), job.log().text());
			assertEquals(null, job.summary());
			Job.getJobManager().join(RunJobs.FAMILY, null);
			Ui.run(() -> { });
			assertTrue(finished.isEmpty(), "a run that could not start is no finished run");
		} finally {
			off.run();
			Ui.run(() -> {
				for (Shell s : Ui.display().getShells()) {
					if (!before.contains(s) && !s.isDisposed()) {
						s.close(); // the workbench's error dialog of the failed job
					}
				}
			});
		}
	}

	@Test
	void aRunFolderRuleConflictsWithItselfAndNestedFoldersOnly() {
		RunFolderRule r = new RunFolderRule(Path.of("/p/runs/a"));
		assertTrue(r.isConflicting(new RunFolderRule(Path.of("/p/runs/x/../a"))));
		assertTrue(r.isConflicting(new RunFolderRule(Path.of("/p/runs/a/shard"))));
		assertTrue(new RunFolderRule(Path.of("/p/runs/a/shard")).isConflicting(r));
		assertFalse(r.isConflicting(new RunFolderRule(Path.of("/p/runs/ab"))));
		assertFalse(r.isConflicting(new RunFolderRule(Path.of("/p/runs/b"))));
		assertFalse(r.isConflicting(ResourcesPlugin.getWorkspace().getRoot()));
		assertTrue(r.contains(new RunFolderRule(Path.of("/p/runs/a/shard"))));
		assertFalse(r.contains(new RunFolderRule(Path.of("/p/runs"))));
	}
}
