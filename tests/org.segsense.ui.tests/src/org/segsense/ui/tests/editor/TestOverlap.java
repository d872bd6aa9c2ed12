// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.editor;

import org.segsense.metrics.spi.ContributedMetric;
import org.segsense.metrics.spi.MetricInput;

/**
 * The metric this test fragment contributes (fragment.xml): the editor must offer it beside the built-ins.
 * The editor tests only need its declaration; its value is the label's Dice.
 */
public final class TestOverlap implements ContributedMetric {

	@Override
	public double compute(MetricInput input) {
		return input.measured().get("dice");
	}
}
