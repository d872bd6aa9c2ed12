package org.segsense.cli.commands;

import java.util.concurrent.Callable;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;

import picocli.CommandLine.Command;

/**
 * {@code segsense demo}: the end-to-end example. Until the study engine exists it says so and
 * fails, rather than pretending to have done something.
 */
@Command(name = "demo", description = "Run the example study end to end (fetch, train, run, report).")
public final class DemoCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		throw new CliException(ExitCodes.FAILURE,
				"the demo is not yet available in this build: it needs the study engine and the report, "
						+ "which are not implemented yet. What works now: 'segsense study new|validate', 'segsense image info', "
						+ "'segsense staple', 'segsense metrics', 'segsense plugins', 'segsense workbench'.");
	}
}
