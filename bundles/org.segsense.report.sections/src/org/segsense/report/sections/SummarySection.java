// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.sections;

import org.segsense.report.ReportSection;
import org.segsense.report.SectionContext;
import org.segsense.report.analysis.Analysis;
import org.segsense.report.render.Html;

/** The plain-language findings ({@link org.segsense.report.analysis.Findings}), generated from the numbers. */
public final class SummarySection implements ReportSection {

	@Override
	public String render(SectionContext context) {
		StringBuilder b = new StringBuilder("<ul class=\"summary\">\n");
		for (String s : context.summary()) {
			b.append("<li>").append(Html.esc(s)).append("</li>\n");
		}
		b.append("</ul>\n");
		String primary = context.run().metrics().isEmpty() || context.run().labels().isEmpty() ? "" : context.run().metrics().get(0).id() + " of "
				+ context.run().labels().get(0).name();
		b.append(Html.paragraph("The findings use the study's first metric on its first label (" + primary + "). \"Worse\" follows the metric's "
				+ "orientation: a lower Dice, a higher distance. Tolerance: the contiguous range around the unperturbed value where the mean over cases "
				+ "stays within " + Html.percent(1 - Analysis.TOLERANCE_FRACTION) + " of the baseline mean. The most robust variant has the smallest "
				+ "worst-case drop averaged over the axes.").replace("<p>", "<p class=\"note\">"));
		return b.toString();
	}
}
