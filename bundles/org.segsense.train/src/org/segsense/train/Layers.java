// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import java.util.List;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Building blocks of the built-in 3-D networks, on {@code [batch, z, y, x, channels]} float tensors
 * (NDHWC). Only operations whose gradients TensorFlow Java has (natively, or registered by SegSense:
 * Conv3D) are used.
 */
public final class Layers {

	private static final List<Long> ONES = List.of(1L, 1L, 1L, 1L, 1L);

	private Layers() {
	}

	/**
	 * A k×k×k convolution with 'SAME' padding, stride 1, plus bias, optionally followed by a ReLU.
	 *
	 * @param tf ops
	 * @param x input, {@code cin} channels
	 * @param w weight source
	 * @param name layer name (the kernel is {@code name/kernel}, the bias {@code name/bias})
	 * @param k kernel edge (1 or 3)
	 * @param cin input channels
	 * @param cout output channels
	 * @param relu apply a ReLU
	 * @return the output
	 */
	public static Operand<TFloat32> conv(Ops tf, Operand<TFloat32> x, WeightSource w, String name, int k, int cin, int cout,
			boolean relu) {
		Operand<TFloat32> kernel = w.weight(tf, name + "/kernel", Shape.of(k, k, k, cin, cout),
				relu ? WeightSource.Init.HE_NORMAL : WeightSource.Init.LECUN_NORMAL);
		Operand<TFloat32> bias = w.weight(tf, name + "/bias", Shape.of(cout), WeightSource.Init.ZEROS);
		Operand<TFloat32> y = tf.nn.biasAdd(tf.nn.conv3d(x, kernel, ONES, "SAME"), bias);
		return relu ? tf.nn.relu(y) : y;
	}

	/** Max-pooling f×f×f with stride f (the spatial size must be a multiple of f). */
	public static Operand<TFloat32> maxPool(Ops tf, Operand<TFloat32> x, int f) {
		List<Long> k = List.of(1L, (long) f, (long) f, (long) f, 1L);
		return tf.nn.maxPool3d(x, k, k, "VALID");
	}

	/** Average-pooling f×f×f with stride f (the spatial size must be a multiple of f). */
	public static Operand<TFloat32> avgPool(Ops tf, Operand<TFloat32> x, int f) {
		List<Long> k = List.of(1L, (long) f, (long) f, (long) f, 1L);
		return tf.nn.avgPool3d(x, k, k, "VALID");
	}

	/**
	 * Nearest-neighbour upsampling by f along z, y and x: {@code [b, z, y, x, c] → [b, f·z, f·y, f·x, c]}.
	 * One axis at a time: reshape so that the axis is followed by a new axis of length 1, multiply with
	 * ones of length f there (broadcasting, rank ≤ 5 — TensorFlow's CPU kernels broadcast up to rank 5),
	 * reshape back. Reshape and Mul have native gradients, and the sizes may be known only when the graph
	 * runs.
	 */
	public static Operand<TFloat32> upsample(Ops tf, Operand<TFloat32> x, int f) {
		List<org.tensorflow.Output<TInt32>> d = tf.unstack(tf.shape(x), 5L).output();
		Operand<TInt32> b = d.get(0), nz = d.get(1), ny = d.get(2), nx = d.get(3), c = d.get(4);
		Operand<TInt32> one = tf.constant(1), ff = tf.constant(f);
		Operand<TInt32> zf = tf.math.mul(nz, ff), yf = tf.math.mul(ny, ff), xf = tf.math.mul(nx, ff);
		Operand<TFloat32> ones5 = ones(tf, f, 5), ones4 = ones(tf, f, 4);
		// z
		Operand<TFloat32> v = tf.reshape(x, shape(tf, b, nz, one, tf.math.mul(ny, nx), c));
		v = tf.reshape(tf.math.mul(v, ones5), shape(tf, b, zf, ny, nx, c));
		// y
		v = tf.reshape(v, shape(tf, tf.math.mul(b, zf), ny, one, nx, c));
		v = tf.reshape(tf.math.mul(v, ones5), shape(tf, b, zf, yf, nx, c));
		// x
		v = tf.reshape(v, shape(tf, tf.math.mul(tf.math.mul(b, zf), yf), nx, one, c));
		return tf.reshape(tf.math.mul(v, ones4), shape(tf, b, zf, yf, xf, c));
	}

	/** Ones of shape {1, 1, f, 1, 1} (rank 5) or {1, 1, f, 1} (rank 4). */
	private static Operand<TFloat32> ones(Ops tf, int f, int rank) {
		float[] v = new float[f];
		java.util.Arrays.fill(v, 1f);
		Shape s = rank == 5 ? Shape.of(1, 1, f, 1, 1) : Shape.of(1, 1, f, 1);
		return tf.constant(s, org.tensorflow.ndarray.buffer.DataBuffers.of(v));
	}

	@SafeVarargs
	private static Operand<TInt32> shape(Ops tf, Operand<TInt32>... dims) {
		return tf.stack(List.of(dims));
	}

	/** Concatenation along the channel axis. */
	public static Operand<TFloat32> concatChannels(Ops tf, List<Operand<TFloat32>> parts) {
		return tf.concat(parts, tf.constant(-1));
	}
}
