// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.run;

import org.segsense.model.RunStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.Reproduction;
import org.segsense.engine.RunMerge;
import org.segsense.engine.RunSummary;
import org.segsense.engine.Shard;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.workflows.TestProjects;
import org.segsense.workflows.WorkflowException;

/** The run service on a tiny synthetic study: start, shard + merge, cancel + resume, stop, reproduce. */
class RunServiceTest {

	private final RunService runs = new RunServiceImpl();

	/** job|metric|label → value of a run. */
	private static Map<String, Double> results(Path run) throws SQLException {
		Map<String, Double> m = new TreeMap<>();
		try (ResultStore s = ResultStore.open(run.resolve(ResultStore.FILE))) {
			for (ResultRow r : s.results()) {
				m.put(r.jobKey() + "|" + r.metric() + "|" + r.label(), r.value());
			}
		}
		return m;
	}

	@Test
	void aRunDoesEveryJobAndReportsProgressWithRate(@TempDir Path dir) throws Exception {
		Path study = TestProjects.study(dir);
		List<RunProgress> progress = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		RunListener l = new RunListener() {
			@Override
			public void jobCommitted(RunProgress p) {
				progress.add(p);
			}
		};
		RunSummary s = runs.start(RunRequest.of(study, dir.resolve("run")), l, new NullProgressMonitor());
		assertTrue(s.complete());
		assertEquals(TestProjects.JOBS, s.done());
		assertEquals(TestProjects.JOBS, progress.size());
		RunProgress last = progress.get(progress.size() - 1);
		assertEquals(last.pending(), last.done());
		assertEquals(last.done() / (last.elapsedNanos() / 1e9), last.jobsPerSecond(), 1e-9);
		assertEquals(0, last.etaSeconds(), 1e-12);
		new ProgressLines(lines::add, 5).jobCommitted(progress.get(4));
		assertTrue(lines.get(0).startsWith("run: 5/" + TestProjects.JOBS + " jobs"), lines.toString());
	}

	/** Rate and ETA: 10 of 40 jobs in 5 s → 2 jobs/s and 15 s to go. */
	@Test
	void rateAndEtaAreTheClosedForm() {
		RunProgress p = RunProgress.of(10, 40, 5_000_000_000L, null);
		assertEquals(2, p.jobsPerSecond(), 1e-12);
		assertEquals(15, p.etaSeconds(), 1e-12);
		assertEquals(25, p.percent(), 1e-12);
		assertEquals("15 s", RunProgress.duration(15));
		assertEquals("3m07s", RunProgress.duration(187));
		assertEquals("2h05m", RunProgress.duration(7500));
		assertEquals(0, RunProgress.of(0, 40, 0, null).etaSeconds());
	}

	@Test
	void runFoldersAreNamedAfterTheStudyTimeAndShard(@TempDir Path dir) {
		Path study = dir.resolve("my.segsense");
		LocalDateTime t = LocalDateTime.of(2026, 1, 2, 3, 4, 5);
		assertEquals(dir.resolve("runs/my-20260102-030405"), RunFolderNames.defaultRunDir(study, Shard.ALL, t));
		assertEquals(dir.resolve("runs/my-20260102-030405-shard2of3"), RunFolderNames.defaultRunDir(study, new Shard(2, 3), t));
		WorkflowException e = assertThrows(WorkflowException.class, () -> runs.runFolder(RunRequest.of(study, null).withResume(true)));
		assertTrue(e.badInput());
		assertTrue(e.getMessage().contains("--resume needs --out"), e.getMessage());
		assertTrue(runs.runFolder(RunRequest.of(study, null)).startsWith(dir.resolve("runs")));
	}

