// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.segsense.model.AugmentationStudy;
import org.segsense.model.AugmentationVariant;
import org.segsense.model.ModelVariant;
import org.segsense.report.analysis.RunData.Variant;

/**
 * One side of a variant comparison: the model variants that are seeds of the same training variant (model
 * variants with the same {@code trainedBy}, ordered by {@code trainingSeed}), or a single model variant that was
 * not trained by SegSense (one network, one "seed").
 *
 * @param variant the arm's id and name: the augmentation variant's ({@code AUGMENTATION-STUDY-VARIANT}) or the model variant's
 * @param seeds the model variants, one per seed, by ascending seed
 * @param seedValues their training seeds (empty for a model variant not trained by SegSense)
 */
public record Arm(Variant variant, List<Variant> seeds, List<Long> seedValues) {

	/** @return the arms of a run, in the order of their first model variant */
	public static List<Arm> of(RunData run) {
		Map<Object, List<ModelVariant>> groups = new LinkedHashMap<>();
		Map<String, Variant> byId = new LinkedHashMap<>();
		for (Variant v : run.variants()) {
			byId.put(v.id(), v);
			ModelVariant m = run.modelVariant(v.id());
			AugmentationVariant by = m == null ? null : m.getTrainedBy();
			groups.computeIfAbsent(by != null ? by : v.id(), k -> new ArrayList<>()).add(m);
		}
		List<Arm> arms = new ArrayList<>();
		for (Map.Entry<Object, List<ModelVariant>> e : groups.entrySet()) {
			List<ModelVariant> ms = new ArrayList<>(e.getValue());
			if (e.getKey() instanceof AugmentationVariant av) {
				ms.sort(Comparator.comparingLong(ModelVariant::getTrainingSeed));
				EObject container = av.eContainer();
				String prefix = container instanceof AugmentationStudy a ? a.getId() + "-" : "";
				String name = av.getName() == null || av.getName().isBlank() ? av.getId() : av.getName();
				arms.add(new Arm(new Variant(prefix + av.getId(), name), ms.stream().map(m -> byId.get(m.getId())).toList(),
						ms.stream().map(ModelVariant::getTrainingSeed).toList()));
			} else {
				Variant v = byId.get((String) e.getKey());
				arms.add(new Arm(v, List.of(v), List.of()));
			}
		}
		return arms;
	}
}
