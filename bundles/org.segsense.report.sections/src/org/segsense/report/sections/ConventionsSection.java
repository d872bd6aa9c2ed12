// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.sections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.segsense.report.ReportSection;
import org.segsense.report.SectionContext;
import org.segsense.report.analysis.RunData;
import org.segsense.report.analysis.RunData.Axis;
import org.segsense.report.analysis.RunData.Counts;
import org.segsense.report.analysis.RunData.Label;
import org.segsense.report.analysis.RunData.Metric;
import org.segsense.report.analysis.RunData.Variant;
import org.segsense.report.render.Html;

/**
 * HD95 under both conventions side by side: for the study's first {@code hd95} metric (maximum of the two
 * directed 95th percentiles, SegSense's) and first {@code hd95Pooled} metric (one percentile of both
 * directions pooled, MedPy's), per label and scope (baseline jobs, each axis, all perturbed jobs) the mean
 * of each variant under each convention (the study's aggregation policy applied to both), the variants'
 * ranks (1 = lowest mean = best) and whether the ranking changes. When the study computed only one of the
 * two, the section says so and how to add the other: results are not recomputed for a report. Not shown
 * for studies with neither.
 */
public final class ConventionsSection implements ReportSection {

	static final String DIRECTED = "hd95";
	static final String POOLED = "hd95Pooled";

	@Override
	public String render(SectionContext context) {
		RunData run = context.run();
		Metric directed = first(run, DIRECTED);
		Metric pooled = first(run, POOLED);
		if (directed == null && pooled == null) {
			return null;
		}
		if (directed == null || pooled == null) {
			Metric have = directed != null ? directed : pooled;
			String missing = directed != null ? POOLED : DIRECTED;
			return "<p class=\"note\" data-conventions=\"incomplete\">" + Html.esc("The study computed " + have.id() + " (" + (directed != null
					? "directed-max: the larger of the two directed 95th percentiles" : "pooled: one 95th percentile of both directions")
					+ ") but not the other HD95 convention (" + missing + "), so this report cannot show whether its conclusions depend on the "
					+ "convention; a report does not recompute results. Add <metrics id=\"" + missing + "\" metricType=\"" + missing
					+ "\"/> to the study and run it again (both come from the same distance transforms: the cost is negligible). "
					+ "The conventions: segsense metrics --conventions.") + "</p>\n";
		}
		StringBuilder b = new StringBuilder(Html.paragraph("HD95 has two conventions in use: " + directed.id() + " is the larger of the two directed "
				+ "95th percentiles of surface distances (SegSense's), " + pooled.id() + " one 95th percentile of the distances of both directions "
				+ "pooled (MedPy's, plastimatch's). Below, per variant, the mean of each over the scope's cells (cases × swept values; aggregation "
				+ (run.aggregation().worstCase() ? "worstCase" : "exclude") + ", as everywhere in this report) and the variants' ranks "
				+ "(1 = lowest mean = best). \"Ranking changes\" means a reader would order the variants differently under the other convention."));
		for (Label label : run.labels()) {
			b.append("<table class=\"conventions\" data-label=\"").append(label.value()).append("\">\n<caption>")
					.append(Html.esc(directed.id() + " vs " + pooled.id() + ", " + label.name())).append("</caption>\n")
					.append(Html.headerRow(List.of("scope", "variant", "mean " + directed.label(), "rank", "mean " + pooled.label(), "rank",
							"difference (pooled − directed)", "n_valid", "n_missed", "n_both_empty")));
			List<String> verdicts = new ArrayList<>();
			List<Scope> scopes = new ArrayList<>();
			scopes.add(new Scope("baseline", List.of(new Cell(null, 0))));
			List<Cell> all = new ArrayList<>();
			for (Axis axis : run.axes()) {
				List<Cell> cells = axis.values().stream().map(v -> new Cell(axis.id(), v)).toList();
				if (!cells.isEmpty()) {
					scopes.add(new Scope(axis.id(), cells));
					all.addAll(cells);
				}
			}
			if (!all.isEmpty()) {
				scopes.add(new Scope("all perturbed", all));
			}
			for (Scope scope : scopes) {
				List<Row> rows = new ArrayList<>();
				for (Variant v : run.variants()) {
					rows.add(new Row(v, mean(run, v, scope, directed, label), mean(run, v, scope, pooled, label), counts(run, v, scope, directed, label)));
				}
				List<String> byDirected = ranking(rows, true);
				List<String> byPooled = ranking(rows, false);
				boolean changed = !byDirected.equals(byPooled);
				for (Row r : rows) {
					b.append("<tr data-scope=\"").append(Html.esc(scope.name())).append("\" data-variant=\"").append(Html.esc(r.variant().id())).append("\">")
							.append(Html.cell(scope.name())).append(Html.cell(r.variant().id())).append(Html.numberCell(r.directed(), "undefined for every cell"))
							.append(rankCell(byDirected, r)).append(Html.numberCell(r.pooled(), "undefined for every cell")).append(rankCell(byPooled, r))
							.append(Html.numberCell(r.pooled() - r.directed(), "undefined")).append(Html.countCells(r.counts())).append("</tr>\n");
				}
				if (run.variants().size() > 1) {
					verdicts.add("<li data-scope=\"" + Html.esc(scope.name()) + "\" data-ranking-changed=\"" + changed + "\">" + Html.esc(scope.name() + ": "
							+ (changed ? "the ranking changes — " + directed.id() + " orders " + String.join(" < ", byDirected) + ", " + pooled.id()
									+ " orders " + String.join(" < ", byPooled)
									: "the ranking is the same under both (" + String.join(" < ", byDirected) + ")")
							+ "; largest |difference| of a variant's means " + Html.number(largest(rows)) + " mm") + "</li>");
				}
			}
			b.append("</table>\n");
			if (!verdicts.isEmpty()) {
				b.append("<ul class=\"conventions-verdicts\">").append(String.join("", verdicts)).append("</ul>\n");
			}
		}
		return b.toString();
	}

