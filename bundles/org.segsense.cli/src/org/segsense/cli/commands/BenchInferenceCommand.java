// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.inference.InferenceException;
import org.segsense.inference.tensorflow.bench.InferenceBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code segsense bench inference}: CNN inference speed on the benchmark network. */
@Command(name = "inference", description = {
		"Time the benchmark network on an N³ volume.",
		"The network has 4 conv3d 3x3x3 layers of 16 channels, a 1x1x1 head and softmax. Reports SegSense's "
				+ "TensorFlow configuration vs TensorFlow Java's defaults, SegSense's overhead around the TensorFlow "
				+ "call, and the fraction of the CPU's peak FLOP/s. Compare oneDNN off/on with "
				+ "releng/benchmarks/inference.sh." })
public final class BenchInferenceCommand implements Callable<Integer> {

	@Option(names = "--size", paramLabel = "N", defaultValue = "128", description = "Edge length of the volume (default: ${DEFAULT-VALUE}).")
	int size;

	@Option(names = "--runs", paramLabel = "K", defaultValue = "5", description = "Timed runs per configuration (default: ${DEFAULT-VALUE}).")
	int runs;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		if (size < 8 || size > 256 || runs < 1) {
			throw CliException.badInput("--size must be between 8 and 256 and --runs at least 1.");
		}
		Map<String, Object> r;
		try {
			r = InferenceBenchmark.run(size, runs);
		} catch (InferenceException | IOException e) {
			throw new CliException(ExitCodes.FAILURE, e.getMessage(), e);
		}
		PrintWriter out = spec.commandLine().getOut();
		if (RootCommand.of(spec).json) {
			out.println(JsonWriter.write(r));
			return ExitCodes.OK;
		}
		out.printf(Locale.ROOT, "SegSense inference benchmark: %d^3, %s threads, oneDNN %s, median of %d runs%n", size, r.get("threads"),
				Boolean.TRUE.equals(r.get("oneDNN")) ? "on" : "off", runs);
		@SuppressWarnings("unchecked")
		Map<String, Map<String, Object>> ops = (Map<String, Map<String, Object>>) r.get("operations");
		ops.forEach((name, m) -> out.printf(Locale.ROOT, "  %-16s %10.1f ms%n", name, m.get("medianMs")));
		out.printf(Locale.ROOT, "  %.1f GFLOP per pass, %.1f GFLOP/s = %.1f %% of %.1f GFLOP/s peak (%s cores × %.0f MHz × 32)%n",
				r.get("gflopPerPass"), r.get("gflopPerSecond"), 100 * ((Number) r.get("fractionOfPeak")).doubleValue(),
				r.get("peakGflopPerSecond"), r.get("threads"), r.get("cpuMhz"));
		out.printf(Locale.ROOT, "  SegSense overhead around the TensorFlow session call: %.2f %% (tensor copies %.2f %%); TF default / SegSense: %.2f×%n",
				100 * ((Number) r.get("overheadFraction")).doubleValue(), 100 * ((Number) r.get("tensorCopyFraction")).doubleValue(),
				r.get("tfDefaultOverSegSense"));
		return ExitCodes.OK;
	}
}
