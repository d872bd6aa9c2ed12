// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.segsense.image.Image;
import org.segsense.image.VolumeStacks;
import org.segsense.train.TractSegModel;
import org.segsense.train.TractSegTrainer;
import org.segsense.train.TrainingException;
import org.segsense.train.UNet2D;

/**
 * {@code segsense train --architecture tractseg}: a TractSeg-like 2-D U-Net ({@link TractSegTrainer}) from command-line
 * files. Each {@code --image} is one input: a 4-D file (e.g. MRtrix/TractSeg peaks, x, y, z, 9) whose volumes become
 * the channels as they are stored (no frame change: {@code segsense infer} hands the model the same numbers), or a
 * 3-D image with any number of components. Each {@code --labels} is TractSeg's bundle layout: a folder of one mask per
 * bundle ({@code bundle_segmentations/*.nii.gz} or {@code *.nii}; bundle names = file names without extension, in
 * natural order so {@code bundle_2} precedes {@code bundle_10}), or a 4-D file with one volume per bundle (names from
 * {@code bundleNames}, else {@code bundle_1} …). Non-zero = inside; bundles may overlap. {@code --patch} is the square
 * slice window (one number, default 32 rounded up to the U-Net's multiple); {@code --base-filters}, {@code --depth},
 * {@code --batch}, {@code --iterations}, {@code --learning-rate}, {@code --seed}, {@code --threads} as for the other
 * architectures. Inputs are not normalised (peaks carry amplitudes) and training runs on the CPU; augmentation
 * and the Dice loss are refused.
 */
final class TractSegTraining {

	static final String ID = "tractseg";

	private static final Pattern NUMBER = Pattern.compile("(\\d+)");

	private TractSegTraining() {
	}

	static boolean isTractSeg(String architecture) {
		return architecture != null && ID.equals(architecture.trim().toLowerCase(Locale.ROOT));
	}

	static TractSegModel train(TrainRequest r) {
		if (r.images().isEmpty()) {
			throw TrainingServiceException.badInput("No training case given; give --image PEAKS --labels BUNDLES once per case.");
		}
		if (r.images().size() != r.labels().size()) {
			throw TrainingServiceException.badInput(r.images().size() + " --image but " + r.labels().size() + " --labels given; give one --labels"
					+ " (a bundle folder or a 4-D bundle file) per --image.");
		}
		refuseUnsupported(r);
		List<TractSegTrainer.Case> cases = new ArrayList<>();
		List<String> names = null;
		for (int i = 0; i < r.images().size(); i++) {
			Path ip = r.images().get(i), lp = r.labels().get(i);
			Image input = components(ip);
			Bundles b = bundles(lp, r.bundleNames());
			if (!b.masks().geometry().sameGridAs(input.geometry(), TrainingCases.GRID_TOLERANCE)) {
				throw TrainingServiceException.badInput(lp + " is not on the grid of " + ip + " (bundles " + b.masks().geometry() + ", input "
						+ input.geometry() + "). Resample the bundle masks onto the input grid with nearest neighbour first.");
			}
			if (names != null && !names.equals(b.names())) {
				throw TrainingServiceException.badInput(lp + " holds the bundles " + b.names() + " but the first case " + names
						+ "; every case needs the same bundles in the same order.");
			}
			names = b.names();
			cases.add(new TractSegTrainer.Case(ip.toString(), List.of(input), b.masks()));
		}
		TractSegTrainer.Options o;
		try {
			UNet2D net = new UNet2D(r.baseFilters(), r.depth());
			int window = r.patch() == null ? roundUp(32, net.sizeMultiple()) : window(r.patch());
			int threads = r.threads() > 0 ? r.threads() : Runtime.getRuntime().availableProcessors();
			o = new TractSegTrainer.Options(net, window, r.batch(), r.iterations(), r.learningRate(), r.seed(), threads, names);
		} catch (IllegalArgumentException e) {
			throw TrainingServiceException.badInput("tractseg: " + e.getMessage() + " (options --base-filters, --depth, --patch, --batch,"
					+ " --iterations, --learning-rate, --threads)", e);
		}
		try {
			return TractSegTrainer.train(cases, o);
		} catch (TrainingException e) {
			throw new TrainingServiceException(e.badInput(), e.getMessage(), e);
		}
	}

