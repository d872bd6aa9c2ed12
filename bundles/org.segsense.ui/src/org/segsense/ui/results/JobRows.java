// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.ResultRow;
import org.segsense.report.render.Html;

/**
 * The rows of the results table: one per job of the store (done or failed), held column-wise in arrays so that
 * 100,000 rows filter and sort in well under a second. Fixed columns: job index, case, variant, axis ("baseline"
 * for the unperturbed jobs), swept value (NaN for the baseline), status; then one column per stored metric ×
 * label ({@code dice [1]}), the stored value (NaN when undefined or not scored). The view is the filtered rows in
 * the current sort order ({@link #filter}, {@link #sort}); ties keep the store's order, undefined values sort last.
 */
public final class JobRows {

	/** Names of the fixed columns. */
	public static final List<String> FIXED = List.of("#", "case", "variant", "axis", "value", "status");
	/** Index of the first metric column. */
	public static final int FIRST_METRIC = FIXED.size();
	/** The axis text of baseline (unperturbed) jobs. */
	public static final String BASELINE = "baseline";

	/**
	 * What the view shows: each field is an exact match, null (or empty) for any.
	 *
	 * @param caseId a case id
	 * @param variant a variant id
	 * @param axis an axis id, or {@value JobRows#BASELINE}
	 * @param value a swept value (compared as a number), or {@value JobRows#BASELINE}
	 * @param status {@code done} or {@code failed}
	 */
	public record Filter(String caseId, String variant, String axis, String value, String status) {
		/** Everything. */
		public static final Filter ALL = new Filter(null, null, null, null, null);
	}

	private final int size;
	private final int[] index;
	private final String[] keys, caseIds, variants, axes, statuses;
	private final double[] values;
	private Map<String, Integer> rowOfKey; // built by the first metrics(), off the first paint's path
	private List<String> metricColumns;
	private double[][] metricValues;
	private int[] view;
	private int sortColumn = -1;
	private boolean ascending = true;

	private JobRows(List<JobRecord> jobs, List<ResultRow> results) {
		size = jobs.size();
		index = new int[size];
		keys = new String[size];
		caseIds = new String[size];
		variants = new String[size];
		axes = new String[size];
		statuses = new String[size];
		values = new double[size];
		for (int i = 0; i < size; i++) {
			JobRecord j = jobs.get(i);
			index[i] = j.index();
			keys[i] = j.key();
			caseIds[i] = j.caseId();
			variants[i] = j.variant();
			axes[i] = j.axis() == null ? BASELINE : j.axis();
			statuses[i] = j.status().id();
			values[i] = j.value() == null ? Double.NaN : j.value();
		}
		setMetrics(metrics(results));
		filter(Filter.ALL);
	}

	/**
	 * The metric columns of the rows, computed apart from the rows (in the background) so that the jobs can be shown
	 * first and the metric values when they are read ({@link #setMetrics}).
	 *
	 * @param columns the metric × label column names in the order of the store
	 * @param values per column, the value of each row (store order; NaN when undefined or not scored)
	 */
	public record Metrics(List<String> columns, double[][] values) {
	}

	/** @return the metric columns of a store's results for these rows (does not change the rows; any thread) */
	public Metrics metrics(List<ResultRow> results) {
		if (results.isEmpty()) {
			return new Metrics(List.of(), new double[0][]);
		}
		Map<String, Integer> rowOfKey = rowsByKey();
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (ResultRow r : results) {
			columns.putIfAbsent(r.metric() + " [" + r.label() + "]", columns.size());
		}
		double[][] v = new double[columns.size()][size];
		for (double[] column : v) {
			Arrays.fill(column, Double.NaN);
		}
		for (ResultRow r : results) {
			Integer row = rowOfKey.get(r.jobKey());
			if (row != null && r.value() != null) {
				v[columns.get(r.metric() + " [" + r.label() + "]")][row] = r.value();
			}
		}
		return new Metrics(List.copyOf(columns.keySet()), v);
	}

	private synchronized Map<String, Integer> rowsByKey() {
		if (rowOfKey == null) {
			Map<String, Integer> m = new HashMap<>(size * 2);
			for (int i = 0; i < size; i++) {
				m.put(keys[i], i);
			}
			rowOfKey = m;
		}
		return rowOfKey;
	}

	/** Replaces the metric columns (the view keeps its rows; a sort by a metric column is redone). */
	public void setMetrics(Metrics m) {
		metricColumns = m.columns();
		metricValues = m.values();
		if (view != null && sortColumn >= FIRST_METRIC) {
			sort(sortColumn < FIRST_METRIC + metricColumns.size() ? sortColumn : 0, ascending);
		}
	}

	/** @return the rows of a store's jobs, without metric columns yet ({@link #setMetrics}) */
	public static JobRows ofJobs(List<JobRecord> jobs) {
		return new JobRows(jobs, List.of());
	}

	/** @return the rows of a store's jobs and results */
	public static JobRows of(List<JobRecord> jobs, List<ResultRow> results) {
		return new JobRows(jobs, results);
	}

