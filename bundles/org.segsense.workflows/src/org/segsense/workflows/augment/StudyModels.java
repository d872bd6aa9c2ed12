// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.augment;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.segsense.model.AugmentationStudy;
import org.segsense.model.AugmentationVariant;
import org.segsense.model.LabelDefinition;
import org.segsense.model.ModelVariant;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.Study;

/**
 * Puts a trained network into the study as model variant {@code AUGMENTATION-STUDY-VARIANT-sSEED}: created when
 * missing, else its saved model, provenance and (when it has none) labels are updated; everything else a user set
 * on it (name, tiles, description) is kept.
 */
final class StudyModels {

	private StudyModels() {
	}

	static String modelVariantId(AugmentationStudy a, AugmentationVariant v, long seed) {
		return a.getId() + "-" + v.getId() + "-s" + seed;
	}

	static String modelFolder(AugmentationStudy a, AugmentationVariant v, long seed) {
		return "models/" + a.getId() + "/" + v.getId() + "/seed-" + seed;
	}

	/**
	 * @param labelValues the label values of the network's outputs (the smallest is background)
	 * @param labelNames the names of labelValues[1…] in order (tractseg: the bundles, value k+1 = bundle k), or null to take
	 *        the name another model variant gives the value, else "label N"
	 * @return true when the study changed
	 */
	static boolean put(Study study, AugmentationStudy a, AugmentationVariant v, long seed, int[] labelValues, java.util.List<String> labelNames) {
		String id = modelVariantId(a, v, seed);
		ModelVariant m = study.getModelVariants().stream().filter(x -> id.equals(x.getId())).findFirst().orElse(null);
		boolean changed = false;
		if (m == null) {
			m = SegsenseFactory.eINSTANCE.createModelVariant();
			m.setId(id);
			m.setName((v.getName() == null || v.getName().isBlank() ? v.getId() : v.getName()) + ", seed " + seed);
			study.getModelVariants().add(m);
			changed = true;
		}
		if (m.getSavedModel() == null) {
			m.setSavedModel(SegsenseFactory.eINSTANCE.createFileReference());
		}
		String folder = modelFolder(a, v, seed);
		if (!folder.equals(m.getSavedModel().getPath())) {
			m.getSavedModel().setPath(folder);
			changed = true;
		}
		if (m.getTrainedBy() != v || m.getTrainingSeed() != seed) {
			m.setTrainedBy(v);
			m.setTrainingSeed(seed);
			changed = true;
		}
		if (!EcoreUtil.equals(m.getTrainingAugmentation(), v.getAugmentation())) {
			m.setTrainingAugmentation(v.getAugmentation() == null ? null : EcoreUtil.copy(v.getAugmentation()));
			changed = true;
		}
		if (m.getLabels().isEmpty() && labelValues.length > 1) {
			for (int i = 1; i < labelValues.length; i++) { // the smallest value is background
				LabelDefinition l = SegsenseFactory.eINSTANCE.createLabelDefinition();
				l.setValue(labelValues[i]);
				l.setName(labelNames != null && i - 1 < labelNames.size() ? labelNames.get(i - 1) : labelName(study, labelValues[i]));
				m.getLabels().add(l);
			}
			changed = true;
		}
		return changed;
	}

	/** The name another model variant of the study gives the value, else "label N". */
	private static String labelName(Study study, int value) {
		return study.getModelVariants().stream().flatMap(x -> x.getLabels().stream()).filter(l -> l.getValue() == value && l.getName() != null)
				.map(LabelDefinition::getName).findFirst().orElse("label " + value);
	}
}
