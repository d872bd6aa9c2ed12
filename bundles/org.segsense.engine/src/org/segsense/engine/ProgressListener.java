package org.segsense.engine;

import org.segsense.engine.store.JobRecord;

/** Receives the progress of a run; called from worker threads, one call at a time. */
public interface ProgressListener {

	/** A listener that ignores everything. */
	ProgressListener NONE = new ProgressListener() {
	};

	/**
	 * @param message what the run does now (e.g. "computing the consensus references of 3 cases")
	 */
	default void phase(String message) {
	}

	/**
	 * A job was committed (done or failed).
	 *
	 * @param done jobs committed in this run so far
	 * @param pending jobs this run has to do (the shard's jobs minus those committed before)
	 * @param elapsedNanos since the jobs started
	 * @param job the committed job
	 */
	default void jobCommitted(int done, int pending, long elapsedNanos, JobRecord job) {
	}
}
