// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.List;

/**
 * CSV export of a store for R and pandas, in long format (RFC 4180, UTF-8, header row, '\n' line ends,
 * empty field = missing/NA; numbers as Java writes doubles, which R and pandas read exactly).
 *
 * <ul>
 * <li>{@value #RESULTS}: {@code job_index, job_key, case, variant, axis, perturbation, parameter, value,
 * label, metric, metric_type, metric_value, note} — one row per job, label and metric;</li>
 * <li>{@value #JOBS}: {@code job_index, job_key, case, variant, axis, perturbation, parameter, value, seed,
 * status, evaluation, message, load_ms, perturb_ms, inference_ms, engine_ms, reference_ms, metrics_ms,
 * total_ms}.</li>
 * </ul>
 */
public final class CsvExport {

	/** The results file. */
	public static final String RESULTS = "results.csv";
	/** The jobs file. */
	public static final String JOBS = "jobs.csv";

	/** Header of {@value #RESULTS}. */
	public static final List<String> RESULT_COLUMNS = List.of("job_index", "job_key", "case", "variant", "axis", "perturbation",
			"parameter", "value", "label", "metric", "metric_type", "metric_value", "note");
	/** Header of {@value #JOBS}. */
	public static final List<String> JOB_COLUMNS = List.of("job_index", "job_key", "case", "variant", "axis", "perturbation",
			"parameter", "value", "seed", "status", "evaluation", "message", "load_ms", "perturb_ms", "inference_ms", "engine_ms",
			"reference_ms", "metrics_ms", "total_ms");

	private CsvExport() {
	}

	/**
	 * Writes both files into {@code dir} (each atomically), streaming the store's rows: memory stays bounded by one
	 * row whatever the size of the run.
	 */
	public static void write(ResultStore store, Path dir) throws SQLException, IOException {
		try {
			writeAtomically(dir.resolve(JOBS), w -> {
				line(w, JOB_COLUMNS);
				streaming(() -> store.forEachJob(j -> {
					JobRecord.Timings t = j.timings();
					line(w, List.of(Integer.toString(j.index()), j.key(), j.caseId(), j.variant(), text(j.axis()), text(j.perturbation()),
							text(j.parameter()), number(j.value()), Long.toString(j.seed()), j.status().id(), text(j.evaluation()), text(j.message()),
							number(t.load()), number(t.perturb()), number(t.inference()), number(t.engine()), number(t.reference()),
							number(t.metrics()), number(t.total())));
				}));
			});
			writeAtomically(dir.resolve(RESULTS), w -> {
				line(w, RESULT_COLUMNS);
				streaming(() -> store.forEachResultWithJob(e -> {
					JobRecord j = e.getKey();
					ResultRow r = e.getValue();
					line(w, List.of(Integer.toString(j.index()), j.key(), j.caseId(), j.variant(), text(j.axis()), text(j.perturbation()),
							text(j.parameter()), number(j.value()), Integer.toString(r.label()), r.metric(), r.metricType(), number(r.value()),
							text(r.note())));
				}));
			});
		} catch (StoreFailure f) {
			throw f.getCause();
		}
	}

	/** Carries a store's SQLException through {@link Body}. */
	private static final class StoreFailure extends IOException {
		private static final long serialVersionUID = 1L;

		StoreFailure(SQLException cause) {
			super(cause);
		}

		@Override
		public synchronized SQLException getCause() {
			return (SQLException) super.getCause();
		}
	}

	private interface Store {
		void run() throws SQLException, IOException;
	}

	private static void streaming(Store s) throws IOException {
		try {
			s.run();
		} catch (SQLException e) {
			throw new StoreFailure(e);
		}
	}

	private interface Body {
		void write(BufferedWriter w) throws IOException;
	}

	private static void writeAtomically(Path file, Body body) throws IOException {
		Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
		try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
			body.write(w);
		}
		Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static String text(String s) {
		return s == null ? "" : s;
	}

	/** @return the CSV text of a number: empty for null/NaN */
	public static String number(Double v) {
		return v == null || v.isNaN() ? "" : Double.toString(v);
	}

	private static void line(BufferedWriter w, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				w.write(',');
			}
			w.write(quote(fields.get(i)));
		}
		w.write('\n');
	}

	/** @return the field, quoted when it holds a comma, quote or line break */
	public static String quote(String f) {
		if (f.indexOf(',') < 0 && f.indexOf('"') < 0 && f.indexOf('\n') < 0 && f.indexOf('\r') < 0) {
			return f;
		}
		return '"' + f.replace("\"", "\"\"") + '"';
	}

	/**
	 * Parses CSV text written by this class (for tests and tools).
	 *
	 * @return the rows, header first
	 */
	public static List<List<String>> parse(String text) {
		List<List<String>> rows = new java.util.ArrayList<>();
		List<String> row = new java.util.ArrayList<>();
		StringBuilder f = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						f.append('"');
						i++;
					} else {
						quoted = false;
					}
				} else {
					f.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				row.add(f.toString());
				f.setLength(0);
			} else if (c == '\n') {
				row.add(f.toString());
				f.setLength(0);
				rows.add(row);
				row = new java.util.ArrayList<>();
			} else {
				f.append(c);
			}
		}
		if (f.length() > 0 || !row.isEmpty()) {
			row.add(f.toString());
			rows.add(row);
		}
		return rows;
	}
}
