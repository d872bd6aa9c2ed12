// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.IOException;
import java.nio.file.Path;

import org.segsense.backend.BackendUnavailableException;
import org.segsense.backend.ImageBackend;
import org.segsense.backend.ImageBackends;
import org.segsense.cli.CliException;
import org.segsense.image.Image;
import org.segsense.image.io.ImageFormatException;

import picocli.CommandLine.Option;

/**
 * {@code --backend java|simpleitk}: which implementation reads images and runs the operation
 * ({@link ImageBackends}). {@code java} (default) is SegSense's own code; {@code simpleitk} is SimpleITK's Java
 * binding when it is built (releng/simpleitk/build.sh), and the only one that reads DICOM series folders.
 * A backend that is not installed is bad usage (exit 2) with a message saying how to add it.
 */
final class BackendOption {

	@Option(names = "--backend", paramLabel = "NAME", description = "Image backend: java (default) or simpleitk (SimpleITK's Java binding, "
			+ "needed for DICOM series folders; built by releng/simpleitk/build.sh, see docs/simpleitk.md).")
	String backend = ImageBackends.DEFAULT;

	/** @return whether the default (Java) backend is chosen */
	boolean isDefault() {
		return ImageBackends.DEFAULT.equalsIgnoreCase(backend.trim());
	}

	/** @return the chosen backend; a missing one is bad input naming how to add it */
	ImageBackend get() {
		try {
			ImageBackend b = ImageBackends.get(backend);
			b.describe(); // loads it: a binding that cannot load is reported here, once
			return b;
		} catch (BackendUnavailableException e) {
			throw CliException.badInput(e.getMessage(), e);
		}
	}

	/** Reads {@code file} (or a DICOM folder) through the chosen backend, with the CLI's error conventions. */
	Image read(Path file) {
		if (isDefault()) {
			if (ImageBackends.isSeriesPath(file)) {
				throw CliException.badInput(ImageBackends.seriesMessage(file));
			}
			return ImageFiles.read(file);
		}
		ImageBackend b = get();
		try {
			return b.read(file);
		} catch (ImageFormatException e) {
			throw CliException.badInput(e.getMessage(), e);
		} catch (BackendUnavailableException e) {
			throw CliException.badInput(e.getMessage(), e);
		} catch (IOException e) {
			throw CliException.badInput(file + ": cannot be read (" + e.getMessage() + "). Check the path and permissions.", e);
		} catch (RuntimeException e) {
			throw CliException.badInput(file + ": the " + b.id() + " backend cannot read it (" + e.getMessage() + ").", e);
		}
	}

	/** Writes {@code image} through the chosen backend. */
	void write(Image image, Path file) {
		if (isDefault()) {
			ImageFiles.write(image, file);
			return;
		}
		try {
			get().write(image, file);
		} catch (ImageFormatException e) {
			throw CliException.badInput(e.getMessage(), e);
		} catch (IOException e) {
			throw new CliException(org.segsense.cli.ExitCodes.FAILURE, file + ": cannot be written (" + e.getMessage() + ").", e);
		}
	}
}
