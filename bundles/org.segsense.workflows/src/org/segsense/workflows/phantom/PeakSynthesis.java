// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.phantom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Turns the bundles' voxels into up to 3 peaks per voxel (merge, normalise, noise, sort; see {@link FibrePhantom}). */
final class PeakSynthesis {

	private PeakSynthesis() {
	}

	static float[] peaks(List<BundleVoxels> bundles, int voxelCount, double spacing, FibrePhantomOptions o, SplittableRandom random) {
		// per voxel, the list of (direction, fraction) of the bundles containing it, in bundle order
		List<List<double[]>> at = new ArrayList<>(voxelCount);
		for (int v = 0; v < voxelCount; v++) {
			at.add(null);
		}
		for (BundleVoxels b : bundles) {
			for (int k = 0; k < b.voxels().length; k++) {
				int v = b.voxels()[k];
				if (at.get(v) == null) {
					at.set(v, new ArrayList<>(2));
				}
				at.get(v).add(new double[] { b.directions()[3 * k], b.directions()[3 * k + 1], b.directions()[3 * k + 2], b.fractions()[k] });
			}
		}
		float[] out = new float[voxelCount * 9];
		double sigma = Math.toRadians(o.noiseDegrees()) * Math.sqrt(Math.PI / 2);
		for (int v = 0; v < voxelCount; v++) {
			List<double[]> entries = at.get(v);
			if (entries == null) {
				continue;
			}
			List<double[]> merged = merge(entries);
			double total = 0;
			for (double[] m : merged) {
				total += m[3];
			}
			double scale = 1 / Math.max(1, total);
			for (double[] m : merged) {
				double[] u = Vectors.unit(m);
				if (sigma > 0) {
					u = Vectors.tilt(u, Math.abs(sigma * random.nextGaussian()), random.nextDouble(0, 2 * Math.PI));
				}
				double a = m[3] * scale;
				if (o.amplitudeNoise() > 0) {
					a *= Math.max(0, 1 + o.amplitudeNoise() * random.nextGaussian());
				}
				m[0] = u[0] * a;
				m[1] = u[1] * a;
				m[2] = u[2] * a;
				m[3] = a;
			}
			merged.sort((p, q) -> Double.compare(q[3], p[3]));
			for (int j = 0; j < Math.min(3, merged.size()); j++) {
				for (int c = 0; c < 3; c++) {
					out[v * 9 + 3 * j + c] = (float) merged.get(j)[c];
				}
			}
		}
		return out;
	}

	/** Greedy merge of directions within MERGE_DEGREES: f-weighted, sign-aligned sum; fractions add. */
	static List<double[]> merge(List<double[]> entries) {
		List<double[]> groups = new ArrayList<>();
		for (double[] e : entries) {
			double[] into = null;
			for (double[] g : groups) {
				if (Vectors.axialAngle(g, e) < FibrePhantomOptions.MERGE_DEGREES) {
					into = g;
					break;
				}
			}
			if (into == null) {
				double[] g = Arrays.copyOf(e, 4);
				for (int c = 0; c < 3; c++) {
					g[c] *= e[3];
				}
				groups.add(g);
			} else {
				double sign = Vectors.dot(into, e) < 0 ? -1 : 1;
				for (int c = 0; c < 3; c++) {
					into[c] += sign * e[3] * e[c];
				}
				into[3] += e[3];
			}
		}
		return groups;
	}
}