	/** @return the job key of a row (store order) */
	public String key(int row) {
		return keys[row];
	}

	/** @return every job */
	public int size() {
		return size;
	}

	/** @return the column names: {@link #FIXED}, then the metric columns */
	public List<String> columns() {
		List<String> all = new ArrayList<>(FIXED);
		all.addAll(metricColumns);
		return all;
	}

	/** @return the metric × label columns, e.g. {@code dice [1]}, in the order of the store */
	public List<String> metricColumns() {
		return metricColumns;
	}

	/** @return the rows shown, in the view's order */
	public int viewSize() {
		return view.length;
	}

	/** @return the row (store order) shown at a view position */
	public int rowAt(int viewIndex) {
		return view[viewIndex];
	}

	/** @return the number shown in a column of a row (index, value or a metric), NaN for text columns */
	public double number(int row, int column) {
		return switch (column) {
		case 0 -> index[row];
		case 4 -> values[row];
		case 1, 2, 3, 5 -> Double.NaN;
		default -> metricValues[column - FIRST_METRIC][row];
		};
	}

	/** @return the text of a column of a row; numbers as the report prints them, undefined "—", the baseline's value "baseline" */
	public String text(int row, int column) {
		return switch (column) {
		case 0 -> Integer.toString(index[row]);
		case 1 -> caseIds[row];
		case 2 -> variants[row];
		case 3 -> axes[row];
		case 4 -> Double.isNaN(values[row]) ? BASELINE : Html.number(values[row]);
		case 5 -> statuses[row];
		default -> Html.number(metricValues[column - FIRST_METRIC][row]);
		};
	}

	/** @return the texts of every column of a row */
	public String[] texts(int row) {
		String[] t = new String[FIRST_METRIC + metricColumns.size()];
		for (int c = 0; c < t.length; c++) {
			t[c] = text(row, c);
		}
		return t;
	}

	/** @return the distinct texts of a fixed text column (case, variant, axis, status) in order of first appearance */
	public List<String> distinct(int column) {
		String[] source = switch (column) {
		case 1 -> caseIds;
		case 2 -> variants;
		case 3 -> axes;
		case 5 -> statuses;
		default -> throw new IllegalArgumentException("column " + column + " is not a text column");
		};
		return Arrays.stream(source).distinct().toList();
	}

	/** Shows the rows that match, keeping the current sort. */
	public void filter(Filter f) {
		double wanted = Double.NaN;
		boolean baselineValue = false;
		if (set(f.value())) {
			baselineValue = f.value().trim().equalsIgnoreCase(BASELINE);
			if (!baselineValue) {
				try {
					wanted = Double.parseDouble(f.value().trim().replace('−', '-'));
				} catch (NumberFormatException e) {
					view = new int[0];
					return;
				}
			}
		}
		int[] out = new int[size];
		int n = 0;
		for (int i = 0; i < size; i++) {
			if (set(f.caseId()) && !f.caseId().equals(caseIds[i]) || set(f.variant()) && !f.variant().equals(variants[i])
					|| set(f.axis()) && !f.axis().equals(axes[i]) || set(f.status()) && !f.status().equals(statuses[i])) {
				continue;
			}
			if (set(f.value()) && (baselineValue ? !Double.isNaN(values[i]) : values[i] != wanted)) {
				continue;
			}
			out[n++] = i;
		}
		view = Arrays.copyOf(out, n);
		if (sortColumn >= 0) {
			sort(sortColumn, ascending);
		}
	}

	private static boolean set(String s) {
		return s != null && !s.isBlank();
	}

	/** Sorts the view by a column (ties keep the store's order; undefined numbers last in both directions). */
	public void sort(int column, boolean up) {
		sortColumn = column;
		ascending = up;
		Arrays.sort(view); // back to the store's order: the sort below is stable
		Integer[] boxed = new Integer[view.length];
		for (int i = 0; i < boxed.length; i++) {
			boxed[i] = view[i];
		}
		java.util.Comparator<Integer> cmp;
		if (column == 1 || column == 2 || column == 3 || column == 5) {
			String[] s = column == 1 ? caseIds : column == 2 ? variants : column == 3 ? axes : statuses;
			cmp = (a, b) -> up ? s[a].compareTo(s[b]) : s[b].compareTo(s[a]);
		} else {
			cmp = (a, b) -> {
				double x = number(a, column), y = number(b, column);
				if (Double.isNaN(x) || Double.isNaN(y)) {
					return Double.isNaN(x) ? (Double.isNaN(y) ? 0 : 1) : -1;
				}
				return up ? Double.compare(x, y) : Double.compare(y, x);
			};
		}
		Arrays.sort(boxed, cmp);
		for (int i = 0; i < boxed.length; i++) {
			view[i] = boxed[i];
		}
	}

	/** @return the sorted column, -1 when unsorted */
	public int sortColumn() {
		return sortColumn;
	}

	/** @return true when sorted ascending */
	public boolean ascending() {
		return ascending;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%d of %d jobs", viewSize(), size);
	}
}
