// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.run;

import java.util.Locale;

import org.segsense.engine.store.JobRecord;

/**
 * The progress of a run after a committed job, with its rate and the estimated time to finish.
 *
 * @param done jobs committed in this run so far
 * @param pending jobs this run has to do
 * @param elapsedNanos since the jobs started
 * @param job the job just committed
 * @param jobsPerSecond {@code done / elapsed seconds} (0 before any time elapsed)
 * @param etaSeconds {@code (pending − done) / jobsPerSecond} (0 without a rate)
 */
public record RunProgress(int done, int pending, long elapsedNanos, JobRecord job, double jobsPerSecond, double etaSeconds) {

	/** @return the progress with its rate and ETA computed */
	public static RunProgress of(int done, int pending, long elapsedNanos, JobRecord job) {
		double s = elapsedNanos / 1e9;
		double rate = s > 0 ? done / s : 0;
		double eta = rate > 0 ? (pending - done) / rate : 0;
		return new RunProgress(done, pending, elapsedNanos, job, rate, eta);
	}

	/** @return the percentage done */
	public double percent() {
		return 100.0 * done / Math.max(1, pending);
	}

	/** @return a duration as {@code 42 s}, {@code 3m07s} or {@code 2h05m} */
	public static String duration(double seconds) {
		long s = Math.round(seconds);
		return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
				: s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + " s";
	}
}
