// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.util;

/**
 * Small square matrices (dimension 1 to about 4: image directions, index-to-physical matrices, affine
 * transforms) stored row-major in a {@code double[d * d]}: element (row r, column c) is {@code m[r * d + c]}.
 *
 * <p>{@link #invert} is Gauss-Jordan elimination with partial pivoting (the largest absolute value of the
 * column becomes the pivot; ties keep the upper row). A matrix counts as singular when a pivot's absolute
 * value is at most {@code 1e-12} times the largest absolute element of the input, and then no inverse is
 * returned. Conventions: no argument is changed; every result is a new array.
 */
public final class SmallMatrix {

	/** A pivot at most this fraction of the matrix's largest absolute element makes it singular. */
	public static final double SINGULAR_PIVOT = 1e-12;

	private SmallMatrix() {
	}

	/**
	 * @param d dimension
	 * @return the d × d identity
	 */
	public static double[] identity(int d) {
		double[] m = new double[d * d];
		for (int i = 0; i < d; i++) {
			m[i * d + i] = 1;
		}
		return m;
	}

	/**
	 * @param a row-major d × d matrix
	 * @param b row-major d × d matrix
	 * @param d dimension
	 * @return the product a · b
	 */
	public static double[] multiply(double[] a, double[] b, int d) {
		double[] m = new double[d * d];
		for (int i = 0; i < d; i++) {
			for (int j = 0; j < d; j++) {
				double s = 0;
				for (int k = 0; k < d; k++) {
					s += a[i * d + k] * b[k * d + j];
				}
				m[i * d + j] = s;
			}
		}
		return m;
	}

	/**
	 * Inverts a small square matrix by Gauss-Jordan elimination with partial pivoting.
	 *
	 * @param m row-major d × d matrix (not changed)
	 * @param d dimension
	 * @return the inverse, or null if the matrix is singular (all zero, or a pivot at most
	 *         {@value #SINGULAR_PIVOT} times its largest absolute element)
	 * @throws IllegalArgumentException when {@code m} does not hold d × d values
	 */
	public static double[] invert(double[] m, int d) {
		if (d < 1 || m.length != d * d) {
			throw new IllegalArgumentException("A " + d + " × " + d + " matrix needs " + d * d + " values, got " + m.length + ".");
		}
		double[] a = m.clone();
		double[] inv = identity(d);
		double scale = 0;
		for (double v : m) {
			scale = Math.max(scale, Math.abs(v));
		}
		if (scale == 0) {
			return null;
		}
		for (int col = 0; col < d; col++) {
			int pivot = col;
			for (int r = col + 1; r < d; r++) {
				if (Math.abs(a[r * d + col]) > Math.abs(a[pivot * d + col])) {
					pivot = r;
				}
			}
			if (Math.abs(a[pivot * d + col]) <= SINGULAR_PIVOT * scale) {
				return null;
			}
			swapRows(a, d, col, pivot);
			swapRows(inv, d, col, pivot);
			double p = a[col * d + col];
			for (int c = 0; c < d; c++) {
				a[col * d + c] /= p;
				inv[col * d + c] /= p;
			}
			for (int r = 0; r < d; r++) {
				if (r != col) {
					double f = a[r * d + col];
					if (f != 0) {
						for (int c = 0; c < d; c++) {
							a[r * d + c] -= f * a[col * d + c];
							inv[r * d + c] -= f * inv[col * d + c];
						}
					}
				}
			}
		}
		return inv;
	}

	private static void swapRows(double[] m, int d, int r1, int r2) {
		if (r1 != r2) {
			for (int c = 0; c < d; c++) {
				double t = m[r1 * d + c];
				m[r1 * d + c] = m[r2 * d + c];
				m[r2 * d + c] = t;
			}
		}
	}
}
