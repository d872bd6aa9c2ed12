// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.segsense.cli.CliException;
import org.segsense.image.ImageInfo;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageIO;
import org.segsense.cli.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code segsense image info FILE}: the geometry and pixel type as ITK 5.2 reads them, from the header
 * alone ({@link ImageIO#readHeader}): the voxel data are not read, so it is fast and small for any size.
 */
@Command(name = "info", description = {
		"Print an image's size, spacing, origin, direction, pixel type and components.",
		"Values are in ITK's reading (LPS physical space, mm); the direction matrix is row-major, column j "
				+ "being the direction of axis j. Reads the header only, not the voxels." })
public final class ImageInfoCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "FILE", description = "The image file, or with --backend simpleitk a DICOM series folder (DIR or DIR#SERIES_UID).")
	Path file;

	@Option(names = "--allow-external-data", description = "Accept a header (.nhdr, .mhd) whose data file lies outside the header's folder (same as "
			+ "the environment variable " + ImageIO.ALLOW_EXTERNAL_DATA_ENV + "=1); see docs/security.md.")
	boolean allowExternalData;

	@Mixin
	BackendOption backend = new BackendOption();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		if (allowExternalData) {
			System.setProperty(ImageIO.ALLOW_EXTERNAL_DATA_PROPERTY, "true");
		}
		ImageInfo info;
		if (!backend.isDefault() || org.segsense.backend.ImageBackends.isSeriesPath(file)) {
			// another backend (or a DICOM folder, which only SimpleITK reads) reads the whole image
			info = ImageInfo.of(backend.read(file));
			spec.commandLine().getOut().println(RootCommand.of(spec).json ? info.toJson() : info.toText());
			return ExitCodes.OK;
		}
		try {
			info = ImageIO.readHeader(file).toInfo();
		} catch (ImageFormatException e) {
			throw CliException.badInput(e.getMessage(), e);
		} catch (IOException e) {
			throw CliException.badInput(file + ": cannot be read (" + e.getMessage() + "). Check the path and permissions.", e);
		}
		spec.commandLine().getOut().println(RootCommand.of(spec).json ? info.toJson() : info.toText());
		return ExitCodes.OK;
	}
}
