// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.Shard;
import org.segsense.inference.DeviceChoice;
import org.segsense.ui.runs.RunJob;
import org.segsense.ui.runs.RunJobs;
import org.segsense.ui.runs.RunStatusLine;
import org.segsense.ui.tests.viewer.Ui;
import org.segsense.workflows.run.RunProgress;
import org.segsense.workflows.run.RunRequest;

/**
 * The run figures in the workbench window's status line: the label is in the window's status trim, shows each
 * running run's done/total, rate and ETA as its last progress event gave them (the run is held at chosen jobs by a
 * progress listener, so the label can be read while the figures stand still), sums two runs, and clears when the runs
 * end.
 */
class RunStatusLineTest {

	@TempDir
	Path tmp;

	private final CountDownLatch release = new CountDownLatch(1);

	@AfterEach
	void cleanUp() throws Exception {
		release.countDown();
		Job.getJobManager().join(RunJobs.FAMILY, null);
	}

	private static Shell window() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	private static String shown() {
		return Ui.on(() -> RunUi.<CLabel>find(window(), RunStatusLine.LABEL).getText());
	}

	/** A run of a new 24-job study on one worker thread, held after its {@code holdAt}-th job until the test ends. */
	private RunJob heldRun(String id, int holdAt, List<RunProgress> events, CountDownLatch held) throws Exception {
		Path study = RunStudies.study(tmp.resolve(id), id);
		RunJob job = RunJobs.run(new RunRequest(study, tmp.resolve(id + "-run"), null, 1, 0, 0, false, Shard.ALL, DeviceChoice.CPU, false, false,
				null));
		job.onProgress(p -> {
			events.add(p);
			if (p.done() == holdAt) {
				held.countDown();
				try {
					release.await(120, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		});
		return job;
	}

	@Test
	void theFiguresReadAsPlannedInJobsPerSecondOrPerMinute() {
		assertEquals("12/24 jobs (50 %), 3.10 jobs/s, ETA 4 s", RunStatusLine.figures(12, 24, 3.1, 3.87));
		assertEquals("3/600 jobs (1 %), 30.0 jobs/min, ETA 19m54s", RunStatusLine.figures(3, 600, 0.5, 1194));
		assertEquals("0/10 jobs (0 %), 0.00 jobs/s, ETA 0 s", RunStatusLine.figures(0, 10, 0, 0));
		assertEquals("", RunStatusLine.text(List.of()), "nothing shown without runs");
	}

	@Test
	void theStatusLineShowsTheRunningRunsFiguresFromTheirProgressEvents() throws Exception {
		Ui.run(() -> window().setSize(1300, 880));
		Control label = Ui.on(() -> RunUi.<Control>find(window(), RunStatusLine.LABEL));
		assertTrue(Ui.on(() -> label.isVisible()), "the status line's run figures are shown in the window");
		assertEquals("", shown(), "empty while no run runs");

		List<RunProgress> a = new CopyOnWriteArrayList<>();
		CountDownLatch heldA = new CountDownLatch(1);
		RunJob jobA = heldRun("alpha", 5, a, heldA);
		assertTrue(heldA.await(120, TimeUnit.SECONDS), "the run reached its 5th job");
		RunProgress p = a.get(a.size() - 1);
		assertEquals(5, p.done());
		String expected = "alpha-run: " + RunStatusLine.figures(p.done(), p.pending(), p.jobsPerSecond(), p.etaSeconds());
		Ui.waitUntil(() -> shown().equals(expected), "the status line to read '" + expected + "' (it reads '" + shown() + "')");
		assertTrue(expected.startsWith("alpha-run: 5/24 jobs (21 %), "), expected);
		assertEquals(jobA.getName() + ": " + expected.substring("alpha-run: ".length()),
				Ui.on(() -> RunUi.<CLabel>find(window(), RunStatusLine.LABEL).getToolTipText()), "the tooltip names the run job");
		Ui.run(() -> RunUi.shot(window(), "runs-status-line", 300));

		// a second run: the two are summed (done and total, rates), the longest ETA
		List<RunProgress> b = new CopyOnWriteArrayList<>();
		CountDownLatch heldB = new CountDownLatch(1);
		RunJob jobB = heldRun("beta", 2, b, heldB);
		assertTrue(heldB.await(120, TimeUnit.SECONDS), "the second run reached its 2nd job");
		RunProgress q = b.get(b.size() - 1);
		String both = "2 runs: " + RunStatusLine.figures(7, 48, p.jobsPerSecond() + q.jobsPerSecond(), Math.max(p.etaSeconds(), q.etaSeconds()));
		Ui.waitUntil(() -> shown().equals(both), "the status line to read '" + both + "' (it reads '" + shown() + "')");
		String tip = Ui.on(() -> RunUi.<CLabel>find(window(), RunStatusLine.LABEL).getToolTipText());
		assertTrue(tip.contains(jobA.getName() + ": 5/24 jobs") && tip.contains(jobB.getName() + ": 2/24 jobs"), tip);

		release.countDown();
		Job.getJobManager().join(RunJobs.FAMILY, null);
		assertEquals(24, a.get(a.size() - 1).done());
		Ui.waitUntil(() -> shown().isEmpty(), "the status line cleared after the runs ended");
	}
}
