// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.spi.Perturbation;
import org.segsense.perturb.Voxels;

/**
 * {@code rician-noise}: the noise of a magnitude MR image, {@code v' = sqrt((v + n1)² + n2²)} with n1, n2
 * independent N(0, (sigma × ROI SD)²) — complex Gaussian noise on the real and imaginary channels.
 */
public final class RicianNoise implements Perturbation {
	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		double s = p.get("sigma") * Voxels.statistics(in).sd();
		float[] v = Voxels.copy(in.image());
		if (s > 0) {
			for (int i = 0; i < v.length; i++) {
				double re = v[i] + s * random.nextGaussian(), im = s * random.nextGaussian();
				v[i] = (float) Math.sqrt(re * re + im * im);
			}
		}
		return Voxels.intensity(in, v);
	}
}
