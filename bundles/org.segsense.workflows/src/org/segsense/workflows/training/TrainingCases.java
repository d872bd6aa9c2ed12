// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.segsense.image.Image;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageIO;
import org.segsense.model.AugmentationVariant;
import org.segsense.model.Case;
import org.segsense.model.ImageChannel;
import org.segsense.model.Study;
import org.segsense.train.TrainingCase;

/**
 * Loads training cases: image/label pairs of {@code segsense train}, or the cases of an augmentation variant
 * (its {@code trainingCases}, else every case of the study with a label image), whose paths are relative to the
 * project folder. Labels must lie on the grid of the case's first channel (ITK's relative tolerance 1e-6).
 */
final class TrainingCases {

	static final double GRID_TOLERANCE = 1e-6;

	private TrainingCases() {
	}

	static List<TrainingCase> fromFiles(List<Path> images, List<Path> labels) {
		if (images.isEmpty()) {
			throw TrainingServiceException.badInput("No training case given; give --image IMG --labels LBL once per case.");
		}
		if (images.size() != labels.size()) {
			throw TrainingServiceException.badInput(images.size() + " --image but " + labels.size() + " --labels given; give one --labels per"
					+ " --image (the n-th label map belongs to the n-th image).");
		}
		List<TrainingCase> cases = new ArrayList<>();
		for (int i = 0; i < images.size(); i++) {
			Image image = read(images.get(i));
			Image label = read(labels.get(i));
			checkGrid(images.get(i), image, labels.get(i), label);
			cases.add(TrainingCase.of(images.get(i).toString(), image, label));
		}
		return cases;
	}

	/** @return the EMF cases a variant trains on, in study order */
	static List<Case> casesOf(AugmentationVariant variant) {
		if (!variant.getTrainingCases().isEmpty()) {
			return List.copyOf(variant.getTrainingCases());
		}
		List<Case> cases = new ArrayList<>();
		for (var o = variant.eContainer(); o != null; o = o.eContainer()) {
			if (o instanceof Study study) {
				study.getCases().stream().filter(c -> c.getLabelImage() != null).forEach(cases::add);
				break;
			}
		}
		return cases;
	}

	static List<TrainingCase> fromModel(AugmentationVariant variant, Path projectDir) {
		List<Case> model = casesOf(variant);
		if (model.isEmpty()) {
			throw TrainingServiceException.badInput("Augmentation variant '" + variant.getId() + "' has no training case: no case of the study has"
					+ " a label image. Add a case with a labelImage, or name trainingCases in the variant.");
		}
		List<TrainingCase> cases = new ArrayList<>();
		for (Case c : model) {
			if (c.getLabelImage() == null || c.getLabelImage().getPath() == null) {
				throw TrainingServiceException.badInput("Case '" + c.getId() + "' (a training case of augmentation variant '" + variant.getId()
						+ "') has no label image; add a labelImage to the case or leave it out of trainingCases.");
			}
			List<Image> channels = new ArrayList<>();
			Path first = null;
			for (ImageChannel ch : c.getChannels()) {
				Path p = projectDir.resolve(ch.getPath());
				first = first == null ? p : first;
				channels.add(read(p));
			}
			if (channels.isEmpty()) {
				throw TrainingServiceException.badInput("Case '" + c.getId() + "' has no image channel; add one (channels name=… path=…).");
			}
			Path lp = projectDir.resolve(c.getLabelImage().getPath());
			Image labels = read(lp);
			checkGrid(first, channels.get(0), lp, labels);
			cases.add(new TrainingCase(c.getId(), channels, labels));
		}
		return cases;
	}

	private static void checkGrid(Path imageFile, Image image, Path labelFile, Image labels) {
		if (!labels.geometry().sameGridAs(image.geometry(), GRID_TOLERANCE)) {
			throw TrainingServiceException.badInput(labelFile + " is not on the grid of " + imageFile + " (labels " + labels.geometry() + ", image "
					+ image.geometry() + "). Resample the labels onto the image grid with nearest neighbour first"
					+ " (segsense image resample … --interpolator nearest --output-type same).");
		}
	}

	static Image read(Path file) {
		try {
			return ImageIO.read(file);
		} catch (ImageFormatException e) {
			throw TrainingServiceException.badInput(e.getMessage(), e);
		} catch (IOException e) {
			throw TrainingServiceException.badInput(file + ": cannot be read (" + e.getMessage() + "). Check the path and permissions.", e);
		} catch (OutOfMemoryError e) {
			throw TrainingServiceException.failure(file + ": the image does not fit into memory. Start segsense with more heap, e.g."
					+ " SEGSENSE_JAVA_OPTS=-Xmx16g.", e);
		}
	}
}
