// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.segsense.engine.StudyPlan;
import org.segsense.model.Study;
import org.segsense.model.validation.Problem;
import org.segsense.workflows.WorkflowException;

/**
 * Study files: create, load, validate (as a run does before its first job), save, expand into jobs, count
 * them, and estimate a run's time from measured inference times. Every method throws
 * {@link WorkflowException} (bad input or failure) with a message that names the file and the fix.
 */
public interface StudyService {

	/** A created study file. */
	record Created(Path file, Study study) {
	}

	/**
	 * The result of validating a study.
	 *
	 * @param file the study file (absolute)
	 * @param project the folder its relative paths refer to
	 * @param problems every problem, errors and warnings, with its object path
	 */
	record Validation(Path file, Path project, List<Problem> problems) {
		public Validation {
			problems = List.copyOf(problems);
		}

		public long errors() {
			return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
		}

		public long warnings() {
			return problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
		}

		/** @return no errors (warnings allowed) */
		public boolean valid() {
			return errors() == 0;
		}
	}

	/**
	 * A run's time estimated from measured inference times: {@code seconds = Σ_v jobs_v · t_v / workers} over
	 * the measured variants (inference bound: the CPU stages overlap with inference).
	 *
	 * @param jobs jobs of the study
	 * @param jobsPerVariant jobs per model variant (study order)
	 * @param secondsPerInference the measured seconds of one inference per variant
	 * @param workers inference workers running in parallel
	 * @param seconds the estimated wall time of the measured variants' jobs
	 * @param unmeasured variants without a measured time (their jobs are not in {@code seconds})
	 */
	record Estimate(long jobs, Map<String, Long> jobsPerVariant, Map<String, Double> secondsPerInference, int workers, double seconds,
			List<String> unmeasured) {
		public Estimate {
			jobsPerVariant = Map.copyOf(jobsPerVariant);
			secondsPerInference = Map.copyOf(secondsPerInference);
			unmeasured = List.copyOf(unmeasured);
		}

		/** @return every variant has a measured time */
		public boolean complete() {
			return unmeasured.isEmpty();
		}
	}

	/**
	 * Writes a starter study (SegSense's defaults) to {@code file}, creating its folder.
	 *
	 * @param id the study id, or null for the file name without extension
	 * @param force replace an existing file
	 */
	Created create(Path file, String id, boolean force);

	/** @return the study of a file (format and version checked) */
	Study load(Path file);

	/**
	 * Checks a study file as {@code segsense run} does before its first job.
	 *
	 * @param project the folder relative paths refer to, or null for the file's folder
	 */
	Validation validate(Path file, Path project);

	/** Writes a study to a file. */
	void save(Study study, Path file);

	/** @return the study's jobs */
	StudyPlan expand(Study study);

	/** @return how many jobs the study expands into */
	long countJobs(Study study);

	/**
	 * @param secondsPerInference measured seconds of one inference per variant id (e.g. {@link #measuredInferenceSeconds})
	 * @param workers inference workers, at least 1
	 */
	Estimate estimate(Study study, Map<String, Double> secondsPerInference, int workers);

	/**
	 * The mean measured inference time (seconds) per model variant over the done jobs of a run folder — the
	 * "inference" timing each job records (normalisation, tiling, engine, post-processing).
	 */
	Map<String, Double> measuredInferenceSeconds(Path runDir);
}
