// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.spi.Perturbation;
import org.segsense.perturb.Voxels;

/** {@code gaussian-noise}: adds independent N(0, (sigma × ROI SD)²) noise to every voxel. */
public final class GaussianNoise implements Perturbation {
	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		double s = p.get("sigma") * Voxels.statistics(in).sd();
		float[] v = Voxels.copy(in.image());
		if (s > 0) {
			for (int i = 0; i < v.length; i++) {
				v[i] = (float) (v[i] + s * random.nextGaussian());
			}
		}
		return Voxels.intensity(in, v);
	}
}
