// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.sections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.report.ReportSection;
import org.segsense.report.SectionContext;
import org.segsense.report.render.Html;

/**
 * The provenance of the run — what ran (study, inputs and their checksums, models and their training),
 * where (operating system, CPU, Java, TensorFlow, bundle versions, device, threads), with which seeds and
 * metric conventions — grouped from the store's provenance table; plus the jobs' status and failures.
 */
public final class ProvenanceSection implements ReportSection {

	/** Groups in display order: heading → key prefixes. */
	private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();
	static {
		GROUPS.put("Study", List.of("study.", "project."));
		GROUPS.put("Run", List.of("run.", "shard"));
		GROUPS.put("Seeds", List.of("seed."));
		GROUPS.put("Inputs and checksums (SHA-256)", List.of("file."));
		GROUPS.put("Models", List.of("model."));
		GROUPS.put("Machine", List.of("os.", "cpu.", "java."));
		GROUPS.put("Device and threads", List.of("device.", "threads."));
		GROUPS.put("Inference engine", List.of("engine."));
		GROUPS.put("SegSense bundles", List.of("segsense."));
		GROUPS.put("Metric conventions", List.of("metrics."));
		GROUPS.put("Aggregation of missed structures", List.of("aggregation."));
	}

	@Override
	public String render(SectionContext context) {
		Map<String, String> provenance = context.run().provenance();
		StringBuilder b = new StringBuilder();
		if (provenance.isEmpty()) {
			b.append(Html.paragraph("The store records no provenance (the run did not get past its start)."));
		}
		Map<String, String> rest = new LinkedHashMap<>(provenance);
		for (Map.Entry<String, List<String>> g : GROUPS.entrySet()) {
			Map<String, String> rows = new LinkedHashMap<>();
			for (Map.Entry<String, String> e : provenance.entrySet()) {
				if (rest.containsKey(e.getKey()) && g.getValue().stream().anyMatch(e.getKey()::startsWith)) {
					rows.put(e.getKey(), e.getValue());
					rest.remove(e.getKey());
				}
			}
			table(b, g.getKey(), rows);
		}
		table(b, "Other", rest);
		jobs(b, context);
		return b.toString();
	}

	private static void table(StringBuilder b, String heading, Map<String, String> rows) {
		if (rows.isEmpty()) {
			return;
		}
		b.append("<h3>").append(Html.esc(heading)).append("</h3>\n<table class=\"provenance\">\n").append(Html.headerRow(List.of("key", "value")));
		rows.forEach((k, v) -> b.append("<tr data-key=\"").append(Html.esc(k)).append("\">").append("<td><code>").append(Html.esc(k))
				.append("</code></td>").append(Html.cell(v)).append("</tr>\n"));
		b.append("</table>\n");
	}

	private static void jobs(StringBuilder b, SectionContext context) {
		List<JobRecord> jobs = context.run().jobs();
		double total = 0, engine = 0;
		List<JobRecord> failed = new ArrayList<>();
		for (JobRecord j : jobs) {
			total += j.timings().total();
			engine += j.timings().engine();
			if (j.status() == JobStatus.FAILED) {
				failed.add(j);
			}
		}
		b.append("<h3>Jobs</h3>\n");
		b.append(Html.paragraph(jobs.size() + " job(s) in the store: " + context.run().doneJobs() + " done, " + failed.size() + " failed; "
				+ Html.number(total / 1000) + " s of job time, " + Html.number(engine / 1000) + " s of it inside the inference engine."));
		if (!failed.isEmpty()) {
			b.append("<table class=\"failed\">\n").append(Html.headerRow(List.of("job", "message")));
			for (JobRecord j : failed) {
				b.append("<tr>").append(Html.cell(j.key())).append(Html.cell(j.message())).append("</tr>\n");
			}
			b.append("</table>\n");
			b.append(Html.paragraph("'segsense run STUDY --out " + context.run().runDir() + " --resume' runs the failed jobs again."));
		}
	}
}
