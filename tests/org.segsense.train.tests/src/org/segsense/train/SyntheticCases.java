// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import java.util.SplittableRandom;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;

/** The synthetic task of the tests: a bright ellipsoid (label 1) in Gaussian noise. */
final class SyntheticCases {

	private SyntheticCases() {
	}

	/**
	 * @param nx, ny, nz size
	 * @param seed position, radii and noise
	 * @return {image (float32: 100 + 100 inside, noise σ 25), labels (uint8 0/1)}
	 */
	static Image[] ellipsoid(int nx, int ny, int nz, long seed) {
		ImageGeometry g = new ImageGeometry(new long[] { nx, ny, nz }, new double[] { 1, 1, 1.5 }, new double[] { -3, 4, 7 },
				ImageGeometry.identity(3));
		SplittableRandom r = new SplittableRandom(seed);
		double cx = nx / 2.0 + r.nextDouble(-3, 3), cy = ny / 2.0 + r.nextDouble(-3, 3), cz = nz / 2.0 + r.nextDouble(-3, 3);
		double ax = r.nextDouble(5, 9), ay = r.nextDouble(5, 9), az = r.nextDouble(5, 9);
		float[] v = new float[nx * ny * nz];
		byte[] l = new byte[v.length];
		for (int z = 0, i = 0; z < nz; z++) {
			for (int y = 0; y < ny; y++) {
				for (int x = 0; x < nx; x++, i++) {
					double dx = (x - cx) / ax, dy = (y - cy) / ay, dz = (z - cz) / az;
					boolean in = dx * dx + dy * dy + dz * dz < 1;
					l[i] = (byte) (in ? 1 : 0);
					v[i] = (float) ((in ? 100 : 0) + 100 + 25 * r.nextGaussian());
				}
			}
		}
		return new Image[] { Image.of(g, v), Image.ofUInt8(g, l) };
	}

	static TrainingCase trainingCase(long seed) {
		Image[] c = ellipsoid(32, 32, 32, seed);
		return TrainingCase.of("ellipsoid-" + seed, c[0], c[1]);
	}

	static double dice(byte[] a, byte[] b) {
		long inter = 0, sa = 0, sb = 0;
		for (int i = 0; i < a.length; i++) {
			sa += a[i] != 0 ? 1 : 0;
			sb += b[i] != 0 ? 1 : 0;
			inter += a[i] != 0 && b[i] != 0 ? 1 : 0;
		}
		return sa + sb == 0 ? 1 : 2.0 * inter / (sa + sb);
	}
}
