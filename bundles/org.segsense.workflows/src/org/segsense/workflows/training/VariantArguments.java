// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import java.util.List;

import org.segsense.model.AugmentationStep;
import org.segsense.model.AugmentationVariant;

/** An EMF augmentation variant as the options of the equivalent {@code segsense train} command. */
public final class VariantArguments {

	private VariantArguments() {
	}

	/** @return the built-in presets, {@code --augment} ({@code none} without a pipeline) */
	public static String augment(AugmentationVariant v) {
		return VariantOptions.builtIn(v);
	}

	/** @return the catalogue steps, {@code --augment-step} values such as {@code rotation:rx=-15..15,p=0.5} */
	public static List<String> augmentSteps(AugmentationVariant v) {
		return VariantOptions.steps(v);
	}

	/** @return one step as a {@code --augment-step} value */
	public static String augmentStep(AugmentationStep step) {
		return VariantOptions.spec(step);
	}

	/** @return every option of the equivalent {@code segsense train} (without cases, threads, device, --out) */
	public static List<String> trainArguments(AugmentationVariant v, long seed) {
		return VariantOptions.commandLineArguments(v, seed);
	}
}
