// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.sections;

import java.util.List;

import org.segsense.report.ReportSection;
import org.segsense.report.SectionContext;
import org.segsense.report.analysis.Analysis;
import org.segsense.report.analysis.Analysis.Curve;
import org.segsense.report.analysis.Analysis.Tolerance;
import org.segsense.report.render.Html;

/** The tolerance table: per axis × metric × label × variant the range over which the metric stays near its baseline. */
public final class ToleranceSection implements ReportSection {

	@Override
	public String render(SectionContext context) {
		List<Tolerance> tolerances = context.analysis().tolerances();
		if (tolerances.isEmpty()) {
			return Html.paragraph("No perturbed job is done.");
		}
		double f = Analysis.TOLERANCE_FRACTION;
		StringBuilder b = new StringBuilder(Html.paragraph("The tolerance range is the contiguous range of sampled values around the unperturbed value "
				+ "of the swept parameter over which the mean metric over cases stays within " + Html.percent(1 - f) + " of its baseline mean: "
				+ "mean ≥ " + f + " × baseline for metrics where higher is better (Dice, Jaccard, NSD, …), mean ≤ baseline / " + f
				+ " for metrics where lower is better (HD, HD95, ASSD, MASD, error volumes); signed metrics (the volume difference, plug-in metrics declared signed=\"true\") compare |mean| the same way. "
				+ "A baseline distance of 0 therefore tolerates no increase. The range stops before the first sampled value that fails; \"≤\" / \"≥\" "
				+ "mark a side that holds up to the end of the sweep, so the true tolerance may be wider. When the sweep does not contain the "
				+ "unperturbed value, the baseline jobs stand at that value, and a side with no swept value (e.g. below σ = 0) ends there."));
		b.append("<table class=\"tolerance\">\n").append(Html.headerRow(List.of("axis", "parameter", "metric", "label", "variant", "rule",
				"baseline mean", "from", "to", "range", "n_valid", "n_missed", "n_both_empty")));
		for (Tolerance t : tolerances) {
			Curve c = t.curve();
			String rule = c.metric().signed() ? "|mean| ≤ |baseline| / " + f : c.metric().higherIsBetter() ? "mean ≥ " + f + " × baseline"
					: "mean ≤ baseline / " + f;
			b.append("<tr data-axis=\"").append(Html.esc(c.axis().id())).append("\" data-metric=\"").append(Html.esc(c.metric().id()))
					.append("\" data-label=\"").append(c.label().value()).append("\" data-variant=\"").append(Html.esc(c.variant().id())).append("\">")
					.append(Html.cell(c.axis().id())).append(Html.cell(c.axis().parameterLabel())).append(Html.cell(c.metric().id()))
					.append(Html.cell(c.label().name())).append(Html.cell(c.variant().id())).append(Html.cell(rule))
					.append(Html.numberCell(c.baseline().mean(), "undefined for every case"));
			if (t.range() == null) {
				b.append("<td class=\"undefined\" colspan=\"3\">— (").append(Html.esc(t.reason())).append(")</td>");
			} else {
				b.append(Html.numberCell(t.range().lower(), null)).append(Html.numberCell(t.range().upper(), null))
						.append(Html.cell(Html.range(t.range())));
			}
			b.append(Html.countCells(c.totalCounts())).append("</tr>\n");
		}
		return b.append("</table>\n").toString();
	}
}
