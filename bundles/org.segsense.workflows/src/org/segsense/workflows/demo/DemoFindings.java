// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.demo;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.segsense.report.ReportException;
import org.segsense.report.analysis.Analysis;
import org.segsense.report.analysis.Analysis.Curve;
import org.segsense.report.analysis.Analysis.Point;
import org.segsense.report.analysis.Findings;
import org.segsense.report.analysis.RunData;
import org.segsense.workflows.WorkflowException;

/**
 * What one demo run shows, from the report's own analysis ({@link Analysis}, {@link Findings}) of its primary
 * metric (the study's first metric on its first label): the baseline per variant and case, the worst mean
 * along each axis per variant with its swept value and change from the baseline, and the report's findings.
 *
 * @param reference what the run's reference is (for the summary)
 * @param runDir the run folder
 * @param metric the primary metric's name (e.g. Dice)
 * @param label the primary label's name
 * @param cases the cases, in study order
 * @param variants the variants, in study order
 * @param baseline variant → case → the unperturbed value (cases without a value left out)
 * @param worst axis → variant → the worst point of the curve, or absent when none is defined
 * @param findings {@link Findings#of} of the run
 */
public record DemoFindings(String reference, Path runDir, String metric, String label, List<String> cases, List<String> variants,
		Map<String, Map<String, Double>> baseline, Map<String, Map<String, Worst>> worst, List<String> findings) {

	/**
	 * The worst point of a curve.
	 *
	 * @param value the swept value
	 * @param mean the mean over the cases there
	 * @param change {@code mean − baseline mean}
	 */
	public record Worst(double value, double mean, double change) {
	}

	/** @return the findings of a run folder */
	public static DemoFindings of(Path runDir, String reference) {
		RunData run;
		try {
			run = RunData.load(runDir);
		} catch (ReportException e) {
			throw WorkflowException.of(e);
		}
		Analysis analysis = Analysis.of(run);
		List<String> findings = Findings.of(analysis);
		List<String> variants = run.variants().stream().map(RunData.Variant::id).toList();
		Map<String, Map<String, Double>> baseline = new LinkedHashMap<>();
		Map<String, Map<String, Worst>> worst = new LinkedHashMap<>();
		if (run.metrics().isEmpty() || run.labels().isEmpty()) {
			return new DemoFindings(reference, runDir, "", "", run.cases(), variants, baseline, worst, findings);
		}
		RunData.Metric metric = run.metrics().get(0);
		RunData.Label label = run.labels().get(0);
		for (String v : variants) {
			Map<String, Double> b = new LinkedHashMap<>();
			for (String c : run.cases()) {
				double x = run.value(c, v, null, 0, metric.id(), label.value());
				if (!Double.isNaN(x)) {
					b.put(c, x);
				}
			}
			baseline.put(v, b);
		}
		for (RunData.Axis axis : run.axes()) {
			Map<String, Worst> perVariant = new LinkedHashMap<>();
			for (Curve c : analysis.curves(axis, metric, label)) {
				Optional<Point> p = c.worst();
				p.ifPresent(w -> perVariant.put(c.variant().id(), new Worst(w.value(), w.mean().mean(), w.mean().mean() - c.baseline().mean())));
			}
			worst.put(axis.id(), perVariant);
		}
		return new DemoFindings(reference, runDir, metric.name(), label.name(), run.cases(), variants, baseline, worst, findings);
	}

	/** The baseline table and the worst-along-each-axis table, as the demo's summary shows them. */
	public void appendTo(StringBuilder s, boolean perCase) {
		s.append("Reference: ").append(reference).append('\n');
		s.append("  baseline ").append(metric).append(" (unperturbed)");
		if (perCase) {
			s.append(", per case ").append(String.join(" / ", cases));
		}
		s.append(":\n");
		for (String v : variants) {
			Map<String, Double> b = baseline.getOrDefault(v, Map.of());
			StringBuilder line = new StringBuilder();
			for (String c : cases) {
				Double d = b.get(c);
				line.append(line.length() == 0 ? "" : " / ").append(d == null ? "n/a" : String.format(Locale.ROOT, "%.3f", d));
			}
			s.append(String.format(Locale.ROOT, "    %-10s %s%n", v, line));
		}
		s.append("  worst mean ").append(metric).append(" along each axis (value in brackets; change from the baseline)");
		s.append(perCase ? ", mean over the cases:\n" : ":\n");
		s.append(String.format(Locale.ROOT, "    %-12s", "axis"));
		variants.forEach(v -> s.append(String.format(Locale.ROOT, "%-28s", v)));
		s.append('\n');
		for (Map.Entry<String, Map<String, Worst>> a : worst.entrySet()) {
			s.append(String.format(Locale.ROOT, "    %-12s", a.getKey()));
			for (String v : variants) {
				Worst w = a.getValue().get(v);
				s.append(String.format(Locale.ROOT, "%-28s",
						w == null ? "n/a" : String.format(Locale.ROOT, "%.3f [%s] (%+.3f)", w.mean(), number(w.value()), w.change())));
			}
			s.append('\n');
		}
	}


	/** Numbers as in job keys (no trailing zeros). */
	static String number(double v) {
		String t = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
		return t.equals("-0") ? "0" : t;
	}
}
