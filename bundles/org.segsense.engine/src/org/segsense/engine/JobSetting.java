// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.Map;

/**
 * One perturbation applied by a job: an axis of the study at one of its swept values.
 *
 * @param axisId the axis id
 * @param perturbationType the perturbation id in the catalogue
 * @param parameter the swept parameter
 * @param value its value in this job
 * @param fixed the axis's fixed parameters (the perturbation's defaults apply to the rest)
 */
public record JobSetting(String axisId, String perturbationType, String parameter, double value, Map<String, Double> fixed) {

	public JobSetting {
		fixed = Map.copyOf(fixed);
	}

	/** @return the fixed parameters plus the swept one */
	public Map<String, Double> values() {
		java.util.Map<String, Double> v = new java.util.LinkedHashMap<>(fixed);
		v.put(parameter, value);
		return v;
	}

	/** @return {@code axis.parameter=value} as it appears in the job key */
	public String keyPart() {
		return axisId + "." + parameter + "=" + JobKeys.number(value);
	}
}
