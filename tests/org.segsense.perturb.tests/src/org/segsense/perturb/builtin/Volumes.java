// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.Map;
import java.util.SplittableRandom;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;

/** Test volumes and a shortcut to apply an installed perturbation. */
final class Volumes {

	private Volumes() {
	}

	static ImageGeometry grid(int nx, int ny, int nz, double sx, double sy, double sz) {
		return new ImageGeometry(new long[] { nx, ny, nz }, new double[] { sx, sy, sz }, new double[] { -12, 7, 3 },
				ImageGeometry.identity(3));
	}

	/** Gaussian N(mean, sd²) voxels. */
	static Image gaussian(ImageGeometry g, double mean, double sd, long seed) {
		SplittableRandom r = new SplittableRandom(seed);
		float[] v = new float[(int) g.voxelCount()];
		for (int i = 0; i < v.length; i++) {
			v[i] = (float) (mean + sd * r.nextGaussian());
		}
		return Image.of(g, v);
	}

	/** v = x + 10 y + 100 z + 1 (never 0). */
	static Image ramp(ImageGeometry g) {
		int nx = (int) g.size(0), ny = (int) g.size(1), nz = (int) g.size(2);
		float[] v = new float[nx * ny * nz];
		for (int z = 0, i = 0; z < nz; z++) {
			for (int y = 0; y < ny; y++) {
				for (int x = 0; x < nx; x++, i++) {
					v[i] = x + 10 * y + 100 * z + 1;
				}
			}
		}
		return Image.of(g, v);
	}

	static PerturbationResult apply(String id, PerturbationInput in, Map<String, Double> values, long seed) {
		return PerturbationCatalog.installed().require(id).apply(in, values, new SplittableRandom(seed));
	}

	static PerturbationResult apply(String id, Image image, Map<String, Double> values) {
		return apply(id, PerturbationInput.of(image), values, 1);
	}

	static double mean(float[] v) {
		double s = 0;
		for (float x : v) {
			s += x;
		}
		return s / v.length;
	}

	static double sd(float[] v) {
		double m = mean(v), s = 0;
		for (float x : v) {
			s += (x - m) * (x - m);
		}
		return Math.sqrt(s / v.length);
	}
}
