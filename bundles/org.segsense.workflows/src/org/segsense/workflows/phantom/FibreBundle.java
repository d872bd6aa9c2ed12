// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.phantom;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One bundle of the phantom: a tube of varying radius along a smooth curve, stored as a dense
 * polyline (points, unit tangents and radii, physical LPS mm). The curve is a Catmull–Rom spline
 * through five control points; its radius varies smoothly as r₀(1 + 0.3 sin(2πt + φ)).
 *
 * @param name the bundle's name ({@code bundle_1} …)
 * @param relation how it was placed: {@code free}, {@code crosses bundle_N} or {@code kisses bundle_N}
 * @param points the polyline points, each {x, y, z}
 * @param tangents the unit tangent at each point
 * @param radii the tube radius at each point, mm
 */
public record FibreBundle(String name, String relation, double[][] points, double[][] tangents, double[] radii) {

	/**
	 * Makes a bundle whose axis passes through {@code anchor} along {@code direction} (unit), of length
	 * {@code length}, bent by random lateral offsets of up to {@code bend} mm at its ends.
	 */
	static FibreBundle through(String name, String relation, double[] anchor, double[] direction, double length, double bend, double r0,
			double step, SplittableRandom random) {
		double[][] e = Vectors.perpendicular(direction);
		// lateral offsets: none at the anchor, opposite ones beside it (so the tangent there is exactly
		// the direction: Catmull-Rom's tangent at a point is half the difference of its neighbours)
		double[] a = new double[5], b = new double[5];
		double[] offsets = { -0.5, -0.25, 0, 0.25, 0.5 };
		for (int i : new int[] { 0, 1, 4 }) {
			double lateral = bend * Math.abs(offsets[i]) * 2;
			a[i] = random.nextDouble(-lateral, lateral);
			b[i] = random.nextDouble(-lateral, lateral);
		}
		a[3] = -a[1];
		b[3] = -b[1];
		double[][] control = new double[5][3];
		for (int i = 0; i < 5; i++) {
			for (int k = 0; k < 3; k++) {
				control[i][k] = anchor[k] + offsets[i] * length * direction[k] + a[i] * e[0][k] + b[i] * e[1][k];
			}
		}
		double phase = random.nextDouble(0, 2 * Math.PI);
		List<double[]> pts = new ArrayList<>();
		double chord = 0;
		for (int seg = 0; seg < 4; seg++) {
			chord = Math.max(chord, Vectors.distance(control[seg], control[seg + 1]));
		}
		int n = Math.max(2, (int) Math.ceil(chord / step)); // the same for every segment: the anchor is point 2n of 4n + 1
		for (int seg = 0; seg < 4; seg++) {
			double[] p0 = control[Math.max(0, seg - 1)], p1 = control[seg], p2 = control[seg + 1], p3 = control[Math.min(4, seg + 2)];
			for (int j = 0; j < n; j++) {
				pts.add(catmullRom(p0, p1, p2, p3, j / (double) n));
			}
		}
		pts.add(catmullRom(control[3], control[4], control[4], control[4], 1)); // the end point
		int m = pts.size();
		double[][] points = new double[m][], tangents = new double[m][];
		double[] radii = new double[m];
		for (int i = 0; i < m; i++) {
			points[i] = pts.get(i);
			double[] before = pts.get(Math.max(0, i - 1)), after = pts.get(Math.min(m - 1, i + 1));
			tangents[i] = Vectors.unit(Vectors.minus(after, before));
			radii[i] = r0 * (1 + 0.3 * Math.sin(2 * Math.PI * i / (m - 1) + phase));
		}
		return new FibreBundle(name, relation, points, tangents, radii);
	}

	/** The Catmull–Rom point at t ∈ [0, 1] between p1 and p2 (uniform parameterisation). */
	private static double[] catmullRom(double[] p0, double[] p1, double[] p2, double[] p3, double t) {
		double t2 = t * t, t3 = t2 * t;
		double[] out = new double[3];
		for (int k = 0; k < 3; k++) {
			out[k] = 0.5 * (2 * p1[k] + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
					+ (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3);
		}
		return out;
	}

	/** @return this bundle moved rigidly by {@code by} (mm) */
	FibreBundle shifted(double[] by) {
		double[][] moved = new double[points.length][];
		for (int i = 0; i < points.length; i++) {
			moved[i] = new double[] { points[i][0] + by[0], points[i][1] + by[1], points[i][2] + by[2] };
		}
		return new FibreBundle(name, relation, moved, tangents, radii);
	}

	/** @return the point at fraction f ∈ [0, 1] of the polyline (by index) */
	double[] pointAt(double f) {
		return points[(int) Math.round(f * (points.length - 1))].clone();
	}

	/** @return the tangent at fraction f */
	double[] tangentAt(double f) {
		return tangents[(int) Math.round(f * (points.length - 1))].clone();
	}

	/** @return the radius at fraction f */
	double radiusAt(double f) {
		return radii[(int) Math.round(f * (points.length - 1))];
	}
}