	@Test
	void shardsMergeIntoTheWholeRun(@TempDir Path dir) throws Exception {
		Path study = TestProjects.study(dir);
		RunSummary whole = runs.start(RunRequest.of(study, dir.resolve("whole")), null, null);
		RunSummary a = runs.start(RunRequest.of(study, dir.resolve("a")).withShard(new Shard(1, 2)), null, null);
		RunSummary b = runs.start(RunRequest.of(study, dir.resolve("b")).withShard(new Shard(2, 2)), null, null);
		assertEquals(TestProjects.JOBS, a.done() + b.done());
		assertFalse(a.done() == 0 || b.done() == 0);
		RunMerge.Result m = runs.merge(List.of(a.runDir(), b.runDir()), dir.resolve("merged"), null);
		assertTrue(m.complete());
		assertEquals(TestProjects.JOBS, m.jobs());
		assertEquals(results(whole.runDir()), results(dir.resolve("merged")));
	}

	/** A cancelled run commits what it did and is resumed to the results of an uninterrupted one. */
	@Test
	void aCancelledRunResumesToTheSameResults(@TempDir Path dir) throws Exception {
		Path study = TestProjects.study(dir);
		RunSummary whole = runs.start(RunRequest.of(study, dir.resolve("whole")).withThreads(1), null, null);
		NullProgressMonitor monitor = new NullProgressMonitor();
		RunListener cancelAtFirst = new RunListener() {
			@Override
			public void jobCommitted(RunProgress p) {
				monitor.setCanceled(true);
			}
		};
		Path run = dir.resolve("run");
		RunSummary stopped = runs.start(RunRequest.of(study, run).withThreads(1), cancelAtFirst, monitor);
		assertFalse(stopped.complete());
		assertEquals(RunStatus.CANCELLED, stopped.status());
		assertTrue(stopped.done() >= 1 && stopped.done() < TestProjects.JOBS, "done " + stopped.done());
		RunSummary resumed = runs.resume(RunRequest.of(study, run).withThreads(1), null, new NullProgressMonitor());
		assertTrue(resumed.complete());
		assertEquals(stopped.done(), resumed.skipped());
		assertEquals(results(whole.runDir()), results(run));
	}

	@Test
	void stopEndsTheRunInItsFolder(@TempDir Path dir) throws Exception {
		Path study = TestProjects.study(dir);
		Path run = dir.resolve("run");
		assertFalse(runs.stop(run), "no run in progress");
		AtomicBoolean stopped = new AtomicBoolean();
		RunListener stopAtFirst = new RunListener() {
			@Override
			public void jobCommitted(RunProgress p) {
				if (!stopped.get()) {
					stopped.set(runs.stop(run));
				}
			}
		};
		RunSummary s = runs.start(RunRequest.of(study, run).withThreads(1), stopAtFirst, null);
		assertTrue(stopped.get());
		assertEquals(RunStatus.CANCELLED, s.status());
		assertFalse(runs.stop(run), "the run is over");
	}

	@Test
	void aRunReproducesAndACancelledReproductionSaysSo(@TempDir Path dir) throws Exception {
		Path study = TestProjects.study(dir);
		RunSummary s = runs.start(RunRequest.of(study, dir.resolve("run")), null, null);
		Reproduction.Report r = runs.reproduce(new RunService.ReproduceRequest(s.runDir(), 0, 0, null, null), null, null);
		assertTrue(r.agrees(), () -> r.toString());
		assertEquals(TestProjects.JOBS, r.jobsCompared());
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> runs.reproduce(new RunService.ReproduceRequest(s.runDir(), 0, 0, null, null), null, cancelled));
		assertFalse(Thread.currentThread().isInterrupted());
		WorkflowException bad = assertThrows(WorkflowException.class,
				() -> runs.reproduce(new RunService.ReproduceRequest(s.runDir(), -1, 0, null, null), null, null));
		assertTrue(bad.badInput());
	}

	@Test
	void anInvalidStudyIsBadInputWithItsProblems(@TempDir Path dir) throws Exception {
		Path study = TestProjects.study(dir);
		java.nio.file.Files.writeString(study, java.nio.file.Files.readString(study).replace("images/c1.nii.gz", "images/missing.nii.gz"));
		WorkflowException e = assertThrows(WorkflowException.class, () -> runs.start(RunRequest.of(study, dir.resolve("run")), null, null));
		assertTrue(e.badInput());
		assertTrue((e.getMessage() + e.problems()).contains("missing.nii.gz"), e.getMessage() + e.problems());
	}
}
