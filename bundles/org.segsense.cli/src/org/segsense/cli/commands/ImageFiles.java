// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.LabelImages;
import org.segsense.image.Masks;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageIO;

/** Reading and writing images for commands, with the CLI's error conventions. */
final class ImageFiles {

	/** Grids closer than this (ITK's default coordinate tolerance, relative to spacing) count as equal. */
	static final double GRID_TOLERANCE = 1e-6;

	private ImageFiles() {
	}

	/** Reads {@code file}; a missing, malformed or unsupported file is bad input (exit 2). */
	static Image read(Path file) {
		try {
			return ImageIO.read(file);
		} catch (ImageFormatException e) {
			throw CliException.badInput(e.getMessage(), e);
		} catch (IOException e) {
			throw CliException.badInput(file + ": cannot be read (" + e.getMessage() + "). Check the path and permissions.", e);
		} catch (OutOfMemoryError e) {
			throw new CliException(ExitCodes.FAILURE, file + ": the image does not fit into memory. Start segsense with "
					+ "more heap, e.g. SEGSENSE_JAVA_OPTS=-Xmx16g.", e);
		}
	}

	/** Writes {@code image} to {@code file}; an unsupported extension is bad input, an I/O error a failure. */
	static void write(Image image, Path file) {
		try {
			Path folder = file.toAbsolutePath().getParent();
			if (folder != null && !Files.isDirectory(folder)) {
				throw CliException.badInput("the folder " + folder + " does not exist: create it first.");
			}
			ImageIO.write(image, file);
		} catch (ImageFormatException e) {
			throw CliException.badInput(e.getMessage(), e);
		} catch (IOException e) {
			throw new CliException(ExitCodes.FAILURE, file + ": cannot be written (" + e.getMessage() + ").", e);
		}
	}

	/** Fails unless every image lies on the grid of the first. */
	static void requireSameGrid(List<Path> files, List<Image> images) {
		ImageGeometry first = images.get(0).geometry();
		for (int i = 1; i < images.size(); i++) {
			if (!first.sameGridAs(images.get(i).geometry(), GRID_TOLERANCE)) {
				throw CliException.badInput(files.get(i) + " is not on the grid of " + files.get(0) + " (size, spacing, "
						+ "origin or direction differ: " + images.get(i).geometry() + " vs " + first + "). Resample it onto "
						+ "that grid first.");
			}
		}
	}

	/**
	 * The mask (1 inside, 0 outside: {@link Masks#ofLabels}) of a label file that must lie on the grid of
	 * {@code gridImage} (read from {@code gridFile}); a file off that grid or not a label image is bad input.
	 */
	static byte[] mask(Path file, Path gridFile, Image gridImage) {
		Image m = read(file);
		requireSameGrid(List.of(gridFile, file), List.of(gridImage, m));
		try {
			return Masks.ofLabels(m);
		} catch (IllegalArgumentException e) {
			throw CliException.badInput(file + ": " + e.getMessage() + ".");
		}
	}

	/** A single-component image's voxels as labels; anything else is bad input naming the file. */
	static int[] labels(Path file, Image image) {
		try {
			return LabelImages.toInts(image);
		} catch (IllegalArgumentException e) {
			throw CliException.badInput(file + ": " + e.getMessage() + ".");
		}
	}
}
