// SPDX-License-Identifier: EPL-2.0
package org.segsense.train.augment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/** Ready-made augmentation pipelines and composition. */
public final class Augmentations {

	/** No augmentation (describes itself as {@code none}). */
	public static final PatchAugmentation NONE = new PatchAugmentation() {
		@Override
		public void apply(float[] image, byte[] labels, int[] patchSizeZyx, int channels, SplittableRandom random) {
			// nothing
		}

		@Override
		public String describe() {
			return "none";
		}

		@Override
		public String toString() {
			return "none";
		}
	};

	private Augmentations() {
	}

	/**
	 * @param steps applied in order, each with its own random stream split off the patch's
	 * @return the chain; its description joins the steps' with {@code +}
	 */
	public static PatchAugmentation chain(List<PatchAugmentation> steps) {
		List<PatchAugmentation> list = steps.stream().filter(s -> s != NONE).toList();
		if (list.isEmpty()) {
			return NONE;
		}
		if (list.size() == 1) {
			return list.get(0);
		}
		return new PatchAugmentation() {
			@Override
			public void apply(float[] image, byte[] labels, int[] size, int channels, SplittableRandom random) {
				for (PatchAugmentation s : list) {
					s.apply(image, labels, size, channels, random.split());
				}
			}

			@Override
			public String describe() {
				return list.stream().map(PatchAugmentation::describe).collect(Collectors.joining("+"));
			}

			@Override
			public String toString() {
				return describe();
			}
		};
	}

	/**
	 * The command line's presets: {@code none}, {@code intensity} ({@link IntensityAugmentation#DEFAULT}),
	 * {@code flip} ({@link FlipAugmentation#ALL_AXES}), or several joined with {@code +}, e.g.
	 * {@code intensity+flip}.
	 *
	 * @param spec the preset names
	 * @return the pipeline
	 * @throws IllegalArgumentException naming the accepted values
	 */
	public static PatchAugmentation parse(String spec) {
		List<PatchAugmentation> steps = new ArrayList<>();
		for (String part : spec.trim().toLowerCase(Locale.ROOT).split("\\+")) {
			switch (part.trim()) {
				case "none" -> {
				}
				case "intensity" -> steps.add(IntensityAugmentation.DEFAULT);
				case "flip" -> steps.add(FlipAugmentation.ALL_AXES);
				default -> throw new IllegalArgumentException("Unknown augmentation '" + part.trim() + "' in '" + spec
						+ "'; use none, intensity, flip or a combination such as intensity+flip.");
			}
		}
		return chain(steps);
	}
}
