// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.segsense.image.Image;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageIO;
import org.segsense.workflows.WorkflowException;

/** Reading and writing the demo's images with the services' error conventions. */
final class DemoImages {

	private DemoImages() {
	}

	static Image read(Path file) {
		try {
			return ImageIO.read(file);
		} catch (ImageFormatException e) {
			throw WorkflowException.badInput(e.getMessage(), e);
		} catch (IOException e) {
			throw WorkflowException.badInput(file + ": cannot be read (" + e.getMessage() + "). Check the path and permissions.", e);
		}
	}

	static void write(Image image, Path file) {
		try {
			Path folder = file.toAbsolutePath().getParent();
			if (folder != null && !Files.isDirectory(folder)) {
				throw WorkflowException.badInput("the folder " + folder + " does not exist: create it first.");
			}
			ImageIO.write(image, file);
		} catch (ImageFormatException e) {
			throw WorkflowException.badInput(e.getMessage(), e);
		} catch (IOException e) {
			throw WorkflowException.failure(file + ": cannot be written (" + e.getMessage() + ").", e);
		}
	}
}
