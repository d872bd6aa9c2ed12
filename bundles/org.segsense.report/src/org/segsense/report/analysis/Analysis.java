// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.segsense.report.analysis.RunData.Axis;
import org.segsense.report.analysis.RunData.Counts;
import org.segsense.report.analysis.RunData.Label;
import org.segsense.report.analysis.RunData.Metric;
import org.segsense.report.analysis.RunData.Variant;
import org.segsense.report.stats.MeanInterval;
import org.segsense.report.stats.ToleranceRange;
import org.segsense.report.stats.WilcoxonSignedRank;

/**
 * The numbers of a sensitivity report, computed from {@link RunData}.
 * Values enter under the study's aggregation policy ({@link RunData#value}); every point keeps its
 * n_valid / n_missed / n_both_empty.
 * <ul>
 * <li><b>curves</b>: per axis × metric × label × variant and swept value, the mean over cases with its 95 %
 * Student-t interval, and the change relative to the unperturbed baseline (paired per case: value −
 * baseline value, its mean and interval; and the ratio of the means);</li>
 * <li><b>tolerance ranges</b>: per curve, the contiguous range of the axis around the unperturbed value
 * over which the mean metric stays within {@value #TOLERANCE_FRACTION} of its baseline mean
 * ({@link ToleranceRange}: ≥ 0.95 × baseline for higher-is-better metrics, ≤ baseline / 0.95 for
 * lower-is-better ones such as distances; signed metrics compare the mean |value|);</li>
 * <li><b>comparisons</b>: per axis × metric × label and pair of variants ({@link Arm}: the seeds of one trained
 * variant together), the paired Wilcoxon signed-rank test over the (case, swept value, seed) cells of the axis,
 * with its rank-biserial effect size and median difference, n_subjects and n_seeds; p-values Holm-corrected
 * over every comparison of the report ({@link Comparisons}).</li>
 * </ul>
 */
public final class Analysis {

	/** Confidence level of the intervals. */
	public static final double CONFIDENCE = 0.95;
	/** Fraction of the baseline that defines the tolerance range. */
	public static final double TOLERANCE_FRACTION = 0.95;
	/** Significance level applied to Holm-adjusted p-values. */
	public static final double ALPHA = 0.05;

	/**
	 * One swept value of a curve.
	 *
	 * @param value the swept parameter's value
	 * @param perCase the metric per case (study order; NaN where undefined)
	 * @param mean mean over cases with its interval
	 * @param change value − baseline per case: its mean and interval
	 * @param ratio mean / baseline mean (NaN when the baseline mean is 0 or undefined)
	 * @param undefined cases whose value is undefined or missing (after the aggregation policy)
	 * @param counts n_valid, n_missed, n_both_empty of the cell's stored results
	 */
	public record Point(double value, double[] perCase, MeanInterval mean, MeanInterval change, double ratio, int undefined, Counts counts) {
		/** A point whose counts are read from its values (defined = valid, NaN = missed). */
		public Point(double value, double[] perCase, MeanInterval mean, MeanInterval change, double ratio, int undefined) {
			this(value, perCase, mean, change, ratio, undefined, new Counts(perCase.length - undefined, undefined, 0));
		}
	}

