// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import org.segsense.model.RunStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.testing.RecordingMonitor;

/**
 * Progress and cancellation of run, resume, reproduce and merge through one
 * {@link org.eclipse.core.runtime.IProgressMonitor}, and the committed jobs through {@link RunEvents}: a
 * cancelled run stops within a second, keeps every job it committed (those in flight included) and
 * resumes to the stored metrics of an uninterrupted run; a full run's monitor reaches 100 % unit by unit.
 */
class RunCancellationTest {

	@TempDir
	static Path dir;

	static Path study;
	static Path reference;
	static RecordingMonitor referenceMonitor = new RecordingMonitor();
	static List<Double> fractionAtCommit = Collections.synchronizedList(new ArrayList<>());
	static List<JobRecord> referenceEvents = Collections.synchronizedList(new ArrayList<>());
	static RunSummary referenceSummary;

	@BeforeAll
	static void runUninterrupted() throws Exception {
		Path project = TestStudies.project(dir.resolve("project"));
		study = TestStudies.study(project, "s1", TestStudies.OAT, TestStudies.GROUND_TRUTH, "");
		reference = dir.resolve("runs/reference");
		referenceSummary = StudyRunner.run(study, RunOptions.in(reference).withThreads(2), referenceMonitor, new RunEvents() {
			@Override
			public void jobCommitted(JobRecord job, List<ResultRow> results, int done, int pending, long elapsedNanos) {
				referenceEvents.add(job);
				fractionAtCommit.add(referenceMonitor.fraction());
			}
		});
		assertTrue(referenceSummary.complete(), referenceSummary::toString);
	}

	/** The stored metric values by job, label and metric. */
	static Map<String, Double> metrics(Path runDir) throws Exception {
		Map<String, Double> m = new LinkedHashMap<>();
		try (ResultStore s = ResultStore.open(runDir.resolve(ResultStore.FILE))) {
			for (ResultRow r : s.results()) {
				m.put(r.jobKey() + "#" + r.label() + "#" + r.metric(), r.value());
			}
		}
		return m;
	}

	static List<String> doneKeys(Path runDir) throws Exception {
		try (ResultStore s = ResultStore.open(runDir.resolve(ResultStore.FILE))) {
			return s.jobs().stream().map(JobRecord::key).sorted().toList();
		}
	}

	@Test
	void aFullRunReportsAllItsWorkUnitByUnit() {
		assertEquals(24, referenceEvents.size());
		assertTrue(referenceMonitor.total() > 0);
		assertEquals(1.0, referenceMonitor.fraction(), 1e-9);
		for (int i = 1; i < fractionAtCommit.size(); i++) {
			assertTrue(fractionAtCommit.get(i) > fractionAtCommit.get(i - 1), "progress grows with every committed job: " + fractionAtCommit);
		}
		// the jobs are 96 % of the work, each an equal share: after the last commit only the finishing 2 % is left
		assertEquals(0.98, fractionAtCommit.get(23), 0.011);
		assertTrue(referenceMonitor.subTasks().stream().anyMatch(t -> t.startsWith("24 job(s) to run")), referenceMonitor.subTasks()::toString);
	}

	@Test
	void aCancelledRunStopsWithinASecondKeepsItsJobsAndResumesToTheSameResults() throws Exception {
		Path run = dir.resolve("runs/cancelled");
		RecordingMonitor monitor = new RecordingMonitor();
		Map<String, List<ResultRow>> reported = Collections.synchronizedMap(new LinkedHashMap<>());
		long[] returned = new long[1];
		RunSummary first = StudyRunner.run(study, RunOptions.in(run).withThreads(2), monitor, new RunEvents() {
			@Override
			public void jobCommitted(JobRecord job, List<ResultRow> results, int done, int pending, long elapsedNanos) {
				reported.put(job.key(), results);
				if (done == 5) {
					monitor.setCanceled(true);
				}
			}
		});
		double latency = monitor.secondsSinceCancel();
		System.out.printf("run: cancel latency %.1f ms (%d jobs committed, %d after the cancel)%n", latency * 1e3, first.done(), first.done() - 5);
		assertTrue(latency <= 1.0, "cancel latency " + latency + " s");
		assertTrue(first.cancelled());
		assertEquals(RunStatus.CANCELLED, first.status());
		// the jobs in flight when it was cancelled are committed too (at most workers + CPU threads + 1)
		assertTrue(first.done() >= 5 && first.done() <= 5 + 5 && first.done() < 24, "done: " + first.done());
		// every job reported as committed is in the store, with the metric values reported
		assertEquals(reported.keySet().stream().sorted().toList(), doneKeys(run));
		Map<String, Double> stored = metrics(run);
		for (Map.Entry<String, List<ResultRow>> e : reported.entrySet()) {
			assertFalse(e.getValue().isEmpty(), e.getKey());
			for (ResultRow r : e.getValue()) {
				assertEquals(r.value(), stored.get(r.jobKey() + "#" + r.label() + "#" + r.metric()));
			}
		}
		try (ResultStore s = ResultStore.open(run.resolve(ResultStore.FILE))) {
			assertEquals("cancelled", s.meta().get("status"));
		}
		// resumed: the same stored metrics as the uninterrupted run
		RunSummary resumed = StudyRunner.run(study, RunOptions.in(run).withResume(true).withThreads(1), new RecordingMonitor());
		assertTrue(resumed.complete());
		assertEquals(first.done(), resumed.skipped());
		assertEquals(metrics(reference), metrics(run));
		assertEquals(doneKeys(reference), doneKeys(run));
	}

