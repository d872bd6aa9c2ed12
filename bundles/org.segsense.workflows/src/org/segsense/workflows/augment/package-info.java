// SPDX-License-Identifier: EPL-2.0
/**
 * Augmentation studies run from the model: every variant of a study file's {@code AugmentationStudy} is trained
 * (once per seed) into the project's {@code models/} folder with a record beside each model, and added to the same
 * study as model variants; a trained variant and seed with a complete, matching record is not trained again.
 */
package org.segsense.workflows.augment;
