// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.util.concurrent.Callable;

import org.segsense.cli.ExitCodes;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code segsense}: the root of the command tree and the home of the global options. */
@Command(name = "segsense", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
		versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
		description = {
				"Performance-sensitivity analysis of CNN segmentation models (Güllmar et al., Z Med Phys 2022): "
						+ "perturb the input, segment, score against a reference, and compare augmentation variants." },
		subcommands = { StudyCommand.class, ImageCommand.class, StapleCommand.class, MetricsCommand.class,
				PerturbCommand.class, InferCommand.class, ModelCommand.class, DevicesCommand.class,
				TrainCommand.class, AugmentCommand.class, RunCommand.class, MergeCommand.class, SlurmCommand.class, ReproduceCommand.class, ReportCommand.class, BenchCommand.class, PluginsCommand.class, WorkbenchCommand.class, DemoCommand.class, PhantomCommand.class,
				CommandLine.HelpCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success", "1:the work failed (e.g. an I/O error, a reproduction mismatch)",
				"2:bad usage or bad input (the message names the file and the fix)" },
		footer = { "", "Run 'segsense COMMAND --help' for the options of a command." })
public final class RootCommand implements Callable<Integer> {

	@Option(names = "--json", scope = ScopeType.INHERIT, description = "Print machine-readable JSON instead of text.")
	public boolean json;

	@Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
	public boolean debug;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.BAD_INPUT;
	}

	/** The root command object of the command tree {@code commandLine} belongs to. */
	public static RootCommand of(CommandLine commandLine) {
		return (RootCommand) commandLine.getCommandSpec().root().userObject();
	}

	/** The root command object of the command tree {@code spec} belongs to. */
	public static RootCommand of(CommandSpec spec) {
		return (RootCommand) spec.root().userObject();
	}
}