	@Test
	void aRunCancelledInItsConsensusPhaseStartsNoJobAndResumesToTheSameResults() throws Exception {
		Path project = dir.resolve("project");
		Path majority = TestStudies.study(project, "majority", TestStudies.OAT, TestStudies.MAJORITY, "");
		Path whole = dir.resolve("runs/majority-whole");
		assertTrue(StudyRunner.run(majority, RunOptions.in(whole).withThreads(2), null).complete());
		Path run = dir.resolve("runs/majority-cancelled");
		RecordingMonitor monitor = new RecordingMonitor().cancelOnSubTask(t -> t.startsWith("consensus references"));
		RunSummary first = StudyRunner.run(majority, RunOptions.in(run).withThreads(2), monitor);
		double latency = monitor.secondsSinceCancel();
		System.out.printf("run (consensus phase): cancel latency %.1f ms%n", latency * 1e3);
		assertTrue(latency <= 1.0, "cancel latency " + latency + " s");
		assertEquals(RunStatus.CANCELLED, first.status());
		assertEquals(0, first.done());
		assertTrue(monitor.subTasks().stream().noneMatch(t -> t.contains("job(s) to run")), monitor.subTasks()::toString);
		RunSummary resumed = StudyRunner.run(majority, RunOptions.in(run).withResume(true).withThreads(2), null);
		assertTrue(resumed.complete());
		assertEquals(metrics(whole), metrics(run));
	}

	@Test
	void aMonitorCancelledBeforeTheRunWritesNothing() {
		Path run = dir.resolve("runs/never");
		RecordingMonitor monitor = new RecordingMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> StudyRunner.run(study, RunOptions.in(run), monitor));
		assertFalse(Files.exists(run));
	}

	@Test
	void aCancelledReproductionStopsWithinASecondAndLeavesTheRunAsItWas() throws Exception {
		Map<String, Double> before = metrics(reference);
		List<String> keysBefore = doneKeys(reference);
		Path kept = dir.resolve("runs/reproduction");
		RecordingMonitor monitor = new RecordingMonitor();
		assertThrows(OperationCanceledException.class, () -> Reproduction.reproduce(reference, 0, 2, kept, null, monitor, new RunEvents() {
			@Override
			public void jobCommitted(JobRecord job, List<ResultRow> results, int done, int pending, long elapsedNanos) {
				if (done == 3) {
					monitor.setCanceled(true);
				}
			}
		}));
		double latency = monitor.secondsSinceCancel();
		System.out.printf("reproduce: cancel latency %.1f ms%n", latency * 1e3);
		assertTrue(latency <= 1.0, "cancel latency " + latency + " s");
		assertEquals(before, metrics(reference));
		assertEquals(keysBefore, doneKeys(reference));
		// the kept re-run holds the jobs it committed, marked cancelled
		int keptJobs = doneKeys(kept).size();
		assertTrue(keptJobs >= 3 && keptJobs < 24, "kept: " + keptJobs);
		try (ResultStore s = ResultStore.open(kept.resolve(ResultStore.FILE))) {
			assertEquals("cancelled", s.meta().get("status"));
		}
	}

	@Test
	void aCancelledMergeRemovesWhatItWroteAndAFullOneReachesAllItsWork() throws Exception {
		Path a = dir.resolve("runs/shard1"), b = dir.resolve("runs/shard2");
		assertTrue(StudyRunner.run(study, RunOptions.in(a).withShard(new Shard(1, 2)).withThreads(2), null).complete());
		assertTrue(StudyRunner.run(study, RunOptions.in(b).withShard(new Shard(2, 2)).withThreads(2), null).complete());
		Path out = dir.resolve("runs/merge-cancelled");
		RecordingMonitor monitor = new RecordingMonitor().cancelOnSubTask(t -> t.startsWith("copying the jobs of"));
		assertThrows(OperationCanceledException.class, () -> RunMerge.merge(List.of(a, b), out, monitor));
		double latency = monitor.secondsSinceCancel();
		System.out.printf("merge: cancel latency %.1f ms%n", latency * 1e3);
		assertTrue(latency <= 1.0, "cancel latency " + latency + " s");
		assertFalse(Files.exists(out.resolve(ResultStore.FILE)), "no half-merged store is left");
		assertFalse(Files.exists(out.resolve(StudyRunner.STUDY_COPY)));
		assertEquals(12, doneKeys(a).size());
		// the same merge, not cancelled, into the same folder
		RecordingMonitor full = new RecordingMonitor();
		RunMerge.Result m = RunMerge.merge(List.of(a, b), out, full);
		assertTrue(m.complete());
		assertEquals(metrics(reference), metrics(out));
		assertEquals(1.0, full.fraction(), 1e-9);
		// a unit per source read and per source copied, then the folder: the second copy starts at 3 of 5
		assertEquals(3.0 / 5, full.fractionAtSubTask("copying the jobs of " + b), 0.002);
	}
}
