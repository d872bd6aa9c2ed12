// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One unit of work of a study: a case segmented by a model variant under zero (the baseline), one
 * (one-at-a-time design) or several (factorial design) perturbations.
 *
 * @param index position in the study's job list (0-based; shards take {@code index % N == I − 1})
 * @param key the stable job key ({@link JobKeys})
 * @param caseId the case
 * @param variantId the model variant
 * @param settings the perturbations, in axis order; empty for the baseline
 * @param seed the job's seed, {@code Seeds.derive(studySeed, key)}
 */
public record Job(int index, String key, String caseId, String variantId, List<JobSetting> settings, long seed) {

	public Job {
		settings = List.copyOf(settings);
	}

	/** @return true for the unperturbed baseline job */
	public boolean baseline() {
		return settings.isEmpty();
	}

	/** @return the axis ids joined by '+', or null for the baseline */
	public String axis() {
		return baseline() ? null : settings.stream().map(JobSetting::axisId).collect(Collectors.joining("+"));
	}

	/** @return the perturbation ids joined by '+', or null for the baseline */
	public String perturbation() {
		return baseline() ? null : settings.stream().map(JobSetting::perturbationType).collect(Collectors.joining("+"));
	}

	/** @return the swept parameters joined by '+', or null for the baseline */
	public String parameter() {
		return baseline() ? null : settings.stream().map(JobSetting::parameter).collect(Collectors.joining("+"));
	}

	/** @return the swept value of a one-axis job, else null (baseline, or several axes: see the settings) */
	public Double value() {
		return settings.size() == 1 ? settings.get(0).value() : null;
	}
}
