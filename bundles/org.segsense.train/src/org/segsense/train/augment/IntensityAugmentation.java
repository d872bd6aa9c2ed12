// SPDX-License-Identifier: EPL-2.0
package org.segsense.train.augment;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * DeepMedic's intensity augmentation: per patch and channel, {@code v' = (v + shift) · scale} with
 * {@code shift ~ N(0, shiftSd)} in units of the channel's standard deviation (the patch is z-scored, so
 * one unit is one SD; with another normalisation one unit of the normalised intensity) and
 * {@code scale ~ N(1, scaleSd)}.
 *
 * @param shiftSd standard deviation of the shift (≥ 0)
 * @param scaleSd standard deviation of the scale factor around 1 (≥ 0)
 */
public record IntensityAugmentation(double shiftSd, double scaleSd) implements PatchAugmentation {

	/** DeepMedic's defaults: shift N(0, 0.1), scale N(1, 0.1). */
	public static final IntensityAugmentation DEFAULT = new IntensityAugmentation(0.1, 0.1);

	public IntensityAugmentation {
		if (!(shiftSd >= 0) || !(scaleSd >= 0) || Double.isInfinite(shiftSd) || Double.isInfinite(scaleSd)) {
			throw new IllegalArgumentException("Intensity augmentation SDs must be finite and ≥ 0, not " + shiftSd + " and " + scaleSd + ".");
		}
	}

	@Override
	public void apply(float[] image, byte[] labels, int[] patchSizeZyx, int channels, SplittableRandom random) {
		for (int c = 0; c < channels; c++) {
			double shift = shiftSd * random.nextGaussian();
			double scale = 1 + scaleSd * random.nextGaussian();
			for (int i = c; i < image.length; i += channels) {
				image[i] = (float) ((image[i] + shift) * scale);
			}
		}
	}

	@Override
	public String describe() {
		return String.format(Locale.ROOT, "intensity(shiftSd=%s,scaleSd=%s)", shiftSd, scaleSd);
	}
}
