// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.inference.InferenceException;
import org.segsense.inference.tensorflow.ModelInspection;
import org.segsense.inference.tensorflow.OpSafety;
import org.segsense.inference.tensorflow.UnsafeOp;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segsense model inspect DIR}: what a SavedModel contains, without running it. */
@Command(name = "inspect", description = {
		"Print a TensorFlow SavedModel's signatures, operations, size, SHA-256 and safety verdict.",
		"Reads saved_model.pb (the meta graph tagged 'serve', which TensorFlow loads) without running "
				+ "anything. A model with operations outside SegSense's allow-list (file system, network, processes, "
				+ "anything a segmentation network does not need) is 'unsafe': the verdict lists them, and 'segsense "
				+ "infer' refuses it unless --allow-unsafe-ops is given." })
public final class ModelInspectCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "DIR", description = "The SavedModel folder (holds saved_model.pb).")
	Path folder;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		ModelInspection i;
		String sha256;
		try {
			i = ModelInspection.of(folder);
			sha256 = i.sha256();
		} catch (InferenceException e) {
			throw CliException.badInput(e.getMessage(), e);
		}
		PrintWriter out = spec.commandLine().getOut();
		if (RootCommand.of(spec).json) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("folder", folder.toString());
			json.put("tags", i.tags());
			json.put("signatures", i.signatures());
			json.put("operations", i.opHistogram());
			json.put("bytes", i.bytes());
			json.put("sha256", sha256);
			json.put("safe", i.safe());
			json.put("verdict", i.verdict());
			json.put("metaGraphs", i.metaGraphs());
			json.put("allowListSize", OpSafety.ALLOWED.size());
			List<Map<String, Object>> disallowed = new ArrayList<>();
			for (UnsafeOp u : i.disallowed()) {
				Map<String, Object> d = new LinkedHashMap<>();
				d.put("op", u.op());
				d.put("reason", u.reason());
				d.put("nodes", u.count());
				d.put("firstNodes", u.nodes());
				disallowed.add(d);
			}
			json.put("disallowedOperations", disallowed);
			json.put("unsafeOperations", i.unsafe());
			out.println(JsonWriter.write(json));
			return ExitCodes.OK;
		}
		out.println("SavedModel " + folder + "  (tags " + String.join(", ", i.tags()) + "; meta graphs in the file: " + i.metaGraphs() + ")");
		out.printf(Locale.ROOT, "  size %.1f MB, SHA-256 %s%n", i.bytes() / 1e6, sha256);
		i.signatures().forEach((key, lines) -> {
			out.println("  signature " + key);
			lines.forEach(l -> out.println("    " + l));
		});
		int total = i.opHistogram().values().stream().mapToInt(Integer::intValue).sum();
		out.println("  operations (" + total + " nodes, " + i.opHistogram().size() + " types):");
		i.opHistogram().entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue()
				: a.getKey().compareTo(b.getKey())).forEach(e -> out.printf(Locale.ROOT, "    %6d  %s%n", e.getValue(), e.getKey()));
		out.println("  verdict: " + i.verdict());
		if (!i.safe()) {
			out.println("  operations outside the allow-list of " + OpSafety.ALLOWED.size() + " (see docs/inference.md, Model safety),"
					+ " or checkpoint operations outside the saver:");
			i.unsafe().forEach(u -> out.println("    " + u));
			out.println("  'segsense infer' refuses this model unless --allow-unsafe-ops is given.");
		}
		return ExitCodes.OK;
	}
}
