// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb;

/**
 * Mean and standard deviation of an image's intensities inside a ROI: the reference for relative
 * intensity units ("fraction of the intensity SD"). ROI: the given mask, else the non-zero voxels
 * of the first component, else all voxels.
 *
 * @param mean the mean inside the ROI
 * @param sd the population standard deviation inside the ROI
 * @param min the smallest value inside the ROI
 * @param max the largest value inside the ROI
 * @param voxels the number of ROI voxels
 */
public record IntensityStatistics(double mean, double sd, double min, double max, long voxels) {

	/**
	 * @param values voxel values (one component)
	 * @param roi mask or null
	 * @return the statistics
	 */
	public static IntensityStatistics of(float[] values, byte[] roi) {
		boolean any = false;
		if (roi == null) {
			for (float v : values) {
				if (v != 0) {
					any = true;
					break;
				}
			}
		}
		double sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		long n = 0;
		for (int i = 0; i < values.length; i++) {
			if (inside(values, roi, any, i)) {
				sum += values[i];
				min = Math.min(min, values[i]);
				max = Math.max(max, values[i]);
				n++;
			}
		}
		double mean = n == 0 ? 0 : sum / n, ss = 0;
		for (int i = 0; i < values.length; i++) {
			if (inside(values, roi, any, i)) {
				ss += (values[i] - mean) * (values[i] - mean);
			}
		}
		return new IntensityStatistics(mean, n == 0 ? 0 : Math.sqrt(ss / n), n == 0 ? 0 : min, n == 0 ? 0 : max, n);
	}

	/** @return true when voxel i is in the ROI as defined above */
	public static boolean inside(float[] values, byte[] roi, boolean nonZeroExists, int i) {
		return roi != null ? roi[i] != 0 : !nonZeroExists || values[i] != 0;
	}
}
