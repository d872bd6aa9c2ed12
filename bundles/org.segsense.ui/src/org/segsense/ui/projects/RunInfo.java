// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultStore;

/**
 * A run folder's state as the Project Explorer shows it, read from its results store
 * ({@code results.sqlite}): the status the engine recorded ({@code running}, {@code completed},
 * {@code incomplete}, …), the jobs of the run (its shard) and how many are done and failed.
 *
 * @param status the run status, {@code unknown} when the store has none
 * @param jobs jobs of the run, -1 when unknown
 * @param done jobs done
 * @param failed jobs failed
 */
public record RunInfo(String status, int jobs, int done, int failed) {

	/** @return the run's state, or empty when {@code dir} holds no results store or it cannot be read */
	public static Optional<RunInfo> of(Path dir) {
		Path file = dir.resolve(ResultStore.FILE);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try (ResultStore store = ResultStore.open(file)) {
			Map<String, String> meta = store.meta();
			List<JobRecord> records = store.jobs();
			int done = (int) records.stream().filter(j -> j.status() == JobStatus.DONE).count();
			int failed = (int) records.stream().filter(j -> j.status() == JobStatus.FAILED).count();
			String jobs = meta.getOrDefault("jobs.shard", meta.get("jobs.study"));
			return Optional.of(new RunInfo(meta.getOrDefault("status", "unknown"), jobs == null ? -1 : Integer.parseInt(jobs), done, failed));
		} catch (SQLException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/** @return e.g. {@code completed, 126/126 jobs} or {@code incomplete, 40/126 jobs, 2 failed} */
	public String label() {
		return status + ", " + done + "/" + (jobs < 0 ? "?" : jobs) + " jobs" + (failed > 0 ? ", " + failed + " failed" : "");
	}
}
