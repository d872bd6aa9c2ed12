// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.phantom;

/**
 * The settings of a fibre phantom ({@link FibrePhantom}).
 *
 * @param size grid size in voxels (x, y, z), each 16–256
 * @param spacing isotropic voxel size in mm, 0.5–5
 * @param bundles number of bundles K, 1–20
 * @param seed the random seed; the same settings give the same files byte for byte
 * @param noiseDegrees mean angular noise of each peak (half-normal), 0–45 degrees
 * @param amplitudeNoise relative SD of each peak's amplitude, 0–1
 * @param fanningDegrees angular dispersion: how far fibres fan out from the bundle axis at its
 *        surface, 0–30 degrees (0 at the axis, growing linearly with the distance from it)
 */
public record FibrePhantomOptions(int[] size, double spacing, int bundles, long seed, double noiseDegrees, double amplitudeNoise,
		double fanningDegrees) {

	/** Peaks of bundles closer than this angle in one voxel merge into one peak (as fODF lobes do). */
	public static final double MERGE_DEGREES = 25;

	/** @return the defaults: 64 × 64 × 48 voxels of 2 mm, 5 bundles, seed 1, 3° noise, 5 % amplitude noise, 10° fanning */
	public static FibrePhantomOptions defaults() {
		return new FibrePhantomOptions(new int[] { 64, 64, 48 }, 2, 5, 1, 3, 0.05, 10);
	}

	/**
	 * @throws IllegalArgumentException naming the first setting out of range and its range
	 */
	public FibrePhantomOptions {
		if (size == null || size.length != 3) {
			throw new IllegalArgumentException("The phantom size needs three numbers (x, y, z voxels), e.g. 64,64,48.");
		}
		size = size.clone();
		for (int s : size) {
			check("size", s, 16, 256);
		}
		check("spacing (mm)", spacing, 0.5, 5);
		check("bundles", bundles, 1, 20);
		check("noise (degrees)", noiseDegrees, 0, 45);
		check("amplitude noise", amplitudeNoise, 0, 1);
		check("fanning (degrees)", fanningDegrees, 0, 30);
	}

	private static void check(String name, double v, double min, double max) {
		if (!(v >= min && v <= max)) {
			throw new IllegalArgumentException("The phantom " + name + " is " + v + "; it must be between " + min + " and " + max + ".");
		}
	}

	@Override
	public int[] size() {
		return size.clone();
	}
}
