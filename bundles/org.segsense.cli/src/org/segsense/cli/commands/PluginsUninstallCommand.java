// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.util.concurrent.Callable;

import org.segsense.cli.ExitCodes;
import org.segsense.p2.PluginInstaller;
import org.segsense.p2.PluginInstaller.Installed;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segsense plugins uninstall ID}: removes an installed third-party plug-in with the product's p2 director. */
@Command(name = "uninstall", description = { "Uninstall a third-party plug-in (an id listed by 'segsense plugins').",
		"Done by p2; the plug-in is gone from the next start." })
public final class PluginsUninstallCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "ID", description = "The plug-in's id, as 'segsense plugins' lists it.")
	String id;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		Installed removed = PluginsInstallCommand.run(() -> PluginInstaller.ofRunningProduct().uninstall(id));
		spec.commandLine().getOut().println("uninstalled " + removed.id() + " " + removed.version());
		return ExitCodes.OK;
	}
}
