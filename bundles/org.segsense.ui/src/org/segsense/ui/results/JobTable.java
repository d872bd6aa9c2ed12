// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.results;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The results table over every job of a run: a virtual {@link Table} ({@code SWT.VIRTUAL}: only the visible rows
 * are filled) over {@link JobRows}; a click on a column header sorts by it (again: reverses), the filter bar above
 * narrows the rows by case (typed: a study may have thousands), variant, axis, swept value (typed; "baseline" for the
 * unperturbed jobs) and status, each an exact match. Widget data keys for tests:
 * {@value #KEY_TABLE}, {@value #KEY_COUNT} and the filter fields {@code segsense.results.filter.case|variant|axis|value|status}.
 */
final class JobTable extends Composite {

	static final String KEY_TABLE = "segsense.results.jobs";
	static final String KEY_COUNT = "segsense.results.jobs.count";
	private static final String ANY = "(all)";

	private final Table table;
	private final Label count;
	private final Combo variantFilter, axisFilter, statusFilter;
	private final Text caseFilter, valueFilter;
	private JobRows rows;
	private boolean metricsRead;
	private java.util.function.IntConsumer onOpen = row -> { };

	JobTable(Composite parent) {
		super(parent, SWT.NONE);
		setLayout(new GridLayout(1, false));
		Composite bar = new Composite(this, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		bar.setLayout(new GridLayout(11, false));
		caseFilter = text(bar, "Case:", "case", "case id", 90);
		variantFilter = combo(bar, "Variant:", "variant");
		axisFilter = combo(bar, "Axis:", "axis");
		valueFilter = text(bar, "Value:", "value", "any", 80);
		statusFilter = combo(bar, "Status:", "status");
		count = new Label(bar, SWT.NONE);
		GridData cd = new GridData(SWT.FILL, SWT.CENTER, true, false);
		cd.widthHint = 200;
		count.setLayoutData(cd);
		count.setData(KEY_COUNT, Boolean.TRUE);
		table = new Table(this, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setData(KEY_TABLE, Boolean.TRUE);
		table.addListener(SWT.DefaultSelection, e -> {
			int at = table.getSelectionIndex();
			if (rows != null && at >= 0 && at < rows.viewSize()) {
				onOpen.accept(rows.rowAt(at));
			}
		});
		table.setToolTipText("Double-click a job to recompute it and see its images");
		table.addListener(SWT.SetData, e -> {
			TableItem item = (TableItem) e.item;
			int at = table.indexOf(item);
			if (rows != null && at < rows.viewSize()) {
				item.setText(rows.texts(rows.rowAt(at)));
			}
		});
	}

	/** A text filter (a case has thousands of ids: typed, not picked from a list); exact match, empty for any. */
	private Text text(Composite bar, String label, String key, String hint, int width) {
		new Label(bar, SWT.NONE).setText(label);
		Text t = new Text(bar, SWT.BORDER | SWT.SEARCH);
		t.setMessage(hint);
		t.setData("segsense.results.filter." + key, Boolean.TRUE);
		GridData d = new GridData();
		d.widthHint = width;
		t.setLayoutData(d);
		t.addModifyListener(e -> applyFilter());
		return t;
	}

	private Combo combo(Composite bar, String label, String key) {
		new Label(bar, SWT.NONE).setText(label);
		Combo c = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		c.setItems(ANY);
		c.select(0);
		c.setData("segsense.results.filter." + key, Boolean.TRUE);
		c.addListener(SWT.Selection, e -> applyFilter());
		return c;
	}

	/** Shows a run's jobs (call on the UI thread). */
	void setRows(JobRows jobRows) {
		rows = jobRows;
		setRedraw(false);
		try {
			for (TableColumn c : table.getColumns()) {
				c.dispose();
			}
			List<String> names = jobRows.columns();
			for (int i = 0; i < names.size(); i++) {
				column(names.get(i), i);
			}
			metricsRead = !jobRows.metricColumns().isEmpty();
			fill(variantFilter, jobRows.distinct(2));
			fill(axisFilter, jobRows.distinct(3));
			fill(statusFilter, jobRows.distinct(5));
			refresh();
		} finally {
			setRedraw(true);
		}
	}

	/**
	 * Adds the metric columns once the metric values are read (call on the UI thread, after {@link #setRows}): the
	 * rows keep their filter; a sort by a metric column is redone.
	 */
	void setMetrics(JobRows.Metrics metrics) {
		if (rows == null) {
			return;
		}
		setRedraw(false);
		try {
			rows.setMetrics(metrics);
			while (table.getColumnCount() > JobRows.FIRST_METRIC) {
				table.getColumn(table.getColumnCount() - 1).dispose();
			}
			List<String> names = rows.columns();
			for (int i = JobRows.FIRST_METRIC; i < names.size(); i++) {
				column(names.get(i), i);
			}
			metricsRead = true;
			if (rows.sortColumn() >= 0) {
				table.setSortColumn(table.getColumn(rows.sortColumn()));
				table.setSortDirection(rows.ascending() ? SWT.UP : SWT.DOWN);
			}
			refresh();
		} finally {
			setRedraw(true);
		}
	}

	private TableColumn column(String name, int i) {
		TableColumn c = new TableColumn(table, i == 1 || i == 2 || i == 3 || i == 5 ? SWT.LEFT : SWT.RIGHT);
		c.setText(name);
		c.setWidth(i == 0 ? 70 : i < JobRows.FIRST_METRIC ? 95 : Math.max(95, name.length() * 8 + 24));
		c.setMoveable(true);
		c.addListener(SWT.Selection, e -> sortBy(i));
		return c;
	}

	/**
	 * Shows only the jobs of one point of a curve (call on the UI thread): the case filter cleared, variant, axis and
	 * value set, status "(all)".
	 *
	 * @param value the swept value's text, or {@value JobRows#BASELINE}
	 */
	void showOnly(String variant, String axis, String value) {
		caseFilter.setText("");
		select(variantFilter, variant);
		select(axisFilter, axis);
		select(statusFilter, ANY);
		valueFilter.setText(value);
		applyFilter();
	}

	private static void select(Combo c, String item) {
		int at = c.indexOf(item);
		c.select(at < 0 ? 0 : at);
	}

	private static void fill(Combo c, List<String> values) {
		List<String> items = new ArrayList<>();
		items.add(ANY);
		items.addAll(values);
		c.setItems(items.toArray(String[]::new));
		c.select(0);
	}

	/** Sorts by a column: ascending first, a second click on the same column reverses (call on the UI thread). */
	void sortBy(int column) {
		if (rows == null) {
			return;
		}
		boolean up = rows.sortColumn() != column || !rows.ascending();
		rows.sort(column, up);
		table.setSortColumn(table.getColumn(column));
		table.setSortDirection(up ? SWT.UP : SWT.DOWN);
		refresh();
	}

	private void applyFilter() {
		if (rows == null) {
			return;
		}
		rows.filter(new JobRows.Filter(caseFilter.getText().trim(), value(variantFilter), value(axisFilter), valueFilter.getText(), value(statusFilter)));
		refresh();
	}

	private static String value(Combo c) {
		return c.getSelectionIndex() <= 0 ? null : c.getItem(c.getSelectionIndex());
	}

	private void refresh() {
		table.clearAll();
		table.setItemCount(rows.viewSize());
		count.setText((rows.viewSize() == rows.size() ? rows.size() + " jobs" : rows.viewSize() + " of " + rows.size() + " jobs")
				+ (metricsRead ? "" : " (reading the metric values …)"));
	}

	/** Runs when a row is opened (double-click, Enter), with the row's index in store order. */
	void onOpen(java.util.function.IntConsumer listener) {
		onOpen = listener;
	}

	/** @return the rows shown (null before {@link #setRows}) */
	JobRows rows() {
		return rows;
	}

	/** @return the table */
	Table table() {
		return table;
	}
}
