// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.sections;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.segsense.report.ReportSection;
import org.segsense.report.SectionContext;
import org.segsense.report.analysis.JsonValues;
import org.segsense.report.render.Html;

/**
 * The consensus raters of a STAPLE / majority-vote study (absent for ground truth): per case the method,
 * iterations and each rater's sensitivity and specificity per label, from {@code references/CASE.staple.json},
 * and the warning that predictions of one network are correlated raters.
 */
public final class StapleSection implements ReportSection {

	/** The file the engine writes next to each consensus reference. */
	public static final String SUFFIX = ".staple.json";

	@Override
	public String render(SectionContext context) throws Exception {
		if (!context.run().consensusReference()) {
			return null;
		}
		StringBuilder b = new StringBuilder();
		b.append("<div class=\"warning\" data-warning=\"correlated-raters\"><strong>Correlated raters.</strong> The reference of this study is a "
				+ "consensus (" + Html.esc(context.run().referenceKind()) + ") of the model variants' own unperturbed predictions. STAPLE assumes raters "
				+ "that err independently; predictions of one network — and of variants of one architecture trained on the same data — make the same "
				+ "errors, so this assumption is violated: the consensus is biased toward their common errors, their sensitivities and specificities "
				+ "are overestimated, and metrics against it measure agreement with the variants' shared behaviour, not accuracy. Use ground truth "
				+ "where it exists, or raters of different origin.</div>\n");
		Path dir = context.run().referencesDir();
		b.append("<table class=\"staple\">\n").append(Html.headerRow(List.of("case", "method", "iterations", "rater", "label", "sensitivity", "specificity")));
		for (String caseId : context.run().cases()) {
			Path file = dir.resolve(caseId + SUFFIX);
			if (!Files.isRegularFile(file)) {
				b.append("<tr>").append(Html.cell(caseId)).append("<td colspan=\"6\" class=\"undefined\">— (")
						.append(Html.esc(context.run().runDir().relativize(file) + " is missing: runs before the engine recorded rater statistics have none"))
						.append(")</td></tr>\n");
				continue;
			}
			Map<?, ?> s = (Map<?, ?>) JsonValues.parse(Files.readString(file, StandardCharsets.UTF_8));
			String method = String.valueOf(s.get("method"));
			Object it = s.get("iterations");
			String iterations = it instanceof Double d ? String.valueOf(d.longValue()) : "—";
			List<?> raters = (List<?>) s.get("raters");
			List<?> labels = (List<?>) s.get("labels");
			List<?> sens = (List<?>) s.get("sensitivity");
			List<?> spec = (List<?>) s.get("specificity");
			if (raters == null || raters.isEmpty()) {
				b.append("<tr>").append(Html.cell(caseId)).append(Html.cell(method)).append(Html.cell(iterations))
						.append("<td colspan=\"4\" class=\"undefined\">— (no raters recorded)</td></tr>\n");
				continue;
			}
			for (int r = 0; r < raters.size(); r++) {
				int nl = labels == null || labels.isEmpty() ? 1 : labels.size();
				for (int l = 0; l < nl; l++) {
					String label = labels == null || labels.isEmpty() ? "—" : number(labels.get(l));
					b.append("<tr data-case=\"").append(Html.esc(caseId)).append("\" data-rater=\"").append(Html.esc(String.valueOf(raters.get(r))))
							.append("\">").append(Html.cell(caseId)).append(Html.cell(method)).append(Html.cell(iterations))
							.append(Html.cell(String.valueOf(raters.get(r)))).append(Html.cell(label));
					String why = "majorityVote".equals(method) ? "majority vote estimates no rater performance" : "not recorded";
					b.append(Html.numberCell(entry(sens, r, l), why)).append(Html.numberCell(entry(spec, r, l), why)).append("</tr>\n");
				}
			}
		}
		b.append("</table>\n");
		b.append(Html.paragraph("Sensitivity and specificity are STAPLE's estimates of each rater's performance against the consensus (per label for "
				+ "multi-label STAPLE, for the foreground for binary STAPLE).").replace("<p>", "<p class=\"note\">"));
		return b.toString();
	}

	private static String number(Object o) {
		return o instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(o);
	}

	private static double entry(List<?> matrix, int r, int l) {
		if (matrix == null || r >= matrix.size()) {
			return Double.NaN;
		}
		Object row = matrix.get(r);
		if (row instanceof Double d) {
			return l == 0 ? d : Double.NaN;
		}
		if (row instanceof List<?> list && l < list.size() && list.get(l) instanceof Double d) {
			return d;
		}
		return Double.NaN;
	}
}
