// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb;

import org.segsense.image.Image;
import org.segsense.image.transform.AffineTransform;

/**
 * A perturbed image.
 *
 * @param image the perturbed image (float32 unless the perturbation says otherwise), on the input grid
 * @param labels the labels moved with a spatial perturbation, or the input labels (intensity
 *        perturbations), or null
 * @param perturbedToOriginal for spatial perturbations the transform from a physical point of the
 *        perturbed image to the point of the original it shows (so a prediction can be mapped back to
 *        the original grid); null for intensity perturbations
 */
public record PerturbationResult(Image image, Image labels, AffineTransform perturbedToOriginal) {

	/** @return true if the perturbation moved the image content */
	public boolean spatial() {
		return perturbedToOriginal != null;
	}
}
