// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.image.Peaks;
import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.Voxels;
import org.segsense.perturb.spi.Perturbation;

/**
 * {@code peak-drop}: keeps the first {@code keep} peaks of every voxel and sets the others to zero
 * ("no peak"): keep = 1 drops the 2nd and 3rd peaks, keep = 2 the 3rd; keep ≥ k changes nothing.
 * Exact.
 */
public final class PeakDrop implements Perturbation {
	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		float[] v = PeakVectors.copy(in, "peak-drop");
		int nc = Peaks.count(in.image()) * 3;
		int keep = (int) p.get("keep");
		for (int i = 0; i < v.length; i += nc) {
			for (int c = 3 * keep; c < nc; c++) {
				v[i + c] = 0;
			}
		}
		return Voxels.intensity(in, v);
	}
}