	/**
	 * One curve: a metric of a label of a variant along an axis.
	 *
	 * @param baseline the unperturbed jobs' metric over cases
	 * @param baselinePerCase the baseline per case
	 * @param points the swept values, ascending
	 * @param baselineCounts n_valid, n_missed, n_both_empty of the baseline jobs
	 */
	public record Curve(Axis axis, Metric metric, Label label, Variant variant, MeanInterval baseline, double[] baselinePerCase, List<Point> points,
			Counts baselineCounts) {

		/** A curve whose baseline counts are read from its values. */
		public Curve(Axis axis, Metric metric, Label label, Variant variant, MeanInterval baseline, double[] baselinePerCase, List<Point> points) {
			this(axis, metric, label, variant, baseline, baselinePerCase, points, new Counts(
					(int) Arrays.stream(baselinePerCase).filter(x -> !Double.isNaN(x)).count(),
					(int) Arrays.stream(baselinePerCase).filter(Double::isNaN).count(), 0));
		}

		/** @return the counts of the baseline and every point together */
		public Counts totalCounts() {
			Counts c = baselineCounts;
			for (Point p : points) {
				c = c.plus(p.counts());
			}
			return c;
		}

		/**
		 * @return how much worse the metric gets, relative to the baseline, at a point: (baseline − mean)/|baseline| for
		 *         higher-is-better metrics, (mean − baseline)/|baseline| for lower-is-better ones (|·| for signed
		 *         metrics); NaN when undefined or the baseline is 0
		 */
		public double relativeDegradation(Point p) {
			double b = baseline.mean(), m = p.mean().mean();
			if (metric.signed()) {
				b = Math.abs(b);
				m = Math.abs(m);
			}
			if (Double.isNaN(b) || Double.isNaN(m) || b == 0) {
				return Double.NaN;
			}
			return (metric.higherIsBetter() ? b - m : m - b) / Math.abs(b);
		}

		/** @return the point where the metric is worst relative to the baseline, if any is defined */
		public Optional<Point> worst() {
			Point w = null;
			for (Point p : points) {
				double d = relativeDegradation(p);
				if (!Double.isNaN(d) && (w == null || d > relativeDegradation(w))) {
					w = p;
				}
			}
			return Optional.ofNullable(w);
		}
	}

	/**
	 * The tolerance range of a curve.
	 *
	 * @param range the range, or null when it is undefined
	 * @param reason why it is undefined, else null
	 */
	public record Tolerance(Curve curve, ToleranceRange range, String reason) {
	}

	/**
	 * A paired comparison of two variants ({@link Arm}s: all seeds of a trained variant) along one axis.
	 *
	 * @param a first variant
	 * @param b second variant
	 * @param pairs (case, value, seed) cells where both are defined
	 * @param test Wilcoxon signed-rank of a − b
	 * @param medianDifference median of a − b over the pairs
	 * @param holmP Holm-adjusted p-value over every comparison of the report
	 * @param countsA n_valid, n_missed, n_both_empty of A's stored results over the axis's cells (all paired seeds)
	 * @param countsB the same for B
	 * @param nSubjects cases contributing at least one pair
	 * @param nSeeds trained networks (seeds) per side that were paired; 1 for model variants not trained by SegSense
	 */
	public record Comparison(Axis axis, Metric metric, Label label, Variant a, Variant b, int pairs, WilcoxonSignedRank test,
			double medianDifference, double holmP, Counts countsA, Counts countsB, int nSubjects, int nSeeds) {
		/** Why a single-seed comparison says nothing about augmentation. */
		public static final String SINGLE_SEED_NOTE = "a difference between two single trained networks is not evidence about augmentation";

		/** @return true when the Holm-adjusted p is below {@link Analysis#ALPHA} */
		public boolean significant() {
			return holmP < ALPHA;
		}

		/** @return true when each side is one trained network: the test sees that network's quirks, not its variant's */
		public boolean singleSeed() {
			return nSeeds < 2;
		}
	}

	private final RunData run;
	private final List<Curve> curves = new ArrayList<>();
	private final List<Tolerance> tolerances = new ArrayList<>();
	private final List<Comparison> comparisons = new ArrayList<>();

	private Analysis(RunData run) {
		this.run = run;
		computeCurves();
		for (Curve c : curves) {
			tolerances.add(tolerance(c));
		}
		comparisons.addAll(Comparisons.of(run));
	}

	/** @return the analysis of a run */
	public static Analysis of(RunData run) {
		return new Analysis(run);
	}

	/** @return the data analysed */
	public RunData run() {
		return run;
	}

	/** @return every curve, in the order axis × metric × label × variant (study order) */
	public List<Curve> curves() {
		return curves;
	}

	/** @return the curves of one axis, metric and label (one per variant) */
	public List<Curve> curves(Axis axis, Metric metric, Label label) {
		return curves.stream().filter(c -> c.axis().equals(axis) && c.metric().equals(metric) && c.label().equals(label)).toList();
	}

