// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.spi;

import org.segsense.metrics.LabelMetrics;

/**
 * A per-label metric contributed through the extension point {@code org.segsense.metrics.metrics}
 * (see {@code schema/metrics.exsd}). It is computed from the measurements SegSense already made for
 * the label, so a new metric needs no access to the images.
 *
 * <p>Implementations must be stateless or thread-safe: one instance serves all worker threads.
 */
public interface ContributedMetric {

	/**
	 * The value of this metric for one label.
	 *
	 * @param measured      the built-in metrics and voxel counts of the label
	 * @param voxelVolumeMl the volume of one voxel in millilitres (product of the spacing in mm / 1000)
	 * @return the value, or {@link Double#NaN} when it is undefined for this label (reported as null)
	 */
	double compute(LabelMetrics measured, double voxelVolumeMl);
}
