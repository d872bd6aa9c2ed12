// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.run;

import org.segsense.engine.store.JobStatus;
import java.util.Locale;
import java.util.function.Consumer;

import org.segsense.engine.store.JobRecord;

/**
 * A run listener that writes the run's phases and a progress line — done/total, rate and ETA, and any failed
 * job — every {@code every} jobs (0: about every 5 % and at least every 10 s), e.g. to a terminal.
 */
public final class ProgressLines implements RunListener {

	private final Consumer<String> out;
	private final int every;
	private long lastPrint = System.nanoTime();

	/** @param out receives each line (without line end) */
	public ProgressLines(Consumer<String> out, int every) {
		this.out = out;
		this.every = every;
	}

	@Override
	public void phase(String message) {
		out.accept("run: " + message);
	}

	@Override
	public void jobCommitted(RunProgress p) {
		int step = every > 0 ? every : Math.max(1, p.pending() / 20);
		long now = System.nanoTime();
		if (p.done() % step != 0 && p.done() != p.pending() && now - lastPrint < 10_000_000_000L) {
			return;
		}
		lastPrint = now;
		JobRecord job = p.job();
		out.accept(String.format(Locale.ROOT, "run: %d/%d jobs (%.0f %%), %.2f jobs/s, ETA %s%s", p.done(), p.pending(), p.percent(),
				p.jobsPerSecond(), RunProgress.duration(p.etaSeconds()),
				job.status() == JobStatus.FAILED ? "  [failed: " + job.key() + ": " + job.message() + "]" : ""));
	}
}
