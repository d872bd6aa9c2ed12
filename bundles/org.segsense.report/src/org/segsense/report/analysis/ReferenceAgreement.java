// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.segsense.engine.store.ResultRow;
import org.segsense.report.analysis.RunData.Axis;
import org.segsense.report.analysis.RunData.Label;
import org.segsense.report.analysis.RunData.Metric;
import org.segsense.report.analysis.RunData.Variant;
import org.segsense.report.stats.MeanInterval;
import org.segsense.report.stats.Spearman;

/**
 * How far a consensus reference (STAPLE) can stand in for the truth: for a run whose rows hold a metric
 * {@code M} scored against the study's reference and {@code M@truth} scored against the cases' label
 * images, per axis × metric × label × variant the two mean curves over the cases (the unperturbed baseline
 * drawn at the parameter's unperturbed value when the sweep lacks it, as the curves section does), their
 * rank agreement (Spearman ρ of the two mean curves over the axis values, ties at average ranks) and their
 * largest disagreement: of levels (the largest |mean against reference − mean against truth|, often at the baseline,
 * where a consensus of the variants' own unperturbed predictions agrees with them best) and of sensitivity (the
 * largest |relative change from the baseline against the reference − relative change against the truth|, i.e.
 * |ref(x)/ref(baseline) − truth(x)/truth(baseline)|, over the perturbed values: where the two references disagree
 * on what the perturbation did; relative, so that two curves that both fall to 0 agree).
 */
public final class ReferenceAgreement {

	/** The suffix of metric ids scored against the truth (the engine's {@code TruthScores.SUFFIX}). */
	public static final String TRUTH_SUFFIX = "@truth";

	/** ρ below this is reported as a disagreement in rank. */
	public static final double RHO_THRESHOLD = 0.8;

	/**
	 * The two curves of one axis × metric × label × variant.
	 *
	 * @param x the axis values, ascending (the baseline included at the unperturbed value)
	 * @param reference the mean over cases against the study's reference at each x (NaN where undefined)
	 * @param truth the mean against the truth at each x
	 * @param rho Spearman's ρ of the two means (NaN when fewer than two pairs or a constant curve)
	 * @param maxDifferenceAt the x of the largest |reference − truth| (NaN when no pair is defined)
	 * @param maxDifference that |reference − truth|
	 * @param meanDifference the mean of reference − truth over the defined x (positive: the reference scores higher)
	 * @param maxChangeDifferenceAt the x ≠ baseline of the largest |reference / its baseline − truth / its baseline|
	 *        (NaN when undefined: the unperturbed value is unknown, or a baseline is 0 or undefined)
	 * @param maxChangeDifference that difference of the relative changes (0.1 = 10 percentage points)
	 */
	public record Pair(Axis axis, Metric metric, Label label, Variant variant, double[] x, double[] reference, double[] truth, double rho,
			double maxDifferenceAt, double maxDifference, double meanDifference, double maxChangeDifferenceAt, double maxChangeDifference) {
	}

	/**
	 * The pairs of one axis, summarised.
	 *
	 * @param medianRho the median ρ of its pairs (undefined ρ left out)
	 * @param worst the pair with the lowest ρ, if any ρ is defined
	 * @param largest the pair with the largest |difference|, if any is defined
	 * @param meanDifference the mean of the pairs' mean differences
	 * @param largestChange the pair with the largest difference of changes, if any is defined
	 */
	public record AxisSummary(Axis axis, List<Pair> pairs, double medianRho, Optional<Pair> worst, Optional<Pair> largest, double meanDifference,
			Optional<Pair> largestChange) {
	}

	private final List<Pair> pairs;

	private ReferenceAgreement(List<Pair> pairs) {
		this.pairs = List.copyOf(pairs);
	}

	/** @return the metrics of the run that also have rows against the truth (study order); empty when none */
	public static List<Metric> scoredAgainstTruth(RunData run) {
		Set<String> truth = new TreeSet<>();
		for (ResultRow r : run.results()) {
			if (r.metric().endsWith(TRUTH_SUFFIX)) {
				truth.add(r.metric().substring(0, r.metric().length() - TRUTH_SUFFIX.length()));
			}
		}
		return run.metrics().stream().filter(m -> truth.contains(m.id())).toList();
	}

	/** @return the agreement of a run (no pairs when it has no rows against the truth) */
	public static ReferenceAgreement of(RunData run) {
		List<Pair> pairs = new ArrayList<>();
		List<Metric> metrics = scoredAgainstTruth(run);
		for (Axis axis : run.axes()) {
			if (axis.values().isEmpty()) {
				continue;
			}
			for (Metric metric : metrics) {
				for (Label label : run.labels()) {
					for (Variant variant : run.variants()) {
						Pair p = pair(run, axis, metric, label, variant);
						if (p != null) {
							pairs.add(p);
						}
					}
				}
			}
		}
		return new ReferenceAgreement(pairs);
	}

