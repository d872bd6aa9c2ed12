// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb;

import java.util.Objects;

import org.segsense.image.Image;

/**
 * What a perturbation works on.
 *
 * @param image the input image (any pixel type; vector images have 3·k components for k vectors)
 * @param labels a label map on the image's grid that spatial perturbations move with the image
 *        (nearest neighbour), or null
 * @param roi voxels (non-zero) whose intensity statistics define relative units ("fraction of the
 *        intensity SD"), one byte per voxel, or null for the image's non-zero voxels (a body mask for
 *        background-zero MR), or all voxels when it has none
 */
public record PerturbationInput(Image image, Image labels, byte[] roi) {

	public PerturbationInput {
		Objects.requireNonNull(image, "image");
		if (labels != null && !labels.geometry().sameGridAs(image.geometry(), 1e-6)) {
			throw new IllegalArgumentException("The labels are not on the image's grid.");
		}
		if (roi != null && roi.length != image.voxelCount()) {
			throw new IllegalArgumentException("The ROI has " + roi.length + " voxels, the image " + image.voxelCount() + ".");
		}
	}

	/** @return an input of the image alone */
	public static PerturbationInput of(Image image) {
		return new PerturbationInput(image, null, null);
	}
}
