// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.segsense.engine.JobSetting;

/**
 * The SQLite results store of a run ({@value #FILE} in the run folder). Every job is committed in one
 * transaction (its row in {@code jobs}, its settings, its results), with {@code synchronous=FULL} and a
 * rollback journal, so a process killed at any moment loses no committed job. One connection, used by
 * one thread at a time (the methods are synchronized).
 *
 * <pre>
 * meta(key PRIMARY KEY, value)                  schema version, study id and checksum, shard, status, times
 * provenance(key PRIMARY KEY, value)            see Provenance
 * jobs(job_key PRIMARY KEY, job_index, case_id, variant, axis, perturbation, parameter, value, seed, status,
 *      evaluation, message, load_ms, perturb_ms, inference_ms, engine_ms, reference_ms, metrics_ms, total_ms,
 *      finished_at)
 * job_settings(job_key, position, axis, perturbation, parameter, value, fixed)   PRIMARY KEY(job_key, position)
 * results(job_key, label, metric, metric_type, value, note)                      PRIMARY KEY(job_key, label, metric)
 * </pre>
 */
public final class ResultStore implements AutoCloseable {

	/** The store's file name in a run folder. */
	public static final String FILE = "results.sqlite";
	/** The schema version ({@code meta.schema}). */
	public static final String SCHEMA_VERSION = "1";

	private static final String[] SCHEMA = {
			"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)",
			"CREATE TABLE IF NOT EXISTS provenance(key TEXT PRIMARY KEY, value TEXT)",
			"CREATE TABLE IF NOT EXISTS jobs(job_key TEXT PRIMARY KEY, job_index INTEGER NOT NULL, case_id TEXT NOT NULL, "
					+ "variant TEXT NOT NULL, axis TEXT, perturbation TEXT, parameter TEXT, value REAL, seed INTEGER NOT NULL, "
					+ "status TEXT NOT NULL, evaluation TEXT, message TEXT, load_ms REAL, perturb_ms REAL, inference_ms REAL, "
					+ "engine_ms REAL, reference_ms REAL, metrics_ms REAL, total_ms REAL, finished_at TEXT)",
			"CREATE TABLE IF NOT EXISTS job_settings(job_key TEXT NOT NULL, position INTEGER NOT NULL, axis TEXT NOT NULL, "
					+ "perturbation TEXT NOT NULL, parameter TEXT NOT NULL, value REAL NOT NULL, fixed TEXT, PRIMARY KEY(job_key, position))",
			"CREATE TABLE IF NOT EXISTS results(job_key TEXT NOT NULL, label INTEGER NOT NULL, metric TEXT NOT NULL, "
					+ "metric_type TEXT NOT NULL, value REAL, note TEXT, PRIMARY KEY(job_key, label, metric))",
			"CREATE INDEX IF NOT EXISTS jobs_index ON jobs(job_index)" };

	private final Path file;
	private final Connection connection;

	private ResultStore(Path file, Connection connection) {
		this.file = file;
		this.connection = connection;
	}

	/**
	 * Opens (and creates, when missing) a store.
	 *
	 * @param file the database file
	 * @return the store
	 * @throws SQLException when SQLite cannot open it
	 */
	public static ResultStore open(Path file) throws SQLException {
		return open(file, new Properties());
	}

