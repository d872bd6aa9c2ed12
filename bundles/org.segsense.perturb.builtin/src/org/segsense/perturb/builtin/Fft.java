// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

/**
 * Discrete Fourier transforms of any length: radix-2 Cooley–Tukey for powers of two, Bluestein's
 * chirp-z algorithm (through a power-of-two convolution) otherwise. Unnormalised forward transform
 * {@code X[k] = Σ x[n]·e^(−2πi·kn/N)}; the inverse divides by N.
 */
final class Fft {

	private Fft() {
	}

	/** In-place transform of (re, im); inverse when {@code inverse}. */
	static void transform(double[] re, double[] im, boolean inverse) {
		int n = re.length;
		if (n <= 1) {
			return;
		}
		if ((n & (n - 1)) == 0) {
			radix2(re, im, inverse);
		} else {
			bluestein(re, im, inverse);
		}
		if (inverse) {
			for (int i = 0; i < n; i++) {
				re[i] /= n;
				im[i] /= n;
			}
		}
	}

	private static void radix2(double[] re, double[] im, boolean inverse) {
		int n = re.length;
		for (int i = 1, j = 0; i < n; i++) {
			int bit = n >> 1;
			for (; (j & bit) != 0; bit >>= 1) {
				j ^= bit;
			}
			j ^= bit;
			if (i < j) {
				double t = re[i];
				re[i] = re[j];
				re[j] = t;
				t = im[i];
				im[i] = im[j];
				im[j] = t;
			}
		}
		for (int len = 2; len <= n; len <<= 1) {
			double ang = 2 * Math.PI / len * (inverse ? 1 : -1);
			double wr = Math.cos(ang), wi = Math.sin(ang);
			for (int i = 0; i < n; i += len) {
				double cr = 1, ci = 0;
				for (int j = 0; j < len / 2; j++) {
					int a = i + j, b = a + len / 2;
					double xr = re[b] * cr - im[b] * ci, xi = re[b] * ci + im[b] * cr;
					re[b] = re[a] - xr;
					im[b] = im[a] - xi;
					re[a] += xr;
					im[a] += xi;
					double t = cr * wr - ci * wi;
					ci = cr * wi + ci * wr;
					cr = t;
				}
			}
		}
	}

	private static void bluestein(double[] re, double[] im, boolean inverse) {
		int n = re.length;
		int m = Integer.highestOneBit(2 * n - 1) << 1;
		double[] cr = new double[n], ci = new double[n];
		for (int k = 0; k < n; k++) {
			double a = Math.PI * ((long) k * k % (2L * n)) / n * (inverse ? 1 : -1);
			cr[k] = Math.cos(a);
			ci[k] = Math.sin(a);
		}
		double[] ar = new double[m], ai = new double[m], br = new double[m], bi = new double[m];
		for (int k = 0; k < n; k++) {
			ar[k] = re[k] * cr[k] - im[k] * ci[k];
			ai[k] = re[k] * ci[k] + im[k] * cr[k];
		}
		br[0] = cr[0];
		bi[0] = -ci[0];
		for (int k = 1; k < n; k++) {
			br[k] = br[m - k] = cr[k];
			bi[k] = bi[m - k] = -ci[k];
		}
		radix2(ar, ai, false);
		radix2(br, bi, false);
		for (int k = 0; k < m; k++) {
			double t = ar[k] * br[k] - ai[k] * bi[k];
			ai[k] = ar[k] * bi[k] + ai[k] * br[k];
			ar[k] = t;
		}
		radix2(ar, ai, true);
		for (int k = 0; k < n; k++) {
			double xr = ar[k] / m, xi = ai[k] / m;
			re[k] = xr * cr[k] - xi * ci[k];
			im[k] = xr * ci[k] + xi * cr[k];
		}
	}

	/**
	 * 2-D transform of an nx × ny slice stored row-major (x fastest), in place.
	 */
	static void transform2d(double[] re, double[] im, int nx, int ny, boolean inverse) {
		double[] rr = new double[nx], ri = new double[nx];
		for (int y = 0; y < ny; y++) {
			System.arraycopy(re, y * nx, rr, 0, nx);
			System.arraycopy(im, y * nx, ri, 0, nx);
			transform(rr, ri, inverse);
			System.arraycopy(rr, 0, re, y * nx, nx);
			System.arraycopy(ri, 0, im, y * nx, nx);
		}
		double[] cr = new double[ny], cim = new double[ny];
		for (int x = 0; x < nx; x++) {
			for (int y = 0; y < ny; y++) {
				cr[y] = re[y * nx + x];
				cim[y] = im[y * nx + x];
			}
			transform(cr, cim, inverse);
			for (int y = 0; y < ny; y++) {
				re[y * nx + x] = cr[y];
				im[y * nx + x] = cim[y];
			}
		}
	}
}