	private static void refuseUnsupported(TrainRequest r) {
		String aug = r.augment() == null ? "none" : r.augment().trim();
		if (!aug.isEmpty() && !aug.equals("none") || !r.augmentSteps().isEmpty() || r.diceWeight() != 0) {
			throw TrainingServiceException.badInput("--architecture tractseg trains without augmentation and Dice loss; leave out --augment,"
					+ " --augment-step and --dice-weight.");
		}
		if (r.device() != null && r.device().trim().equalsIgnoreCase("gpu")) {
			throw TrainingServiceException.badInput("--architecture tractseg trains on the CPU; leave out --device gpu.");
		}
	}

	private static int window(String text) {
		int[] p = RequestOptions.patch(text, "--patch");
		if (p[0] != p[1] || p[1] != p[2]) {
			throw new IllegalArgumentException("--patch takes one number for tractseg (a square slice window), not '" + text + "'");
		}
		return p[0];
	}

	private static int roundUp(int v, int m) {
		return (v + m - 1) / m * m;
	}

	/** @return the input as a 3-D multi-component image */
	static Image components(Path file) {
		Image im = TrainingCases.read(file);
		try {
			return VolumeStacks.toComponents(im);
		} catch (IllegalArgumentException e) {
			throw TrainingServiceException.badInput(file + ": " + e.getMessage() + " Give a 3-D image or a 4-D file of volumes.", e);
		}
	}

	record Bundles(Image masks, List<String> names) {
	}

	static Bundles bundles(Path labels, List<String> givenNames) {
		if (Files.isDirectory(labels)) {
			if (!givenNames.isEmpty()) {
				throw TrainingServiceException.badInput("--bundle-names applies to a 4-D bundle file; " + labels
						+ " is a folder, whose file names name the bundles. Leave out --bundle-names.");
			}
			List<Path> files = bundleFiles(labels);
			List<Image> masks = new ArrayList<>();
			List<String> names = new ArrayList<>();
			for (Path f : files) {
				Image m = TrainingCases.read(f);
				if (m.dimension() != 3 || m.components() != 1) {
					throw TrainingServiceException.badInput(f + ": a bundle mask must be a scalar 3-D image; this one is " + m.dimension()
							+ "-D with " + m.components() + " component(s).");
				}
				if (!masks.isEmpty() && !m.geometry().sameGridAs(masks.get(0).geometry(), TrainingCases.GRID_TOLERANCE)) {
					throw TrainingServiceException.badInput(f + " is not on the grid of " + files.get(0) + "; every bundle mask of a folder must"
							+ " lie on one grid.");
				}
				masks.add(m);
				names.add(baseName(f));
			}
			return new Bundles(VolumeStacks.stack(masks), names);
		}
		Image masks = components(labels);
		int k = masks.components();
		List<String> names = new ArrayList<>(givenNames);
		if (names.isEmpty()) {
			for (int i = 1; i <= k; i++) {
				names.add("bundle_" + i);
			}
		} else if (names.size() != k) {
			throw TrainingServiceException.badInput(labels + " holds " + k + " bundle volume(s) but --bundle-names gives " + names.size()
					+ " name(s); give one name per volume.");
		}
		return new Bundles(masks, names);
	}

	private static List<Path> bundleFiles(Path dir) {
		List<Path> files;
		try (Stream<Path> s = Files.list(dir)) {
			files = new ArrayList<>(s.filter(p -> {
				String n = p.getFileName().toString();
				return Files.isRegularFile(p) && (n.endsWith(".nii.gz") || n.endsWith(".nii"));
			}).toList());
		} catch (IOException e) {
			throw TrainingServiceException.badInput(dir + ": the bundle folder cannot be listed (" + e.getMessage() + ").", e);
		}
		if (files.isEmpty()) {
			throw TrainingServiceException.badInput(dir + " holds no bundle mask (*.nii.gz or *.nii); give TractSeg's bundle_segmentations"
					+ " folder or a 4-D file with one volume per bundle.");
		}
		files.sort(Comparator.comparing((Path p) -> naturalKey(baseName(p))));
		return files;
	}

	static String baseName(Path f) {
		String n = f.getFileName().toString();
		return n.endsWith(".nii.gz") ? n.substring(0, n.length() - 7) : n.substring(0, n.length() - 4);
	}

	/** Natural order: digit runs compare as numbers (zero-padded to 12 digits). */
	static String naturalKey(String name) {
		Matcher m = NUMBER.matcher(name);
		StringBuilder b = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(b, String.format(Locale.ROOT, "%012d", Long.parseLong(m.group(1).length() > 12 ? "0" : m.group(1))));
		}
		m.appendTail(b);
		return b.toString();
	}
}
