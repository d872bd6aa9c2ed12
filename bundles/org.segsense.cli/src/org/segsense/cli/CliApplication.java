// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless Equinox application {@code org.segsense.cli.app}: hands the command line to
 * {@link SegSenseCli} and returns its exit code, which the Equinox launcher passes to the shell.
 */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		int code = SegSenseCli.execute(args == null ? new String[0] : args, System.out, System.err);
		System.out.flush();
		System.err.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// Commands are short-lived or cancel themselves on JVM shutdown; nothing to stop here.
	}
}
