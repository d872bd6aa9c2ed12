// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.inference.EngineDescriptor;
import org.segsense.inference.InferenceEngines;
import org.segsense.inference.InferenceException;
import org.segsense.inference.spi.Device;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code segsense devices}: what every installed inference engine can run on. */
@Command(name = "devices", description = {
		"List the devices (CPU, GPUs) each installed inference engine sees, and its runtime (library "
				+ "versions, native backend, oneDNN)." })
public final class DevicesCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		InferenceEngines engines = InferenceEngines.installed();
		if (engines.all().isEmpty()) {
			throw new CliException(ExitCodes.FAILURE, "no inference engine is installed" + (engines.problems().isEmpty() ? ""
					: " (" + String.join("; ", engines.problems()) + ")") + ". Reinstall SegSense with its TensorFlow feature.");
		}
		List<Map<String, Object>> out = new ArrayList<>();
		for (EngineDescriptor e : engines.all()) {
			List<Device> devices;
			try {
				devices = e.engine().devices();
			} catch (InferenceException ex) {
				throw new CliException(ExitCodes.FAILURE, "engine '" + e.id() + "': " + ex.getMessage(), ex);
			}
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("id", e.id());
			m.put("name", e.name());
			m.put("bundle", e.contributor());
			m.put("runtime", e.engine().runtimeInfo());
			m.put("devices", devices.stream().map(d -> {
				Map<String, Object> dm = new LinkedHashMap<>();
				dm.put("name", d.name());
				dm.put("type", d.type());
				dm.put("memoryBytes", d.memoryBytes());
				return dm;
			}).toList());
			out.add(m);
		}
		PrintWriter w = spec.commandLine().getOut();
		if (RootCommand.of(spec).json) {
			w.println(JsonWriter.write(Map.of("engines", out)));
			return ExitCodes.OK;
		}
		for (Map<String, Object> m : out) {
			w.println(m.get("name") + "  [engine " + m.get("id") + ", " + m.get("bundle") + "]");
			@SuppressWarnings("unchecked")
			Map<String, String> runtime = (Map<String, String>) m.get("runtime");
			runtime.forEach((k, v) -> w.println("  " + k + ": " + v));
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> ds = (List<Map<String, Object>>) m.get("devices");
			for (Map<String, Object> d : ds) {
				long bytes = (Long) d.get("memoryBytes");
				w.println("  " + d.get("type") + "  " + d.get("name")
						+ (bytes > 0 ? String.format(Locale.ROOT, "  %.1f GiB", bytes / (1024.0 * 1024 * 1024)) : ""));
			}
			if (ds.stream().noneMatch(d -> "GPU".equals(d.get("type")))) {
				w.println("  (no GPU visible: inference runs on the CPU)");
			}
		}
		return ExitCodes.OK;
	}
}
