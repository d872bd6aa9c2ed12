// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.demo;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.segsense.report.ReportException;
import org.segsense.report.analysis.ReferenceAgreement;
import org.segsense.report.analysis.RunData;
import org.segsense.report.stats.MeanInterval;
import org.segsense.workflows.WorkflowException;

/**
 * The headline of the tracts arm, from its run folder: per axis the most robust variant — the one whose worst mean
 * change of the metric from its own baseline (over the swept values; averaged over the bundles) is smallest — judged
 * against the truth ({@code M@truth}) and against the consensus ({@code M}); and the STAPLE-vs-truth agreement of the
 * report's section ({@link ReferenceAgreement}): the median ρ over every curve pair and the axis with the lowest median ρ.
 *
 * @param metric the metric (the study's first)
 * @param robustVsTruth axis → the most robust variant against the truth (absent axes: no defined value)
 * @param robustVsConsensus axis → the most robust variant against the consensus
 * @param worstChange axis → variant → its worst mean change against the truth (NaN when undefined)
 * @param medianRho the median ρ (NaN without rows against the truth)
 * @param worstAxis the axis with the lowest median ρ, if any
 * @param worstAxisRho its median ρ
 * @param pairs the number of curve pairs
 */
public record TractsFindings(String metric, Map<String, String> robustVsTruth, Map<String, String> robustVsConsensus,
		Map<String, Map<String, Double>> worstChange, double medianRho, Optional<String> worstAxis, double worstAxisRho, int pairs) {

	/** @return the findings of a run folder */
	public static TractsFindings of(Path runDir) {
		RunData run;
		try {
			run = RunData.load(runDir);
		} catch (ReportException e) {
			throw WorkflowException.of(e);
		}
		String metric = run.metrics().isEmpty() ? "dice" : run.metrics().get(0).id();
		String truth = metric + ReferenceAgreement.TRUTH_SUFFIX;
		Map<String, Map<String, Double>> vsTruth = worstChanges(run, truth), vsConsensus = worstChanges(run, metric);
		ReferenceAgreement a = ReferenceAgreement.of(run);
		Optional<ReferenceAgreement.AxisSummary> worst = a.worstAxis();
		return new TractsFindings(metric, best(vsTruth), best(vsConsensus), vsTruth, a.medianRho(), worst.map(s -> s.axis().id()),
				worst.map(ReferenceAgreement.AxisSummary::medianRho).orElse(Double.NaN), a.pairs().size());
	}

	/** axis → variant → min over swept values of (mean − baseline mean), averaged over the labels with a defined value. */
	static Map<String, Map<String, Double>> worstChanges(RunData run, String metricId) {
		Map<String, Map<String, Double>> out = new LinkedHashMap<>();
		for (RunData.Axis axis : run.axes()) {
			Map<String, Double> byVariant = new LinkedHashMap<>();
			for (RunData.Variant v : run.variants()) {
				double sum = 0;
				int n = 0;
				for (RunData.Label l : run.labels()) {
					double base = mean(run.perCase(v.id(), null, 0, metricId, l.value()));
					double worst = Double.NaN;
					for (double x : axis.values()) {
						double d = mean(run.perCase(v.id(), axis.id(), x, metricId, l.value())) - base;
						if (!Double.isNaN(d) && (Double.isNaN(worst) || d < worst)) {
							worst = d;
						}
					}
					if (!Double.isNaN(worst)) {
						sum += worst;
						n++;
					}
				}
				byVariant.put(v.id(), n == 0 ? Double.NaN : sum / n);
			}
			out.put(axis.id(), byVariant);
		}
		return out;
	}

	private static double mean(double[] v) {
		return MeanInterval.of(v, 0.95).mean();
	}

	/** axis → the variant with the largest (least negative) worst change; axes without a defined value left out. */
	static Map<String, String> best(Map<String, Map<String, Double>> changes) {
		Map<String, String> out = new LinkedHashMap<>();
		changes.forEach((axis, byVariant) -> byVariant.entrySet().stream().filter(e -> !e.getValue().isNaN())
				.max(Map.Entry.comparingByValue()).ifPresent(e -> out.put(axis, e.getKey())));
		return out;
	}

	/** Appends the headline lines to the demo's summary. */
	public void appendTo(StringBuilder s) {
		s.append("  most robust variant per axis (smallest worst mean ").append(metric).append(" drop, mean over bundles; against the truth"
				+ " / against STAPLE):\n");
		for (Map.Entry<String, Map<String, Double>> a : worstChange.entrySet()) {
			String t = robustVsTruth.getOrDefault(a.getKey(), "n/a"), c = robustVsConsensus.getOrDefault(a.getKey(), "n/a");
			Double d = a.getValue().get(t);
			s.append(String.format(Locale.ROOT, "    %-12s %-10s (%s) / %-10s%s%n", a.getKey(), t, d == null ? "n/a" : String.format(Locale.ROOT, "%+.3f", d),
					c, t.equals(c) ? " (STAPLE agrees)" : " (STAPLE picks another)"));
		}
		if (Double.isNaN(medianRho)) {
			s.append("  STAPLE vs truth: no rows against the truth (the study does not set scoreAgainstTruth)\n");
		} else {
			s.append(String.format(Locale.ROOT, "  STAPLE vs truth: median Spearman rho %.2f over %d curve pairs; worst axis %s (median rho %.2f)%n",
					medianRho, pairs, worstAxis.orElse("n/a"), worstAxisRho));
		}
	}

	/** @return the axes, in study order */
	public List<String> axes() {
		return List.copyOf(worstChange.keySet());
	}
}
