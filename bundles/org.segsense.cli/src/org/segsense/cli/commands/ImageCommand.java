// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.util.concurrent.Callable;

import org.segsense.cli.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code segsense image}: inspect and transform image files. */
@Command(name = "image", description = "Inspect and resample images (NIfTI, MetaImage, NRRD, and formats added by plug-ins).",
		subcommands = { ImageInfoCommand.class, ImageResampleCommand.class })
public final class ImageCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.BAD_INPUT;
	}
}