	private static Pair pair(RunData run, Axis axis, Metric metric, Label label, Variant variant) {
		String truthId = metric.id() + TRUTH_SUFFIX;
		List<Double> xs = new ArrayList<>(axis.values());
		boolean baselineExtra = !Double.isNaN(axis.baselineValue()) && !xs.contains(axis.baselineValue());
		if (baselineExtra) {
			xs.add(axis.baselineValue());
			xs.sort(Double::compare);
		}
		int n = xs.size();
		double[] x = new double[n], ref = new double[n], truth = new double[n];
		boolean any = false;
		for (int i = 0; i < n; i++) {
			x[i] = xs.get(i);
			boolean base = baselineExtra && x[i] == axis.baselineValue();
			String a = base ? null : axis.id();
			ref[i] = mean(run.perCase(variant.id(), a, x[i], metric.id(), label.value()));
			truth[i] = mean(run.perCase(variant.id(), a, x[i], truthId, label.value()));
			any |= !Double.isNaN(ref[i]) || !Double.isNaN(truth[i]);
		}
		if (!any) {
			return null;
		}
		double maxAt = Double.NaN, max = Double.NaN, sum = 0;
		int defined = 0;
		for (int i = 0; i < n; i++) {
			double d = ref[i] - truth[i];
			if (!Double.isNaN(d)) {
				sum += d;
				defined++;
				if (Double.isNaN(max) || Math.abs(d) > max) {
					max = Math.abs(d);
					maxAt = x[i];
				}
			}
		}
		int b = -1;
		for (int i = 0; i < n; i++) {
			b = x[i] == axis.baselineValue() ? i : b;
		}
		double changeAt = Double.NaN, change = Double.NaN;
		for (int i = 0; b >= 0 && i < n; i++) {
			double d = ref[b] == 0 || truth[b] == 0 ? Double.NaN : Math.abs(ref[i] / ref[b] - truth[i] / truth[b]);
			if (i != b && !Double.isNaN(d) && (Double.isNaN(change) || d > change)) {
				change = d;
				changeAt = x[i];
			}
		}
		return new Pair(axis, metric, label, variant, x, ref, truth, Spearman.rho(ref, truth), maxAt, max, defined == 0 ? Double.NaN : sum / defined,
				changeAt, change);
	}

	private static double mean(double[] perCase) {
		return MeanInterval.of(perCase, 0.95).mean();
	}

	/** @return true when the run has no pair (no rows against the truth) */
	public boolean isEmpty() {
		return pairs.isEmpty();
	}

	/** @return every pair, in the order axis × metric × label × variant */
	public List<Pair> pairs() {
		return pairs;
	}

	/** @return the pairs of one axis × metric × label (one per variant) */
	public List<Pair> pairs(Axis axis, Metric metric, Label label) {
		return pairs.stream().filter(p -> p.axis().equals(axis) && p.metric().equals(metric) && p.label().equals(label)).toList();
	}

	/** @return the median ρ over every pair (undefined ρ left out; NaN when none is defined) */
	public double medianRho() {
		return Analysis.median(pairs.stream().mapToDouble(Pair::rho).toArray());
	}

	/** @return one summary per axis with pairs, in axis order */
	public List<AxisSummary> byAxis() {
		Map<Axis, List<Pair>> grouped = new LinkedHashMap<>();
		for (Pair p : pairs) {
			grouped.computeIfAbsent(p.axis(), a -> new ArrayList<>()).add(p);
		}
		List<AxisSummary> out = new ArrayList<>();
		grouped.forEach((axis, list) -> {
			double[] rhos = list.stream().mapToDouble(Pair::rho).toArray();
			Optional<Pair> worst = list.stream().filter(p -> !Double.isNaN(p.rho())).min((a, b) -> Double.compare(a.rho(), b.rho()));
			Optional<Pair> largest = list.stream().filter(p -> !Double.isNaN(p.maxDifference()))
					.max((a, b) -> Double.compare(a.maxDifference(), b.maxDifference()));
			double meanDiff = Arrays.stream(list.stream().mapToDouble(Pair::meanDifference).toArray()).filter(d -> !Double.isNaN(d)).average()
					.orElse(Double.NaN);
			Optional<Pair> largestChange = list.stream().filter(p -> !Double.isNaN(p.maxChangeDifference()))
					.max((a, b) -> Double.compare(a.maxChangeDifference(), b.maxChangeDifference()));
			out.add(new AxisSummary(axis, List.copyOf(list), Analysis.median(rhos), worst, largest, meanDiff, largestChange));
		});
		return out;
	}

	/** @return the axis with the lowest median ρ, if any ρ is defined */
	public Optional<AxisSummary> worstAxis() {
		return byAxis().stream().filter(s -> !Double.isNaN(s.medianRho())).min((a, b) -> Double.compare(a.medianRho(), b.medianRho()));
	}
}
