// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.Masks;
import org.segsense.backend.ImageBackend;
import org.segsense.model.Case;
import org.segsense.model.ImageChannel;

/**
 * A case as read from its files (the "load case" stage): its channels on one grid, its label image and its
 * ROI mask (1 inside, 0 outside) on the same grid.
 *
 * @param channels the channels, in the study's order
 * @param labels the label image, or null when the case has none
 * @param roi the ROI mask, or null when the case has none
 */
record CaseData(List<Image> channels, Image labels, byte[] roi) {

	/**
	 * Reads a case's files.
	 *
	 * @param c the case
	 * @param project the folder its relative paths refer to
	 * @param backend the image backend that reads the files (with simpleitk also DICOM series folders)
	 * @throws IllegalArgumentException when a file is not on the grid of the first channel
	 */
	static CaseData load(Case c, Path project, ImageBackend backend) throws Exception {
		List<Image> channels = new ArrayList<>();
		ImageGeometry grid = null;
		for (ImageChannel ch : c.getChannels()) {
			Path p = project.resolve(ch.getPath());
			Image im = backend.read(p);
			if (grid == null) {
				grid = im.geometry();
			} else if (!im.geometry().sameGridAs(grid, 1e-5)) {
				throw new IllegalArgumentException(p + " is not on the grid of the case's first channel; resample the channels onto one grid.");
			}
			channels.add(im);
		}
		Image labels = null;
		if (c.getLabelImage() != null) {
			Path p = project.resolve(c.getLabelImage().getPath());
			labels = backend.read(p);
			if (!labels.geometry().sameGridAs(grid, 1e-5)) {
				throw new IllegalArgumentException("The label image " + p + " is not on the grid of the case's channels.");
			}
		}
		byte[] roi = null;
		if (c.getRoiMask() != null) {
			Path p = project.resolve(c.getRoiMask().getPath());
			Image m = backend.read(p);
			if (!m.geometry().sameGridAs(grid, 1e-5)) {
				throw new IllegalArgumentException("The ROI mask " + p + " is not on the grid of the case's channels.");
			}
			roi = Masks.ofLabels(m);
		}
		return new CaseData(List.copyOf(channels), labels, roi);
	}
}
