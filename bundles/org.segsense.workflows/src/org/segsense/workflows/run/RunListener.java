// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.run;

/** The structured events of a run (progress and cancellation go through the {@code IProgressMonitor}). */
public interface RunListener {

	/** Ignores everything. */
	RunListener NONE = new RunListener() {
	};

	/** @param message what the run does now (e.g. "computing the consensus references of 3 cases") */
	default void phase(String message) {
	}

	/** A job was committed (done or failed); called from worker threads, one call at a time. */
	default void jobCommitted(RunProgress progress) {
	}
}
