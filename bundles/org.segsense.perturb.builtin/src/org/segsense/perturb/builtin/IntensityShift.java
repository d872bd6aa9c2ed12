// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.spi.Perturbation;
import org.segsense.perturb.Voxels;

/** {@code intensity-shift}: adds {@code shift} × the ROI's intensity SD to every voxel. */
public final class IntensityShift implements Perturbation {
	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		double d = p.get("shift") * Voxels.statistics(in).sd();
		float[] v = Voxels.copy(in.image());
		for (int i = 0; i < v.length; i++) {
			v[i] = (float) (v[i] + d);
		}
		return Voxels.intensity(in, v);
	}
}
