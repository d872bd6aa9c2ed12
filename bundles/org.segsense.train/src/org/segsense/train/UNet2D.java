// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A small 2-D U-Net for slice-wise (TractSeg-like) segmentation, built on {@code [batch, 1, rows, cols,
 * channels]}: the 3-D building blocks with a 1×3×3 kernel and 1×2×2 pooling/upsampling, so each slice is
 * processed alone (the same network as a 2-D U-Net on {@code [batch, rows, cols, channels]}, using the
 * operations whose gradients SegSense already relies on). Layout as {@link UNet3D}: per level two
 * conv + ReLU, max-pool, nearest upsampling + skip concatenation, 1×1 head (logits; one sigmoid per
 * output channel in the exported model). Rows and columns must be multiples of 2<sup>depth</sup>.
 *
 * @param baseFilters filters of level 0 (≥ 1)
 * @param depth down-samplings (1–5)
 */
public record UNet2D(int baseFilters, int depth) {

	/** The id recorded in the metadata. */
	public static final String ID = "unet2d";

	private static final List<Long> ONES = List.of(1L, 1L, 1L, 1L, 1L);

	public UNet2D {
		if (baseFilters < 1 || baseFilters > 256 || depth < 1 || depth > 5) {
			throw new IllegalArgumentException("The 2-D U-Net needs base filters 1–256 and depth 1–5, not " + baseFilters + " and " + depth + ".");
		}
	}

	/** @return e.g. {@code unet2d(baseFilters=8,depth=2,...)} */
	public String describe() {
		return String.format(Locale.ROOT, "unet2d(baseFilters=%d,depth=%d,convsPerLevel=2,kernel=3x3,padding=same,"
				+ "down=maxpool2,up=nearest2+concat,head=conv1,activation=relu,output=sigmoid per channel)", baseFilters, depth);
	}

	/** @return rows and columns must be multiples of this */
	public int sizeMultiple() {
		return 1 << depth;
	}

	/** @return the logits {@code [batch, 1, rows, cols, classes]} of {@code input [batch, 1, rows, cols, inputChannels]} */
	Operand<TFloat32> logits(Ops tf, Operand<TFloat32> input, int inputChannels, int classes, WeightSource w) {
		List<Operand<TFloat32>> skips = new ArrayList<>();
		Operand<TFloat32> x = input;
		int cin = inputChannels;
		List<Long> pool = List.of(1L, 1L, 2L, 2L, 1L);
		for (int l = 0; l < depth; l++) {
			int f = baseFilters << l;
			x = conv(tf, x, w, "enc" + l + "/conv1", 3, cin, f, true);
			x = conv(tf, x, w, "enc" + l + "/conv2", 3, f, f, true);
			skips.add(x);
			x = tf.nn.maxPool3d(x, pool, pool, "VALID");
			cin = f;
		}
		int fb = baseFilters << depth;
		x = conv(tf, x, w, "bottleneck/conv1", 3, cin, fb, true);
		x = conv(tf, x, w, "bottleneck/conv2", 3, fb, fb, true);
		cin = fb;
		for (int l = depth - 1; l >= 0; l--) {
			int f = baseFilters << l;
			x = Layers.concatChannels(tf, List.of(skips.get(l), upsample(tf, x)));
			x = conv(tf, x, w, "dec" + l + "/conv1", 3, f + cin, f, true);
			x = conv(tf, x, w, "dec" + l + "/conv2", 3, f, f, true);
			cin = f;
		}
		return conv(tf, x, w, "head", 1, cin, classes, false);
	}

	private static Operand<TFloat32> conv(Ops tf, Operand<TFloat32> x, WeightSource w, String name, int k, int cin, int cout, boolean relu) {
		Operand<TFloat32> kernel = w.weight(tf, name + "/kernel", Shape.of(1, k, k, cin, cout),
				relu ? WeightSource.Init.HE_NORMAL : WeightSource.Init.LECUN_NORMAL);
		Operand<TFloat32> bias = w.weight(tf, name + "/bias", Shape.of(cout), WeightSource.Init.ZEROS);
		Operand<TFloat32> y = tf.nn.biasAdd(tf.nn.conv3d(x, kernel, ONES, "SAME"), bias);
		return relu ? tf.nn.relu(y) : y;
	}

	/** Nearest upsampling ×2 along rows and columns (as {@link Layers#upsample}, without the slice axis). */
	private static Operand<TFloat32> upsample(Ops tf, Operand<TFloat32> x) {
		List<org.tensorflow.Output<TInt32>> d = tf.unstack(tf.shape(x), 5L).output();
		Operand<TInt32> b = d.get(0), nz = d.get(1), ny = d.get(2), nx = d.get(3), c = d.get(4);
		Operand<TInt32> one = tf.constant(1), two = tf.constant(2);
		Operand<TInt32> yf = tf.math.mul(ny, two), xf = tf.math.mul(nx, two);
		Operand<TFloat32> ones5 = tf.constant(Shape.of(1, 1, 2, 1, 1), DataBuffers.of(1f, 1f));
		Operand<TFloat32> ones4 = tf.constant(Shape.of(1, 1, 2, 1), DataBuffers.of(1f, 1f));
		Operand<TInt32> bz = tf.math.mul(b, nz);
		Operand<TFloat32> v = tf.reshape(x, tf.stack(List.of(bz, ny, one, nx, c)));
		v = tf.reshape(tf.math.mul(v, ones5), tf.stack(List.of(b, nz, yf, nx, c)));
		v = tf.reshape(v, tf.stack(List.of(tf.math.mul(bz, yf), nx, one, c)));
		return tf.reshape(tf.math.mul(v, ones4), tf.stack(List.of(b, nz, yf, xf, c)));
	}
}
