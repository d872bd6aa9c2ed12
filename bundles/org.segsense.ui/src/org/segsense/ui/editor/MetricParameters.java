// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.util.List;

import org.segsense.metrics.MetricConventions;
import org.segsense.model.io.StudyResources;
import org.segsense.perturb.ParameterSpec;

/**
 * The declared parameters of a metric type, for the form {@link ParameterForm} generates. The metric
 * catalogue ({@code MetricDescriptor}) declares no parameters, and a run reads exactly one:
 * {@code nsd}'s surface tolerance ({@value StudyResources#NSD_TOLERANCE_PARAMETER}, mm, finite and &ge; 0,
 * default {@link MetricConventions#DEFAULT_NSD_TOLERANCE_MM}; the engine's {@code MetricScoring}). It is
 * declared here with the range validation accepts; every other metric, built-in or contributed, has none.
 */
final class MetricParameters {

	static final String NSD = "nsd";

	private static final ParameterSpec NSD_TOLERANCE = new ParameterSpec(StudyResources.NSD_TOLERANCE_PARAMETER, "mm", 0,
			Double.POSITIVE_INFINITY, MetricConventions.DEFAULT_NSD_TOLERANCE_MM, false,
			"A surface voxel counts as agreeing when it lies within this distance of the other surface (the NSD's \u03c4).");

	private MetricParameters() {
	}

	/** @return the parameters a metric of {@code metricType} takes (empty for most) */
	static List<ParameterSpec> of(String metricType) {
		return NSD.equals(metricType) ? List.of(NSD_TOLERANCE) : List.of();
	}
}
