// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.image.Image;
import org.segsense.image.resample.Interpolation;
import org.segsense.image.resample.Resampler;
import org.segsense.image.resample.Resampling;
import org.segsense.image.transform.Euler3DTransform;
import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.spi.Perturbation;
import org.segsense.perturb.Voxels;

/**
 * {@code motion}: one in-plane head movement during the acquisition. The subject rotates about z by an
 * angle drawn uniformly from ±{@code degrees} and shifts in the axial plane by a vector of length
 * {@code mm} in a random direction, at a time drawn uniformly from 30–70 % of the acquisition; k-space
 * lines acquired after it (phase-encoding y, acquired from −ky_max to +ky_max) come from the moved
 * image. The image is the magnitude of the mixed k-space, slice by slice; labels are not moved (they
 * describe the anatomy before the movement). Both 0 leaves the image unchanged.
 */
public final class Motion implements Perturbation {
	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		Voxels.requireVolume(in, "motion");
		double degrees = p.get("degrees"), mm = p.get("mm");
		Image im = in.image();
		float[] v = Voxels.copy(im);
		if (degrees == 0 && mm == 0) {
			return Voxels.intensity(in, v);
		}
		double angle = random.nextDouble(-degrees, degrees);
		double direction = random.nextDouble(0, 2 * Math.PI);
		double time = random.nextDouble(0.3, 0.7);
		double[] c = Resampling.imageCentre(im.geometry());
		Euler3DTransform move = Euler3DTransform.ofDegrees(new double[] { 0, 0, angle }, c,
				new double[] { mm * Math.cos(direction), mm * Math.sin(direction), 0 });
		float[] moved = Resampler.of(im).transform(move.asAffine().inverse()).interpolation(Interpolation.LINEAR).resample().floats();
		int[] n = Voxels.size(im);
		int nx = n[0], ny = n[1], plane = nx * ny, nc = im.components();
		int firstMoved = (int) Math.round(time * ny); // acquisition position u = f + ny/2
		double[][] movedK = new double[2][plane];
		return Voxels.intensity(in, KSpace.edit(v, n, nc, (re, imag, slice, comp) -> {
			for (int i = 0; i < plane; i++) {
				movedK[0][i] = moved[(slice * plane + i) * nc + comp];
				movedK[1][i] = 0;
			}
			Fft.transform2d(movedK[0], movedK[1], nx, ny, false);
			for (int ky = 0; ky < ny; ky++) {
				if (KSpace.frequency(ky, ny) + ny / 2 >= firstMoved) {
					System.arraycopy(movedK[0], ky * nx, re, ky * nx, nx);
					System.arraycopy(movedK[1], ky * nx, imag, ky * nx, nx);
				}
			}
		}));
	}
}
