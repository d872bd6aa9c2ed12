// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.segsense.metrics.SegmentationMetrics;
import org.segsense.report.analysis.Analysis.Curve;
import org.segsense.report.analysis.Analysis.Point;
import org.segsense.report.analysis.Analysis.Tolerance;
import org.segsense.report.analysis.RunData.Axis;
import org.segsense.report.analysis.RunData.Label;
import org.segsense.report.analysis.RunData.Metric;
import org.segsense.report.analysis.RunData.Variant;
import org.segsense.report.render.Html;

/**
 * The plain-language summary of a report, generated from the numbers of the <em>primary</em> metric (the
 * study's first metric, on its first label): what ran; the axes ranked by their largest relative drop
 * from baseline (over variants and swept values); the tolerance range per axis and variant; the most
 * robust variant — the smallest worst-case drop averaged over the axes — and its cost in baseline accuracy
 * against the variant with the best baseline; how many variant comparisons are significant.
 */
public final class Findings {

	private Findings() {
	}

	private static String count(long n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

	/** @return one sentence per finding */
	public static List<String> of(Analysis analysis) {
		RunData run = analysis.run();
		List<String> out = new ArrayList<>();
		out.add(String.format(Locale.ROOT, "Study %s: %s × %s, %s, %s, reference %s; %s done, %d failed.", run.study().getId(),
				count(run.cases().size(), "case", "cases"), count(run.variants().size(), "variant", "variants"),
				count(run.axes().size(), "axis", "axes"), count(run.metrics().size(), "metric", "metrics"),
				run.consensusReference() ? "a consensus of the variants' predictions (" + run.referenceKind() + ")" : "the ground truth",
				count(run.doneJobs(), "job", "jobs"), run.failedJobs()));
		RunData.Counts all = run.countsOfTypes(SegmentationMetrics.DISTANCES);
		if (all.valid() + all.missed() + all.bothEmpty() > 0) {
			out.add("Aggregation of surface distances: " + run.aggregation().describe() + "; over every stored distance result: " + all + ".");
		}
		if (run.metrics().isEmpty() || run.labels().isEmpty() || analysis.curves().isEmpty()) {
			out.add("No perturbed results to analyse.");
			return out;
		}
		Metric metric = run.metrics().get(0);
		Label label = run.labels().get(0);
		String what = metric.id() + " (" + label.name() + ")";

		// Largest sensitivities: per axis, the worst point over the variants.
		record Drop(Axis axis, Curve curve, Point point, double relative) {
		}
		List<Drop> drops = new ArrayList<>();
		for (Axis axis : run.axes()) {
			Drop worst = null;
			for (Curve c : analysis.curves(axis, metric, label)) {
				Optional<Point> p = c.worst();
				if (p.isPresent() && (worst == null || c.relativeDegradation(p.get()) > worst.relative())) {
					worst = new Drop(axis, c, p.get(), c.relativeDegradation(p.get()));
				}
			}
			if (worst != null) {
				drops.add(worst);
			}
		}
		drops.sort(Comparator.comparingDouble(Drop::relative).reversed());
		for (int i = 0; i < drops.size(); i++) {
			Drop d = drops.get(i);
			String head = i == 0 ? "Largest sensitivity: " + what + " changes most along " + d.axis().id()
					: "Along " + d.axis().id() + ", " + what + " changes at most";
			out.add(String.format(Locale.ROOT, "%s: from %s at baseline to %s at %s = %s%s for %s (%s %s than baseline).", head,
					Html.number(d.curve().baseline().mean()), Html.number(d.point().mean().mean()), d.axis().parameter(), Html.number(d.point().value()),
					d.axis().unit().isEmpty() ? "" : " " + d.axis().unit(), d.curve().variant().id(), Html.percent(Math.abs(d.relative())),
					d.relative() >= 0 ? "worse" : "better"));
		}

		// Tolerance ranges of the primary metric.
		for (Axis axis : run.axes()) {
			List<String> parts = new ArrayList<>();
			for (Tolerance t : analysis.tolerances()) {
				Curve c = t.curve();
				if (c.axis().equals(axis) && c.metric().equals(metric) && c.label().equals(label)) {
					parts.add(c.variant().id() + " " + (t.range() == null ? "undefined (" + t.reason() + ")" : Html.range(t.range())));
				}
			}
			if (!parts.isEmpty()) {
				out.add(String.format(Locale.ROOT, "Tolerance along %s (%s within %s of baseline): %s.", axis.id(), what,
						Html.percent(1 - Analysis.TOLERANCE_FRACTION), String.join("; ", parts)));
			}
		}

		// Most robust variant and its cost in baseline accuracy.
		if (run.variants().size() > 1) {
			Map<Variant, Double> meanWorst = new LinkedHashMap<>();
			Map<Variant, Double> baseline = new LinkedHashMap<>();
			for (Variant v : run.variants()) {
				double sum = 0;
				int n = 0;
				for (Axis axis : run.axes()) {
					for (Curve c : analysis.curves(axis, metric, label)) {
						if (c.variant().equals(v)) {
							baseline.put(v, c.baseline().mean());
							Optional<Point> p = c.worst();
							if (p.isPresent()) {
								sum += Math.max(0, c.relativeDegradation(p.get()));
								n++;
							}
						}
					}
				}
				if (n > 0) {
					meanWorst.put(v, sum / n);
				}
			}
			Optional<Map.Entry<Variant, Double>> robust = meanWorst.entrySet().stream().min(Map.Entry.comparingByValue());
			Optional<Map.Entry<Variant, Double>> best = baseline.entrySet().stream().filter(e -> !Double.isNaN(e.getValue()))
					.max(Comparator.comparingDouble(e -> metric.higherIsBetter() ? e.getValue() : -Math.abs(e.getValue())));
			if (robust.isPresent() && best.isPresent()) {
				Variant r = robust.get().getKey();
				double rb = baseline.getOrDefault(r, Double.NaN);
				StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
						"Most robust variant: %s (its worst drop of %s, averaged over the axes, is %s; ", r.id(), what, Html.percent(robust.get().getValue())));
				List<String> others = new ArrayList<>();
				meanWorst.forEach((v, w) -> {
					if (!v.equals(r)) {
						others.add(v.id() + " " + Html.percent(w));
					}
				});
				s.append(String.join(", ", others)).append("). ");
				if (best.get().getKey().equals(r)) {
					s.append(String.format(Locale.ROOT, "It also has the best baseline %s (%s): robustness costs no baseline accuracy.", metric.id(),
							Html.number(rb)));
				} else {
					s.append(String.format(Locale.ROOT, "Its baseline %s is %s against %s for %s, the best baseline: a cost of %s.", metric.id(),
							Html.number(rb), Html.number(best.get().getValue()), best.get().getKey().id(),
							Html.number(Math.abs(best.get().getValue() - rb))));
				}
				out.add(s.toString());
			}
			long significant = analysis.comparisons().stream().filter(Analysis.Comparison::significant).count();
			out.add(String.format(Locale.ROOT, "%d of %d paired variant comparisons (Wilcoxon signed-rank, Holm-corrected) are significant at p < %s.",
					significant, analysis.comparisons().size(), Html.number(Analysis.ALPHA)));
		}
		return out;
	}
}
