// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

/**
 * Slice-wise k-space editing for MR artefacts: every axial slice (index axes x, y; y is the
 * phase-encoding direction) of every component is Fourier transformed, edited, transformed back, and
 * its magnitude kept — what a magnitude MR image shows.
 */
final class KSpace {

	/** Edits the k-space of one slice in place ({@code re}, {@code im}: nx × ny, x fastest, FFT order). */
	interface SliceEdit {
		void edit(double[] re, double[] im, int slice, int component);
	}

	private KSpace() {
	}

	/** @return a new array with every slice edited */
	static float[] edit(float[] v, int[] n, int nc, SliceEdit edit) {
		int nx = n[0], ny = n[1], plane = nx * ny;
		int slices = v.length / (plane * nc);
		float[] out = new float[v.length];
		double[] re = new double[plane], im = new double[plane];
		for (int s = 0; s < slices; s++) {
			for (int c = 0; c < nc; c++) {
				for (int i = 0; i < plane; i++) {
					re[i] = v[(s * plane + i) * nc + c];
					im[i] = 0;
				}
				Fft.transform2d(re, im, nx, ny, false);
				edit.edit(re, im, s, c);
				Fft.transform2d(re, im, nx, ny, true);
				for (int i = 0; i < plane; i++) {
					out[(s * plane + i) * nc + c] = (float) Math.hypot(re[i], im[i]);
				}
			}
		}
		return out;
	}

	/** The FFT index of the line with signed frequency f (−N/2 … N/2 − 1). */
	static int index(int f, int n) {
		return ((f % n) + n) % n;
	}

	/** The signed frequency of FFT index k. */
	static int frequency(int k, int n) {
		return k < (n + 1) / 2 ? k : k - n;
	}
}
