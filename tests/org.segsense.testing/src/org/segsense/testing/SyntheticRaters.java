// SPDX-License-Identifier: EPL-2.0
package org.segsense.testing;

import java.util.Random;

/**
 * Synthetic rater label maps for the STAPLE tests (formerly in the production bundle's
 * {@code StapleBenchmark}; the values are unchanged): N³ voxels (x fastest), R raters, randomly placed
 * spheres per label that each rater perturbs (centre ± 1 voxel, radius ± 10 %), plus 1 % label noise;
 * deterministic for a seed.
 */
public final class SyntheticRaters {

	private SyntheticRaters() {
	}

	/**
	 * Synthetic rater label maps.
	 *
	 * @param n      voxels per axis
	 * @param raters number of raters
	 * @param labels number of labels including background 0 (2 = binary)
	 * @param seed   random seed
	 * @return {@code raters} arrays of n³ unsigned bytes
	 */
	public static byte[][] labelMaps(int n, int raters, int labels, long seed) {
		Random rnd = new Random(seed);
		int objects = 3 * Math.max(1, labels - 1);
		double[][] obj = new double[objects][];
		for (int o = 0; o < objects; o++) {
			obj[o] = new double[] {n * (0.2 + 0.6 * rnd.nextDouble()), n * (0.2 + 0.6 * rnd.nextDouble()),
				n * (0.2 + 0.6 * rnd.nextDouble()), n * (0.08 + 0.12 * rnd.nextDouble()), 1 + o % Math.max(1, labels - 1)};
		}
		byte[][] out = new byte[raters][n * n * n];
		for (int r = 0; r < raters; r++) {
			byte[] m = out[r];
			for (double[] o : obj) {
				double cx = o[0] + rnd.nextGaussian();
				double cy = o[1] + rnd.nextGaussian();
				double cz = o[2] + rnd.nextGaussian();
				double rad = o[3] * (1 + 0.1 * rnd.nextGaussian());
				int x0 = Math.max(0, (int) (cx - rad - 1));
				int x1 = Math.min(n - 1, (int) (cx + rad + 1));
				int y0 = Math.max(0, (int) (cy - rad - 1));
				int y1 = Math.min(n - 1, (int) (cy + rad + 1));
				int z0 = Math.max(0, (int) (cz - rad - 1));
				int z1 = Math.min(n - 1, (int) (cz + rad + 1));
				for (int z = z0; z <= z1; z++) {
					for (int y = y0; y <= y1; y++) {
						for (int x = x0; x <= x1; x++) {
							double dx = x - cx;
							double dy = y - cy;
							double dz = z - cz;
							if (dx * dx + dy * dy + dz * dz <= rad * rad) {
								m[x + n * (y + n * z)] = (byte) o[4];
							}
						}
					}
				}
			}
			for (int i = 0; i < m.length; i++) {
				if (rnd.nextDouble() < 0.01) {
					m[i] = (byte) rnd.nextInt(labels);
				}
			}
		}
		return out;
	}
}
