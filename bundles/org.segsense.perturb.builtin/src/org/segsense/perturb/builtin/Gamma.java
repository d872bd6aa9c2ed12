// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.spi.Perturbation;
import org.segsense.perturb.Voxels;

/**
 * {@code gamma}: {@code v' = lo + (hi − lo)·((v − lo)/(hi − lo))^γ} with lo, hi the image's minimum and
 * maximum, so the extremes (e.g. a zero background) stay where they are.
 */
public final class Gamma implements Perturbation {
	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		double g = p.get("gamma");
		float[] v = Voxels.copy(in.image());
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (float x : v) {
			lo = Math.min(lo, x);
			hi = Math.max(hi, x);
		}
		double range = hi - lo;
		if (range > 0 && g != 1) {
			for (int i = 0; i < v.length; i++) {
				v[i] = (float) (lo + range * Math.pow((v[i] - lo) / range, g));
			}
		}
		return Voxels.intensity(in, v);
	}
}
