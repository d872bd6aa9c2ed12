// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.ResultStore;
import org.segsense.testing.studies.SyntheticStudies;

/**
 * Large synthetic studies on the plain-Java box engine ({@code BoxModelEngine}): 2 cases × 2 variants × (baseline +
 * K intensity-scale values), so the measurement is SegSense's own cost per job, not TensorFlow's. Shared by
 * {@link ShardScaleTest} (CI size) and {@link ShardScaleBenchmark} (10,000 jobs and more).
 */
final class ShardScale {

	private ShardScale() {
	}

	/**
	 * @param jobs the study's jobs, a multiple of 4
	 * @param metrics metric elements, e.g. {@code <metrics id="dice" metricType="dice"/>}
	 */
	static Path study(Path project, String name, int jobs, String metrics) throws Exception {
		if (jobs % 4 != 0 || jobs < 8) {
			throw new IllegalArgumentException("jobs must be a multiple of 4, at least 8");
		}
		return SyntheticStudies.study(name).seed(5).axes(SyntheticStudies.scaleRange(jobs / 4 - 1)).metrics(metrics).write(project);
	}

	/** Runs the study as {@code shards} shards (one after the other, 1 thread each) and merges them into {@code merged}. */
	static RunMerge.Result shardAndMerge(Path study, Path runs, int shards, Path merged) throws Exception {
		List<Path> dirs = new ArrayList<>();
		for (int i = 1; i <= shards; i++) {
			Path d = runs.resolve("shard-" + i);
			RunSummary s = StudyRunner.run(study, RunOptions.in(d).withShard(new Shard(i, shards)).withThreads(1), null);
			if (!s.complete()) {
				throw new AssertionError("shard " + i + "/" + shards + " did not complete: " + s);
			}
			dirs.add(d);
		}
		return RunMerge.merge(dirs, merged);
	}

	/** Every job row (without timings) and every result row, in order: what must be identical between runs. */
	static List<String> rows(Path runDir) throws Exception {
		List<String> rows = new ArrayList<>();
		try (ResultStore s = ResultStore.open(runDir.resolve(ResultStore.FILE))) {
			s.forEachJob(j -> rows.add(job(j)));
			s.forEachResultWithJob(e -> rows.add(e.getValue().toString()));
		}
		return rows;
	}

	private static String job(JobRecord j) {
		return j.index() + " " + j.key() + " " + j.caseId() + " " + j.variant() + " " + j.axis() + " " + j.perturbation() + " " + j.parameter()
				+ " " + j.value() + " " + j.seed() + " " + j.status() + " " + j.evaluation() + " " + j.message();
	}
}
