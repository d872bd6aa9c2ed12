// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk while committing (issue 12, item 15): simulated with SQLite's {@code max_page_count}, which makes
 * writes fail with SQLITE_FULL exactly as a full disk does. The error must say "disk is full", not the
 * follow-up "cannot rollback - no transaction is active", and the jobs committed before must stay.
 */
class ResultStoreFailureTest {

	@TempDir
	Path dir;

	@Test
	void aFullDiskIsReportedAsSuchAndKeepsTheCommittedJobs() throws Exception {
		Path file = dir.resolve(ResultStore.FILE);
		try (ResultStore s = ResultStore.open(file)) {
			s.commit(job("k0", 0), List.of(), List.of(new ResultRow("k0", 1, "dice", "dice", 0.9, null)));
		}
		Properties full = new Properties();
		full.setProperty("max_page_count", "8");
		SQLException e;
		try (ResultStore s = ResultStore.open(file, full)) {
			e = assertThrows(SQLException.class, () -> {
				for (int i = 1; i < 10_000; i++) {
					List<ResultRow> rows = new ArrayList<>();
					for (int l = 0; l < 50; l++) {
						rows.add(new ResultRow("k" + i, l, "dice", "dice", 0.5, "x".repeat(200)));
					}
					s.commit(job("k" + i, i), List.of(), rows);
				}
			});
		}
		assertFalse(e.getMessage().contains("cannot rollback"), e::getMessage);
		assertTrue(ResultStore.describe(e).startsWith("the disk is full"), () -> ResultStore.describe(e));
		try (ResultStore s = ResultStore.open(file)) {
			assertTrue(s.doneKeys().contains("k0"));
			assertEquals(s.doneKeys().size(), s.jobs().size());
		}
	}

	private static JobRecord job(String key, int index) {
		return new JobRecord(index, key, "c1", "v", null, null, null, null, 1L, JobStatus.DONE, "input", null,
				new JobRecord.Timings(0, 0, 0, 0, 0, 0, 0));
	}
}
