// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.util.concurrent.Callable;

import org.segsense.cli.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code segsense bench}: in-process benchmarks (warm JIT, median of several runs). */
@Command(name = "bench", description = "Benchmarks of SegSense's own operations; compare with ITK via releng/benchmarks/image-vs-itk.sh.",
		subcommands = { BenchImageCommand.class, BenchInferenceCommand.class, BenchBackendsCommand.class })
public final class BenchCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.BAD_INPUT;
	}
}
