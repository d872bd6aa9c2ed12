// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.sections;

import java.util.ArrayList;
import java.util.List;

import org.segsense.report.ReportSection;
import org.segsense.report.SectionContext;
import org.segsense.report.analysis.Analysis.Curve;
import org.segsense.report.analysis.Analysis.Point;
import org.segsense.report.analysis.RunData.Axis;
import org.segsense.report.analysis.RunData.Label;
import org.segsense.report.analysis.RunData.Metric;
import org.segsense.report.render.Charts;
import org.segsense.report.render.Html;

/**
 * Change relative to the unperturbed baseline, paired per case: Δ = value − baseline value of the same case
 * and variant, its mean and 95 % interval over cases (a chart per axis × metric × label, one series per
 * variant, 0 at the unperturbed value), and the ratio of the means (mean / baseline mean).
 */
public final class ChangeSection implements ReportSection {

	@Override
	public String render(SectionContext context) throws Exception {
		if (context.analysis().curves().isEmpty()) {
			return Html.paragraph("No perturbed job is done.");
		}
		StringBuilder b = new StringBuilder(Html.paragraph("Δ is paired per case: the metric of the perturbed job minus the metric of the same case's "
				+ "unperturbed job (same variant); its mean and 95 % CI are over cases. Ratio = mean / baseline mean."));
		for (Axis axis : context.run().axes()) {
			b.append("<h3>").append(Html.esc(axis.name())).append("</h3>\n<div class=\"charts\">\n");
			StringBuilder tables = new StringBuilder();
			for (Metric metric : context.run().metrics()) {
				for (Label label : context.run().labels()) {
					List<Curve> curves = context.analysis().curves(axis, metric, label);
					if (curves.isEmpty()) {
						continue;
					}
					List<Charts.Series> series = new ArrayList<>();
					for (Curve c : curves) {
						series.add(series(c));
					}
					String title = "Δ " + metric.id() + ", " + label.name() + " vs " + axis.id();
					String href = context.writeSvg("change-" + SectionContext.safeName(axis.id()) + "-" + SectionContext.safeName(metric.id()) + "-"
							+ label.value() + ".svg", Charts.intervalChart(title, axis.parameterLabel(), "Δ " + metric.label(), series, axis.baselineValue(),
									"unperturbed"));
					b.append("<figure><img src=\"").append(href).append("\" width=\"").append(Charts.WIDTH).append("\" height=\"").append(Charts.HEIGHT)
							.append("\" alt=\"").append(Html.esc(title)).append("\"><figcaption>").append(Html.esc(title))
							.append(": paired change from baseline, mean and 95 % CI over cases").append(Html.esc(Outcomes.caption(context.run(), curves)))
							.append("</figcaption></figure>\n");
					tables.append(table(axis, metric, label, curves));
				}
			}
			b.append("</div>\n").append(tables);
		}
		return b.toString();
	}

	/** The paired change from baseline of a curve, 0 at the unperturbed value (unless the sweep has that value). */
	public static Charts.Series series(Curve c) {
		List<double[]> rows = new ArrayList<>();
		double at = c.axis().baselineValue();
		if (!Double.isNaN(at) && c.points().stream().noneMatch(p -> p.value() == at)) {
			rows.add(new double[] { at, 0, 0, 0 });
		}
		for (Point p : c.points()) {
			rows.add(new double[] { p.value(), p.change().mean(), p.change().lower(), p.change().upper() });
		}
		return Charts.Series.ofRows(c.variant().id(), rows);
	}

	private static String table(Axis axis, Metric metric, Label label, List<Curve> curves) {
		StringBuilder t = new StringBuilder("<table class=\"change\" data-axis=\"" + Html.esc(axis.id()) + "\" data-metric=\"" + Html.esc(metric.id())
				+ "\" data-label=\"" + label.value() + "\">\n<caption>" + Html.esc("Δ " + metric.label() + ", " + label.name() + " along " + axis.id())
				+ "</caption>\n");
		t.append(Html.headerRow(List.of("variant", axis.parameterLabel(), "baseline mean", "mean", "mean Δ", "Δ 95 % CI lower", "Δ 95 % CI upper",
				"ratio", "paired n", "n_valid", "n_missed", "n_both_empty")));
		for (Curve c : curves) {
			for (Point p : c.points()) {
				t.append("<tr data-variant=\"").append(Html.esc(c.variant().id())).append("\" data-value=\"").append(p.value()).append("\">")
						.append(Html.cell(c.variant().id())).append(Html.numberCell(p.value(), null))
						.append(Html.numberCell(c.baseline().mean(), "baseline undefined"))
						.append(Html.numberCell(p.mean().mean(), "undefined for every case"))
						.append(Html.numberCell(p.change().mean(), "no case with both values defined"))
						.append(Html.numberCell(p.change().lower(), "needs 2 paired cases")).append(Html.numberCell(p.change().upper(), "needs 2 paired cases"))
						.append(Html.numberCell(p.ratio(), "baseline mean is 0 or undefined")).append("<td class=\"num\">").append(p.change().n())
						.append("</td>").append(Html.countCells(p.counts())).append("</tr>\n");
			}
		}
		return t.append("</table>\n").toString();
	}
}
