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
 * {@code gaussian-blur}: separable Gaussian smoothing with standard deviation {@code sigma} in mm on
 * every spatial axis (σ/spacing voxels per axis), kernel truncated at ±3σ and normalised to sum 1,
 * borders replicated (a constant image stays constant).
 */
public final class GaussianBlur implements Perturbation {

	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		double sigma = p.get("sigma");
		Image im = in.image();
		float[] v = Voxels.copy(im);
		int[] n = Voxels.size(im);
		int nc = im.components();
		for (int axis = 0; axis < Math.min(3, im.dimension()); axis++) {
			double s = sigma / im.geometry().spacing(axis);
			if (s > 0) {
				smooth(v, n, nc, axis, kernel(s));
			}
		}
		return Voxels.intensity(in, v);
	}

	/** @return the normalised kernel of half-width ceil(3σ) */
	static double[] kernel(double sigmaVoxels) {
		int r = (int) Math.ceil(3 * sigmaVoxels);
		double[] k = new double[2 * r + 1];
		double sum = 0;
		for (int i = -r; i <= r; i++) {
			k[i + r] = Math.exp(-0.5 * i * i / (sigmaVoxels * sigmaVoxels));
			sum += k[i + r];
		}
		for (int i = 0; i < k.length; i++) {
			k[i] /= sum;
		}
		return k;
	}

	/** Convolves along one axis in place (each line is copied out first, so the result does not depend on order). */
	static void smooth(float[] v, int[] n, int nc, int axis, double[] k) {
		int r = k.length / 2;
		double[] line = new double[n[axis]];
		Voxels.forEachLine(v.length, n, nc, axis, (base, stride, len) -> {
			for (int i = 0; i < len; i++) {
				line[i] = v[base + i * stride];
			}
			for (int i = 0; i < len; i++) {
				double s = 0;
				for (int j = -r; j <= r; j++) {
					s += k[j + r] * line[Math.min(len - 1, Math.max(0, i + j))];
				}
				v[base + i * stride] = (float) s;
			}
		});
	}
}
