// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.sections;

import java.util.ArrayList;
import java.util.List;

import org.segsense.engine.store.CsvExport;
import org.segsense.report.analysis.Analysis;
import org.segsense.report.analysis.Analysis.Curve;
import org.segsense.report.analysis.Analysis.Point;
import org.segsense.report.analysis.RunData.Counts;
import org.segsense.report.stats.MeanInterval;

/**
 * The report's aggregated numbers as CSV ({@value #FILE} in the report's assets): one row per curve and
 * swept value, plus one baseline row per curve (value empty, {@code baseline} = true), with the mean and its
 * 95 % CI, the paired change, the ratio, the outcome counts and the aggregation policy. UTF-8, RFC 4180,
 * empty field = NA, numbers in Java's shortest exact form (as the run's own CSV).
 */
final class CurvesCsv {

	/** The file name in the report's assets folder. */
	static final String FILE = "curves.csv";

	/** The header. */
	static final List<String> COLUMNS = List.of("axis", "parameter", "metric", "metric_type", "label", "variant", "baseline", "value", "mean",
			"ci_lower", "ci_upper", "n", "mean_change", "change_ci_lower", "change_ci_upper", "ratio", "n_valid", "n_missed", "n_both_empty",
			"aggregation");

	private CurvesCsv() {
	}

	static String of(Analysis analysis) {
		String policy = analysis.run().aggregation().worstCase() ? "worstCase" : "exclude";
		StringBuilder b = new StringBuilder();
		line(b, COLUMNS);
		for (Curve c : analysis.curves()) {
			line(b, row(c, true, Double.NaN, c.baseline(), null, Double.NaN, c.baselineCounts(), policy));
			for (Point p : c.points()) {
				line(b, row(c, false, p.value(), p.mean(), p.change(), p.ratio(), p.counts(), policy));
			}
		}
		return b.toString();
	}

	private static List<String> row(Curve c, boolean baseline, double value, MeanInterval mean, MeanInterval change, double ratio, Counts n,
			String policy) {
		List<String> f = new ArrayList<>(List.of(c.axis().id(), c.axis().parameter(), c.metric().id(), c.metric().type(),
				Integer.toString(c.label().value()), c.variant().id(), Boolean.toString(baseline), CsvExport.number(value),
				CsvExport.number(mean.mean()), CsvExport.number(mean.lower()), CsvExport.number(mean.upper()), Integer.toString(mean.n())));
		f.add(change == null ? "" : CsvExport.number(change.mean()));
		f.add(change == null ? "" : CsvExport.number(change.lower()));
		f.add(change == null ? "" : CsvExport.number(change.upper()));
		f.add(CsvExport.number(ratio));
		f.add(Integer.toString(n.valid()));
		f.add(Integer.toString(n.missed()));
		f.add(Integer.toString(n.bothEmpty()));
		f.add(policy);
		return f;
	}

	private static void line(StringBuilder b, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				b.append(',');
			}
			b.append(CsvExport.quote(fields.get(i)));
		}
		b.append('\n');
	}
}
