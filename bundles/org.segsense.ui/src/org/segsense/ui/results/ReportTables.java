// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.results;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.segsense.report.analysis.Analysis;
import org.segsense.report.analysis.Analysis.Comparison;
import org.segsense.report.analysis.Analysis.Curve;
import org.segsense.report.analysis.Analysis.Point;
import org.segsense.report.analysis.Analysis.Tolerance;
import org.segsense.report.analysis.RunData.Counts;
import org.segsense.report.render.Html;

/**
 * The report's change-from-baseline, tolerance and comparison tables, with the report's numbers ({@link Analysis}:
 * its points, tolerance ranges and Holm-corrected comparisons) and its number formatting ({@link Html#number}).
 * Widget data keys {@code segsense.results.table.change|tolerance|comparisons} on the three tables.
 */
final class ReportTables extends SashForm {

	static final String KEY = "segsense.results.table.";
	/** A cell that holds a number (as {@link Html#number} prints it, or undefined): right-aligned. */
	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-−]?[0-9.]+(e[-+]?[0-9]+)?|—|< 0\\.0001|[∞−]+∞?");

	private final Table changes, tolerances, comparisons;

	ReportTables(Composite parent) {
		super(parent, SWT.VERTICAL);
		changes = table("change", "Change from baseline: Δ = value − the same case's unperturbed value, mean and 95 % CI over cases; ratio = mean / baseline mean");
		tolerances = table("tolerance", "Tolerance ranges: the sampled range around the unperturbed value where the mean stays within 5 % of its baseline");
		comparisons = table("comparisons", "Comparisons: paired Wilcoxon signed-rank of A − B per axis, metric and label, Holm-corrected over all rows");
		setWeights(45, 30, 25);
	}

	private Table table(String key, String title) {
		Composite box = new Composite(this, SWT.NONE);
		box.setLayout(new GridLayout(1, false));
		Label l = new Label(box, SWT.WRAP);
		l.setText(title);
		l.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Table t = new Table(box, SWT.BORDER | SWT.FULL_SELECTION);
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		t.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		t.setData(KEY + key, Boolean.TRUE);
		return t;
	}

	/** Fills the tables from an analysis (call on the UI thread). */
	void setAnalysis(Analysis a) {
		List<String[]> rows = new ArrayList<>();
		for (Curve c : a.curves()) {
			for (Point p : c.points()) {
				rows.add(withCounts(p.counts(), c.axis().id(), c.metric().id(), c.label().name(), c.variant().id(), Html.number(p.value()),
						Html.number(c.baseline().mean()), Html.number(p.mean().mean()), Html.number(p.change().mean()), Html.number(p.change().lower()),
						Html.number(p.change().upper()), Html.number(p.ratio()), Integer.toString(p.change().n())));
			}
		}
		fill(changes, List.of("axis", "metric", "label", "variant", "value", "baseline mean", "mean", "mean Δ", "Δ 95 % CI lower", "Δ 95 % CI upper",
				"ratio", "paired n", "n_valid", "n_missed", "n_both_empty"), rows);
		rows = new ArrayList<>();
		double f = Analysis.TOLERANCE_FRACTION;
		for (Tolerance t : a.tolerances()) {
			Curve c = t.curve();
			String rule = c.metric().signed() ? "|mean| ≤ |baseline| / " + f : c.metric().higherIsBetter() ? "mean ≥ " + f + " × baseline"
					: "mean ≤ baseline / " + f;
			rows.add(withCounts(c.totalCounts(), c.axis().id(), c.axis().parameterLabel(), c.metric().id(), c.label().name(), c.variant().id(), rule,
					Html.number(c.baseline().mean()), t.range() == null ? Html.UNDEFINED : Html.number(t.range().lower()),
					t.range() == null ? Html.UNDEFINED : Html.number(t.range().upper()),
					t.range() == null ? "— (" + t.reason() + ")" : Html.range(t.range())));
		}
		fill(tolerances, List.of("axis", "parameter", "metric", "label", "variant", "rule", "baseline mean", "from", "to", "range", "n_valid",
				"n_missed", "n_both_empty"), rows);
		rows = new ArrayList<>();
		for (Comparison c : a.comparisons()) {
			rows.add(new String[] { c.axis().id(), c.metric().id(), c.label().name(), c.a().id(), c.b().id(), Integer.toString(c.pairs()),
					Html.number(c.medianDifference()), Html.number(c.test().v()), Html.pValue(c.test().pValue()), Html.pValue(c.holmP()),
					Html.number(c.test().rankBiserial()), c.significant() ? "yes" : "no", Integer.toString(c.nSubjects()), Integer.toString(c.nSeeds()),
					c.singleSeed() ? "single seed: not evidence about augmentation" : c.nSeeds() + " seeds paired" });
		}
		if (rows.isEmpty()) {
			rows.add(new String[] { a.run().variants().size() < 2 ? "one model variant: nothing to compare" : "no perturbed job done for two variants" });
		}
		fill(comparisons, List.of("axis", "metric", "label", "A", "B", "pairs", "median Δ (A − B)", "V", "p", "Holm p", "rank-biserial r",
				"Holm p < " + Analysis.ALPHA, "n_subjects", "n_seeds", "seeds"), rows);
	}

	private static String[] withCounts(Counts counts, String... cells) {
		String[] all = java.util.Arrays.copyOf(cells, cells.length + 3);
		all[cells.length] = Integer.toString(counts.valid());
		all[cells.length + 1] = Integer.toString(counts.missed());
		all[cells.length + 2] = Integer.toString(counts.bothEmpty());
		return all;
	}

	private static void fill(Table t, List<String> headers, List<String[]> rows) {
		t.setRedraw(false);
		try {
			t.removeAll();
			for (TableColumn c : t.getColumns()) {
				c.dispose();
			}
			for (int c = 0; c < headers.size(); c++) {
				int column = c;
				boolean numeric = !rows.isEmpty() && rows.stream().allMatch(r -> column < r.length && NUMBER.matcher(r[column]).matches());
				new TableColumn(t, numeric ? SWT.RIGHT : SWT.LEFT).setText(headers.get(c));
			}
			for (String[] r : rows) {
				new TableItem(t, SWT.NONE).setText(r);
			}
			for (TableColumn c : t.getColumns()) {
				c.pack();
				c.setWidth(Math.min(c.getWidth() + 12, 320));
			}
		} finally {
			t.setRedraw(true);
		}
	}
}
