// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.volumes;

import org.segsense.metrics.LabelMetrics;
import org.segsense.metrics.spi.ContributedMetric;
import org.segsense.metrics.spi.MetricInput;

/** (|A| − |B|) / |B| with A the prediction and B the reference; undefined for an empty reference. */
public final class RelativeVolumeError implements ContributedMetric {

	@Override
	public double compute(MetricInput input) {
		LabelMetrics measured = input.measured();
		long reference = measured.referenceVoxels();
		return reference == 0 ? Double.NaN : (measured.predictionVoxels() - reference) / (double) reference;
	}
}
