// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.image.transform.TranslationTransform;
import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.spi.Perturbation;
import org.segsense.perturb.Voxels;

/**
 * {@code translation}: moves the image content by (tx, ty, tz) mm in physical (LPS) space; the image
 * is resampled linearly onto its own grid (0 outside), labels by nearest neighbour.
 */
public final class Translation implements Perturbation {
	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		double[] t = { -p.get("tx"), -p.get("ty"), -p.get("tz") }; // output-to-input: content moves by +t
		Voxels.requireVolume(in, "translation");
		return Voxels.spatial(in, new TranslationTransform(t).asAffine());
	}
}
