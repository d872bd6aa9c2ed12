// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.image.Image;
import org.segsense.image.Peaks;
import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.spi.Perturbation;
import org.segsense.perturb.Voxels;

/**
 * {@code resolution}: emulates slices {@code factor} times thicker along index axis {@code axis}: groups
 * of {@code factor} consecutive slices are averaged into one thick slice (the last group may be
 * thinner), and the thick slices, placed at their centres, are interpolated linearly back onto the
 * original slice positions (constant beyond the first and last centre). A factor of 1 changes nothing;
 * an image that varies linearly along the axis is unchanged between the first and last centres. Peak
 * images ({@link Peaks}) are averaged and interpolated sign-symmetrically ({@link PeakResolution}).
 */
public final class ResolutionDegradation implements Perturbation {

	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		Voxels.requireVolume(in, "resolution");
		int axis = (int) p.get("axis");
		int k = (int) p.get("factor");
		Image im = in.image();
		float[] v = Voxels.copy(im);
		if (k <= 1) {
			return Voxels.intensity(in, v);
		}
		int[] n = Voxels.size(im);
		int nc = im.components();
		int len = n[axis];
		int groups = (len + k - 1) / k;
		double[] centres = new double[groups];
		for (int g = 0; g < groups; g++) {
			int first = g * k, last = Math.min(len, first + k) - 1;
			centres[g] = (first + last) / 2.0;
		}
		if (Peaks.isPeakImage(im)) {
			PeakResolution.degrade(v, n, nc, axis, k, centres);
			return Voxels.intensity(in, v);
		}
		double[] line = new double[len], thick = new double[groups];
		Voxels.forEachLine(v.length, n, nc, axis, (base, stride, length) -> {
			for (int i = 0; i < length; i++) {
				line[i] = v[base + i * stride];
			}
			for (int g = 0; g < groups; g++) {
				double s = 0;
				int last = Math.min(length, g * k + k);
				for (int i = g * k; i < last; i++) {
					s += line[i];
				}
				thick[g] = s / (last - g * k);
			}
			for (int i = 0; i < length; i++) {
				v[base + i * stride] = (float) interpolate(centres, thick, i);
			}
		});
		return Voxels.intensity(in, v);
	}

	private static double interpolate(double[] x, double[] y, double at) {
		if (at <= x[0]) {
			return y[0];
		}
		if (at >= x[x.length - 1]) {
			return y[y.length - 1];
		}
		int g = 0;
		while (x[g + 1] < at) {
			g++;
		}
		double t = (at - x[g]) / (x[g + 1] - x[g]);
		return y[g] + t * (y[g + 1] - y[g]);
	}
}
