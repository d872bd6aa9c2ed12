// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.List;
import java.util.Locale;

import org.segsense.engine.BundleLabels;
import org.segsense.image.Image;
import org.segsense.image.Peaks;
import org.segsense.image.VolumeStacks;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.train.augment.PerturbationAugmentation;
import org.segsense.train.augment.VolumeAugmentation;
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
 * architectures. Inputs are not normalised (peaks carry amplitudes) and training runs on the CPU; the Dice loss is
 * refused.
 * <p>
 * Augmentation: {@code --augment-step ID:NAME=MIN..MAX,p=P} catalogue steps ({@link #augmentation}) applied to the whole
 * case every {@link TractSegTrainer#AUGMENT_EVERY} iterations. A 4-D input with 3·k volumes is a peak file, read as
 * the engine reads a peak channel ({@link Peaks#fromVolumes}: vectors in world RAS as MRtrix/TractSeg write them, or in
 * FSL's voxel frame when the file name says {@code fsl}), so a rotation reorients its vectors as the {@code rotation}
 * perturbation does at study time; the network still sees the file's numbers (converted back). The {@code --augment}
 * presets (intensity, flip) are patch operations that would shift or mirror peak vectors without reorienting them,
 * and are refused with the catalogue steps to use instead.
 */
final class TractSegTraining {

	static final String ID = "tractseg";

	private TractSegTraining() {
	}

	static boolean isTractSeg(String architecture) {
		return architecture != null && ID.equals(architecture.trim().toLowerCase(Locale.ROOT));
	}

	static TractSegModel train(TrainRequest r, PerturbationCatalog catalog) {
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
			Image file = TrainingCases.read(ip);
			Peaks.Frame frame = peakFrame(ip.getFileName().toString(), file);
			Image input = frame == null ? components(ip, file) : Peaks.fromVolumes(file, frame);
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
			cases.add(new TractSegTrainer.Case(ip.toString(), List.of(input), b.masks(), frame == null ? Map.of() : Map.of(0, frame)));
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
			o = o.withAugmentation(augmentation(r.augment(), r.augmentSteps(), catalog, cases.get(0).bundles().geometry().spacing(), "--augment"),
					TractSegTrainer.AUGMENT_EVERY);
		} catch (IllegalArgumentException e) {
			throw TrainingServiceException.badInput("tractseg: " + e.getMessage(), e);
		}
		try {
			return TractSegTrainer.train(cases, o);
		} catch (TrainingException e) {
			throw new TrainingServiceException(e.badInput(), e.getMessage(), e);
		}
	}

	private static void refuseUnsupported(TrainRequest r) {
		if (r.diceWeight() != 0) {
			throw TrainingServiceException.badInput("--architecture tractseg trains with binary cross-entropy only; leave out --dice-weight.");
		}
		if (r.device() != null && r.device().trim().equalsIgnoreCase("gpu")) {
			throw TrainingServiceException.badInput("--architecture tractseg trains on the CPU; leave out --device gpu.");
		}
	}

	/**
	 * The tractseg augmentation: the catalogue steps, in order ({@code --augment-step} syntax, mm on a grid of
	 * {@code spacing}); the built-in patch presets are refused (only {@code none}).
	 *
	 * @param option how the presets are named in the message ({@code --augment} or the study's {@code builtIn})
	 * @throws IllegalArgumentException naming the step or preset and the fix
	 */
	static VolumeAugmentation augmentation(String builtIn, List<String> steps, PerturbationCatalog catalog, double[] spacing, String option) {
		String preset = builtIn == null ? "none" : builtIn.trim();
		if (!preset.isEmpty() && !preset.equalsIgnoreCase("none")) {
			throw new IllegalArgumentException(option + " '" + preset + "' is a patch preset of the 3-D trainers (it would shift or mirror peak"
					+ " vectors without reorienting them); tractseg takes catalogue steps instead, e.g. --augment-step"
					+ " rotation:rx=-10..10,ry=-10..10,rz=-10..10,p=0.5, peak-angle-noise:degrees=0..10, peak-amplitude-scale:factor=0.8..1.2"
					+ " or flip:axis=0,p=0.5");
		}
		List<PerturbationAugmentation> list = new ArrayList<>();
		for (String step : steps) {
			list.add(PerturbationAugmentation.parse(step, catalog, Arrays.copyOf(spacing, 3)));
		}
		return new VolumeAugmentation(list);
	}

	/**
	 * @param name the channel name (a study) or the file name (the command line)
	 * @return the frame of a peak file (a 4-D file with 3·k volumes), or null for any other input
	 */
	static Peaks.Frame peakFrame(String name, Image file) {
		boolean volumes = file.dimension() == 4 && file.components() == 1 && file.geometry().size(3) % 3 == 0;
		if (!volumes) {
			return null;
		}
		return name != null && name.toLowerCase(Locale.ROOT).contains("fsl") ? Peaks.Frame.FSL_VOXEL : Peaks.Frame.WORLD_RAS;
	}

	static int window(String text) {
		int[] p = RequestOptions.patch(text, "--patch");
		if (p[0] != p[1] || p[1] != p[2]) {
			throw new IllegalArgumentException("--patch takes one number for tractseg (a square slice window), not '" + text + "'");
		}
		return p[0];
	}

	/** The service's result of a trained model: the losses replayed to the listener, the last-10 mean as the final loss. */
	static TrainingResult result(TractSegModel model, Path out, long seed, int[] labelValues, List<String> caseNames, TrainingEvents ev) {
		float[] losses = model.lossHistory();
		for (int i = 0; i < losses.length; i++) {
			ev.step(i + 1, losses.length, losses[i], model.trainingNanos() / 1e9 * (i + 1) / losses.length);
		}
		double last = 0;
		int n = Math.min(10, losses.length);
		for (int i = losses.length - n; i < losses.length; i++) {
			last += losses[i] / n;
		}
		Map<String, String> meta = model.metadata();
		return new TrainingResult(out, meta.get("architecture"), losses.length, seed, last, losses, model.trainingNanos() / 1e9,
				model.parameterCount(), labelValues, Checksums.weights(model.weights()), meta, caseNames);
	}

	private static int roundUp(int v, int m) {
		return (v + m - 1) / m * m;
	}

	/** @return the input as a 3-D multi-component image */
	static Image components(Path file) {
		return components(file, TrainingCases.read(file));
	}

	static Image components(Path file, Image im) {
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
				names.add(BundleLabels.baseName(f));
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

	/** @return the folder's bundle masks in natural order ({@link BundleLabels#bundleFiles}), at least one */
	private static List<Path> bundleFiles(Path dir) {
		List<Path> files;
		try {
			files = BundleLabels.bundleFiles(dir);
		} catch (IOException e) {
			throw TrainingServiceException.badInput(dir + ": the bundle folder cannot be listed (" + e.getMessage() + ").", e);
		}
		if (files.isEmpty()) {
			throw TrainingServiceException.badInput(dir + " holds no bundle mask (*.nii.gz or *.nii); give TractSeg's bundle_segmentations"
					+ " folder or a 4-D file with one volume per bundle.");
		}
		return files;
	}
}
