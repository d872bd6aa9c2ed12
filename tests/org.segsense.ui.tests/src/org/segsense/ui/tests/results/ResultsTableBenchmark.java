// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.segsense.engine.JobSetting;
import org.segsense.engine.StudyRunner;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.ui.results.ResultsEditor;
import org.segsense.ui.tests.viewer.Ui;

/**
 * Benchmark, not a timed test: a synthetic results store of 100,000 jobs (2,000 cases × 2 variants × (baseline + 24
 * swept values), dice and hd95 per job) opened in the results editor with the Jobs tab in front. Measured: the time
 * from {@link ResultsEditor#open} to the first paint of the jobs table holding all rows (reading the store in the
 * background included), and from a click on the dice column's header to the paint of the sorted table. Figures go to
 * target/benchmarks/results-table.txt and stdout (docs/benchmarks.md); the assertions only check the row count and order.
 */
@Tag("benchmark")
class ResultsTableBenchmark {

	static final int CASES = 2000, VALUES = 24;

	@AfterEach
	void close() {
		Ui.run(() -> ResultsUi.page().closeAllEditors(false));
	}

	@Test
	void aHundredThousandJobs() throws Exception {
		Path shm = Path.of("/dev/shm");
		// the store is committed job by job as the engine does (synchronous=FULL): on tmpfs where there is one
		Path dir = Files.createTempDirectory(Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of("target"), "results-bench");
		long w0 = System.nanoTime();
		Path run = write(dir);
		double writeS = (System.nanoTime() - w0) / 1e9;
		try {
			AtomicLong painted = new AtomicLong(), metricsPainted = new AtomicLong();
			long[] t0 = new long[1];
			Table table = Ui.on(() -> {
				try {
					ResultsUi.page().getWorkbenchWindow().getShell().setSize(1400, 900);
					t0[0] = System.nanoTime();
					ResultsEditor editor = ResultsEditor.open(ResultsUi.page(), run);
					Control area = ResultsUi.area(editor);
					Table t = ResultsUi.find(area, "segsense.results.jobs");
					CTabFolder tabs = (CTabFolder) t.getParent().getParent();
					for (CTabItem item : tabs.getItems()) {
						if ("Jobs".equals(item.getData("segsense.results.tab"))) {
							tabs.setSelection(item);
						}
					}
					t.addListener(SWT.Paint, e -> {
						if (t.getItemCount() == 100_000 && painted.get() == 0) {
							painted.set(System.nanoTime());
						}
						if (t.getItemCount() == 100_000 && t.getColumnCount() > org.segsense.ui.results.JobRows.FIRST_METRIC && metricsPainted.get() == 0) {
							metricsPainted.set(System.nanoTime());
						}
					});
					return t;
				} catch (Exception e) {
					throw new AssertionError(e);
				}
			});
			Ui.waitUntil(() -> painted.get() != 0, "the first paint of 100,000 rows");
			double firstPaintS = (painted.get() - t0[0]) / 1e9;
			Ui.waitUntil(() -> metricsPainted.get() != 0, "the paint of the metric columns");
			double metricsPaintS = (metricsPainted.get() - t0[0]) / 1e9;
			ResultsEditor editor = Ui.on(() -> (ResultsEditor) ResultsUi.page().getActiveEditor());
			editor.loadingJob().join(300_000, null);
			double loadedS = (System.nanoTime() - t0[0]) / 1e9;
			// the parts, one at a time, with nothing else running
			long p0 = System.nanoTime();
			double jobsS;
			try (ResultStore store = ResultStore.open(run.resolve(ResultStore.FILE))) {
				store.jobs();
				jobsS = (System.nanoTime() - p0) / 1e9;
				store.results();
			}
			double storeS = (System.nanoTime() - p0) / 1e9;
			p0 = System.nanoTime();
			org.segsense.report.analysis.RunData data = org.segsense.report.analysis.RunData.load(run);
			double runDataS = (System.nanoTime() - p0) / 1e9;
			p0 = System.nanoTime();
			org.segsense.ui.results.JobRows.of(data.jobs(), data.results());
			double rowsS = (System.nanoTime() - p0) / 1e9;
			p0 = System.nanoTime();
			org.segsense.report.analysis.Analysis.of(data);
			double analysisS = (System.nanoTime() - p0) / 1e9;
			double countS = Ui.on(() -> {
				table.setItemCount(0);
				long c0 = System.nanoTime();
				table.setItemCount(100_000);
				return (System.nanoTime() - c0) / 1e9;
			});
			double[] sortS = new double[2];
			Ui.run(() -> {
				int dice = -1;
				for (int c = 0; c < table.getColumnCount(); c++) {
					if (table.getColumn(c).getText().equals("dice [1]")) {
						dice = c;
					}
				}
				for (int k = 0; k < 2; k++) {
					boolean[] done = { false };
					org.eclipse.swt.widgets.Listener l = e -> done[0] = true;
					table.addListener(SWT.Paint, l);
					long s0 = System.nanoTime();
					Ui.send(table.getColumn(dice), SWT.Selection, new Event());
					table.redraw();
					Display d = table.getDisplay();
					long end = System.nanoTime() + 30_000_000_000L;
					while (!done[0] && System.nanoTime() < end) {
						if (!d.readAndDispatch()) {
							Thread.onSpinWait();
						}
					}
					sortS[k] = (System.nanoTime() - s0) / 1e9;
					table.removeListener(SWT.Paint, l);
				}
				assertEquals(100_000, table.getItemCount());
				double first = Double.parseDouble(table.getItem(0).getText(dice));
				double second = Double.parseDouble(table.getItem(1).getText(dice));
				org.junit.jupiter.api.Assertions.assertTrue(first >= second, "descending after the second click");
			});
			String report = String.format(Locale.ROOT, "results table, 100,000 jobs (%d cases x 2 variants x %d), %d cores: writing the store %.1f s; "
					+ "open to first paint %.2f s (all rows, the jobs' columns), to the paint with the metric columns %.2f s (what the table waited for "
					+ "before it read the jobs first), to the curves %.2f s; sort by dice (ascending) to paint %.3f s, (descending) %.3f s; "
					+ "parts: reading the jobs %.2f s, the jobs and results %.2f s, RunData.load %.2f s, JobRows.of %.3f s, Analysis.of %.2f s, Table.setItemCount(100000) %.3f s%n",
					CASES, VALUES + 1, Runtime.getRuntime().availableProcessors(), writeS, firstPaintS, metricsPaintS, loadedS, sortS[0], sortS[1], jobsS, storeS,
					runDataS, rowsS, analysisS, countS);
			System.out.print(report);
			Path out = Files.createDirectories(Path.of("target", "benchmarks")).resolve("results-table.txt");
			Files.writeString(out, report, StandardCharsets.UTF_8);
		} finally {
			try (var files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	static Path write(Path dir) throws Exception {
		StringBuilder cases = new StringBuilder();
		for (int i = 1; i <= CASES; i++) {
			cases.append("<cases id=\"c").append(i).append("\"><channels name=\"t1\" path=\"images/c").append(i).append(".nii.gz\"/></cases>\n");
		}
		StringBuilder values = new StringBuilder();
		for (int v = 0; v < VALUES; v++) {
			values.append(v == 0 ? "" : " ").append(0.5 + v * 0.05);
		}
		String study = SyntheticRuns.study(1).replaceFirst("<cases id=\"c1\">.*</cases>\n", java.util.regex.Matcher.quoteReplacement(cases.toString()))
				.replaceFirst("values=\"[^\"]*\"", "values=\"" + values + "\"");
		Path run = Files.createDirectories(dir.resolve("run"));
		Files.writeString(run.resolve(StudyRunner.STUDY_COPY), study, StandardCharsets.UTF_8);
		try (ResultStore store = ResultStore.open(run.resolve(ResultStore.FILE))) {
			store.putMeta(Map.of("study.id", "synthetic", "status", "completed"));
			int index = 0;
			for (int i = 1; i <= CASES; i++) {
				for (String v : List.of("A", "B")) {
					for (int k = -1; k < VALUES; k++) {
						double x = k < 0 ? Double.NaN : 0.5 + k * 0.05;
						String key = "case=c" + i + "|variant=" + v + (k < 0 ? "|baseline" : "|scale.factor=" + x);
						JobRecord j = k < 0 ? new JobRecord(index++, key, "c" + i, v, null, null, null, null, 1, JobStatus.DONE, "original", null,
								JobRecord.Timings.NONE)
								: new JobRecord(index++, key, "c" + i, v, "scale", "intensity-scale", "factor", x, 1, JobStatus.DONE, "original", null,
										JobRecord.Timings.NONE);
						store.commit(j, k < 0 ? List.of() : List.of(new JobSetting("scale", "intensity-scale", "factor", x, Map.of())),
								List.of(new ResultRow(key, 1, "dice", "dice", SyntheticRuns.dice(i % 7, v, x), null),
										new ResultRow(key, 1, "hd95", "hd95", SyntheticRuns.hd95(i % 7, v, x), null)));
					}
				}
			}
		}
		return run;
	}
}
