package org.segsense.cli.commands;

import java.util.concurrent.Callable;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;

import picocli.CommandLine.Command;

/**
 * {@code segsense demo}: the end-to-end example. Until the report exists it says so and
 * fails, rather than pretending to have done something.
 */
@Command(name = "demo", description = "Run the example study end to end (fetch, train, run, report).")
public final class DemoCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		throw new CliException(ExitCodes.FAILURE,
				"the demo is not yet available in this build: it needs the report, which is not implemented yet. "
						+ "What works now: 'segsense study new|validate', 'segsense run|merge|reproduce' (docs/study-engine.md), "
						+ "'segsense train', 'segsense infer', 'segsense image info', 'segsense staple', 'segsense metrics', "
						+ "'segsense plugins', 'segsense workbench'.");
	}
}
