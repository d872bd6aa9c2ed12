// SPDX-License-Identifier: EPL-2.0
package org.segsense.train.augment;

import java.util.SplittableRandom;

/**
 * Changes a sampled training patch in place before it is fed to the network — the hook through which
 * augmentation strategies (and later the perturbation catalogue) enter training.
 * <p>
 * Layout: {@code image} holds {@code z·y·x·channels} normalised intensities, channel fastest, then x,
 * then y, then z ({@code image[((z·ny + y)·nx + x)·channels + c]}); {@code labels} holds one class index
 * per voxel (0 = background, the position of the label value in the model's {@code labelValues}) in the
 * same voxel order. A spatial augmentation must move labels with the image; the patch size cannot change.
 * <p>
 * Every random draw must come from {@code random} (a stream split off the training seed for this patch),
 * so that training is reproducible. Implementations are immutable and thread-safe.
 */
public interface PatchAugmentation {

	/**
	 * @param image the patch's intensities (modified in place)
	 * @param labels the patch's class indices (modified in place)
	 * @param patchSizeZyx {z, y, x}: the patch buffer's tensor order (z slowest, x fastest), not the
	 *        public {x, y, z} of {@code TrainingOptions} (see {@link org.segsense.inference.TensorAxes})
	 * @param channels channels per voxel
	 * @param random this patch's random stream
	 */
	void apply(float[] image, byte[] labels, int[] patchSizeZyx, int channels, SplittableRandom random);

	/** @return the augmentation and its parameters, e.g. {@code intensity(shiftSd=0.1,scaleSd=0.1)}; recorded in the model metadata */
	String describe();
}
