// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.augment;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Runs an augmentation study of a study file: trains every variant once per seed into
 * {@code models/AUGMENTATION-STUDY/VARIANT/seed-SEED/} of the project folder (the study file's folder), writes a
 * {@value TrainingRecord#FILE} record beside each model, and adds each network as model variant
 * {@code AUGMENTATION-STUDY-VARIANT-sSEED} (with {@code trainedBy} and {@code trainingSeed}) to the file's study,
 * saved atomically. A variant and seed whose record is complete, whose settings hash matches and whose SavedModel
 * is there is reused, not trained again (unless forced).
 *
 * <p>Errors are {@link org.segsense.workflows.training.TrainingServiceException}s naming the file, the problem and
 * the fix; cancelling through the monitor keeps every network finished so far (record and study entry).
 */
public interface AugmentationStudyService {

	AugmentResult run(AugmentRequest request, IProgressMonitor monitor, AugmentationEvents events);
}
