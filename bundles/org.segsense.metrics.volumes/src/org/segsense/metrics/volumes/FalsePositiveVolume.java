// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.volumes;

import org.segsense.metrics.LabelMetrics;
import org.segsense.metrics.spi.ContributedMetric;
import org.segsense.metrics.spi.MetricInput;

/** Volume the prediction labels but the reference does not, in ml. */
public final class FalsePositiveVolume implements ContributedMetric {

	@Override
	public double compute(MetricInput input) {
		LabelMetrics measured = input.measured();
		return (measured.predictionVoxels() - measured.truePositiveVoxels()) * input.voxelVolumeMl();
	}
}
