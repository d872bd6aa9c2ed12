// SPDX-License-Identifier: EPL-2.0
package org.segsense.examples.plugin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.segsense.report.ReportSection;
import org.segsense.report.SectionContext;
import org.segsense.report.analysis.RunData;

/** Example report section: a table of the run's counts (cases, axes, model variants, done and failed jobs). */
public final class RunCountsSection implements ReportSection {

	@Override
	public String render(SectionContext context) {
		RunData run = context.run();
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("cases", (long) run.cases().size());
		counts.put("axes", (long) run.axes().size());
		counts.put("model variants", (long) run.variants().size());
		counts.put("done jobs", run.doneJobs());
		counts.put("failed jobs", run.failedJobs());
		return table(counts);
	}

	/** @return an HTML table with one row per count, in the map's order */
	static String table(Map<String, Long> counts) {
		StringBuilder html = new StringBuilder("<table class=\"example-counts\">");
		counts.forEach((what, n) -> html.append("<tr><th>").append(what).append("</th><td>").append(n).append("</td></tr>"));
		return html.append("</table>").toString();
	}
}
