// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.image.Image;
import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.spi.Perturbation;
import org.segsense.perturb.Voxels;

/**
 * {@code bias-field}: a smooth multiplicative field as MR coil inhomogeneity,
 * {@code v' = v·exp(strength·f)}, where f is a polynomial of total degree ≤ {@code order} in the
 * normalised voxel coordinates (each in [−1, 1]) with coefficients drawn uniformly from [−1, 1] and
 * then scaled so that max |f| = 1. So {@code strength} 0.3 multiplies intensities by between
 * e^−0.3 ≈ 0.74 and e^0.3 ≈ 1.35.
 */
public final class BiasField implements Perturbation {

	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		double strength = p.get("strength");
		int order = (int) p.get("order");
		Image im = in.image();
		float[] v = Voxels.copy(im);
		if (strength == 0) {
			return Voxels.intensity(in, v);
		}
		int[] n = Voxels.size(im);
		int nc = im.components();
		int count = 0;
		for (int i = 0; i <= order; i++) {
			for (int j = 0; i + j <= order; j++) {
				for (int k = 0; i + j + k <= order; k++) {
					count++;
				}
			}
		}
		double[] c = new double[count];
		for (int i = 0; i < count; i++) {
			c[i] = random.nextDouble(-1, 1);
		}
		int voxels = n[0] * n[1] * n[2];
		double[] f = new double[voxels];
		double max = 0;
		for (int z = 0, idx = 0; z < n[2]; z++) {
			double zz = n[2] > 1 ? 2.0 * z / (n[2] - 1) - 1 : 0;
			for (int y = 0; y < n[1]; y++) {
				double yy = n[1] > 1 ? 2.0 * y / (n[1] - 1) - 1 : 0;
				for (int x = 0; x < n[0]; x++, idx++) {
					double xx = n[0] > 1 ? 2.0 * x / (n[0] - 1) - 1 : 0;
					double s = 0;
					int t = 0;
					for (int i = 0; i <= order; i++) {
						for (int j = 0; i + j <= order; j++) {
							for (int k = 0; i + j + k <= order; k++) {
								s += c[t++] * Math.pow(xx, i) * Math.pow(yy, j) * Math.pow(zz, k);
							}
						}
					}
					f[idx] = s;
					max = Math.max(max, Math.abs(s));
				}
			}
		}
		double scale = max > 0 ? strength / max : 0;
		for (int i = 0; i < v.length; i++) {
			v[i] = (float) (v[i] * Math.exp(scale * f[(i / nc) % voxels]));
		}
		return Voxels.intensity(in, v);
	}
}
