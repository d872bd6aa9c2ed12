// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.EList;
import org.segsense.model.AugmentationPipeline;
import org.segsense.model.AugmentationStep;
import org.segsense.model.AugmentationVariant;
import org.segsense.model.ParameterRange;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.TrainingSettings;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.train.TrainingOptions;

/**
 * Maps an EMF {@link AugmentationVariant} to the trainer's options, exactly as the equivalent
 * {@code segsense train} command line would ({@link #commandLineArguments}): architecture id (old ids migrated),
 * {@code TrainingSettings} (iterations, batch size, learning rate, patch size x,y,z, base filters, depth, Dice
 * weight, foreground fraction, normalisation) and the augmentation pipeline (built-in presets, then each step as
 * {@code --augment-step ID:NAME=MIN..MAX,…,p=P} through the perturbation catalogue). Settings the patch trainer
 * cannot honour are refused with the fix: an optimiser other than adam, a loss other than crossentropy, a
 * validation fraction above 0.
 */
final class VariantOptions {

	private VariantOptions() {
	}

	static TrainingOptions of(AugmentationVariant v, long seed, double[] spacing, int threads, String device, PerturbationCatalog catalog) {
		String where = "augmentation variant '" + v.getId() + "'";
		if (v.getArchitecture() == null || v.getArchitecture().isBlank()) {
			throw TrainingServiceException.badInput(where + " names no architecture; set architecture=\"unet\", \"deepmedic\" or \"tractseg\".");
		}
		if (TractSegVariant.isTractSeg(v)) {
			throw new IllegalStateException(where + " is a tractseg variant: it has no patch-trainer options; load it with TractSegVariant.load.");
		}
		TrainingSettings s = settings(v);
		if (!"adam".equalsIgnoreCase(s.getOptimizer().trim())) {
			throw TrainingServiceException.badInput(where + ": optimizer '" + s.getOptimizer() + "' is not available; SegSense trains with adam"
					+ " (set optimizer=\"adam\" or leave it out).");
		}
		String loss = s.getLoss().trim().toLowerCase(Locale.ROOT);
		if (!loss.equals("crossentropy") && !loss.equals("cross_entropy")) {
			throw TrainingServiceException.badInput(where + ": loss '" + s.getLoss() + "' is not available; SegSense trains with crossentropy"
					+ " plus diceWeight × soft Dice (set loss=\"crossentropy\" and diceWeight, e.g. 0.5).");
		}
		if (s.getValidationFraction() != 0) {
			throw TrainingServiceException.badInput(where + ": validationFraction " + s.getValidationFraction() + " cannot be honoured; the"
					+ " patch trainer holds no case out (set validationFraction=\"0\").");
		}
		TrainRequest r = new TrainRequest(List.of(), List.of(), ArchitectureIds.migrate(v.getArchitecture()), s.getBaseFilters(), s.getDepth(), null,
				false, s.getIterations(), patch(s.getPatchSize()), s.getBatchSize(), s.getLearningRate(), seed, builtIn(v), steps(v),
				s.getNormalization(), s.getForegroundFraction(), s.getDiceWeight(), threads, device);
		try {
			return RequestOptions.of(r, catalog, spacing);
		} catch (TrainingServiceException e) {
			throw TrainingServiceException.badInput(where + ": " + e.getMessage(), e);
		}
	}

	/** @return the variant's settings, or the defaults when it has none */
	static TrainingSettings settings(AugmentationVariant v) {
		return v.getTraining() != null ? v.getTraining() : SegsenseFactory.eINSTANCE.createTrainingSettings();
	}

	static String patch(EList<Integer> size) {
		return switch (size.size()) {
			case 0 -> null;
			case 1 -> String.valueOf(size.get(0));
			case 3 -> size.get(0) + "," + size.get(1) + "," + size.get(2);
			default -> throw TrainingServiceException.badInput("The training patch size " + size + " needs 3 numbers (x, y, z) or one.");
		};
	}

	/** @return the built-in presets of the variant's pipeline ({@code none} without a pipeline) */
	static String builtIn(AugmentationVariant v) {
		AugmentationPipeline p = v.getAugmentation();
		return p == null || p.getBuiltIn() == null || p.getBuiltIn().isBlank() ? "none" : p.getBuiltIn().trim();
	}

	/** @return the pipeline's catalogue steps as {@code --augment-step} values */
	static List<String> steps(AugmentationVariant v) {
		List<String> steps = new ArrayList<>();
		if (v.getAugmentation() != null) {
			v.getAugmentation().getSteps().forEach(s -> steps.add(spec(s)));
		}
		return steps;
	}

	/** @return e.g. {@code rotation:rx=-15..15,p=0.5} (integral bounds without a decimal point; p left out when 1) */
	static String spec(AugmentationStep step) {
		StringBuilder b = new StringBuilder(String.valueOf(step.getPerturbationType()));
		List<String> items = new ArrayList<>();
		for (ParameterRange r : step.getRanges()) {
			items.add(r.getName() + "=" + (r.getMinimum() == r.getMaximum() ? number(r.getMinimum()) : number(r.getMinimum()) + ".." + number(r.getMaximum())));
		}
		if (step.getProbability() != 1) {
			items.add("p=" + number(step.getProbability()));
		}
		if (!items.isEmpty()) {
			b.append(':').append(String.join(",", items));
		}
		return b.toString();
	}

	static String number(double v) {
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
	}

	/** @return the {@code segsense train} options equivalent to the variant (for logs and the record) */
	static List<String> commandLineArguments(AugmentationVariant v, long seed) {
		TrainingSettings s = settings(v);
		List<String> a = new ArrayList<>(List.of("--architecture", ArchitectureIds.migrate(v.getArchitecture()), "--base-filters",
				String.valueOf(s.getBaseFilters()), "--depth", String.valueOf(s.getDepth()), "--iterations", String.valueOf(s.getIterations())));
		String patch = patch(s.getPatchSize());
		if (patch != null) {
			a.addAll(List.of("--patch", patch));
		}
		a.addAll(List.of("--batch", String.valueOf(s.getBatchSize()), "--learning-rate", String.valueOf(s.getLearningRate()), "--seed",
				String.valueOf(seed)));
		if (!TractSegVariant.isTractSeg(v)) { // tractseg: binary cross-entropy, no normalisation, uniform slices (TractSegVariant)
			a.addAll(List.of("--dice-weight", String.valueOf(s.getDiceWeight()), "--foreground-fraction", String.valueOf(s.getForegroundFraction()),
					"--normalization", s.getNormalization()));
		}
		a.addAll(List.of("--augment", builtIn(v)));
		steps(v).forEach(st -> a.addAll(List.of("--augment-step", st)));
		return a;
	}
}
