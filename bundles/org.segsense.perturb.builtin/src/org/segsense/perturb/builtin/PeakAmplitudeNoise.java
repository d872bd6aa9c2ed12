// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.Voxels;
import org.segsense.perturb.spi.Perturbation;

/**
 * {@code peak-amplitude-noise}: multiplies each non-zero peak's amplitude by max(0, 1 + sigma·n), n
 * standard normal, one draw per peak (voxels x fastest, then peaks); directions are unchanged. The
 * relative amplitude error therefore has SD {@code sigma} (before the clip at 0).
 */
public final class PeakAmplitudeNoise implements Perturbation {
	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		float[] v = PeakVectors.copy(in, "peak-amplitude-noise");
		double sigma = p.get("sigma");
		if (sigma > 0) {
			for (int i = 0; i + 2 < v.length; i += 3) {
				if (v[i] == 0 && v[i + 1] == 0 && v[i + 2] == 0) {
					continue;
				}
				float f = (float) Math.max(0, 1 + sigma * random.nextGaussian());
				v[i] *= f;
				v[i + 1] *= f;
				v[i + 2] *= f;
			}
		}
		return Voxels.intensity(in, v);
	}
}
