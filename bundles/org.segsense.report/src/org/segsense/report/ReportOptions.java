// SPDX-License-Identifier: EPL-2.0
package org.segsense.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to write a report.
 *
 * @param outputDir the folder of {@code index.html} and its assets; null = {@code RUN/report}
 * @param montages whether to render slice montages (re-runs the chosen jobs, so it needs the models and images)
 * @param montageValuesPerAxis how many swept values per axis get a montage (the extremes first; default 2)
 *        on the axes that {@code montageAt} does not name
 * @param montageAt the swept values that get a montage, per axis id (overrides the count on those axes);
 *        empty = none chosen
 * @param montageCase the case the montages show; null = the study's first case
 */
public record ReportOptions(Path outputDir, boolean montages, int montageValuesPerAxis, Map<String, List<Double>> montageAt,
		String montageCase) {

	/** Default number of montage values per axis: the smallest and the largest. */
	public static final int DEFAULT_MONTAGE_VALUES = 2;

	public ReportOptions {
		if (montageValuesPerAxis < 0) {
			throw new IllegalArgumentException("montageValuesPerAxis must be 0 or positive, not " + montageValuesPerAxis + ".");
		}
		montageAt = montageAt == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(montageAt));
	}

	/** @return RUN/report, with montages of the first case at the two extreme values of each axis */
	public static ReportOptions defaults() {
		return new ReportOptions(null, true, DEFAULT_MONTAGE_VALUES, Map.of(), null);
	}

	public ReportOptions withOutputDir(Path dir) {
		return new ReportOptions(dir, montages, montageValuesPerAxis, montageAt, montageCase);
	}

	public ReportOptions withMontages(boolean on) {
		return new ReportOptions(outputDir, on, montageValuesPerAxis, montageAt, montageCase);
	}

	public ReportOptions withMontageValuesPerAxis(int n) {
		return new ReportOptions(outputDir, montages, n, montageAt, montageCase);
	}

	/** @param values axis id → the swept values that get a montage */
	public ReportOptions withMontageAt(Map<String, List<Double>> values) {
		return new ReportOptions(outputDir, montages, montageValuesPerAxis, values, montageCase);
	}

	/** @param caseId the case the montages show, or null for the first */
	public ReportOptions withMontageCase(String caseId) {
		return new ReportOptions(outputDir, montages, montageValuesPerAxis, montageAt, caseId);
	}
}
