// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.RunMerge;
import org.segsense.engine.RunOptions;
import org.segsense.engine.RunSummary;
import org.segsense.engine.Shard;
import org.segsense.engine.StudyRunner;
import org.segsense.engine.store.ResultStore;
import org.segsense.report.ReportOptions;
import org.segsense.testing.studies.SyntheticProjects;
import org.segsense.testing.studies.SyntheticStudies;
import org.segsense.workflows.report.ReportServiceImpl;

/**
 * The scale benchmark of issue 17 (not part of the default test run: {@code -Dtest=ShardScaleBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}). On the plain-Java box engine, so it measures SegSense's own cost per
 * job: a 1,000- and a 10,000-job study (2 cases × 2 variants × intensity-scale sweep, Dice) run once with 2 workers
 * and as 10 / 100 shards merged (row-for-row identical), and the report of 10,000 and 100,000 result rows (the
 * 10,000-job study with 10 metrics). Figures: jobs/s, store size, merge time, report time, peak heap. Writes
 * Markdown to {@code segsense.benchmark.out} (default target/shard-scale-benchmark.md).
 */
class ShardScaleBenchmark {

	private static final String DICE = "<metrics id=\"dice\" metricType=\"dice\"/>";
	private static final String TEN = DICE + "<metrics id=\"jaccard\" metricType=\"jaccard\"/><metrics id=\"sens\" metricType=\"sensitivity\"/>"
			+ "<metrics id=\"prec\" metricType=\"precision\"/><metrics id=\"hd\" metricType=\"hd\"/><metrics id=\"hd95\" metricType=\"hd95\"/>"
			+ "<metrics id=\"assd\" metricType=\"assd\"/><metrics id=\"masd\" metricType=\"masd\"/><metrics id=\"nsd\" metricType=\"nsd\"/>"
			+ "<metrics id=\"vs\" metricType=\"volumeSimilarity\"/>";

	@TempDir
	Path dir;

	private final List<String> lines = new ArrayList<>();

	@Test
	void measure() throws Exception {
		Path project = SyntheticProjects.project(dir.resolve("project"));
		lines.add("| study | jobs | result rows | run (2 workers) s | jobs/s | job time in the box engine | store MiB | bytes/row | shards | shards run s | merge s | merged = run | report s | peak heap MiB (run / merge / report) |");
		lines.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|");
		measure(project, "dice-1k", 1000, DICE, 10);
		measure(project, "dice-10k", 10000, DICE, 100);
		measure(project, "ten-10k", 10000, TEN, 100);
		Path out = Path.of(System.getProperty("segsense.benchmark.out", "target/shard-scale-benchmark.md"));
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		System.out.println(String.join("\n", lines));
	}

	private void measure(Path project, String name, int jobs, String metrics, int shards) throws Exception {
		Path study = study(project, name, jobs, metrics);
		Path run = dir.resolve(name + "-run");
		resetPeaks();
		long t0 = System.nanoTime();
		RunSummary s = StudyRunner.run(study, RunOptions.in(run).withThreads(2), null);
		double runS = (System.nanoTime() - t0) / 1e9;
		long runPeak = peakHeap();
		assertTrue(s.complete(), s.toString());
		long rows;
		double[] ms = new double[2]; // the engine's calls, whole jobs
		try (ResultStore st = ResultStore.open(run.resolve(ResultStore.FILE))) {
			rows = st.results().size();
			st.forEachJob(j -> {
				ms[0] += j.timings().engine();
				ms[1] += j.timings().total();
			});
		}
		long bytes = Files.size(run.resolve(ResultStore.FILE));
		String shardCols = "| – | – | – | – ";
		long mergePeak = 0;
		if (shards > 0) {
			List<Path> dirs = new ArrayList<>();
			long t1 = System.nanoTime();
			for (int i = 1; i <= shards; i++) {
				Path d = dir.resolve(name + "-shards").resolve("shard-" + i);
				assertTrue(StudyRunner.run(study, RunOptions.in(d).withShard(new Shard(i, shards)).withThreads(1), null).complete());
				dirs.add(d);
			}
			double shardS = (System.nanoTime() - t1) / 1e9;
			resetPeaks();
			long t2 = System.nanoTime();
			RunMerge.Result m = RunMerge.merge(dirs, dir.resolve(name + "-merged"));
			double mergeS = (System.nanoTime() - t2) / 1e9;
			mergePeak = peakHeap();
			assertTrue(m.complete());
			boolean same = rowsOf(run).equals(rowsOf(dir.resolve(name + "-merged")));
			assertTrue(same, "merged store differs from the single run");
			shardCols = String.format(Locale.ROOT, "| %d | %.1f | %.1f | %s ", shards, shardS, mergeS, same ? "yes" : "NO");
		}
		resetPeaks();
		long t3 = System.nanoTime();
		new ReportServiceImpl().generate(run, ReportOptions.defaults().withMontages(false), null, new NullProgressMonitor());
		double reportS = (System.nanoTime() - t3) / 1e9;
		long reportPeak = peakHeap();
		assertTrue(Files.exists(run.resolve("report/index.html")));
		lines.add(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.0f | %.1f %% | %.1f | %.0f %s| %.1f | %d / %d / %d |", name, jobs, rows, runS, jobs / runS,
				100 * ms[0] / ms[1],
				bytes / 1048576.0, (double) bytes / rows, shardCols, reportS, runPeak >> 20, mergePeak >> 20, reportPeak >> 20));
		System.out.println(lines.get(lines.size() - 1));
		assertEquals(jobs, s.done());
	}

	private static List<String> rowsOf(Path runDir) throws Exception {
		List<String> rows = new ArrayList<>();
		try (ResultStore s = ResultStore.open(runDir.resolve(ResultStore.FILE))) {
			s.forEachJob(j -> rows.add(j.index() + " " + j.key() + " " + j.value() + " " + j.seed() + " " + j.status() + " " + j.evaluation()));
			s.forEachResultWithJob(e -> rows.add(e.getValue().toString()));
		}
		return rows;
	}

	private static void resetPeaks() {
		System.gc();
		for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
			p.resetPeakUsage();
		}
	}

	/** @return the sum of the heap pools' peak usage since {@link #resetPeaks} (an upper bound of the live peak) */
	private static long peakHeap() {
		long sum = 0;
		for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
			if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
				sum += p.getPeakUsage().getUsed();
			}
		}
		return sum;
	}

	private static Path study(Path project, String name, int jobs, String metrics) throws Exception {
		return SyntheticStudies.study(name).seed(5).axes(SyntheticStudies.scaleRange(jobs / 4 - 1)).metrics(metrics).write(project);
	}
}