	/** @return one tolerance range per curve, same order */
	public List<Tolerance> tolerances() {
		return tolerances;
	}

	/** @return every comparison, in the order axis × metric × label × variant pair */
	public List<Comparison> comparisons() {
		return comparisons;
	}

	private void computeCurves() {
		for (Axis axis : run.axes()) {
			if (axis.values().isEmpty()) {
				continue;
			}
			for (Metric metric : run.metrics()) {
				for (Label label : run.labels()) {
					for (Variant variant : run.variants()) {
						double[] base = run.perCase(variant.id(), null, 0, metric.id(), label.value());
						MeanInterval baseline = MeanInterval.of(base, CONFIDENCE);
						List<Point> points = new ArrayList<>();
						for (double value : axis.values()) {
							double[] v = run.perCase(variant.id(), axis.id(), value, metric.id(), label.value());
							double[] d = new double[v.length];
							int undefined = 0;
							for (int i = 0; i < v.length; i++) {
								d[i] = v[i] - base[i];
								if (Double.isNaN(v[i])) {
									undefined++;
								}
							}
							MeanInterval mean = MeanInterval.of(v, CONFIDENCE);
							double ratio = baseline.mean() == 0 ? Double.NaN : mean.mean() / baseline.mean();
							points.add(new Point(value, v, mean, MeanInterval.of(d, CONFIDENCE), ratio, undefined,
									run.counts(variant.id(), axis.id(), value, metric.id(), label.value())));
						}
						if (hasAny(base) || points.stream().anyMatch(p -> p.mean().n() > 0)) {
							curves.add(new Curve(axis, metric, label, variant, baseline, base, List.copyOf(points),
									run.counts(variant.id(), null, 0, metric.id(), label.value())));
						}
					}
				}
			}
		}
	}

	private static boolean hasAny(double[] v) {
		return Arrays.stream(v).anyMatch(x -> !Double.isNaN(x));
	}

	/**
	 * The tolerance range of a curve. The unperturbed value of the axis is the catalogue default of the swept
	 * parameter; when the sweep does not contain it, the baseline jobs stand at that value, and a side of the
	 * axis without swept values ends there (not open).
	 */
	static Tolerance tolerance(Curve c) {
		double at = c.axis().baselineValue();
		if (Double.isNaN(at)) {
			return new Tolerance(c, null, "the unperturbed value of " + c.axis().parameter() + " is unknown (perturbation '"
					+ c.axis().perturbation() + "' is not installed)");
		}
		if (Double.isNaN(c.baseline().mean())) {
			return new Tolerance(c, null, "the baseline value is undefined for every case");
		}
		List<Double> values = new ArrayList<>();
		List<Double> metric = new ArrayList<>();
		boolean sweptAtBaseline = false;
		for (Point p : c.points()) {
			values.add(p.value());
			metric.add(magnitude(c.metric(), p.mean().mean()));
			sweptAtBaseline |= p.value() == at;
		}
		if (!sweptAtBaseline) {
			values.add(at);
			metric.add(magnitude(c.metric(), c.baseline().mean()));
		}
		double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
		double[] m = metric.stream().mapToDouble(Double::doubleValue).toArray();
		ToleranceRange r = ToleranceRange.of(x, m, at, TOLERANCE_FRACTION, c.metric().higherIsBetter() && !c.metric().signed());
		if (!sweptAtBaseline) {
			// A side without any swept value (noise σ cannot be negative) ends at the unperturbed value: it is not "open".
			boolean below = c.points().stream().anyMatch(p -> p.value() < at), above = c.points().stream().anyMatch(p -> p.value() > at);
			r = new ToleranceRange(r.lower(), r.upper(), r.lowerOpen() && below, r.upperOpen() && above);
		}
		return new Tolerance(c, r, null);
	}

	private static double magnitude(Metric metric, double v) {
		return metric.signed() ? Math.abs(v) : v;
	}

	/** @return the median (mean of the middle two for an even count); NaN when empty */
	public static double median(double[] values) {
		double[] s = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
		if (s.length == 0) {
			return Double.NaN;
		}
		int m = s.length / 2;
		return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
	}
}
