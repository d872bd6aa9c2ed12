// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.p2.PluginInstaller;
import org.segsense.p2.PluginInstaller.Installed;
import org.segsense.p2.PluginInstaller.PluginException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segsense plugins install REPO-OR-ZIP}: installs the features of a p2 repository with the product's p2 director. */
@Command(name = "install", description = { "Install the plug-in(s) of a p2 repository (a folder, its .zip, or a URL) into this SegSense installation.",
		"Done by p2 in the installation's profile; the plug-ins are active from the next start of segsense or the workbench." })
public final class PluginsInstallCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "REPO-OR-ZIP", description = "The plug-in's p2 repository folder, zip or URL.")
	String repository;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		List<Installed> installed = run(() -> PluginInstaller.ofRunningProduct().install(repository));
		installed.forEach(p -> spec.commandLine().getOut().println("installed " + p.id() + " " + p.version()));
		spec.commandLine().getOut().println("Restart segsense (and the workbench) to use the new plug-in(s).");
		return ExitCodes.OK;
	}

	/** p2 work that reports {@link PluginException}s. */
	interface Work<T> {
		T run() throws PluginException;
	}

	/** @return the work's result; a {@link PluginException} becomes the CLI's one-line error with exit 2 or 1 */
	static <T> T run(Work<T> work) {
		try {
			return work.run();
		} catch (PluginException e) {
			throw new CliException(e.badInput() ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE, e.getMessage());
		}
	}
}
