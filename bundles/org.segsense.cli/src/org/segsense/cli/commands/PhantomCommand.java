// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.util.concurrent.Callable;

import org.segsense.cli.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code segsense phantom}: synthetic data with ground truth. */
@Command(name = "phantom", description = "Generate synthetic images with ground truth.", subcommands = { PhantomFibresCommand.class })
public final class PhantomCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.BAD_INPUT;
	}
}
