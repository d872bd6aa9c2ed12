// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.sections;

import java.util.ArrayList;
import java.util.List;

import org.segsense.report.ReportSection;
import org.segsense.report.SectionContext;
import org.segsense.report.analysis.Analysis;
import org.segsense.report.analysis.Analysis.Curve;
import org.segsense.report.analysis.Analysis.Point;
import org.segsense.report.analysis.RunData.Axis;
import org.segsense.report.analysis.RunData.Label;
import org.segsense.report.analysis.RunData.Metric;
import org.segsense.report.render.Charts;
import org.segsense.report.render.Html;

/**
 * Sensitivity curves: per axis × metric × label one chart, one series per variant (mean over cases with
 * its 95 % interval), the unperturbed baseline drawn at the parameter's unperturbed value and marked; a
 * table of the plotted numbers below each chart.
 */
public final class CurvesSection implements ReportSection {

	@Override
	public String render(SectionContext context) throws Exception {
		Analysis analysis = context.analysis();
		String combinations = context.run().combinationJobs() == 0 ? ""
				: "<p class=\"warning\">" + context.run().combinationJobs() + " job(s) of factorial combinations (several axes perturbed at once) are "
						+ "not analysed in this report: curves, tolerance ranges and comparisons use one-axis jobs; results.csv holds them all.</p>\n";
		if (analysis.curves().isEmpty()) {
			return combinations + Html.paragraph("No one-axis perturbed job is done: there is nothing to plot.");
		}
		String csv = context.writeAsset(CurvesCsv.FILE, CurvesCsv.of(analysis).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		StringBuilder b = new StringBuilder(combinations).append(Html.paragraph("Mean over cases (lines) with the 95 % Student-t confidence interval (bands); "
				+ "the dashed line marks the unperturbed value of the swept parameter, where the baseline (unperturbed) jobs are drawn. "
				+ "Aggregation: " + context.run().aggregation().describe() + ". Every chart and table counts its results: n_valid (a defined value), "
				+ "n_missed (undefined: exactly one of prediction and reference is empty), n_both_empty (the label is in neither)."))
				.append("<p>The numbers of every curve, with these counts: <a href=\"").append(csv).append("\" data-csv=\"curves\">").append(csv)
				.append("</a>.</p>\n");
		for (Axis axis : context.run().axes()) {
			b.append("<h3>").append(Html.esc(axis.name())).append(" — ").append(Html.esc(axis.perturbation())).append(", ")
					.append(Html.esc(axis.parameterLabel())).append("</h3>\n<div class=\"charts\">\n");
			StringBuilder tables = new StringBuilder();
			for (Metric metric : context.run().metrics()) {
				for (Label label : context.run().labels()) {
					List<Curve> curves = analysis.curves(axis, metric, label);
					if (curves.isEmpty()) {
						continue;
					}
					List<Charts.Series> series = new ArrayList<>();
					for (Curve c : curves) {
						series.add(series(c));
					}
					String title = metric.id() + ", " + label.name() + " vs " + axis.id();
					String svg = Charts.intervalChart(title, axis.parameterLabel(), metric.label(), series, axis.baselineValue(), "unperturbed");
					String href = context.writeSvg(
							"curve-" + SectionContext.safeName(axis.id()) + "-" + SectionContext.safeName(metric.id()) + "-" + label.value() + ".svg", svg);
					b.append("<figure data-axis=\"").append(Html.esc(axis.id())).append("\" data-metric=\"").append(Html.esc(metric.id()))
							.append("\"><img src=\"").append(href).append("\" width=\"").append(Charts.WIDTH).append("\" height=\"").append(Charts.HEIGHT)
							.append("\" alt=\"").append(Html.esc(title)).append("\"><figcaption>").append(Html.esc(title))
							.append(": mean and 95 % CI over ").append(context.run().cases().size()).append(" case(s)")
							.append(Html.esc(Outcomes.caption(context.run(), curves))).append("</figcaption></figure>\n");
					tables.append(table(axis, metric, label, curves, context));
				}
			}
			b.append("</div>\n<details><summary>Numbers of the curves along ").append(Html.esc(axis.id())).append("</summary>\n").append(tables)
					.append("</details>\n");
		}
		return b.toString();
	}

	/** The curve with the baseline inserted at the unperturbed value (unless the sweep has that value). */
	public static Charts.Series series(Curve c) {
		List<double[]> rows = new ArrayList<>();
		double at = c.axis().baselineValue();
		boolean swept = c.points().stream().anyMatch(p -> p.value() == at);
		if (!Double.isNaN(at) && !swept) {
			rows.add(new double[] { at, c.baseline().mean(), c.baseline().lower(), c.baseline().upper() });
		}
		for (Point p : c.points()) {
			rows.add(new double[] { p.value(), p.mean().mean(), p.mean().lower(), p.mean().upper() });
		}
		return Charts.Series.ofRows(c.variant().id(), rows);
	}

	private static String table(Axis axis, Metric metric, Label label, List<Curve> curves, SectionContext context) {
		StringBuilder t = new StringBuilder("<table class=\"curve\" data-axis=\"" + Html.esc(axis.id()) + "\" data-metric=\"" + Html.esc(metric.id())
				+ "\" data-label=\"" + label.value() + "\">\n<caption>" + Html.esc(metric.label() + ", " + label.name() + " along " + axis.id())
				+ "</caption>\n");
		t.append(Html.headerRow(List.of("variant", axis.parameterLabel(), "mean", "95 % CI lower", "95 % CI upper", "n", "n_valid", "n_missed",
				"n_both_empty")));
		for (Curve c : curves) {
			t.append("<tr data-variant=\"").append(Html.esc(c.variant().id())).append("\" data-value=\"baseline\">").append(Html.cell(c.variant().id()))
					.append(Html.cell("baseline (unperturbed)")).append(Html.numberCell(c.baseline().mean(), "undefined for every case"))
					.append(Html.numberCell(c.baseline().lower(), "needs 2 defined cases")).append(Html.numberCell(c.baseline().upper(), "needs 2 defined cases"))
					.append("<td class=\"num\">").append(c.baseline().n()).append("</td>").append(Html.countCells(c.baselineCounts())).append("</tr>\n");
			for (Point p : c.points()) {
				String why = String.join("; ", context.run().notes(c.variant().id(), axis.id(), p.value(), metric.id(), label.value()));
				t.append("<tr data-variant=\"").append(Html.esc(c.variant().id())).append("\" data-value=\"").append(p.value()).append("\">")
						.append(Html.cell(c.variant().id())).append(Html.numberCell(p.value(), null))
						.append(Html.numberCell(p.mean().mean(), why.isEmpty() ? "undefined for every case" : why))
						.append(Html.numberCell(p.mean().lower(), "needs 2 defined cases")).append(Html.numberCell(p.mean().upper(), "needs 2 defined cases"))
						.append("<td class=\"num\">").append(p.mean().n()).append(p.undefined() > 0 ? " (" + p.undefined() + " undefined" + (why.isEmpty() ? "" : ": " + Html.esc(why)) + ")" : "")
						.append("</td>").append(Html.countCells(p.counts())).append("</tr>\n");
			}
		}
		return t.append("</table>\n").toString();
	}
}
