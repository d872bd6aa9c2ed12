// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.augment;

import java.nio.file.Path;

/**
 * One trained (or reused) network of an augmentation study.
 *
 * @param variantId the augmentation variant
 * @param seed its training seed
 * @param modelVariantId the model variant it is in the study
 * @param modelDir the SavedModel folder
 * @param reused true when a complete record with the same settings hash was found and nothing was trained
 * @param seconds training time (of the run that trained it)
 * @param finalLoss mean loss of the last 10 iterations
 * @param weightsSha256 checksum of the weights
 * @param settingsHash SHA-256 of everything that decides the model (settings, seed, training data, threads, device)
 */
public record TrainedVariant(String variantId, long seed, String modelVariantId, Path modelDir, boolean reused, double seconds, double finalLoss,
		String weightsSha256, String settingsHash) {
}
