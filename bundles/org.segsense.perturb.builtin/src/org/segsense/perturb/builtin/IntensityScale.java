// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.spi.Perturbation;
import org.segsense.perturb.Voxels;

/** {@code intensity-scale}: multiplies every voxel by {@code factor} (gain). */
public final class IntensityScale implements Perturbation {
	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		double f = p.get("factor");
		float[] v = Voxels.copy(in.image());
		for (int i = 0; i < v.length; i++) {
			v[i] = (float) (v[i] * f);
		}
		return Voxels.intensity(in, v);
	}
}
