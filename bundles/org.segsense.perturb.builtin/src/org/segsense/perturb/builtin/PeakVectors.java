// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import org.segsense.image.Image;
import org.segsense.image.Peaks;
import org.segsense.perturb.PerturbationInput;

/** Shared plumbing of the peak perturbations (see {@link Peaks} for the convention). */
final class PeakVectors {

	private PeakVectors() {
	}

	/**
	 * @return a float32 copy of the peak image's elements
	 * @throws IllegalArgumentException if the input is not a peak image
	 */
	static float[] copy(PerturbationInput in, String id) {
		Image im = in.image();
		if (!Peaks.isPeakImage(im)) {
			throw new IllegalArgumentException("The perturbation '" + id + "' works on peak images (3-D, 3·k components: x, y, z of k peaks); "
					+ "the image is " + im.dimension() + "-D with " + im.components() + " component(s). Read a 4-D peak file as peaks "
					+ "(segsense perturb --peaks, or PeakIO.read).");
		}
		return im.toFloatArray();
	}

	/**
	 * Maps every vector by m (row-major 3×3) and restores its length: the direction of a tangent moved
	 * by a linear map, the amplitude unchanged. Zero vectors stay zero.
	 */
	static void reorientDirections(float[] v, double[] m) {
		for (int i = 0; i + 2 < v.length; i += 3) {
			double x = v[i], y = v[i + 1], z = v[i + 2];
			double length = Math.sqrt(x * x + y * y + z * z);
			if (length == 0) {
				continue;
			}
			double a = m[0] * x + m[1] * y + m[2] * z, b = m[3] * x + m[4] * y + m[5] * z, c = m[6] * x + m[7] * y + m[8] * z;
			double s = length / Math.sqrt(a * a + b * b + c * c);
			v[i] = (float) (a * s);
			v[i + 1] = (float) (b * s);
			v[i + 2] = (float) (c * s);
		}
	}
}
