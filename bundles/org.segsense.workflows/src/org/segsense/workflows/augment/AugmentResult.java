// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.augment;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code segsense augment} did.
 *
 * @param studyFile the study file (saved when model variants were added or changed)
 * @param studyId the sensitivity study the models were added to
 * @param augmentationStudyId the augmentation study trained
 * @param seeds the seeds each variant was trained with
 * @param models one entry per variant and seed, in variant × seed order
 * @param notes what the user should know (migrated ids, retraining after a settings change, …)
 * @param studySaved whether the study file was written
 */
public record AugmentResult(Path studyFile, String studyId, String augmentationStudyId, List<Long> seeds, List<TrainedVariant> models,
		List<String> notes, boolean studySaved) {

	public AugmentResult {
		seeds = List.copyOf(seeds);
		models = List.copyOf(models);
		notes = List.copyOf(notes);
	}

	/** @return how many networks were trained (not reused) */
	public long trained() {
		return models.stream().filter(m -> !m.reused()).count();
	}
}
