// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.image.Image;
import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.spi.Perturbation;
import org.segsense.perturb.Voxels;

/**
 * {@code spike}: a k-space spike (herringbone artefact). One k-space position (kx, ky), drawn from the
 * random source outside the central 5 % of k-space, gets {@code intensity} × the slice's largest
 * k-space magnitude added, in every axial slice; the image is the magnitude of the inverse transform.
 * Intensity 0 leaves the image unchanged.
 */
public final class Spike implements Perturbation {
	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		Voxels.requireVolume(in, "spike");
		double intensity = p.get("intensity");
		Image im = in.image();
		float[] v = Voxels.copy(im);
		if (intensity == 0) {
			return Voxels.intensity(in, v);
		}
		int[] n = Voxels.size(im);
		int nx = n[0], ny = n[1];
		int fx, fy;
		do {
			fx = random.nextInt(nx) - nx / 2;
			fy = random.nextInt(ny) - ny / 2;
		} while (Math.abs(fx) <= 0.05 * nx && Math.abs(fy) <= 0.05 * ny);
		int at = KSpace.index(fy, ny) * nx + KSpace.index(fx, nx);
		return Voxels.intensity(in, KSpace.edit(v, n, im.components(), (re, imag, slice, c) -> {
			double max = 0;
			for (int i = 0; i < re.length; i++) {
				max = Math.max(max, Math.hypot(re[i], imag[i]));
			}
			re[at] += intensity * max;
		}));
	}
}
