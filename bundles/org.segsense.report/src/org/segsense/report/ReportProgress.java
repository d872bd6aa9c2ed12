package org.segsense.report;

/** Progress of a report: the phase it is in (loading, analysing, one per section, writing). */
public interface ReportProgress {

	/** @param text what is being done, e.g. "section: sensitivity curves" */
	void phase(String text);

	/** A warning that does not stop the report (a section that failed, montages that could not be made). */
	default void warning(String text) {
	}

	/** Nothing reported. */
	ReportProgress NONE = text -> {
	};
}
