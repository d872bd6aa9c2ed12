package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.image.Image;
import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.spi.Perturbation;

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
		int volumes = (int) (im.voxelCount() / ((long) n[0] * n[1] * n[2]));
		for (int axis = 0; axis < Math.min(3, im.dimension()); axis++) {
			double s = sigma / im.geometry().spacing(axis);
			if (s > 0) {
				smooth(v, n, nc, volumes, axis, kernel(s));
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

	/** Convolves along one axis in place (lines copied out, so the result does not depend on order). */
	static void smooth(float[] v, int[] n, int nc, int volumes, int axis, double[] k) {
		int r = k.length / 2;
		int len = n[axis];
		int stride = (axis == 0 ? 1 : axis == 1 ? n[0] : n[0] * n[1]) * nc;
		int volume = n[0] * n[1] * n[2] * nc;
		double[] line = new double[len];
		for (int vol = 0; vol < volumes; vol++) {
			for (int z = 0; z < (axis == 2 ? 1 : n[2]); z++) {
				for (int y = 0; y < (axis == 1 ? 1 : n[1]); y++) {
					for (int x = 0; x < (axis == 0 ? 1 : n[0]); x++) {
						for (int c = 0; c < nc; c++) {
							int base = vol * volume + ((z * n[1] + y) * n[0] + x) * nc + c;
							for (int i = 0; i < len; i++) {
								line[i] = v[base + i * stride];
							}
							for (int i = 0; i < len; i++) {
								double s = 0;
								for (int j = -r; j <= r; j++) {
									int q = Math.min(len - 1, Math.max(0, i + j));
									s += k[j + r] * line[q];
								}
								v[base + i * stride] = (float) s;
							}
						}
					}
				}
			}
		}
	}
}
