// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code segsense slurm}: studies on a Slurm cluster. */
@Command(name = "slurm", description = {
		"Run a study on a Slurm cluster: an array job of shards and a merge job, with no server; only a shared file system.",
		"See docs/slurm.md for what the nodes must share (the product, Java, the TensorFlow cache, the project)." },
		subcommands = { SlurmSubmitCommand.class, SlurmStatusCommand.class, SlurmResubmitCommand.class })
public final class SlurmCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.BAD_INPUT;
	}

	/**
	 * The segsense launcher the nodes run: {@code --launcher}, else {@code SEGSENSE_LAUNCHER} (set by ./segsense), else
	 * {@code SEGSENSE_REPO/segsense}.
	 */
	static Path launcher(Path option, Map<String, String> env) {
		if (option != null) {
			return option.toAbsolutePath().normalize();
		}
		String l = env.get("SEGSENSE_LAUNCHER");
		if (l != null && !l.isBlank()) {
			return Path.of(l).toAbsolutePath().normalize();
		}
		String repo = env.get("SEGSENSE_REPO");
		if (repo != null && Files.isExecutable(Path.of(repo, "segsense"))) {
			return Path.of(repo, "segsense").toAbsolutePath().normalize();
		}
		throw CliException.badInput("Cannot tell which segsense launcher the nodes should run. Give --launcher PATH (the segsense script on "
				+ "the shared file system) or set SEGSENSE_LAUNCHER.");
	}
}
