// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.augment;

import java.nio.file.Path;

/**
 * What {@code segsense augment} asks for.
 *
 * @param studyFile the study file holding the augmentation study; trained models become model variants of its study
 * @param augmentationStudy the id of the augmentation study, or null when the file has exactly one
 * @param seeds train each variant with this many seeds, or null for the model's seeds ({@code seeds} of the
 *        augmentation study, else each variant's own seed)
 * @param force train again even when a complete record says the variant and seed are trained
 * @param threads TensorFlow threads; 0 for all cores
 * @param device cpu, auto or gpu
 */
public record AugmentRequest(Path studyFile, String augmentationStudy, Integer seeds, boolean force, int threads, String device) {
}
