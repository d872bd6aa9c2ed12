// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.phantom;

/** Small 3-vector helpers of the phantom generator. */
final class Vectors {

	private Vectors() {
	}

	static double dot(double[] a, double[] b) {
		return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
	}

	static double[] cross(double[] a, double[] b) {
		return new double[] { a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0] };
	}

	static double[] minus(double[] a, double[] b) {
		return new double[] { a[0] - b[0], a[1] - b[1], a[2] - b[2] };
	}

	static double norm(double[] a) {
		return Math.sqrt(dot(a, a));
	}

	static double distance(double[] a, double[] b) {
		return norm(minus(a, b));
	}

	static double[] unit(double[] a) {
		double n = norm(a);
		return new double[] { a[0] / n, a[1] / n, a[2] / n };
	}

	/** @return two unit vectors perpendicular to the unit vector u and to each other */
	static double[][] perpendicular(double[] u) {
		double[] t = Math.abs(u[0]) < 0.9 ? new double[] { 1, 0, 0 } : new double[] { 0, 1, 0 };
		double[] e1 = unit(cross(u, t));
		return new double[][] { e1, cross(u, e1) };
	}

	/** @return u tilted by angle theta (radians) towards azimuth phi around it (u unit) */
	static double[] tilt(double[] u, double theta, double phi) {
		double[][] e = perpendicular(u);
		double c = Math.cos(theta), s = Math.sin(theta), cp = Math.cos(phi), sp = Math.sin(phi);
		double[] out = new double[3];
		for (int k = 0; k < 3; k++) {
			out[k] = c * u[k] + s * (cp * e[0][k] + sp * e[1][k]);
		}
		return out;
	}

	/** @return the angle in degrees between the axes of a and b (sign-symmetric, 0–90) */
	static double axialAngle(double[] a, double[] b) {
		double c = Math.abs(dot(a, b)) / (norm(a) * norm(b));
		return Math.toDegrees(Math.acos(Math.min(1, c)));
	}
}
