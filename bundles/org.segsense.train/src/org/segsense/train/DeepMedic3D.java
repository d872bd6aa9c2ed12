// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import java.util.List;
import java.util.Locale;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A DeepMedic-like two-pathway 3-D CNN (after Kamnitsas et al., 2017), fully convolutional with 'SAME'
 * padding. With base filters f and sub-sampling factor s:
 * <pre>
 * normal pathway  (full resolution):  conv 3³ f, conv 3³ f, conv 3³ 2f, conv 3³ 2f   (each + ReLU)
 * context pathway (1/s resolution):   avg-pool s³ → conv 3³ f, conv 3³ f, conv 3³ 2f, conv 3³ 2f (each + ReLU)
 *                                     → nearest upsample ×s
 * merge:                              concat (4f channels) → conv 1³ 4f + ReLU → conv 1³ 4f + ReLU
 * head:                               conv 1³ → classes (logits; softmax in the exported model)
 * </pre>
 * Receptive field: 9³ voxels in the normal pathway, 27 + 2 = 29 voxels along each axis in the context
 * pathway (for s = 3). Spatial sizes must be multiples of s ({@link #sizeMultiple()}); the exported model
 * pads to that and crops back.
 *
 * @param baseFilters f (≥ 1)
 * @param subsampling s (2–5, DeepMedic uses 3)
 */
public record DeepMedic3D(int baseFilters, int subsampling) implements Architecture {

	/** The id on the command line. */
	public static final String ID = "deepmedic";

	public DeepMedic3D {
		if (baseFilters < 1 || baseFilters > 256) {
			throw new IllegalArgumentException("DeepMedic's base filters must be between 1 and 256, not " + baseFilters + ".");
		}
		if (subsampling < 2 || subsampling > 5) {
			throw new IllegalArgumentException("DeepMedic's sub-sampling factor must be between 2 and 5, not " + subsampling + ".");
		}
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String describe() {
		return String.format(Locale.ROOT, "deepmedic(baseFilters=%d,subsampling=%d,pathwayFilters=%d/%d/%d/%d,kernel=3,"
				+ "padding=same,context=avgpool%d+nearest%d,merge=concat+conv1x%d+conv1x%d,head=conv1,activation=relu)",
				baseFilters, subsampling, baseFilters, baseFilters, 2 * baseFilters, 2 * baseFilters, subsampling, subsampling,
				4 * baseFilters, 4 * baseFilters);
	}

	@Override
	public int sizeMultiple() {
		return subsampling;
	}

	/**
	 * The context pathway dominates: pooling (s − 1), four 3³ convs at 1/s resolution (4·s) and the
	 * nearest upsampling (s − 1); the normal pathway's four convs reach 4.
	 */
	@Override
	public int receptiveFieldRadius() {
		return Math.max(4, 4 * subsampling + 2 * (subsampling - 1));
	}

	@Override
	public Operand<TFloat32> logits(Ops tf, Operand<TFloat32> input, int inputChannels, int classes, WeightSource w) {
		int f = baseFilters;
		Operand<TFloat32> normal = pathway(tf, input, inputChannels, w, "normal");
		Operand<TFloat32> context = pathway(tf, Layers.avgPool(tf, input, subsampling), inputChannels, w, "context");
		context = Layers.upsample(tf, context, subsampling);
		Operand<TFloat32> x = Layers.concatChannels(tf, List.of(normal, context));
		x = Layers.conv(tf, x, w, "merge/fc1", 1, 4 * f, 4 * f, true);
		x = Layers.conv(tf, x, w, "merge/fc2", 1, 4 * f, 4 * f, true);
		return Layers.conv(tf, x, w, "head", 1, 4 * f, classes, false);
	}

	private Operand<TFloat32> pathway(Ops tf, Operand<TFloat32> x, int cin, WeightSource w, String name) {
		int f = baseFilters;
		x = Layers.conv(tf, x, w, name + "/conv1", 3, cin, f, true);
		x = Layers.conv(tf, x, w, name + "/conv2", 3, f, f, true);
		x = Layers.conv(tf, x, w, name + "/conv3", 3, f, 2 * f, true);
		return Layers.conv(tf, x, w, name + "/conv4", 3, 2 * f, 2 * f, true);
	}
}
