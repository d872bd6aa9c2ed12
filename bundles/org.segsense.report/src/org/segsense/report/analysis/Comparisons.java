// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.segsense.report.analysis.Analysis.Comparison;
import org.segsense.report.analysis.RunData.Axis;
import org.segsense.report.analysis.RunData.Counts;
import org.segsense.report.analysis.RunData.Label;
import org.segsense.report.analysis.RunData.Metric;
import org.segsense.report.stats.Holm;
import org.segsense.report.stats.WilcoxonSignedRank;

/**
 * The paired comparisons of a run's {@link Arm}s: per axis × metric × label and pair of arms, the Wilcoxon
 * signed-rank test of A − B over the cells (swept value, case, seed) where both are defined. The k-th seed of A
 * is paired with the k-th seed of B (both by ascending seed), for k below the smaller seed count, so a study
 * trained with the same seeds for every variant pairs equal seeds. p-values are Holm-corrected over all rows.
 */
final class Comparisons {

	private Comparisons() {
	}

	static List<Comparison> of(RunData run) {
		List<Arm> arms = Arm.of(run);
		List<Comparison> raw = new ArrayList<>();
		for (Axis axis : run.axes()) {
			for (Metric metric : run.metrics()) {
				for (Label label : run.labels()) {
					for (int i = 0; i < arms.size(); i++) {
						for (int k = i + 1; k < arms.size(); k++) {
							Comparison c = compare(run, axis, metric, label, arms.get(i), arms.get(k));
							if (c != null) {
								raw.add(c);
							}
						}
					}
				}
			}
		}
		double[] adjusted = Holm.adjust(raw.stream().mapToDouble(c -> c.test().pValue()).toArray());
		List<Comparison> out = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++) {
			Comparison c = raw.get(i);
			out.add(new Comparison(c.axis(), c.metric(), c.label(), c.a(), c.b(), c.pairs(), c.test(), c.medianDifference(), adjusted[i],
					c.countsA(), c.countsB(), c.nSubjects(), c.nSeeds()));
		}
		return out;
	}

	private static Comparison compare(RunData run, Axis axis, Metric metric, Label label, Arm a, Arm b) {
		int seeds = Math.min(a.seeds().size(), b.seeds().size());
		List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
		Set<String> subjects = new HashSet<>();
		Counts ca = new Counts(0, 0, 0), cb = new Counts(0, 0, 0);
		for (int s = 0; s < seeds; s++) {
			String va = a.seeds().get(s).id(), vb = b.seeds().get(s).id();
			for (double value : axis.values()) {
				ca = ca.plus(run.counts(va, axis.id(), value, metric.id(), label.value()));
				cb = cb.plus(run.counts(vb, axis.id(), value, metric.id(), label.value()));
				for (String c : run.cases()) {
					double x = run.value(c, va, axis.id(), value, metric.id(), label.value());
					double y = run.value(c, vb, axis.id(), value, metric.id(), label.value());
					if (!Double.isNaN(x) && !Double.isNaN(y)) {
						xs.add(x);
						ys.add(y);
						subjects.add(c);
					}
				}
			}
		}
		if (xs.isEmpty()) {
			return null;
		}
		double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
		double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
		double[] d = new double[x.length];
		for (int i = 0; i < d.length; i++) {
			d[i] = x[i] - y[i];
		}
		return new Comparison(axis, metric, label, a.variant(), b.variant(), x.length, WilcoxonSignedRank.test(x, y), Analysis.median(d),
				Double.NaN, ca, cb, subjects.size(), seeds);
	}
}
