// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import org.segsense.engine.store.JobRecord;

/**
 * The time one job spent in each stage of the pipeline, in nanoseconds. Each stage writes its own field;
 * the stages run one after the other (handed on by the pipeline's futures), so no field is shared.
 */
final class Timings {

	/** Loading the case (or taking it from the cache) and its reference. */
	long load;
	/** Perturbing the channels. */
	long perturb;
	/** The inference stage, wall time. */
	long infer;
	/** The engine's own calls within the inference stage. */
	long engine;
	/** Building the reference in the evaluation space. */
	long reference;
	/** Computing the metrics. */
	long metrics;

	/** @return the job's total: every stage but the engine's share, which the inference contains */
	long total() {
		return load + perturb + infer + reference + metrics;
	}

	/** @return the timings as the store records them (milliseconds) */
	JobRecord.Timings toRecord() {
		return new JobRecord.Timings(ms(load), ms(perturb), ms(infer), ms(engine), ms(reference), ms(metrics), ms(total()));
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}
}
