// SPDX-License-Identifier: EPL-2.0
package org.segsense.report;

/**
 * The structured events of a report that a front end shows: warnings that do not stop the report. Progress
 * (the phase as sub-task, a unit per section) and cancellation go through the report's
 * {@link org.eclipse.core.runtime.IProgressMonitor}, not through here.
 */
public interface ReportEvents {

	/** Events nobody listens to. */
	ReportEvents NONE = new ReportEvents() {
	};

	/** @param text a warning that does not stop the report (a section that failed, montages that could not be made) */
	default void warning(String text) {
	}
}
