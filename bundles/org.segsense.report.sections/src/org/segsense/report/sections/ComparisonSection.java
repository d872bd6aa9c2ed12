// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.sections;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.segsense.report.ReportSection;
import org.segsense.report.SectionContext;
import org.segsense.report.analysis.Analysis;
import org.segsense.report.analysis.Analysis.Comparison;
import org.segsense.report.render.Html;

/**
 * Paired comparison of variants: Wilcoxon signed-rank per axis × metric × label, Holm-corrected, with effect sizes, over all seeds of
 * a trained variant; every row says n_subjects and n_seeds, single-seed rows are flagged (HTML class {@code single-seed}, and in
 * {@value ComparisonsJson#FILE}).
 */
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
		String json;
		try {
			json = context.writeAsset(ComparisonsJson.FILE, ComparisonsJson.of(comparisons).getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		long single = comparisons.stream().filter(Comparison::singleSeed).count();
		StringBuilder b = new StringBuilder(Html.paragraph("Each pair of variants A, B is compared per axis, metric and label with the paired Wilcoxon "
				+ "signed-rank test of A − B (as R's wilcox.test(paired = TRUE): exact p below 50 pairs without ties, else the normal approximation with "
				+ "continuity correction). The pairs are the (case, swept value) cells of the axis where both variants have a defined value, so one case "
				+ "contributes several pairs: the cells of a case are not independent and the p-values are descriptive. p-values are Holm-corrected over "
				+ "all " + comparisons.size() + " comparisons of this report; rows with Holm p < " + Analysis.ALPHA + " are highlighted. Effect size: the "
				+ "matched-pairs rank-biserial correlation r (+1: A above B in every pair); median Δ = median of A − B. Higher is better for "
				+ "Dice-like metrics, lower for distances. The networks trained with several seeds for one variant form one side together: the "
				+ "k-th seed of A is paired with the k-th seed of B, so the cells are (case, swept value, seed); n_subjects and n_seeds say how many "
				+ "cases and seeds entered each row. As JSON: ") + "<p><a href=\"" + Html.esc(json) + "\">" + Html.esc(json) + "</a></p>\n");
		if (single > 0) {
			b.append("<p class=\"single-seed-note\"><strong>Single seed:</strong> ").append(single).append(" of ").append(comparisons.size())
					.append(" comparisons (marked \"single seed\") compare one trained network per side: ").append(Html.esc(Comparison.SINGLE_SEED_NOTE))
					.append(". Train each variant with several seeds (segsense augment --seeds N) to compare augmentations.</p>\n");
		}
		b.append("<table class=\"comparisons\">\n").append(Html.headerRow(List.of("axis", "metric", "label", "A", "B", "pairs", "non-zero", "median Δ (A − B)",
				"V", "p", "Holm p", "rank-biserial r", "exact", "A n_valid", "A n_missed", "A n_both_empty", "B n_valid", "B n_missed",
				"B n_both_empty", "n_subjects", "n_seeds", "seeds")));
		for (Comparison c : comparisons) {
			String cls = (c.significant() ? "significant " : "") + (c.singleSeed() ? "single-seed" : "");
			b.append("<tr").append(cls.isBlank() ? "" : " class=\"" + cls.trim() + "\"").append(" data-axis=\"").append(Html.esc(c.axis().id()))
					.append("\" data-metric=\"").append(Html.esc(c.metric().id())).append("\" data-a=\"").append(Html.esc(c.a().id())).append("\" data-b=\"")
					.append(Html.esc(c.b().id())).append("\">").append(Html.cell(c.axis().id())).append(Html.cell(c.metric().id()))
					.append(Html.cell(c.label().name())).append(Html.cell(c.a().id())).append(Html.cell(c.b().id())).append("<td class=\"num\">")
					.append(c.pairs()).append("</td><td class=\"num\">").append(c.test().n()).append("</td>")
					.append(Html.numberCell(c.medianDifference(), "no pairs")).append(Html.numberCell(c.test().v(), null))
					.append("<td class=\"num\" data-value=\"").append(c.test().pValue()).append("\">").append(Html.pValue(c.test().pValue())).append("</td>")
					.append("<td class=\"num\" data-value=\"").append(c.holmP()).append("\">").append(Html.pValue(c.holmP())).append("</td>")
					.append(Html.numberCell(c.test().rankBiserial(), "every difference is 0")).append(Html.cell(c.test().exact() ? "yes" : "normal approx."))
					.append(Html.countCells(c.countsA())).append(Html.countCells(c.countsB())).append("<td class=\"num\">").append(c.nSubjects())
					.append("</td><td class=\"num\">").append(c.nSeeds()).append("</td>")
					.append(Html.cell(c.singleSeed() ? "single seed: not evidence about augmentation" : c.nSeeds() + " seeds paired")).append("</tr>\n");
		}
		return b.append("</table>\n").toString();
	}
}
