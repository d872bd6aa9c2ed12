package org.segsense.cli.commands;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.segsense.cli.ExitCodes;
import org.segsense.image.ImageInfo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segsense image info FILE}: the geometry and pixel type as ITK 5.2 reads them. */
@Command(name = "info", description = {
		"Print size, spacing, origin, direction (row-major; column j = direction of axis j), pixel type and",
		"components, in ITK's reading (LPS physical space, mm)." })
public final class ImageInfoCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "FILE", description = "The image file.")
	Path file;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		ImageInfo info = ImageInfo.of(ImageFiles.read(file));
		spec.commandLine().getOut().println(RootCommand.of(spec).json ? info.toJson() : info.toText());
		return ExitCodes.OK;
	}
}
