package org.segsense.cli.commands;

import java.io.PrintWriter;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * The terminal side of a long command's progress monitor: prints every sub-task (the phase the work is in)
 * as one line with a prefix, e.g. "run: 24 job(s) to run on 2 worker(s)". Cancelled by a signal
 * ({@link RunCommand}) or never.
 */
class PhaseMonitor extends NullProgressMonitor {

	private final PrintWriter err;
	private final String prefix;

	/**
	 * @param err where the lines go
	 * @param prefix put before each line, or null to print nothing
	 */
	PhaseMonitor(PrintWriter err, String prefix) {
		this.err = err;
		this.prefix = prefix;
	}

	@Override
	public void subTask(String name) {
		if (prefix != null && name != null && !name.isEmpty()) {
			synchronized (err) {
				err.println(prefix + name);
				err.flush();
			}
		}
	}
}
