// SPDX-License-Identifier: EPL-2.0
package org.segsense.examples.plugin;

import org.segsense.metrics.LabelMetrics;
import org.segsense.metrics.spi.ContributedMetric;
import org.segsense.metrics.spi.MetricInput;

/** Example metric: the overlap coefficient |A ∩ B| / min(|A|, |B|); undefined (NaN) when either is empty. */
public final class OverlapCoefficient implements ContributedMetric {

	@Override
	public double compute(MetricInput input) {
		LabelMetrics measured = input.measured();
		long smaller = Math.min(measured.predictionVoxels(), measured.referenceVoxels());
		return smaller == 0 ? Double.NaN : measured.truePositiveVoxels() / (double) smaller;
	}
}
