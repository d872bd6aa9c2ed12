// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.Masks;
import org.segsense.image.Peaks;
import org.segsense.backend.ImageBackend;
import org.segsense.model.Case;
import org.segsense.model.ImageChannel;

/**
 * A case as read from its files (the "load case" stage): its channels on one grid, its label image and its
 * ROI mask (1 inside, 0 outside) on the same grid.
 *
 * A channel that is a 4-D peak file with a name saying peaks is held as a peak image (LPS vectors), so spatial
 * perturbations reorient its peaks; {@link #modelInput} gives the model its vectors back in the file's frame
 * ({@link PeakChannels}).
 *
 * @param channels the channels, in the study's order
 * @param labels the label image, or null when the case has none; a 4-D file (one volume per bundle) or a bundle
 *        folder is held as one 0/1 component per bundle ({@link BundleLabels})
 * @param roi the ROI mask, or null when the case has none
 * @param peakFrames the file frame of each peak channel by channel index (empty when the case has none)
 */
record CaseData(List<Image> channels, Image labels, byte[] roi, Map<Integer, Peaks.Frame> peakFrames) {

	/** @return the (perturbed) channels as the model takes them: peak channels back in their file's frame */
	List<Image> modelInput(List<Image> perturbed) {
		if (peakFrames.isEmpty()) {
			return perturbed;
		}
		List<Image> out = new ArrayList<>(perturbed);
		peakFrames.forEach((i, f) -> out.set(i, PeakChannels.toModel(perturbed.get(i), f)));
		return out;
	}

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
		Map<Integer, Peaks.Frame> frames = new TreeMap<>();
		ImageGeometry grid = null;
		for (ImageChannel ch : c.getChannels()) {
			Path p = project.resolve(ch.getPath());
			Image file = backend.read(p);
			Peaks.Frame frame = PeakChannels.frame(ch.getName(), file);
			if (frame != null) {
				frames.put(channels.size(), frame);
			}
			Image im = PeakChannels.read(file, frame);
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
			labels = BundleLabels.read(p, backend);
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
		return new CaseData(List.copyOf(channels), labels, roi, Map.copyOf(frames));
	}
}