	private record Cell(String axis, double value) {
	}

	private record Scope(String name, List<Cell> cells) {
	}

	private record Row(Variant variant, double directed, double pooled, Counts counts) {
	}

	private static Metric first(RunData run, String type) {
		return run.metrics().stream().filter(m -> type.equals(m.type())).findFirst().orElse(null);
	}

	/** Mean over the scope's cells and cases of the policy-applied values; NaN when none is defined. */
	private static double mean(RunData run, Variant v, Scope scope, Metric m, Label label) {
		double sum = 0;
		int n = 0;
		for (Cell c : scope.cells()) {
			for (double x : run.perCase(v.id(), c.axis(), c.value(), m.id(), label.value())) {
				if (!Double.isNaN(x)) {
					sum += x;
					n++;
				}
			}
		}
		return n == 0 ? Double.NaN : sum / n;
	}

	private static Counts counts(RunData run, Variant v, Scope scope, Metric m, Label label) {
		Counts c = new Counts(0, 0, 0);
		for (Cell cell : scope.cells()) {
			c = c.plus(run.counts(v.id(), cell.axis(), cell.value(), m.id(), label.value()));
		}
		return c;
	}

	/** Variant ids ordered by mean (ascending: lower distances are better), undefined means last, ties in study order. */
	private static List<String> ranking(List<Row> rows, boolean directed) {
		return rows.stream().filter(r -> !Double.isNaN(directed ? r.directed() : r.pooled()))
				.sorted(Comparator.comparingDouble(r -> directed ? r.directed() : r.pooled())).map(r -> r.variant().id())
				.collect(Collectors.toList());
	}

	private static String rankCell(List<String> ranking, Row r) {
		int i = ranking.indexOf(r.variant().id());
		return "<td class=\"num\">" + (i < 0 ? "—" : Integer.toString(i + 1)) + "</td>";
	}

	private static double largest(List<Row> rows) {
		double m = Double.NaN;
		for (Row r : rows) {
			double d = Math.abs(r.pooled() - r.directed());
			if (!Double.isNaN(d) && (Double.isNaN(m) || d > m)) {
				m = d;
			}
		}
		return m;
	}
}
