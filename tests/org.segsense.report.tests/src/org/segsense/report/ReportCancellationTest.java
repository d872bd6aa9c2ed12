// SPDX-License-Identifier: EPL-2.0
package org.segsense.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.RunSummary;
import org.segsense.engine.store.ResultStore;
import org.segsense.testing.RecordingMonitor;

/**
 * The report's progress and cancellation through one {@link org.eclipse.core.runtime.IProgressMonitor}: a
 * unit per phase and per section, cancel between sections and between the montages' recomputed jobs,
 * {@link OperationCanceledException}, no index.html left behind, the run folder untouched.
 */
class ReportCancellationTest {

	@TempDir
	static Path dir;

	static Path run;

	@BeforeAll
	static void aRun() throws Exception {
		Path project = SyntheticRuns.project(dir.resolve("project"));
		run = dir.resolve("runs/gt");
		RunSummary s = SyntheticRuns.run(project, "gt", SyntheticRuns.GROUND_TRUTH, run);
		assertTrue(s.complete(), s::toString);
	}

	/** The run's store as text: jobs and results. */
	static String store() throws Exception {
		try (ResultStore s = ResultStore.open(run.resolve(ResultStore.FILE))) {
			return s.jobs().toString() + s.results().toString();
		}
	}

	@Test
	void aFullReportReportsAllItsWorkUnitByUnit() throws Exception {
		RecordingMonitor monitor = new RecordingMonitor();
		ReportResult r = ReportGenerator.generate(run, ReportOptions.defaults().withOutputDir(dir.resolve("full")).withMontages(false), monitor);
		assertTrue(Files.isRegularFile(r.indexHtml()));
		// load, analyse, the sections, write: the sections' share is reported section by section
		long n = monitor.subTasks().stream().filter(t -> t.startsWith("section: ")).count();
		assertEquals(0.5 + 0.25 * (n - 1) / n, monitor.fractionAtSubTask("section: "), 0.002, "the last section starts when the others are done");
		assertEquals(0.75, monitor.fractionAtSubTask("writing "), 0.002);
		assertEquals(1.0, monitor.fraction(), 1e-9);
		List<String> tasks = monitor.subTasks();
		assertTrue(tasks.get(0).startsWith("loading ") && tasks.get(tasks.size() - 1).startsWith("writing "), tasks::toString);
		assertTrue(tasks.stream().filter(t -> t.startsWith("section: ")).count() >= 5, tasks::toString);
	}

	@Test
	void cancellingBetweenSectionsStopsWithinASecondAndLeavesNoIndex() throws Exception {
		Path out = dir.resolve("between-sections");
		ReportGenerator.generate(run, ReportOptions.defaults().withOutputDir(out).withMontages(false), null);
		assertTrue(Files.isRegularFile(out.resolve(ReportGenerator.INDEX)));
		String before = store();
		AtomicInteger sections = new AtomicInteger();
		RecordingMonitor monitor = new RecordingMonitor().cancelOnSubTask(t -> t.startsWith("section: ") && sections.incrementAndGet() == 2);
		double[] latency = { -1 };
		assertThrows(OperationCanceledException.class, () -> {
			try {
				ReportGenerator.generate(run, ReportOptions.defaults().withOutputDir(out).withMontages(false), monitor);
			} finally {
				latency[0] = monitor.secondsSinceCancel();
			}
		});
		System.out.printf("report: cancel latency between sections %.1f ms%n", latency[0] * 1e3);
		assertTrue(latency[0] <= 1.0, "cancel latency " + latency[0] + " s");
		assertEquals(2, monitor.subTasks().stream().filter(t -> t.startsWith("section: ")).count(), "no section after the cancel");
		// the earlier report's index would point at cleared assets: no index.html is left
		assertFalse(Files.exists(out.resolve(ReportGenerator.INDEX)));
		assertEquals(before, store(), "the run folder is only read");
	}

	@Test
	void cancellingWhileTheMontagesRecomputeJobsStopsWithinASecond() throws Exception {
		Path out = dir.resolve("montages");
		String before = store();
		RecordingMonitor monitor = new RecordingMonitor().cancelOnSubTask(t -> t.startsWith("montages: recomputing"));
		double[] latency = { -1 };
		assertThrows(OperationCanceledException.class, () -> {
			try {
				ReportGenerator.generate(run, ReportOptions.defaults().withOutputDir(out).withMontageValuesPerAxis(2), monitor);
			} finally {
				latency[0] = monitor.secondsSinceCancel();
			}
		});
		System.out.printf("report: cancel latency while recomputing montage jobs %.1f ms%n", latency[0] * 1e3);
		assertTrue(latency[0] <= 1.0, "cancel latency " + latency[0] + " s");
		assertFalse(Files.exists(out.resolve(ReportGenerator.INDEX)));
		if (Files.isDirectory(out.resolve(SectionContext.ASSETS))) {
			try (var assets = Files.list(out.resolve(SectionContext.ASSETS))) {
				assertTrue(assets.filter(p -> p.toString().endsWith(".png")).count() <= 1, "at most the montage being made when it was cancelled");
			}
		}
		assertEquals(before, store());
	}
}
