// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.segsense.model.Case;
import org.segsense.model.Design;
import org.segsense.model.FactorialDesign;
import org.segsense.model.ModelVariant;
import org.segsense.model.ParameterValue;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.Study;
import org.segsense.model.sweep.SweepValues;
import org.segsense.model.validation.StudyLimits;
import org.segsense.perturb.Seeds;

/**
 * A study expanded into its jobs.
 *
 * <p>For each case (study order) and each model variant (study order): the unperturbed baseline once,
 * then
 * <ul>
 * <li>one-at-a-time design (also when the study has no design): for each axis of the design (all axes
 * of the study when the design lists none), for each swept value, one job with that axis alone (the
 * other axes do not apply, i.e. stay at their defaults);</li>
 * <li>factorial design: one job per combination of the design's axes' values (the cartesian product,
 * first axis varying slowest).</li>
 * </ul>
 * A value repeated in a sweep gives one job (the first). Each job's seed is
 * {@code Seeds.derive(study seed, job key)}, so it does not depend on order, threads or shards.
 *
 * @param studyId the study id
 * @param studySeed the study seed
 * @param factorial true for a factorial design
 * @param axes the axes the design uses, in order
 * @param jobs all jobs, by index
 */
public record StudyPlan(String studyId, long studySeed, boolean factorial, List<String> axes, List<Job> jobs) {

	public StudyPlan {
		axes = List.copyOf(axes);
		jobs = List.copyOf(jobs);
	}

	/**
	 * @param study a study (validated: every fixed parameter value must be a number)
	 * @return its jobs
	 * @throws StudyRunException (bad input) for a fixed parameter that is not a number or an empty sweep
	 */
	public static StudyPlan expand(Study study) throws StudyRunException {
		Design design = study.getDesign();
		List<PerturbationAxis> axes = new ArrayList<>(StudyLimits.designAxes(study));
		// Checked on the numbers before anything is expanded (validation reports the same; this guards other callers).
		for (PerturbationAxis axis : axes) {
			if (StudyLimits.sweepSize(axis.getSweep()) > StudyLimits.MAX_SWEEP_VALUES) {
				throw StudyRunException.badInput("Axis '" + axis.getId() + "' sweeps " + StudyLimits.sweepSize(axis.getSweep()) + " values, more than the "
						+ StudyLimits.MAX_SWEEP_VALUES + " a sweep may have; use fewer steps.");
			}
		}
		if (StudyLimits.jobCount(study) > StudyLimits.MAX_JOBS) {
			throw StudyRunException.badInput("The study expands into up to " + StudyLimits.jobCount(study) + " jobs, more than the " + StudyLimits.MAX_JOBS
					+ " a study may have; shorten the sweeps or split the study (segsense study validate says more).");
		}
		boolean factorial = design instanceof FactorialDesign;
		Map<PerturbationAxis, List<JobSetting>> settingsOfAxis = new LinkedHashMap<>();
		for (PerturbationAxis axis : axes) {
			Map<String, Double> fixed = new LinkedHashMap<>();
			for (ParameterValue pv : axis.getFixedParameters()) {
				try {
					fixed.put(pv.getName(), Double.parseDouble(pv.getValue().trim()));
				} catch (RuntimeException e) {
					throw StudyRunException.badInput("Axis '" + axis.getId() + "': the fixed parameter '" + pv.getName() + "' has the value '"
							+ pv.getValue() + "', which is not a number. Give a number (units as 'segsense perturb --list' shows).");
				}
			}
			List<JobSetting> settings = new ArrayList<>();
			Set<String> seen = new LinkedHashSet<>();
			for (double v : SweepValues.of(axis.getSweep())) {
				JobSetting s = new JobSetting(axis.getId(), axis.getPerturbationType(), axis.getSweptParameter(), v, fixed);
				if (seen.add(s.keyPart())) {
					settings.add(s);
				}
			}
			if (settings.isEmpty()) {
				throw StudyRunException.badInput("Axis '" + axis.getId() + "' has no values to sweep. Give its sweep values.");
			}
			settingsOfAxis.put(axis, settings);
		}
		List<List<JobSetting>> combinations = new ArrayList<>();
		if (factorial) {
			if (!axes.isEmpty()) {
				combinations.add(List.of());
				for (List<JobSetting> values : settingsOfAxis.values()) {
					List<List<JobSetting>> next = new ArrayList<>();
					for (List<JobSetting> prefix : combinations) {
						for (JobSetting s : values) {
							List<JobSetting> c = new ArrayList<>(prefix);
							c.add(s);
							next.add(c);
						}
					}
					combinations = next;
				}
			}
		} else {
			for (List<JobSetting> values : settingsOfAxis.values()) {
				for (JobSetting s : values) {
					combinations.add(List.of(s));
				}
			}
		}
		List<Job> jobs = new ArrayList<>();
		Set<String> keys = new LinkedHashSet<>();
		for (Case c : study.getCases()) {
			for (ModelVariant v : study.getModelVariants()) {
				add(jobs, keys, study, c, v, List.of());
				for (List<JobSetting> combination : combinations) {
					add(jobs, keys, study, c, v, combination);
				}
			}
		}
		return new StudyPlan(study.getId(), study.getSeed(), factorial, axes.stream().map(PerturbationAxis::getId).toList(), jobs);
	}

	private static void add(List<Job> jobs, Set<String> keys, Study study, Case c, ModelVariant v, List<JobSetting> settings) {
		String key = JobKeys.of(c.getId(), v.getId(), settings);
		if (keys.add(key)) {
			jobs.add(new Job(jobs.size(), key, c.getId(), v.getId(), settings, Seeds.derive(study.getSeed(), key)));
		}
	}

	/** @return the jobs of a shard, in index order */
	public List<Job> jobs(Shard shard) {
		return jobs.stream().filter(j -> shard.contains(j.index())).toList();
	}
}
