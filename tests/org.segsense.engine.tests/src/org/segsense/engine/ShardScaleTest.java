// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.store.CsvExport;

/**
 * The scale test in its CI size (issue 17; the full 10,000-job size is {@link ShardScaleBenchmark}): a 2,000-job
 * study run once and as 20 shards merged gives row-for-row identical stores and byte-identical CSV files.
 */
class ShardScaleTest {

	@TempDir
	Path dir;

	/**
	 * The balance of {@code index % N} sharding (docs/slurm.md): every shard holds ⌊B/N⌋ or ⌈B/N⌉ of each
	 * (case, variant) block of B jobs — one inference of that variant on that case each — and ⌊J/N⌋ or ⌈J/N⌉ jobs.
	 */
	@Test
	void everyShardHoldsAnEqualShareOfEachCaseAndVariant() throws Exception {
		Path project = TestStudies.project(dir.resolve("project"));
		Path study = ShardScale.study(project, "balance", 2000, "<metrics id=\"dice\" metricType=\"dice\"/>");
		StudyPlan plan = StudyPlan.expand(StudyRunner.loadValid(study, null));
		for (int n : new int[] { 3, 20, 100, 1999 }) {
			java.util.Map<String, int[]> perBlock = new java.util.HashMap<>();
			int[] total = new int[n];
			for (int i = 1; i <= n; i++) {
				for (Job j : plan.jobs(new Shard(i, n))) {
					perBlock.computeIfAbsent(j.caseId() + "|" + j.variantId(), k -> new int[n])[i - 1]++;
					total[i - 1]++;
				}
			}
			assertEquals(4, perBlock.size());
			for (int[] counts : perBlock.values()) {
				int min = java.util.Arrays.stream(counts).min().orElseThrow(), max = java.util.Arrays.stream(counts).max().orElseThrow();
				assertTrue(max - min <= 1, n + " shards: a block's jobs per shard range from " + min + " to " + max);
				assertEquals(500, java.util.Arrays.stream(counts).sum());
			}
			int min = java.util.Arrays.stream(total).min().orElseThrow(), max = java.util.Arrays.stream(total).max().orElseThrow();
			assertTrue(max - min <= 1, n + " shards: jobs per shard range from " + min + " to " + max);
		}
	}

	@Test
	void twoThousandJobsAsOneRunEqualTwentyShardsMerged() throws Exception {
		Path project = TestStudies.project(dir.resolve("project"));
		Path study = ShardScale.study(project, "scale", 2000, "<metrics id=\"dice\" metricType=\"dice\"/><metrics id=\"jaccard\" metricType=\"jaccard\"/>");
		long t0 = System.nanoTime();
		RunSummary whole = StudyRunner.run(study, RunOptions.in(dir.resolve("whole")).withThreads(2), null);
		long t1 = System.nanoTime();
		assertTrue(whole.complete(), whole.toString());
		assertEquals(2000, whole.done());
		RunMerge.Result m = ShardScale.shardAndMerge(study, dir.resolve("shards"), 20, dir.resolve("merged"));
		long t2 = System.nanoTime();
		assertTrue(m.complete(), m.toString());
		assertEquals("1/1", m.shard());
		assertEquals(2000, m.jobs());
		List<String> a = ShardScale.rows(dir.resolve("whole"));
		List<String> b = ShardScale.rows(dir.resolve("merged"));
		assertEquals(2000 + 2000 * 2, a.size());
		assertEquals(a, b);
		assertEquals(Files.readString(dir.resolve("whole").resolve(CsvExport.RESULTS)), Files.readString(dir.resolve("merged").resolve(CsvExport.RESULTS)));
		System.out.printf("scale test: 2000 jobs in one run %.1f s, as 20 shards + merge %.1f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
	}
}
