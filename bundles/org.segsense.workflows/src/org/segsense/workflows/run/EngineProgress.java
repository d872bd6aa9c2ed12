// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.run;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.segsense.engine.RunEvents;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.ResultRow;

/**
 * The one place that adapts the engine's progress to a {@link RunListener}: the engine names its phases as the
 * monitor's sub-tasks (forwarded to {@link RunListener#phase}) and reports committed jobs through
 * {@link RunEvents} (forwarded with their rate and ETA as {@link RunProgress}). Cancellation is the monitor's own.
 */
final class EngineProgress extends ProgressMonitorWrapper {

	private final RunListener listener;

	private EngineProgress(IProgressMonitor monitor, RunListener listener) {
		super(monitor != null ? monitor : new NullProgressMonitor());
		this.listener = listener;
	}

	/** @return the monitor to give the engine: the caller's, with its sub-tasks also reported as phases */
	static IProgressMonitor monitor(IProgressMonitor monitor, RunListener listener) {
		return listener == null ? monitor : new EngineProgress(monitor, listener);
	}

	/** @return the engine events that report to the listener */
	static RunEvents events(RunListener listener) {
		if (listener == null) {
			return RunEvents.NONE;
		}
		return new RunEvents() {
			@Override
			public void jobCommitted(JobRecord job, List<ResultRow> results, int done, int pending, long elapsedNanos) {
				listener.jobCommitted(RunProgress.of(done, pending, elapsedNanos, job));
			}
		};
	}

	@Override
	public void subTask(String name) {
		super.subTask(name);
		if (name != null && !name.isEmpty()) {
			listener.phase(name);
		}
	}
}
