// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

/**
 * Naming of the results scored against the ground truth in a consensus-reference study whose reference has
 * {@code scoreAgainstTruth} set. Each job is then scored twice: against the consensus, with the study's metric ids,
 * and against the case's label image, with the metric id followed by {@link #SUFFIX} (for example
 * {@code dice@truth}); the metric type of those rows is unchanged.
 */
public final class TruthScores {

	/** The suffix of the metric id of a row scored against the case's label image: {@value}. */
	public static final String SUFFIX = "@truth";

	private TruthScores() {
	}

	/** The metric id of the truth-scored rows of a metric: {@code metricId + SUFFIX}. */
	public static String truthId(String metricId) {
		return metricId + SUFFIX;
	}

	/** Whether a metric id names a row scored against the truth. */
	public static boolean isTruthId(String metricId) {
		return metricId != null && metricId.endsWith(SUFFIX);
	}

	/** The study's metric id of a row id: the id without {@link #SUFFIX}, or the id itself. */
	public static String baseId(String metricId) {
		return isTruthId(metricId) ? metricId.substring(0, metricId.length() - SUFFIX.length()) : metricId;
	}
}
