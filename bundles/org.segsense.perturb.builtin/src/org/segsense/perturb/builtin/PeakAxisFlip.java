// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.Voxels;
import org.segsense.perturb.spi.Perturbation;

/**
 * {@code peak-axis-flip}: negates one world component of every peak vector — axis 0 = x, 1 = y,
 * 2 = z; −1 changes nothing — while the voxels stay where they are. Negating a world component is the
 * same in LPS and RAS, so axis 0 is exactly the classic FSL/MRtrix mix-up for an image stored LAS
 * (see {@link org.segsense.image.Peaks}). Exact.
 */
public final class PeakAxisFlip implements Perturbation {
	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		float[] v = PeakVectors.copy(in, "peak-axis-flip");
		int axis = (int) p.get("axis");
		if (axis >= 0) {
			for (int i = axis; i < v.length; i += 3) {
				v[i] = -v[i];
			}
		}
		return Voxels.intensity(in, v);
	}
}
