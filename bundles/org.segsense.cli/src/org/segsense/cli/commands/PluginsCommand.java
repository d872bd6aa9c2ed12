// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.p2.PluginInstaller;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code segsense plugins}: the extension points SegSense defines, who contributes to them, and
 * what SegSense's own plug-ins contribute to the platform's extension points.
 */
@Command(name = "plugins", subcommands = { PluginsInstallCommand.class, PluginsUninstallCommand.class }, description = {
		"List SegSense's extension points with their contributors.",
		"Also lists the contributions of SegSense plug-ins to other extension points. A plug-in dropped into "
				+ "the product shows up here." })
public final class PluginsCommand implements Callable<Integer> {

	/** Extension points and contributing bundles whose id starts with this belong to SegSense. */
	public static final String SEGSENSE_NAMESPACE = "org.segsense";

	@Option(names = "--all", description = "List every extension point of the runtime, not only SegSense's.")
	boolean all;

	@Spec
	CommandSpec spec;

	/** One extension point and its contributions. */
	public record PointInfo(String id, String label, String definedBy, List<Contribution> contributions) {
	}

	/** One extension: the bundle that contributes it and the extension's own id (may be null). */
	public record Contribution(String bundle, String extensionId) {
	}

	@Override
	public Integer call() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			throw new CliException(ExitCodes.FAILURE,
					"the extension registry is not available: run SegSense through the 'segsense' launcher.");
		}
		List<PointInfo> own = new ArrayList<>();
		List<PointInfo> others = new ArrayList<>();
		for (IExtensionPoint point : sorted(registry.getExtensionPoints())) {
			PointInfo info = describe(point);
			if (isSegSense(point.getUniqueIdentifier())) {
				own.add(info);
			} else {
				List<Contribution> fromSegSense = info.contributions().stream()
						.filter(c -> isSegSense(c.bundle())).toList();
				if (all) {
					others.add(info);
				} else if (!fromSegSense.isEmpty()) {
					others.add(new PointInfo(info.id(), info.label(), info.definedBy(), fromSegSense));
				}
			}
		}
		PrintWriter out = spec.commandLine().getOut();
		if (RootCommand.of(spec).json) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("extensionPoints", own.stream().map(PluginsCommand::toJson).toList());
			json.put(all ? "otherExtensionPoints" : "contributionsToOtherPoints",
					others.stream().map(PluginsCommand::toJson).toList());
			out.println(JsonWriter.write(json));
			return ExitCodes.OK;
		}
		out.println("SegSense extension points:");
		if (own.isEmpty()) {
			out.println("  (none installed)");
		}
		own.forEach(p -> print(out, p));
		out.println();
		out.println(all ? "Other extension points:" : "Contributions of SegSense plug-ins to other extension points:");
		others.forEach(p -> print(out, p));
		out.println();
		out.println("Installed plug-ins (segsense plugins install / uninstall):");
		try {
			List<PluginInstaller.Installed> installed = PluginInstaller.ofRunningProduct().list();
			installed.forEach(p -> out.println("  " + p.id() + " " + p.version()));
			if (installed.isEmpty()) {
				out.println("  (none)");
			}
		} catch (PluginInstaller.PluginException e) {
			out.println("  (unknown: " + e.getMessage() + ")");
		}
		return ExitCodes.OK;
	}

	private static boolean isSegSense(String id) {
		return id != null && (id.equals(SEGSENSE_NAMESPACE) || id.startsWith(SEGSENSE_NAMESPACE + "."));
	}

	private static List<IExtensionPoint> sorted(IExtensionPoint[] points) {
		return Arrays.stream(points).sorted(Comparator.comparing(IExtensionPoint::getUniqueIdentifier)).toList();
	}

	private static PointInfo describe(IExtensionPoint point) {
		Map<String, Contribution> byKey = new TreeMap<>();
		for (IExtension extension : point.getExtensions()) {
			Contribution c = new Contribution(extension.getContributor().getName(), extension.getUniqueIdentifier());
			byKey.put(c.bundle() + "\u0000" + c.extensionId() + "\u0000" + byKey.size(), c);
		}
		return new PointInfo(point.getUniqueIdentifier(), point.getLabel(), point.getContributor().getName(),
				List.copyOf(byKey.values()));
	}

	private static void print(PrintWriter out, PointInfo point) {
		String label = point.label() == null || point.label().isBlank() ? "" : "  (" + point.label() + ")";
		out.println("  " + point.id() + label + "  [defined by " + point.definedBy() + "]");
		if (point.contributions().isEmpty()) {
			out.println("      no contributors");
		}
		for (Contribution c : point.contributions()) {
			out.println("      " + c.bundle() + (c.extensionId() == null ? "" : "  " + c.extensionId()));
		}
	}

	private static Map<String, Object> toJson(PointInfo point) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", point.id());
		json.put("label", point.label());
		json.put("definedBy", point.definedBy());
		json.put("contributors", point.contributions().stream().map(c -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("bundle", c.bundle());
			m.put("extension", c.extensionId());
			return m;
		}).toList());
		return json;
	}
}