	/** Opens a store with extra SQLite connection properties (e.g. {@code max_page_count} in tests). */
	static ResultStore open(Path file, Properties extra) throws SQLException {
		String tooLong = pathTooLong(file);
		if (tooLong != null) {
			throw new SQLException(tooLong);
		}
		Properties p = new Properties();
		p.setProperty("synchronous", "FULL");
		p.setProperty("journal_mode", "DELETE");
		p.setProperty("foreign_keys", "false");
		p.setProperty("busy_timeout", "10000");
		p.putAll(extra);
		Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + file.toAbsolutePath(), p);
		if (c == null) {
			throw new SQLException("SQLite refused the URL of " + file);
		}
		try (Statement s = c.createStatement()) {
			for (String sql : SCHEMA) {
				s.execute(sql);
			}
		}
		c.setAutoCommit(false);
		ResultStore store = new ResultStore(file, c);
		if (store.meta().get("schema") == null) {
			store.putMeta(Map.of("schema", SCHEMA_VERSION));
		} else if (!SCHEMA_VERSION.equals(store.meta().get("schema"))) {
			c.close();
			throw new SQLException(file + " has results schema " + store.meta().get("schema") + "; this SegSense reads schema "
					+ SCHEMA_VERSION + ".");
		}
		return store;
	}

	/**
	 * The longest store path SQLite opens, in bytes of the absolute path with symbolic links resolved: its
	 * Unix file layer handles paths of at most 512 bytes, and the rollback journal adds "-journal". A symbolic
	 * link or a relative path does not help, since SQLite resolves both to the full path.
	 */
	public static final int MAX_PATH_BYTES = 512 - "-journal".length();

	/**
	 * @param file a store file (it need not exist)
	 * @return null when SQLite can open {@code file}, else the message saying why not and what to do
	 */
	public static String pathTooLong(Path file) {
		Path full = file.toAbsolutePath().normalize();
		Path existing = full;
		while (existing != null && !java.nio.file.Files.exists(existing)) {
			existing = existing.getParent();
		}
		try {
			if (existing != null) {
				full = existing.toRealPath().resolve(existing.relativize(full));
			}
		} catch (java.io.IOException e) {
			// the unresolved path is the best estimate
		}
		int bytes = full.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
		if (bytes <= MAX_PATH_BYTES) {
			return null;
		}
		return "The results store " + full + " has a path of " + bytes + " bytes; SQLite, which holds the results, opens only paths of up to "
				+ MAX_PATH_BYTES + " bytes (symbolic links resolved, so a link does not help). Choose a shorter run folder with --out.";
	}

	/**
	 * A short, user-facing reason for a store error: "the disk is full", "the file system is read-only", ... with
	 * SQLite's own message; never a follow-up error such as a failed rollback.
	 */
	public static String describe(SQLException e) {
		String m = String.valueOf(e.getMessage());
		if (m.contains("SQLITE_FULL") || m.contains("disk is full")) {
			return "the disk is full (" + m + "); free some space and finish the run with --resume";
		}
		if (m.contains("SQLITE_READONLY") || m.contains("readonly") || m.contains("read-only")) {
			return "the store cannot be written, the file or file system is read-only (" + m + ")";
		}
		if (m.contains("SQLITE_IOERR")) {
			return "an I/O error occurred (" + m + "); check the disk";
		}
		return m;
	}

	/** @return the database file */
	public Path file() {
		return file;
	}

	/** @return the meta table */
	public synchronized Map<String, String> meta() throws SQLException {
		return keyValues("meta");
	}

	/** @return the provenance table */
	public synchronized Map<String, String> provenance() throws SQLException {
		return keyValues("provenance");
	}

	private Map<String, String> keyValues(String table) throws SQLException {
		Map<String, String> m = new LinkedHashMap<>();
		try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT key, value FROM " + table + " ORDER BY rowid")) {
			while (r.next()) {
				m.put(r.getString(1), r.getString(2));
			}
		}
		connection.commit();
		return m;
	}

	/** Sets meta entries (one transaction). */
	public synchronized void putMeta(Map<String, String> entries) throws SQLException {
		put("meta", entries, false);
	}

	/** Replaces the provenance table (one transaction). */
	public synchronized void replaceProvenance(Map<String, String> entries) throws SQLException {
		put("provenance", entries, true);
	}

	private void put(String table, Map<String, String> entries, boolean replaceAll) throws SQLException {
		try {
			if (replaceAll) {
				try (Statement s = connection.createStatement()) {
					s.execute("DELETE FROM " + table);
				}
			}
			try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO " + table + "(key, value) VALUES (?, ?)")) {
				for (Map.Entry<String, String> e : entries.entrySet()) {
					ps.setString(1, e.getKey());
					ps.setString(2, e.getValue());
					ps.addBatch();
				}
				ps.executeBatch();
			}
			connection.commit();
		} catch (SQLException e) {
			rollbackAfter(e);
			throw e;
		}
	}

	/** Rolls back after {@code failure} without hiding it: SQLite has often rolled back already (disk full). */
	private void rollbackAfter(Exception failure) {
		try {
			connection.rollback();
		} catch (SQLException | RuntimeException e) {
			failure.addSuppressed(e);
		}
	}

	/** @return the keys of the jobs that are done (committed with their results) */
	public synchronized Set<String> doneKeys() throws SQLException {
		Set<String> keys = new LinkedHashSet<>();
		try (Statement s = connection.createStatement();
				ResultSet r = s.executeQuery("SELECT job_key FROM jobs WHERE status = '" + JobStatus.DONE.id() + "' ORDER BY job_index")) {
			while (r.next()) {
				keys.add(r.getString(1));
			}
		}
		connection.commit();
		return keys;
	}

	/** @return the number of job rows per status (jobs without a row, not yet run, are not counted) */
	public synchronized Map<JobStatus, Integer> statusCounts() throws SQLException {
		Map<JobStatus, Integer> counts = new java.util.EnumMap<>(JobStatus.class);
		try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT status, count(*) FROM jobs GROUP BY status")) {
			while (r.next()) {
				counts.put(status("(any)", r.getString(1)), r.getInt(2));
			}
		}
		connection.commit();
		return counts;
	}

	/**
	 * Commits one job — its row, settings and results — in one transaction, replacing an earlier row of
	 * the same job (a failed attempt).
	 *
	 * @param job the job row
	 * @param settings its perturbations
	 * @param results its results (none for a failed job)
	 */
	public synchronized void commit(JobRecord job, List<JobSetting> settings, List<ResultRow> results) throws SQLException {
		try {
			try (PreparedStatement del = connection.prepareStatement("DELETE FROM results WHERE job_key = ?");
					PreparedStatement delS = connection.prepareStatement("DELETE FROM job_settings WHERE job_key = ?")) {
				del.setString(1, job.key());
				del.executeUpdate();
				delS.setString(1, job.key());
				delS.executeUpdate();
			}
			try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO jobs(job_key, job_index, case_id, variant, axis, "
					+ "perturbation, parameter, value, seed, status, evaluation, message, load_ms, perturb_ms, inference_ms, engine_ms, "
					+ "reference_ms, metrics_ms, total_ms, finished_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
				int i = 1;
				ps.setString(i++, job.key());
				ps.setInt(i++, job.index());
				ps.setString(i++, job.caseId());
				ps.setString(i++, job.variant());
				ps.setString(i++, job.axis());
				ps.setString(i++, job.perturbation());
				ps.setString(i++, job.parameter());
				setDouble(ps, i++, job.value());
				ps.setLong(i++, job.seed());
				ps.setString(i++, job.status().id());
				ps.setString(i++, job.evaluation());
				ps.setString(i++, job.message());
				JobRecord.Timings t = job.timings();
				for (double ms : new double[] { t.load(), t.perturb(), t.inference(), t.engine(), t.reference(), t.metrics(), t.total() }) {
					ps.setDouble(i++, ms);
				}
				ps.setString(i++, Instant.now().toString());
				ps.executeUpdate();
			}
			try (PreparedStatement ps = connection.prepareStatement(
					"INSERT INTO job_settings(job_key, position, axis, perturbation, parameter, value, fixed) VALUES (?,?,?,?,?,?,?)")) {
				int pos = 0;
				for (JobSetting s : settings) {
					ps.setString(1, job.key());
					ps.setInt(2, pos++);
					ps.setString(3, s.axisId());
					ps.setString(4, s.perturbationType());
					ps.setString(5, s.parameter());
					ps.setDouble(6, s.value());
					ps.setString(7, s.fixed().isEmpty() ? null : new java.util.TreeMap<>(s.fixed()).toString());
					ps.addBatch();
				}
				ps.executeBatch();
			}
			try (PreparedStatement ps = connection
					.prepareStatement("INSERT INTO results(job_key, label, metric, metric_type, value, note) VALUES (?,?,?,?,?,?)")) {
				for (ResultRow r : results) {
					ps.setString(1, r.jobKey());
					ps.setInt(2, r.label());
					ps.setString(3, r.metric());
					ps.setString(4, r.metricType());
					setDouble(ps, 5, r.value());
					ps.setString(6, r.note());
					ps.addBatch();
				}
				ps.executeBatch();
			}
			connection.commit();
		} catch (SQLException | RuntimeException e) {
			rollbackAfter(e);
			throw e;
		}
	}

	private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
		if (v == null || v.isNaN()) {
			ps.setNull(i, Types.REAL);
		} else {
			ps.setDouble(i, v);
		}
	}

	private static Double getDouble(ResultSet r, int i) throws SQLException {
		double v = r.getDouble(i);
		return r.wasNull() ? null : v;
	}

	/** @return every job row, by index */
	public synchronized List<JobRecord> jobs() throws SQLException {
		List<JobRecord> list = new ArrayList<>();
		try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT job_index, job_key, case_id, variant, axis, "
				+ "perturbation, parameter, value, seed, status, evaluation, message, load_ms, perturb_ms, inference_ms, engine_ms, "
				+ "reference_ms, metrics_ms, total_ms FROM jobs ORDER BY job_index")) {
			while (r.next()) {
				list.add(new JobRecord(r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
						r.getString(7), getDouble(r, 8), r.getLong(9), status(r.getString(2), r.getString(10)), r.getString(11), r.getString(12),
						new JobRecord.Timings(r.getDouble(13), r.getDouble(14), r.getDouble(15), r.getDouble(16), r.getDouble(17),
								r.getDouble(18), r.getDouble(19))));
			}
		}
		connection.commit();
		return list;
	}

	private JobStatus status(String jobKey, String stored) throws SQLException {
		try {
			return JobStatus.of(stored);
		} catch (IllegalArgumentException e) {
			throw new SQLException(file + ": the job " + jobKey + " has the status '" + stored + "', which this SegSense does not know (done, failed): "
					+ "the results database was written by a newer version or changed by hand", e);
		}
	}

	/** Receives rows of a streamed query. */
	public interface RowConsumer<T> {
		void accept(T row) throws java.io.IOException;
	}

	/**
	 * Streams every job row, by index, without holding them all (memory bounded by one row, whatever the number
	 * of jobs: the merge and the CSV export of large studies use it).
	 */
	public synchronized void forEachJob(RowConsumer<JobRecord> consumer) throws SQLException, java.io.IOException {
		try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT job_index, job_key, case_id, variant, axis, "
				+ "perturbation, parameter, value, seed, status, evaluation, message, load_ms, perturb_ms, inference_ms, engine_ms, "
				+ "reference_ms, metrics_ms, total_ms FROM jobs ORDER BY job_index")) {
			while (r.next()) {
				consumer.accept(job(r, 1));
			}
		} finally {
			connection.commit();
		}
	}

	/**
	 * Streams every result row with its job row, ordered by job index, label and metric id (memory bounded by one
	 * row; SQLite sorts on disk when it must).
	 */
	public synchronized void forEachResultWithJob(RowConsumer<Map.Entry<JobRecord, ResultRow>> consumer) throws SQLException, java.io.IOException {
		try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT j.job_index, j.job_key, j.case_id, j.variant, "
				+ "j.axis, j.perturbation, j.parameter, j.value, j.seed, j.status, j.evaluation, j.message, j.load_ms, j.perturb_ms, "
				+ "j.inference_ms, j.engine_ms, j.reference_ms, j.metrics_ms, j.total_ms, r.label, r.metric, r.metric_type, r.value, r.note "
				+ "FROM results r JOIN jobs j ON j.job_key = r.job_key ORDER BY j.job_index, r.label, r.metric")) {
			while (r.next()) {
				JobRecord j = job(r, 1);
				consumer.accept(Map.entry(j, new ResultRow(j.key(), r.getInt(20), r.getString(21), r.getString(22), getDouble(r, 23), r.getString(24))));
			}
		} finally {
			connection.commit();
		}
	}

	private JobRecord job(ResultSet r, int c) throws SQLException {
		return new JobRecord(r.getInt(c), r.getString(c + 1), r.getString(c + 2), r.getString(c + 3), r.getString(c + 4), r.getString(c + 5),
				r.getString(c + 6), getDouble(r, c + 7), r.getLong(c + 8), status(r.getString(c + 1), r.getString(c + 9)), r.getString(c + 10),
				r.getString(c + 11), new JobRecord.Timings(r.getDouble(c + 12), r.getDouble(c + 13), r.getDouble(c + 14), r.getDouble(c + 15),
						r.getDouble(c + 16), r.getDouble(c + 17), r.getDouble(c + 18)));
	}

	/** @return every result row, ordered by job index, label and metric id */
	public synchronized List<ResultRow> results() throws SQLException {
		List<ResultRow> list = new ArrayList<>();
		try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT r.job_key, r.label, r.metric, r.metric_type, "
				+ "r.value, r.note FROM results r JOIN jobs j ON j.job_key = r.job_key ORDER BY j.job_index, r.label, r.metric")) {
			while (r.next()) {
				list.add(new ResultRow(r.getString(1), r.getInt(2), r.getString(3), r.getString(4), getDouble(r, 5), r.getString(6)));
			}
		}
		connection.commit();
		return list;
	}

	/**
	 * Copies the done jobs of another store (a shard) into this one, in one transaction.
	 *
	 * @param other the other store's file
	 * @return the number of jobs copied
	 * @throws SQLException when a job is in both stores
	 */
	public synchronized int copyDoneJobsFrom(Path other) throws SQLException {
		try (Statement s = connection.createStatement()) {
			connection.commit();
			connection.setAutoCommit(true);
			try {
				s.execute("ATTACH DATABASE '" + other.toAbsolutePath().toString().replace("'", "''") + "' AS src");
			} finally {
				connection.setAutoCommit(false);
			}
			try {
				try (ResultSet r = s.executeQuery("SELECT s.job_key FROM src.jobs s JOIN main.jobs m ON m.job_key = s.job_key "
						+ "WHERE s.status = '" + JobStatus.DONE.id() + "' LIMIT 1")) {
					if (r.next()) {
						throw new SQLException("the job " + r.getString(1) + " is in more than one of the stores being merged");
					}
				}
				int n = s.executeUpdate("INSERT INTO main.jobs SELECT * FROM src.jobs WHERE status = '" + JobStatus.DONE.id() + "'");
				s.executeUpdate("INSERT INTO main.job_settings SELECT * FROM src.job_settings WHERE job_key IN "
						+ "(SELECT job_key FROM src.jobs WHERE status = '" + JobStatus.DONE.id() + "')");
				s.executeUpdate("INSERT INTO main.results SELECT * FROM src.results WHERE job_key IN "
						+ "(SELECT job_key FROM src.jobs WHERE status = '" + JobStatus.DONE.id() + "')");
				connection.commit();
				return n;
			} catch (SQLException e) {
				rollbackAfter(e);
				throw e;
			} finally {
				connection.setAutoCommit(true);
				s.execute("DETACH DATABASE src");
				connection.setAutoCommit(false);
			}
		}
	}

	@Override
	public synchronized void close() {
		try {
			connection.close();
		} catch (SQLException e) {
			// nothing was pending: every write commits itself
		}
	}
}
