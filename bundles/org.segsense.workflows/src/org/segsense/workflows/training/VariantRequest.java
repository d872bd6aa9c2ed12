// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import java.nio.file.Path;

import org.segsense.model.AugmentationVariant;

/**
 * One seed of an augmentation variant to train.
 *
 * @param variant the variant, inside a study (its training cases, or all the study's cases with a label image)
 * @param seed the training seed (weights, sampling, augmentation)
 * @param projectDir the folder the study's relative paths are relative to
 * @param out the model folder to write (replaced when it exists)
 * @param threads TensorFlow threads; 0 for all cores
 * @param device cpu, auto or gpu
 */
public record VariantRequest(AugmentationVariant variant, long seed, Path projectDir, Path out, int threads, String device) {
}
