// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

/**
 * The one conversion between SegSense's public axis order and the tensor order.
 *
 * <p>Every public boundary — command-line flags ({@code infer --tile}, {@code train --patch}), the study
 * file, options records ({@link PredictorOptions}, {@code TrainingOptions}) and
 * {@link org.segsense.inference.tiling.TilePlan} — gives per-axis triples as <b>{x, y, z}</b>, the order
 * of image sizes, spacings and indices. Only the tensor code (the {@code [batch, z, y, x, channel]}
 * buffers handed to an engine, the training graph, patch buffers) works in <b>{z, y, x}</b>, slowest
 * axis first, and it converts here and nowhere else. The conversion reverses the three values, so it is
 * its own inverse; the two names say which way a call site goes.
 */
public final class TensorAxes {

	private TensorAxes() {
	}

	/**
	 * @param xyz three values {x, y, z}
	 * @return a new array {z, y, x}
	 * @throws IllegalArgumentException when {@code xyz} does not hold exactly three values
	 */
	public static int[] toTensorOrder(int[] xyz) {
		return reverse(xyz);
	}

	/**
	 * @param zyx three values {z, y, x}, as a tensor shape lists its spatial axes
	 * @return a new array {x, y, z}
	 * @throws IllegalArgumentException when {@code zyx} does not hold exactly three values
	 */
	public static int[] fromTensorOrder(int[] zyx) {
		return reverse(zyx);
	}

	/** {@link #toTensorOrder(int[])} for {@code long} values. */
	public static long[] toTensorOrder(long[] xyz) {
		return reverse(xyz);
	}

	/** {@link #fromTensorOrder(int[])} for {@code long} values. */
	public static long[] fromTensorOrder(long[] zyx) {
		return reverse(zyx);
	}

	private static int[] reverse(int[] v) {
		check(v == null ? -1 : v.length);
		return new int[] { v[2], v[1], v[0] };
	}

	private static long[] reverse(long[] v) {
		check(v == null ? -1 : v.length);
		return new long[] { v[2], v[1], v[0] };
	}

	private static void check(int length) {
		if (length != 3) {
			throw new IllegalArgumentException("A per-axis triple needs exactly 3 values, not " + (length < 0 ? "none" : length) + ".");
		}
	}
}
