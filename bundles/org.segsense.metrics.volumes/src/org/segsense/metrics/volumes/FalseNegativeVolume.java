// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.volumes;

import org.segsense.metrics.LabelMetrics;
import org.segsense.metrics.spi.ContributedMetric;
import org.segsense.metrics.spi.MetricInput;

/** Volume the reference labels but the prediction misses, in ml. */
public final class FalseNegativeVolume implements ContributedMetric {

	@Override
	public double compute(MetricInput input) {
		LabelMetrics measured = input.measured();
		return (measured.referenceVoxels() - measured.truePositiveVoxels()) * input.voxelVolumeMl();
	}
}
