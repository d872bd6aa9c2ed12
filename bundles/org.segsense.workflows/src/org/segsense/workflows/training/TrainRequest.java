// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import java.nio.file.Path;
import java.util.List;

/**
 * The options of {@code segsense train} as given (strings are parsed by the service, which names the option in
 * its error messages).
 *
 * @param images one image per case
 * @param labels the label map of the case given by the matching image
 * @param architecture unet, deepmedic or tractseg (a 2-D U-Net on slices, one sigmoid per bundle; {@code labels} are then
 *        a folder of one mask per bundle, such as TractSeg's {@code bundle_segmentations/}, or a 4-D file with one volume per bundle)
 * @param patch "X,Y,Z" or one number, or null for the default (32 rounded up to the architecture's multiple)
 * @param augment none, intensity, flip or a combination such as intensity+flip
 * @param augmentSteps catalogue perturbations in random mode, "ID:NAME=MIN..MAX,…,p=P"
 * @param threads TensorFlow threads; 0 for all cores
 * @param device cpu, auto or gpu
 * @param out the model folder (refused if it exists and is not empty unless {@code overwrite})
 * @param bundleNames tractseg: one name per volume of 4-D bundle masks (empty: the file names of a bundle folder, else bundle_1 …)
 */
public record TrainRequest(List<Path> images, List<Path> labels, String architecture, int baseFilters, int depth, Path out,
		boolean overwrite, int iterations, String patch, int batch, double learningRate, long seed, String augment,
		List<String> augmentSteps, String normalization, double foregroundFraction, double diceWeight, int threads, String device,
		List<String> bundleNames) {

	public TrainRequest {
		images = List.copyOf(images);
		labels = List.copyOf(labels);
		augmentSteps = List.copyOf(augmentSteps);
		bundleNames = List.copyOf(bundleNames);
	}

	/** A request without bundle names (every architecture but tractseg). */
	public TrainRequest(List<Path> images, List<Path> labels, String architecture, int baseFilters, int depth, Path out, boolean overwrite,
			int iterations, String patch, int batch, double learningRate, long seed, String augment, List<String> augmentSteps,
			String normalization, double foregroundFraction, double diceWeight, int threads, String device) {
		this(images, labels, architecture, baseFilters, depth, out, overwrite, iterations, patch, batch, learningRate, seed, augment,
				augmentSteps, normalization, foregroundFraction, diceWeight, threads, device, List.of());
	}
}
