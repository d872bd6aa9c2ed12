// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import java.util.List;
import java.util.Objects;

import org.segsense.image.Image;

/**
 * One training case: the input channels and the label map, all on one 3-D grid.
 *
 * @param name a name for messages and provenance (e.g. the image file)
 * @param channels scalar images, or images whose components are channels; their channels in order form
 *        the network input (as {@link org.segsense.inference.Predictor} feeds them)
 * @param labels integer label map on the same grid (label values as stored, e.g. 0 = background)
 */
public record TrainingCase(String name, List<Image> channels, Image labels) {

	public TrainingCase {
		Objects.requireNonNull(name, "name");
		channels = List.copyOf(channels);
		Objects.requireNonNull(labels, "labels");
	}

	/** A case with one image. */
	public static TrainingCase of(String name, Image image, Image labels) {
		return new TrainingCase(name, List.of(image), labels);
	}
}
