package org.segsense.report.sections;

import java.util.List;

import org.segsense.report.ReportSection;
import org.segsense.report.SectionContext;
import org.segsense.report.analysis.Analysis;
import org.segsense.report.analysis.Analysis.Comparison;
import org.segsense.report.render.Html;

/** Paired comparison of variants: Wilcoxon signed-rank per axis × metric × label, Holm-corrected, with effect sizes. */
public final class ComparisonSection implements ReportSection {

	@Override
	public String render(SectionContext context) {
		if (context.run().variants().size() < 2) {
			return Html.paragraph("The study has one model variant: there is nothing to compare.");
		}
		List<Comparison> comparisons = context.analysis().comparisons();
		if (comparisons.isEmpty()) {
			return Html.paragraph("No perturbed job is done for two variants.");
		}
		StringBuilder b = new StringBuilder(Html.paragraph("Each pair of variants A, B is compared per axis, metric and label with the paired Wilcoxon "
				+ "signed-rank test of A − B (as R's wilcox.test(paired = TRUE): exact p below 50 pairs without ties, else the normal approximation with "
				+ "continuity correction). The pairs are the (case, swept value) cells of the axis where both variants have a defined value, so one case "
				+ "contributes several pairs: the cells of a case are not independent and the p-values are descriptive. p-values are Holm-corrected over "
				+ "all " + comparisons.size() + " comparisons of this report; rows with Holm p < " + Analysis.ALPHA + " are highlighted. Effect size: the "
				+ "matched-pairs rank-biserial correlation r (+1: A above B in every pair); median Δ = median of A − B. Higher is better for "
				+ "Dice-like metrics, lower for distances."));
		b.append("<table class=\"comparisons\">\n").append(Html.headerRow(List.of("axis", "metric", "label", "A", "B", "pairs", "non-zero", "median Δ (A − B)",
				"V", "p", "Holm p", "rank-biserial r", "exact", "A n_valid", "A n_missed", "A n_both_empty", "B n_valid", "B n_missed",
				"B n_both_empty")));
		for (Comparison c : comparisons) {
			b.append("<tr").append(c.significant() ? " class=\"significant\"" : "").append(" data-axis=\"").append(Html.esc(c.axis().id()))
					.append("\" data-metric=\"").append(Html.esc(c.metric().id())).append("\" data-a=\"").append(Html.esc(c.a().id())).append("\" data-b=\"")
					.append(Html.esc(c.b().id())).append("\">").append(Html.cell(c.axis().id())).append(Html.cell(c.metric().id()))
					.append(Html.cell(c.label().name())).append(Html.cell(c.a().id())).append(Html.cell(c.b().id())).append("<td class=\"num\">")
					.append(c.pairs()).append("</td><td class=\"num\">").append(c.test().n()).append("</td>")
					.append(Html.numberCell(c.medianDifference(), "no pairs")).append(Html.numberCell(c.test().v(), null))
					.append("<td class=\"num\" data-value=\"").append(c.test().pValue()).append("\">").append(Html.pValue(c.test().pValue())).append("</td>")
					.append("<td class=\"num\" data-value=\"").append(c.holmP()).append("\">").append(Html.pValue(c.holmP())).append("</td>")
					.append(Html.numberCell(c.test().rankBiserial(), "every difference is 0")).append(Html.cell(c.test().exact() ? "yes" : "normal approx."))
					.append(Html.countCells(c.countsA())).append(Html.countCells(c.countsB())).append("</tr>\n");
		}
		return b.append("</table>\n").toString();
	}
}
