// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.Voxels;
import org.segsense.perturb.spi.Perturbation;

/**
 * {@code peak-angle-noise}: tilts every non-zero peak by an angle θ drawn from a half-normal
 * distribution whose mean is {@code degrees} (θ = |N(0, σ²)|, σ = degrees·√(π/2)), towards an
 * azimuth drawn uniformly around the peak; the amplitude (length) is kept. So the mean angle between
 * a peak and its noisy copy is {@code degrees}. Draws are made voxel by voxel (x fastest) and peak by
 * peak from the job's random source, so the result is reproducible per seed.
 */
public final class PeakAngularNoise implements Perturbation {

	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		float[] v = PeakVectors.copy(in, "peak-angle-noise");
		double sigma = Math.toRadians(p.get("degrees")) * Math.sqrt(Math.PI / 2);
		if (sigma > 0) {
			for (int i = 0; i + 2 < v.length; i += 3) {
				double x = v[i], y = v[i + 1], z = v[i + 2];
				double a = Math.sqrt(x * x + y * y + z * z);
				if (a == 0) {
					continue;
				}
				double[] u = { x / a, y / a, z / a };
				double[][] e = perpendicular(u);
				double theta = Math.abs(sigma * random.nextGaussian());
				double phi = random.nextDouble(0, 2 * Math.PI);
				double c = Math.cos(theta), s = Math.sin(theta), cp = Math.cos(phi), sp = Math.sin(phi);
				for (int k = 0; k < 3; k++) {
					v[i + k] = (float) (a * (c * u[k] + s * (cp * e[0][k] + sp * e[1][k])));
				}
			}
		}
		return Voxels.intensity(in, v);
	}

	/** @return two unit vectors perpendicular to the unit vector u and to each other */
	static double[][] perpendicular(double[] u) {
		double[] t = Math.abs(u[0]) < 0.9 ? new double[] { 1, 0, 0 } : new double[] { 0, 1, 0 };
		double[] e1 = cross(u, t);
		double n = Math.sqrt(e1[0] * e1[0] + e1[1] * e1[1] + e1[2] * e1[2]);
		e1[0] /= n;
		e1[1] /= n;
		e1[2] /= n;
		return new double[][] { e1, cross(u, e1) };
	}

	private static double[] cross(double[] a, double[] b) {
		return new double[] { a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0] };
	}
}
