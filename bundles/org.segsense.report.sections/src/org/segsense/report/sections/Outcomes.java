// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.sections;

import java.util.List;
import java.util.StringJoiner;

import org.segsense.report.analysis.Analysis.Curve;
import org.segsense.report.analysis.RunData;

/** The outcome counts (n_valid, n_missed, n_both_empty) and the aggregation policy as chart captions say them. */
final class Outcomes {

	private Outcomes() {
	}

	/** @return e.g. "policy worstCase; tight: n_valid 5, n_missed 1, n_both_empty 0; wide: …" over the curves' baseline and points */
	static String caption(RunData run, List<Curve> curves) {
		StringJoiner j = new StringJoiner("; ", "; policy " + (run.aggregation().worstCase() ? "worstCase" : "exclude") + "; ", "");
		for (Curve c : curves) {
			j.add(c.variant().id() + ": " + c.totalCounts());
		}
		return j.toString();
	}
}
