// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.util.concurrent.Callable;

import org.segsense.cli.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code segsense study}: create and check study files. */
@Command(name = "study", description = "Create and validate study files (.segsense).",
		subcommands = { StudyNewCommand.class, StudyValidateCommand.class })
public final class StudyCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.BAD_INPUT;
	}
}
