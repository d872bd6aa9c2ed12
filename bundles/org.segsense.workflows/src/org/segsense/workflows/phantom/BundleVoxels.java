// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.phantom;

import java.util.Arrays;

import org.segsense.image.ImageGeometry;

/**
 * The voxels of one bundle (inside the brain mask and within the tube's radius of its axis), each with
 * its fibre direction (unit, the tangent fanned out by the dispersion) and volume fraction.
 *
 * @param voxels linear voxel indices, ascending
 * @param directions 3 numbers per voxel
 * @param fractions the volume fraction per voxel, ½–1
 */
record BundleVoxels(int[] voxels, double[] directions, double[] fractions) {

	/**
	 * Rasterises a bundle: each voxel centre takes the nearest polyline point of the axis (the polyline
	 * is sampled every quarter voxel); the voxel is in the bundle when its distance d to it is at most the
	 * radius r there.
	 */
	static BundleVoxels rasterise(FibreBundle b, ImageGeometry g, byte[] brain, double fanningDegrees) {
		int nx = (int) g.size(0), ny = (int) g.size(1), nz = (int) g.size(2);
		double s = g.spacing(0);
		float[] best = new float[nx * ny * nz];
		Arrays.fill(best, Float.POSITIVE_INFINITY);
		int[] nearest = new int[best.length];
		double[][] pts = b.points();
		for (int i = 0; i < pts.length; i++) {
			double[] ci = g.physicalToContinuousIndex(pts[i]);
			int reach = (int) Math.ceil(b.radii()[i] / s) + 1;
			for (int z = Math.max(0, (int) ci[2] - reach); z <= Math.min(nz - 1, (int) ci[2] + reach); z++) {
				for (int y = Math.max(0, (int) ci[1] - reach); y <= Math.min(ny - 1, (int) ci[1] + reach); y++) {
					for (int x = Math.max(0, (int) ci[0] - reach); x <= Math.min(nx - 1, (int) ci[0] + reach); x++) {
						double dx = (x - ci[0]) * s, dy = (y - ci[1]) * s, dz = (z - ci[2]) * s;
						float d = (float) Math.sqrt(dx * dx + dy * dy + dz * dz);
						int v = (z * ny + y) * nx + x;
						if (d < best[v]) {
							best[v] = d;
							nearest[v] = i;
						}
					}
				}
			}
		}
		int count = 0;
		for (int v = 0; v < best.length; v++) {
			if (brain[v] != 0 && best[v] <= b.radii()[nearest[v]]) {
				count++;
			}
		}
		int[] voxels = new int[count];
		double[] directions = new double[3 * count], fractions = new double[count];
		double fan = Math.toRadians(fanningDegrees);
		for (int v = 0, k = 0; v < best.length; v++) {
			int i = nearest[v];
			double r = b.radii()[i];
			if (brain[v] == 0 || best[v] > r) {
				continue;
			}
			double[] p = g.indexToPhysical(new double[] { v % nx, (v / nx) % ny, v / (nx * ny) });
			double[] t = b.tangents()[i];
			double[] radial = Vectors.minus(p, pts[i]);
			double along = Vectors.dot(radial, t);
			for (int c = 0; c < 3; c++) {
				radial[c] -= along * t[c];
			}
			double rho = Vectors.norm(radial);
			double[] dir = t;
			if (rho > 1e-9 && fan > 0) {
				double theta = fan * Math.min(1, rho / r);
				double[] u = { radial[0] / rho, radial[1] / rho, radial[2] / rho };
				dir = new double[] { Math.cos(theta) * t[0] + Math.sin(theta) * u[0], Math.cos(theta) * t[1] + Math.sin(theta) * u[1],
						Math.cos(theta) * t[2] + Math.sin(theta) * u[2] };
			}
			voxels[k] = v;
			System.arraycopy(dir, 0, directions, 3 * k, 3);
			fractions[k] = Math.max(0.5, Math.min(1, (r - best[v]) / s + 0.5));
			k++;
		}
		return new BundleVoxels(voxels, directions, fractions);
	}
}
