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
 * {@code ghosting}: periodic signal errors along the phase-encoding direction (index axis y, e.g. from
 * pulsation): every {@code ghosts}-th k-space line (ky ≡ 0 mod ghosts, the central line excluded) is
 * multiplied by {@code 1 − intensity}, which places {@code ghosts − 1} faint copies of the image at
 * shifts of ny/ghosts. Deterministic; 0 ghosts or intensity 0 leaves the image unchanged.
 */
public final class Ghosting implements Perturbation {
	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		Voxels.requireVolume(in, "ghosting");
		int ghosts = (int) p.get("ghosts");
		double intensity = p.get("intensity");
		Image im = in.image();
		float[] v = Voxels.copy(im);
		if (ghosts < 2 || intensity == 0) {
			return Voxels.intensity(in, v);
		}
		int[] n = Voxels.size(im);
		int nx = n[0], ny = n[1];
		double keep = 1 - intensity;
		return Voxels.intensity(in, KSpace.edit(v, n, im.components(), (re, imag, slice, c) -> {
			for (int ky = 1; ky < ny; ky++) {
				if (KSpace.frequency(ky, ny) % ghosts == 0) {
					for (int x = 0; x < nx; x++) {
						re[ky * nx + x] *= keep;
						imag[ky * nx + x] *= keep;
					}
				}
			}
		}));
	}
}
