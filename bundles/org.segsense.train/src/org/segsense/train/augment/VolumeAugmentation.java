// SPDX-License-Identifier: EPL-2.0
package org.segsense.train.augment;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.segsense.image.Image;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;

/**
 * Augmentation of a whole 3-D case (TractSeg training: slices are cut from the augmented volume afterwards):
 * catalogue steps ({@link PerturbationAugmentation}, the {@code --augment-step ID:NAME=MIN..MAX,p=P} syntax) applied
 * in order, each with its probability, to the case's channels as the engine holds them at study time — a peak
 * channel as a peak image in LPS ({@link org.segsense.image.Peaks}), so a rotation or flip reorients its vectors
 * and resamples them sign-symmetrically exactly as the perturbation does in a sensitivity study. The masks
 * (one component per bundle) move with the first channel by nearest neighbour; steps that move nothing keep them.
 * <p>
 * Random draws: per step one seed is drawn from the case's stream; every channel is perturbed with a stream of
 * that seed, so all channels of a case get the same draws (the same rotation). A seed fixes the result.
 * Immutable and thread-safe.
 */
public final class VolumeAugmentation {

	/** No augmentation. */
	public static final VolumeAugmentation NONE = new VolumeAugmentation(List.of());

	/** An augmented case. @param channels the channels @param masks the masks on their grid */
	public record Augmented(List<Image> channels, Image masks) {
	}

	private final List<PerturbationAugmentation> steps;

	/** @param steps the catalogue steps, applied in order */
	public VolumeAugmentation(List<PerturbationAugmentation> steps) {
		this.steps = List.copyOf(steps);
	}

	/** @return true when there is no step */
	public boolean isNone() {
		return steps.isEmpty();
	}

	/** @return the steps */
	public List<PerturbationAugmentation> steps() {
		return steps;
	}

	/**
	 * @param channels the case's channels on one 3-D grid (peak channels as LPS peak images)
	 * @param masks the masks on that grid (any number of components), or null
	 * @param random the case's stream for this draw
	 * @return the augmented channels and masks (the inputs themselves when no step was drawn)
	 * @throws IllegalArgumentException when a step cannot be applied to a channel (e.g. a peak perturbation on a
	 *         channel without peaks)
	 */
	public Augmented apply(List<Image> channels, Image masks, SplittableRandom random) {
		List<Image> ch = new ArrayList<>(channels);
		Image m = masks;
		for (PerturbationAugmentation step : steps) {
			long seed = random.nextLong();
			for (int i = 0; i < ch.size(); i++) {
				PerturbationResult r = step.applyToVolume(new PerturbationInput(ch.get(i), i == 0 ? m : null, null), new SplittableRandom(seed));
				if (r == null) {
					break; // the step was not drawn (the same draw for every channel)
				}
				ch.set(i, r.image());
				if (i == 0 && r.labels() != null) {
					m = r.labels();
				}
			}
		}
		return new Augmented(List.copyOf(ch), m);
	}

	/** @return e.g. {@code rotation(rz=-10..10,p=0.5)+peak-amplitude-scale(scale=0.8..1.2,p=0.5)}, or {@code none} */
	public String describe() {
		return steps.isEmpty() ? "none" : steps.stream().map(PerturbationAugmentation::describe).collect(Collectors.joining("+"));
	}

	@Override
	public String toString() {
		return describe();
	}
}
