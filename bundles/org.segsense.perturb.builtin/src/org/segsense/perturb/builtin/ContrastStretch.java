// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.spi.Perturbation;
import org.segsense.perturb.Voxels;

/** {@code contrast}: {@code v' = m + factor·(v − m)} with m the ROI's mean: contrast about the mean. */
public final class ContrastStretch implements Perturbation {
	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		double f = p.get("factor");
		double m = Voxels.statistics(in).mean();
		float[] v = Voxels.copy(in.image());
		for (int i = 0; i < v.length; i++) {
			v[i] = (float) (m + f * (v[i] - m));
		}
		return Voxels.intensity(in, v);
	}
}
