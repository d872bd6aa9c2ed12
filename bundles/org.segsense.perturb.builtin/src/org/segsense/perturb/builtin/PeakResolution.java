// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import org.segsense.perturb.Voxels;

/**
 * {@code resolution} for peak images: the same thick slices and interpolation as
 * {@link ResolutionDegradation}, sign-symmetric. A thick slice's peak is the mean of its slices' peaks
 * after aligning their signs to the longest one; between two thick-slice centres the nearer one (the
 * larger weight; the first on a tie) is the reference the other is sign-aligned to. Slot j is averaged
 * with slot j.
 */
final class PeakResolution {

	private PeakResolution() {
	}

	static void degrade(float[] v, int[] n, int nc, int axis, int k, double[] centres) {
		int len = n[axis], groups = centres.length;
		double[][] line = new double[len][3], thick = new double[groups][3];
		Voxels.forEachLine(v.length, n, nc, axis, (base, stride, length) -> {
			if ((base % nc) % 3 != 0) {
				return; // one visit per vector: at its x component
			}
			for (int i = 0; i < length; i++) {
				for (int c = 0; c < 3; c++) {
					line[i][c] = v[base + i * stride + c];
				}
			}
			for (int g = 0; g < groups; g++) {
				int first = g * k, last = Math.min(length, first + k);
				int ref = first;
				for (int i = first; i < last; i++) {
					if (dot(line[i], line[i]) > dot(line[ref], line[ref])) {
						ref = i;
					}
				}
				double[] sum = new double[3];
				for (int i = first; i < last; i++) {
					double s = dot(line[i], line[ref]) < 0 ? -1 : 1;
					for (int c = 0; c < 3; c++) {
						sum[c] += s * line[i][c];
					}
				}
				for (int c = 0; c < 3; c++) {
					thick[g][c] = sum[c] / (last - first);
				}
			}
			for (int i = 0; i < length; i++) {
				double[] out = interpolate(centres, thick, i);
				for (int c = 0; c < 3; c++) {
					v[base + i * stride + c] = (float) out[c];
				}
			}
		});
	}

	private static double[] interpolate(double[] x, double[][] y, double at) {
		if (at <= x[0]) {
			return y[0];
		}
		if (at >= x[x.length - 1]) {
			return y[y.length - 1];
		}
		int g = 0;
		while (x[g + 1] < at) {
			g++;
		}
		double t = (at - x[g]) / (x[g + 1] - x[g]);
		double[] a = y[g], b = y[g + 1];
		double sa = 1, sb = 1;
		if (dot(a, b) < 0) {
			if (t <= 0.5) {
				sb = -1;
			} else {
				sa = -1;
			}
		}
		return new double[] { (1 - t) * sa * a[0] + t * sb * b[0], (1 - t) * sa * a[1] + t * sb * b[1], (1 - t) * sa * a[2] + t * sb * b[2] };
	}

	private static double dot(double[] a, double[] b) {
		return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
	}
}
