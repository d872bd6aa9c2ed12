// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code segsense workbench}: starts the graphical workbench of this installation in a new JVM
 * (the workbench must own the main thread, which the headless application already holds).
 */
@Command(name = "workbench", description = "Start the SegSense workbench (graphical user interface).")
public final class WorkbenchCommand implements Callable<Integer> {

	/** The Equinox application id of the workbench (declared by org.segsense.ui). */
	public static final String WORKBENCH_APPLICATION = "org.segsense.ui.workbench";

	@Option(names = "--data", paramLabel = "DIR",
			description = "Workspace folder for the workbench's state (default: ~/segsense-workspace).")
	Path data;

	@Option(names = "--no-wait", description = "Return as soon as the workbench process has started.")
	boolean noWait;

	@Override
	public Integer call() throws IOException, InterruptedException {
		if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
			throw CliException.badInput("no graphical display: the workbench needs one. Set DISPLAY, or on a "
					+ "server run it under a virtual display, e.g. 'xvfb-run ./segsense workbench'.");
		}
		Path install = locationPath(Platform.getInstallLocation(), "installation");
		Path launcher = findLauncher(install);
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command()
				.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		for (String jvmArg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
			if (!jvmArg.startsWith("-agentlib:") && !jvmArg.startsWith("-javaagent:")) {
				command.add(jvmArg);
			}
		}
		command.addAll(List.of("-jar", launcher.toString(), "-application", WORKBENCH_APPLICATION));
		Location configuration = Platform.getConfigurationLocation();
		if (configuration != null && configuration.getURL() != null) {
			command.addAll(List.of("-configuration", configuration.getURL().toExternalForm()));
		}
		command.addAll(List.of("-data", data == null ? "@user.home/segsense-workspace" : data.toAbsolutePath().toString()));
		Process process = new ProcessBuilder(command).inheritIO().start();
		if (noWait) {
			return ExitCodes.OK;
		}
		return process.waitFor();
	}

	private static Path findLauncher(Path install) throws IOException {
		Path plugins = install.resolve("plugins");
		try (Stream<Path> files = Files.list(plugins)) {
			return files.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst()
					.orElseThrow(() -> new CliException(ExitCodes.FAILURE, "this installation is incomplete: no "
							+ "org.eclipse.equinox.launcher jar in " + plugins + ". Rebuild it with './mvnw verify'."));
		} catch (java.nio.file.NoSuchFileException e) {
			throw new CliException(ExitCodes.FAILURE, "this installation has no plugins folder (" + plugins
					+ "): the workbench can only be started from a built SegSense product.");
		}
	}

	private static Path locationPath(Location location, String what) {
		URL url = location == null ? null : location.getURL();
		if (url == null) {
			throw new CliException(ExitCodes.FAILURE, "the " + what + " location of this runtime is not known.");
		}
		try {
			return Path.of(url.toURI());
		} catch (URISyntaxException | IllegalArgumentException e) {
			// Equinox location URLs are not always escaped; fall back to the raw path.
			return Path.of(url.getPath());
		}
	}
}
