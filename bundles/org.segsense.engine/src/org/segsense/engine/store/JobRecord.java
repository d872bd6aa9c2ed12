// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine.store;

/**
 * One row of the {@code jobs} table.
 *
 * @param index the job's index in the study
 * @param key the job key
 * @param caseId the case
 * @param variant the model variant
 * @param axis the axis ids ('+'-joined), null for the baseline
 * @param perturbation the perturbation ids ('+'-joined), null for the baseline
 * @param parameter the swept parameters ('+'-joined), null for the baseline
 * @param value the swept value of a one-axis job, else null
 * @param seed the job seed
 * @param status done or failed
 * @param evaluation where it was scored: {@code original} (no spatial perturbation), {@code transformReference}
 *        or {@code mapPredictionBack}
 * @param message why it failed, else null
 * @param timings milliseconds per phase
 */
public record JobRecord(int index, String key, String caseId, String variant, String axis, String perturbation, String parameter,
		Double value, long seed, JobStatus status, String evaluation, String message, Timings timings) {

	/**
	 * Milliseconds spent per phase of a job.
	 *
	 * @param load loading the case (0 when cached)
	 * @param perturb perturbing the channels
	 * @param inference the whole prediction (normalisation, tiling, engine, post-processing)
	 * @param engine inside the engine's computation (the TensorFlow session call)
	 * @param reference building the reference and mapping it into the evaluation space
	 * @param metrics computing the metrics
	 * @param total the job from start to commit
	 */
	public record Timings(double load, double perturb, double inference, double engine, double reference, double metrics, double total) {
		/** No timings (failed jobs). */
		public static final Timings NONE = new Timings(0, 0, 0, 0, 0, 0, 0);
	}
}
