// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.Voxels;
import org.segsense.perturb.spi.Perturbation;

/**
 * {@code peak-amplitude-scale}: multiplies every peak's amplitude (vector length) by {@code factor};
 * directions are unchanged (a factor of 0 removes every peak).
 */
public final class PeakAmplitudeScale implements Perturbation {
	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		float[] v = PeakVectors.copy(in, "peak-amplitude-scale");
		float f = (float) p.get("factor");
		for (int i = 0; i < v.length; i++) {
			v[i] *= f;
		}
		return Voxels.intensity(in, v);
	}
}
