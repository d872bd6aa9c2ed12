// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segsense.backend.BackendBenchmark;
import org.segsense.backend.BackendUnavailableException;
import org.segsense.backend.ImageBackend;
import org.segsense.backend.ImageBackends;
import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code segsense bench backends}: the image backends timed on the same synthetic case in one run ({@link BackendBenchmark}). */
@Command(name = "backends", description = {
		"Time resampling, binary and multi-label STAPLE and the distance map on every image backend (java, simpleitk).",
		"Same synthetic N³ case for every backend, median of --runs runs after a warm-up; the last column is the "
				+ "ratio of each backend's time to the java backend's." })
public final class BenchBackendsCommand implements Callable<Integer> {

	@Option(names = "--size", paramLabel = "N", description = "Edge length of the synthetic volume (default: ${DEFAULT-VALUE}).")
	int size = 96;

	@Option(names = "--raters", paramLabel = "R", description = "Number of raters for STAPLE (default: ${DEFAULT-VALUE}).")
	int raters = 5;

	@Option(names = "--runs", paramLabel = "K", description = "Timed runs per operation (default: ${DEFAULT-VALUE}).")
	int runs = 3;

	@Option(names = "--backend", paramLabel = "NAME", split = ",", description = "Backends to time (default: java,simpleitk).")
	List<String> backends = List.of("java", "simpleitk");

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		if (size < 8 || size > 512 || raters < 2 || runs < 1) {
			throw CliException.badInput("--size must be 8..512, --raters at least 2 and --runs at least 1.");
		}
		List<ImageBackend> chosen = new ArrayList<>();
		for (String id : backends) {
			try {
				ImageBackend b = ImageBackends.get(id);
				b.describe();
				chosen.add(b);
			} catch (BackendUnavailableException e) {
				throw CliException.badInput(e.getMessage(), e);
			}
		}
		Map<String, Map<String, Double>> t = BackendBenchmark.run(chosen, size, raters, runs, 42);
		PrintWriter out = spec.commandLine().getOut();
		String base = chosen.get(0).id();
		if (RootCommand.of(spec).json) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("size", size);
			json.put("raters", raters);
			json.put("runs", runs);
			json.put("seconds", t);
			out.println(JsonWriter.write(json));
			return ExitCodes.OK;
		}
		out.printf(Locale.ROOT, "%-20s", "operation (" + size + "³)");
		t.keySet().forEach(id -> out.printf(Locale.ROOT, "%14s", id + " (s)"));
		t.keySet().stream().skip(1).forEach(id -> out.printf(Locale.ROOT, "%16s", id + "/" + base));
		out.println();
		for (String op : BackendBenchmark.OPERATIONS) {
			out.printf(Locale.ROOT, "%-20s", op);
			t.values().forEach(m -> out.printf(Locale.ROOT, "%14.3f", m.get(op)));
			t.values().stream().skip(1).forEach(m -> out.printf(Locale.ROOT, "%16.2f", m.get(op) / t.get(base).get(op)));
			out.println();
		}
		return ExitCodes.OK;
	}
}
