// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.segsense.inference.DeviceChoice;
import org.segsense.inference.preprocess.Normalization;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.train.Architectures;
import org.segsense.train.TrainingOptions;
import org.segsense.train.augment.Augmentations;
import org.segsense.train.augment.PatchAugmentation;
import org.segsense.train.augment.PerturbationAugmentation;

/** Builds {@link TrainingOptions} from the strings of a {@link TrainRequest}; errors name the option. */
final class RequestOptions {

	private RequestOptions() {
	}

	/**
	 * @param spacing the first training case's spacing (catalogue steps work in mm on the training grid)
	 */
	static TrainingOptions of(TrainRequest r, PerturbationCatalog catalog, double[] spacing) {
		try {
			TrainingOptions o = TrainingOptions.defaults(Architectures.of(r.architecture(), r.baseFilters(), r.depth()));
			if (r.patch() != null) {
				o = o.withPatchSize(patch(r.patch(), "--patch"));
			}
			if (r.threads() < 0) {
				throw new IllegalArgumentException("--threads must be positive (or omitted for all cores), not " + r.threads() + ".");
			}
			int threads = r.threads() > 0 ? r.threads() : Runtime.getRuntime().availableProcessors();
			o = o.withIterations(r.iterations()).withBatchSize(r.batch()).withLearningRate(r.learningRate()).withSeed(r.seed())
					.withNormalization(Normalization.fromName(r.normalization())).withForegroundFraction(r.foregroundFraction())
					.withDiceWeight(r.diceWeight()).withThreads(threads).withDevice(DeviceChoice.fromName(r.device()));
			return o.withAugmentation(augmentation(r.augment(), r.augmentSteps(), catalog, spacing));
		} catch (IllegalArgumentException e) {
			throw TrainingServiceException.badInput(e.getMessage(), e);
		}
	}

	/** The built-in presets followed by the catalogue steps, as {@code segsense train --augment … --augment-step …}. */
	static PatchAugmentation augmentation(String builtIn, List<String> steps, PerturbationCatalog catalog, double[] spacing) {
		PatchAugmentation base = Augmentations.parse(builtIn == null || builtIn.isBlank() ? "none" : builtIn);
		if (steps.isEmpty()) {
			return base;
		}
		List<PatchAugmentation> all = new ArrayList<>();
		all.add(base);
		for (String step : steps) {
			all.add(PerturbationAugmentation.parse(step, catalog, Arrays.copyOf(spacing, 3)));
		}
		return Augmentations.chain(all);
	}

	/** Parses "X,Y,Z" or one number. */
	static int[] patch(String text, String option) {
		String[] parts = text.split(",");
		if (parts.length != 1 && parts.length != 3) {
			throw new IllegalArgumentException(option + " takes X,Y,Z or one number, not '" + text + "'.");
		}
		int[] v = new int[3];
		try {
			for (int i = 0; i < 3; i++) {
				v[i] = Integer.parseInt(parts[parts.length == 1 ? 0 : i].trim());
			}
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(option + " takes whole numbers X,Y,Z, not '" + text + "'.");
		}
		return v;
	}
}
