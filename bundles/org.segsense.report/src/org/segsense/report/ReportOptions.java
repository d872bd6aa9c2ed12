package org.segsense.report;

import java.nio.file.Path;

/**
 * How to write a report.
 *
 * @param outputDir the folder of {@code index.html} and its assets; null = {@code RUN/report}
 * @param montages whether to render slice montages (re-runs the chosen jobs, so it needs the models and images)
 * @param montageValuesPerAxis how many swept values per axis get a montage (the extremes first; default 2)
 */
public record ReportOptions(Path outputDir, boolean montages, int montageValuesPerAxis) {

	/** Default number of montage values per axis: the smallest and the largest. */
	public static final int DEFAULT_MONTAGE_VALUES = 2;

	public ReportOptions {
		if (montageValuesPerAxis < 0) {
			throw new IllegalArgumentException("montageValuesPerAxis must be 0 or positive, not " + montageValuesPerAxis + ".");
		}
	}

	/** @return RUN/report, with montages at the two extreme values of each axis */
	public static ReportOptions defaults() {
		return new ReportOptions(null, true, DEFAULT_MONTAGE_VALUES);
	}

	public ReportOptions withOutputDir(Path dir) {
		return new ReportOptions(dir, montages, montageValuesPerAxis);
	}

	public ReportOptions withMontages(boolean on) {
		return new ReportOptions(outputDir, on, montageValuesPerAxis);
	}

	public ReportOptions withMontageValuesPerAxis(int n) {
		return new ReportOptions(outputDir, montages, n);
	}
}
