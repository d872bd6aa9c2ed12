// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.report;

/** The structured events of a report: warnings that do not stop it (phases go to the monitor's sub-tasks and here). */
public interface ReportListener {

	/** Ignores everything. */
	ReportListener NONE = new ReportListener() {
	};

	/** @param text what is being done, e.g. "section: sensitivity curves" */
	default void phase(String text) {
	}

	/** @param text a warning that does not stop the report */
	default void warning(String text) {
	}
}
