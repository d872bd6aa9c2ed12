// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.spi;

/**
 * A per-label metric contributed through the extension point {@code org.segsense.metrics.metrics}
 * (see {@code schema/metrics.exsd}). It sees the measurements SegSense already made for the label
 * ({@link MetricInput#measured()}: voxel counts, Dice, HD95 …) and, when it needs them, the masks,
 * surfaces and distance maps of prediction and reference ({@link MetricInput}); those are computed on
 * first request and shared with the other metrics of the same label, so a metric that only reads counts
 * costs nothing extra.
 *
 * <p>Implementations must be stateless or thread-safe: one instance serves all worker threads.
 */
public interface ContributedMetric {

	/**
	 * The value of this metric for one label.
	 *
	 * @param input the label's measurements, masks, surfaces and distance maps
	 * @return the value, or {@link Double#NaN} when it is undefined for this label (reported as null)
	 */
	double compute(MetricInput input);
}
