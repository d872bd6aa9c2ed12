// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A small 3-D U-Net. With base filters f and depth d (number of down-samplings), level l has
 * f·2<sup>l</sup> filters:
 * <pre>
 * encoder, l = 0 … d−1:  [conv 3³ + ReLU] × 2 → skip_l → max-pool 2³
 * bottleneck (l = d):     [conv 3³ + ReLU] × 2
 * decoder, l = d−1 … 0:  nearest upsample ×2 → concat(skip_l, ·) → [conv 3³ + ReLU] × 2
 * head:                   conv 1³ → classes (logits; softmax in the exported model)
 * </pre>
 * All convolutions 'SAME', stride 1, with bias. Spatial sizes must be multiples of 2<sup>d</sup>
 * ({@link #sizeMultiple()}); the exported model pads to that and crops back.
 *
 * @param baseFilters filters of level 0 (≥ 1)
 * @param depth down-samplings (1–5)
 */
public record UNet3D(int baseFilters, int depth) implements Architecture {

	/** The id on the command line. */
	public static final String ID = "unet";

	public UNet3D {
		if (baseFilters < 1 || baseFilters > 256) {
			throw new IllegalArgumentException("The U-Net's base filters must be between 1 and 256, not " + baseFilters + ".");
		}
		if (depth < 1 || depth > 5) {
			throw new IllegalArgumentException("The U-Net's depth must be between 1 and 5, not " + depth + ".");
		}
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String describe() {
		return String.format(Locale.ROOT, "unet(baseFilters=%d,depth=%d,convsPerLevel=2,kernel=3,padding=same,"
				+ "down=maxpool2,up=nearest2+concat,head=conv1,activation=relu)", baseFilters, depth);
	}

	@Override
	public int sizeMultiple() {
		return 1 << depth;
	}

	/**
	 * Per level l below the bottleneck: two encoder convs (2·2^l), the pooling (2^l), the upsampling
	 * (2^l) and two decoder convs (2·2^l); the bottleneck's two convs add 2·2^d: 6·(2^d − 1) + 2^(d+1).
	 */
	@Override
	public int receptiveFieldRadius() {
		return 6 * ((1 << depth) - 1) + (2 << depth);
	}

	@Override
	public Operand<TFloat32> logits(Ops tf, Operand<TFloat32> input, int inputChannels, int classes, WeightSource w) {
		List<Operand<TFloat32>> skips = new ArrayList<>();
		Operand<TFloat32> x = input;
		int cin = inputChannels;
		for (int l = 0; l < depth; l++) {
			int f = baseFilters << l;
			x = Layers.conv(tf, x, w, "enc" + l + "/conv1", 3, cin, f, true);
			x = Layers.conv(tf, x, w, "enc" + l + "/conv2", 3, f, f, true);
			skips.add(x);
			x = Layers.maxPool(tf, x, 2);
			cin = f;
		}
		int fb = baseFilters << depth;
		x = Layers.conv(tf, x, w, "bottleneck/conv1", 3, cin, fb, true);
		x = Layers.conv(tf, x, w, "bottleneck/conv2", 3, fb, fb, true);
		cin = fb;
		for (int l = depth - 1; l >= 0; l--) {
			int f = baseFilters << l;
			Operand<TFloat32> up = Layers.upsample(tf, x, 2);
			x = Layers.concatChannels(tf, List.of(skips.get(l), up));
			x = Layers.conv(tf, x, w, "dec" + l + "/conv1", 3, f + cin, f, true);
			x = Layers.conv(tf, x, w, "dec" + l + "/conv2", 3, f, f, true);
			cin = f;
		}
		return Layers.conv(tf, x, w, "head", 1, cin, classes, false);
	}
}
