// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.segsense.model.ConsensusReference;
import org.segsense.model.ModelVariant;
import org.segsense.reference.BinaryStaple;
import org.segsense.reference.MultiLabelStaple;

/**
 * What a consensus reference says about its raters, written as {@code references/CASE.staple.json} next
 * to the reference of a case (the report's STAPLE section reads it):
 *
 * <pre>
 * {"case": "c1", "method": "binaryStaple" | "multiLabelStaple" | "majorityVote", "iterations": n,
 *  "raters": ["variantA", "variantB"], "labels": [1, 2],
 *  "sensitivity": [[rater 0 label 0, rater 0 label 1], [rater 1 …]], "specificity": [[…], […]]}
 * </pre>
 *
 * Binary STAPLE: STAPLE's own estimates for the foreground label. Multi-label STAPLE: from each rater's
 * confusion matrix θ[j][c] = P(rater says j | true label c) — sensitivity of label l = θ[l][l],
 * specificity = Σ<sub>c≠l</sub> π<sub>c</sub> (1 − θ[l][c]) / Σ<sub>c≠l</sub> π<sub>c</sub> with the
 * label priors π; the background label 0 is not listed. Majority vote estimates nothing (no
 * sensitivity/specificity arrays, iterations 0). Multi-label raters (overlapping bundles, each combined alone):
 * labels 1..K are the bundles, each sensitivity/specificity from its bundle's binary STAPLE, {@code "bundles": true}
 * and {@code "bundleIterations"} per bundle; iterations is their maximum.
 */
public final class RaterStatistics {

	/** The file name suffix after the case id. */
	public static final String SUFFIX = ".staple.json";

	private RaterStatistics() {
	}

	static Map<String, Object> of(String caseId, ConsensusReference consensus, int foreground, BinaryStaple.Result r) {
		Map<String, Object> m = head(caseId, "binaryStaple", r.iterations(), consensus);
		m.put("labels", List.of(foreground));
		List<List<Double>> sens = new ArrayList<>();
		List<List<Double>> spec = new ArrayList<>();
		for (int k = 0; k < r.sensitivity().length; k++) {
			sens.add(List.of(r.sensitivity()[k]));
			spec.add(List.of(r.specificity()[k]));
		}
		m.put("sensitivity", sens);
		m.put("specificity", spec);
		return m;
	}

	static Map<String, Object> of(String caseId, ConsensusReference consensus, MultiLabelStaple.Result r) {
		Map<String, Object> m = head(caseId, "multiLabelStaple", r.iterations(), consensus);
		int labelCount = r.labelCount();
		List<Integer> labels = new ArrayList<>();
		for (int l = 1; l < labelCount; l++) {
			labels.add(l);
		}
		m.put("labels", labels);
		List<List<Double>> sens = new ArrayList<>();
		List<List<Double>> spec = new ArrayList<>();
		for (double[][] theta : r.confusionMatrices()) {
			List<Double> se = new ArrayList<>();
			List<Double> sp = new ArrayList<>();
			for (int l = 1; l < labelCount; l++) {
				se.add(theta[l][l]);
				sp.add(specificity(theta, r.priors(), l, labelCount));
			}
			sens.add(se);
			spec.add(sp);
		}
		m.put("sensitivity", sens);
		m.put("specificity", spec);
		return m;
	}

	/**
	 * The statistics of a consensus of multi-label raters computed bundle by bundle: labels 1..K (bundle k+1 is
	 * component k), sensitivity and specificity of rater r for bundle k from bundle k's own (binary) estimate,
	 * iterations the most any bundle took, {@code bundleIterations} each bundle's count.
	 *
	 * @param perBundle the one-label statistics of each bundle, in bundle order
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> perBundle(String caseId, ConsensusReference consensus, String method, List<Map<String, Object>> perBundle) {
		int iterations = 0;
		List<Integer> bundleIterations = new ArrayList<>();
		List<Integer> labels = new ArrayList<>();
		for (int k = 0; k < perBundle.size(); k++) {
			int it = ((Number) perBundle.get(k).getOrDefault("iterations", 0)).intValue();
			iterations = Math.max(iterations, it);
			bundleIterations.add(it);
			labels.add(k + 1);
		}
		Map<String, Object> m = head(caseId, method, iterations, consensus);
		m.put("labels", labels);
		m.put("bundles", true);
		m.put("bundleIterations", bundleIterations);
		for (String key : new String[] { "sensitivity", "specificity" }) {
			if (!perBundle.isEmpty() && perBundle.get(0).containsKey(key)) {
				List<List<Double>> byRater = new ArrayList<>();
				int raters = ((List<?>) perBundle.get(0).get(key)).size();
				for (int r = 0; r < raters; r++) {
					List<Double> row = new ArrayList<>();
					for (Map<String, Object> b : perBundle) {
						row.add(((List<List<Double>>) b.get(key)).get(r).get(0));
					}
					byRater.add(row);
				}
				m.put(key, byRater);
			}
		}
		return m;
	}

	static Map<String, Object> of(String caseId, ConsensusReference consensus) {
		return head(caseId, "majorityVote", 0, consensus);
	}

	/** Σ_{c≠l} π_c (1 − θ[l][c]) / Σ_{c≠l} π_c: the probability that a voxel not of label l is not called l. */
	static double specificity(double[][] theta, double[] priors, int l, int labelCount) {
		double num = 0, den = 0;
		for (int c = 0; c < labelCount; c++) {
			if (c != l) {
				num += priors[c] * (1 - theta[l][c]);
				den += priors[c];
			}
		}
		return den > 0 ? num / den : Double.NaN;
	}

	private static Map<String, Object> head(String caseId, String method, int iterations, ConsensusReference consensus) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("case", caseId);
		m.put("method", method);
		m.put("iterations", iterations);
		m.put("raters", consensus.getRaters().stream().map(ModelVariant::getId).toList());
		return m;
	}
}
