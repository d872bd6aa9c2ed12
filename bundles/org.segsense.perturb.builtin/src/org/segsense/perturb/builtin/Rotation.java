// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.image.resample.Resampling;
import org.segsense.image.transform.AffineTransform;
import org.segsense.image.transform.Euler3DTransform;
import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.spi.Perturbation;
import org.segsense.perturb.Voxels;

/**
 * {@code rotation}: rotates the image content by (rx, ry, rz) degrees about the image centre (the
 * physical point of continuous index (size − 1)/2), ITK's Euler3D convention (R = Rz·Rx·Ry, LPS); linear
 * interpolation (0 outside), labels nearest. Vector images (3·k components) have each vector rotated
 * with the content.
 */
public final class Rotation implements Perturbation {
	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		Voxels.requireVolume(in, "rotation");
		double[] c = Resampling.imageCentre(in.image().geometry());
		AffineTransform content = Euler3DTransform.ofDegrees(new double[] { p.get("rx"), p.get("ry"), p.get("rz") }, c, new double[3])
				.asAffine();
		PerturbationResult r = Voxels.spatial(in, content.inverse());
		if (in.image().components() % 3 == 0) {
			Voxels.reorientVectors(r.image().floats(), in.image().components(), content.matrix());
		}
		return r;
	}
}
