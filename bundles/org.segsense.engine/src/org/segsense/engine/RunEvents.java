// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.List;

import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.ResultRow;

/**
 * The structured events of a run that a front end shows (a table of jobs, a live chart): called from
 * worker threads, one call at a time. Progress (work done, the current phase as a sub-task) and
 * cancellation go through the run's {@link org.eclipse.core.runtime.IProgressMonitor}, not through here.
 */
public interface RunEvents {

	/** Events nobody listens to. */
	RunEvents NONE = new RunEvents() {
	};

	/**
	 * A job was committed (done or failed) in one store transaction.
	 *
	 * @param job its record (status, timings, failure message)
	 * @param results its metric values as stored (none when it failed)
	 * @param done jobs committed in this run so far
	 * @param pending jobs this run has to do (the shard's jobs minus those committed before)
	 * @param elapsedNanos since the jobs started
	 */
	default void jobCommitted(JobRecord job, List<ResultRow> results, int done, int pending, long elapsedNanos) {
	}
}
