// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.List;

import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultRow;

/**
 * What the "commit" stage writes for one job in one transaction: its record and its result rows (none
 * when it failed).
 */
record Outcome(JobRecord record, List<ResultRow> results) {

	/** @return the outcome of a job that went through: its record with the evaluation space and timings */
	static Outcome done(Job job, String evaluation, Timings timings, List<ResultRow> results) {
		return new Outcome(record(job, JobStatus.DONE, evaluation, null, timings.toRecord()), results);
	}

	/** @return the outcome of a job that failed with {@code e} */
	static Outcome failed(Job job, Throwable e) {
		return new Outcome(record(job, JobStatus.FAILED, null, Failures.message(e), JobRecord.Timings.NONE), List.of());
	}

	private static JobRecord record(Job job, JobStatus status, String evaluation, String message, JobRecord.Timings t) {
		return new JobRecord(job.index(), job.key(), job.caseId(), job.variantId(), job.axis(), job.perturbation(), job.parameter(), job.value(),
				job.seed(), status, evaluation, message, t);
	}
}
