// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.model.RunStatus;

/**
 * Job and run status as enums ({@link JobStatus}, the model's {@link RunStatus}) keep the stored form of
 * older versions: a results database whose rows were written with the plain strings {@code done} and
 * {@code failed}, and run states {@code running}, {@code completed}, {@code incomplete} and
 * {@code cancelled}, load unchanged, and new rows are written with the same strings.
 */
class JobStatusTest {

	@TempDir
	Path dir;

	@Test
	void aDatabaseWrittenWithTheOldStringsLoads() throws Exception {
		Path file = dir.resolve(ResultStore.FILE);
		try (ResultStore s = ResultStore.open(file)) {
			s.putMeta(Map.of("status", "incomplete"));
		}
		try (Connection c = sqlite(file); Statement st = c.createStatement()) {
			st.execute("INSERT INTO jobs(job_key, job_index, case_id, variant, seed, status, evaluation, message) "
					+ "VALUES ('k0', 0, 'c1', 'v', 1, 'done', 'original', NULL), ('k1', 1, 'c1', 'v', 2, 'failed', NULL, 'boom')");
		}
		try (ResultStore s = ResultStore.open(file)) {
			List<JobRecord> jobs = s.jobs();
			assertEquals(JobStatus.DONE, jobs.get(0).status());
			assertEquals(JobStatus.FAILED, jobs.get(1).status());
			assertEquals(Set.of("k0"), s.doneKeys());
			assertEquals(RunStatus.INCOMPLETE, RunStatus.get(s.meta().get("status")));
			CsvExport.write(s, dir);
		}
		List<String> csv = Files.readAllLines(dir.resolve("jobs.csv"));
		assertTrue(csv.get(1).contains(",done,"), csv.get(1));
		assertTrue(csv.get(2).contains(",failed,"), csv.get(2));
	}

	@Test
	void newRowsAreStoredAsTheOldStrings() throws Exception {
		Path file = dir.resolve(ResultStore.FILE);
		try (ResultStore s = ResultStore.open(file)) {
			for (JobStatus status : JobStatus.values()) {
				s.commit(new JobRecord(status.ordinal(), "k" + status.ordinal(), "c1", "v", null, null, null, null, 1L, status, null, null,
						JobRecord.Timings.NONE), List.of(), List.of());
			}
		}
		try (Connection c = sqlite(file); Statement st = c.createStatement();
				ResultSet r = st.executeQuery("SELECT status FROM jobs ORDER BY job_index")) {
			r.next();
			assertEquals("done", r.getString(1));
			r.next();
			assertEquals("failed", r.getString(1));
		}
	}

	@Test
	void anUnknownStoredStatusIsNamed() throws Exception {
		Path file = dir.resolve(ResultStore.FILE);
		ResultStore.open(file).close();
		try (Connection c = sqlite(file); Statement st = c.createStatement()) {
			st.execute("INSERT INTO jobs(job_key, job_index, case_id, variant, seed, status) VALUES ('k0', 0, 'c1', 'v', 1, 'paused')");
		}
		try (ResultStore s = ResultStore.open(file)) {
			SQLException e = assertThrows(SQLException.class, s::jobs);
			assertEquals(file + ": the job k0 has the status 'paused', which this SegSense does not know (done, failed): the results "
					+ "database was written by a newer version or changed by hand", e.getMessage());
		}
	}

	@Test
	void statusesReadAndWriteTheirLowerCaseIds() {
		for (JobStatus s : JobStatus.values()) {
			assertEquals(s, JobStatus.of(s.id()));
			assertEquals(s.id(), s.toString());
		}
		assertEquals("done", JobStatus.DONE.id());
		assertEquals("failed", JobStatus.FAILED.id());
		assertEquals("Unknown job status 'DONE'; known: done, failed.", assertThrows(IllegalArgumentException.class, () -> JobStatus.of("DONE")).getMessage());
		for (String old : List.of("running", "completed", "incomplete", "cancelled")) {
			assertEquals(old, RunStatus.get(old).getLiteral(), old);
			assertEquals(old, RunStatus.get(old).toString(), old);
		}
	}

	private static Connection sqlite(Path file) throws SQLException {
		return new org.sqlite.JDBC().connect("jdbc:sqlite:" + file.toAbsolutePath(), new Properties());
	}
}
