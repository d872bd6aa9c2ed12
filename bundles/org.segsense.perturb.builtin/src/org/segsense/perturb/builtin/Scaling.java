// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.image.Peaks;
import org.segsense.image.resample.Resampling;
import org.segsense.image.transform.ScaleTransform;
import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.spi.Perturbation;
import org.segsense.perturb.Voxels;

/**
 * {@code scaling}: scales the image content by (sx, sy, sz) about the image centre along the physical
 * axes (1 = unchanged, 1.1 = 10 % larger; equal factors for isotropic scaling); linear interpolation,
 * labels nearest. Vectors are not reoriented, except in peak images ({@link Peaks}): a peak is a fibre
 * tangent, so its direction is mapped by diag(sx, sy, sz) and renormalised to its amplitude (isotropic
 * scaling leaves it unchanged); peaks are interpolated sign-symmetrically.
 */
public final class Scaling implements Perturbation {
	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		Voxels.requireVolume(in, "scaling");
		double[] c = Resampling.imageCentre(in.image().geometry());
		double[] inverse = { 1 / p.get("sx"), 1 / p.get("sy"), 1 / p.get("sz") };
		PerturbationResult r = Voxels.spatial(in, new ScaleTransform(inverse, c).asAffine());
		if (Peaks.isPeakImage(in.image())) {
			PeakVectors.reorientDirections(r.image().floats(), new double[] { p.get("sx"), 0, 0, 0, p.get("sy"), 0, 0, 0, p.get("sz") });
		}
		return r;
	}
}
