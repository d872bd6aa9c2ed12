// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.segsense.engine.store.ResultRow;
import org.segsense.image.Image;
import org.segsense.image.LabelImages;
import org.segsense.metrics.ImageMetrics;
import org.segsense.metrics.MetricConventions;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.model.LabelDefinition;
import org.segsense.model.MetricSpec;
import org.segsense.model.ModelVariant;
import org.segsense.model.ParameterValue;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;

/**
 * The "score" stage: the study's metrics of a job, per label, on the prediction and the reference in the
 * evaluation space — one result row per metric and label, with a note where a value is undefined.
 *
 * <p>A multi-label (overlapping bundles) prediction is scored bundle by bundle: component k of the prediction
 * against component k of the reference, each a binary structure scored as a one-label image would be (label 1);
 * the rows carry label k+1, the bundle's {@code LabelDefinition} value. A metric naming no labels scores every
 * bundle. Rows scored against the case's label image in a consensus study carry the metric id with
 * {@link TruthScores#SUFFIX}.
 */
final class MetricScoring {

	private static final String NSD = "nsd";

	private record MetricPlan(String id, String type, double tolerance, int[] labels) {
	}

	private final List<MetricPlan> metrics;
	private final MetricCatalog catalog;
	private final Map<String, ModelVariant> variants;
	private final int undecidedLabel;

	private MetricScoring(List<MetricPlan> metrics, MetricCatalog catalog, Map<String, ModelVariant> variants, int undecidedLabel) {
		this.metrics = metrics;
		this.catalog = catalog;
		this.variants = variants;
		this.undecidedLabel = undecidedLabel;
	}

	/**
	 * @param variants the study's model variants by id
	 * @throws StudyRunException (bad input) for an NSD tolerance that is not a number
	 */
	static MetricScoring of(Study study, Map<String, ModelVariant> variants, MetricCatalog catalog) throws StudyRunException {
		List<MetricPlan> metrics = new ArrayList<>();
		for (MetricSpec m : study.getMetrics()) {
			metrics.add(metricPlan(m));
		}
		return new MetricScoring(metrics, catalog, variants, ReferenceStrategies.undecidedLabel(study.getReference()));
	}

	private static MetricPlan metricPlan(MetricSpec m) throws StudyRunException {
		double tol = MetricConventions.DEFAULT_NSD_TOLERANCE_MM;
		for (ParameterValue p : m.getParameters()) {
			if (StudyResources.NSD_TOLERANCE_PARAMETER.equals(p.getName())) {
				try {
					tol = Double.parseDouble(p.getValue().trim());
				} catch (RuntimeException e) {
					throw StudyRunException.badInput("Metric '" + m.getId() + "': the tolerance '" + p.getValue() + "' is not a number (mm).");
				}
			}
		}
		int[] labels = m.getLabels().isEmpty() ? null : m.getLabels().stream().mapToInt(Integer::intValue).toArray();
		return new MetricPlan(m.getId(), m.getMetricType(), tol, labels);
	}

	/** @return the job's result rows against the study's reference (one-label prediction) */
	List<ResultRow> rows(Job job, Image predicted, Image reference, Image reference0) {
		return rows(job, predicted, reference, reference0, false, "");
	}

	/**
	 * The job's result rows against one reference.
	 *
	 * @param multiLabel whether the prediction and the reference hold one 0/1 component per bundle: bundle k (0-based)
	 *        is scored as its own binary structure (label 1 of component k of both), its rows carry label k+1; a
	 *        metric naming no labels scores every bundle 1..K
	 * @param suffix appended to the metric ids ({@code ""} for the study's reference, {@link TruthScores#SUFFIX}
	 *        against the case's label image)
	 */
	List<ResultRow> rows(Job job, Image predicted, Image reference, Image reference0, boolean multiLabel, String suffix) {
		int[] defaults = multiLabel ? bundles(predicted.components()) : defaultLabels(job.variantId(), reference0, suffix.isEmpty());
		Map<Double, TreeSet<Integer>> labelsByTolerance = new TreeMap<>();
		for (MetricPlan m : metrics) {
			TreeSet<Integer> set = labelsByTolerance.computeIfAbsent(tolerance(m), k -> new TreeSet<>());
			for (int l : m.labels() != null ? m.labels() : defaults) {
				set.add(l);
			}
		}
		Map<Double, Map<Integer, ImageMetrics.Result>> computed = new TreeMap<>();
		labelsByTolerance.forEach((tol, labels) -> computed.put(tol, multiLabel ? perBundle(predicted, reference, labels, tol)
				: ImageMetrics.compute(predicted, reference, labels.stream().mapToInt(Integer::intValue).toArray(), tol, catalog)));
		List<ResultRow> rows = new ArrayList<>();
		for (MetricPlan m : metrics) {
			Map<Integer, ImageMetrics.Result> byLabel = computed.get(tolerance(m));
			for (int l : m.labels() != null ? m.labels() : defaults) {
				ImageMetrics.Result r = byLabel.get(l);
				Double v = r == null ? null : r.values().get(m.type());
				String note = r == null ? "no bundle " + l + ": the model outputs " + predicted.components() : r.notes().get(m.type());
				if (v == null || v.isNaN()) {
					v = null;
					if (note == null) {
						note = "undefined for this label";
					}
				}
				rows.add(new ResultRow(job.key(), l, m.id() + suffix, m.type(), v, note));
			}
		}
		return rows;
	}

	/** Each bundle l (1..K) as its own one-label image pair: label 1 of component l−1 of the prediction and the reference. */
	private Map<Integer, ImageMetrics.Result> perBundle(Image predicted, Image reference, Set<Integer> labels, double tol) {
		Map<Integer, ImageMetrics.Result> out = new TreeMap<>();
		int[] one = { 1 };
		for (int l : labels) {
			if (l >= 1 && l <= predicted.components()) {
				Image p = BundleLabels.component(predicted, l - 1);
				Image r = BundleLabels.component(reference, l - 1);
				out.put(l, ImageMetrics.compute(p, r, one, tol, catalog).get(1));
			}
		}
		return out;
	}

	private static int[] bundles(int k) {
		int[] l = new int[k];
		for (int i = 0; i < k; i++) {
			l[i] = i + 1;
		}
		return l;
	}

	/**
	 * The tolerance whose computation a metric's value is read from: only NSD depends on it, so every
	 * other metric shares the first NSD metric's computation (one distance-transform pass per job instead
	 * of one per distinct tolerance).
	 */
	private double tolerance(MetricPlan m) {
		if (NSD.equals(m.type())) {
			return m.tolerance();
		}
		for (MetricPlan other : metrics) {
			if (NSD.equals(other.type())) {
				return other.tolerance();
			}
		}
		return m.tolerance();
	}

	/**
	 * Non-background labels to score when a metric names none: the variant's label definitions, else those in the
	 * reference (without the consensus's undecided label when {@code consensus}).
	 */
	private int[] defaultLabels(String variantId, Image reference0, boolean consensus) {
		ModelVariant v = variants.get(variantId);
		Set<Integer> labels = new TreeSet<>();
		for (LabelDefinition d : v.getLabels()) {
			if (d.getValue() != 0) {
				labels.add(d.getValue());
			}
		}
		if (labels.isEmpty()) {
			for (int x : LabelImages.toInts(reference0)) {
				if (x != 0) {
					labels.add(x);
				}
			}
			if (consensus) {
				labels.remove(undecidedLabel);
			}
		}
		return labels.stream().mapToInt(Integer::intValue).toArray();
	}
}
