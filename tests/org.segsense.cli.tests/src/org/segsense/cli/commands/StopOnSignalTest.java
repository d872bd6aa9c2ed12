// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.segsense.workflows.run.ProgressLines;
import org.segsense.workflows.run.RunListener;

/**
 * SIGTERM / Ctrl-C during {@code segsense run}: the JVM's shutdown hook cancels the run's progress monitor
 * (a graceful stop) and waits until the run has finished; the run's phases are printed as lines.
 */
class StopOnSignalTest {

	@Test
	void theShutdownHookCancelsTheRunsMonitorAndWaitsForTheRun() throws Exception {
		StringWriter text = new StringWriter();
		PrintWriter err = new PrintWriter(text);
		NullProgressMonitor monitor = new NullProgressMonitor();
		CountDownLatch finished = new CountDownLatch(1);
		Thread hook = RunCommand.stopOnSignal(monitor, finished, err);
		try {
			assertFalse(monitor.isCanceled());
			hook.start(); // what the JVM does on a signal
			long t0 = System.nanoTime();
			while (!monitor.isCanceled() && System.nanoTime() - t0 < 5_000_000_000L) {
				Thread.sleep(5);
			}
			assertTrue(monitor.isCanceled(), "the signal cancels the monitor");
			Thread.sleep(50);
			assertTrue(hook.isAlive(), "the hook waits until the run has printed its summary");
			finished.countDown();
			hook.join(TimeUnit.SECONDS.toMillis(5));
			assertFalse(hook.isAlive());
			assertTrue(text.toString().contains("stopping on a signal: finishing the jobs in progress"), text::toString);
		} finally {
			Runtime.getRuntime().removeShutdownHook(hook);
		}
	}

	@Test
	void theRunsPhasesArePrintedAsLinesWithTheRunPrefix() {
		List<String> lines = new java.util.ArrayList<>();
		RunListener l = new ProgressLines(lines::add, 5);
		l.phase("24 job(s) to run on 2 worker(s)");
		assertEquals(List.of("run: 24 job(s) to run on 2 worker(s)"), lines);
	}
}
