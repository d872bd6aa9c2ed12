// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code segsense train}: trains a built-in 3-D CNN on labelled cases and writes a SavedModel with
 * SegSense metadata. The options are plain values here; the work is in {@link TrainRun}, which is the
 * only class touching {@code org.segsense.train} (an optional dependency: without the TensorFlow
 * feature the command says so instead of failing to load).
 */
@Command(name = "train", sortOptions = false, description = {
		"Train a built-in 3-D segmentation network and export it as a SavedModel for 'segsense infer'.",
		"Training runs in TensorFlow Java; the model carries SegSense metadata (normalization, label values, "
				+ "architecture, augmentation, seed …).",
		"Cases: --image IMG --labels LBL, repeated once per case (the n-th --labels belongs to the n-th "
				+ "--image). A multi-component image gives one input channel per component. Labels must lie on the "
				+ "image's grid; the sorted label values found become the output channels (the smallest is background).",
		"Patches of --patch voxels (X,Y,Z; multiples of 2^depth for unet, of 3 for deepmedic) are sampled with "
				+ "--foreground-fraction of them centred on foreground voxels. The exported model takes any size.",
		"--architecture tractseg: a TractSeg-like 2-D U-Net on x, y and z slices with one sigmoid per bundle; --image is a "
				+ "4-D peak file (or any multi-channel image), --labels a folder of one mask per bundle (bundle_segmentations/) "
				+ "or a 4-D file with one volume per bundle (--bundle-names), --patch one number (the slice window).",
		"Same inputs, options, seed, --threads and TensorFlow backend give the same model (docs/training.md)." })
public final class TrainCommand implements Callable<Integer> {

	@Option(names = "--image", paramLabel = "IMG", required = true, description = "Image of a training case (repeat per case).")
	List<Path> images = new ArrayList<>();

	@Option(names = "--labels", paramLabel = "LBL", required = true, description = "Label map of the case given by the matching --image (tractseg: a bundle folder or 4-D bundle file).")
	List<Path> labels = new ArrayList<>();

	@Option(names = "--architecture", paramLabel = "ARCH", description = "unet, deepmedic or tractseg (default: ${DEFAULT-VALUE}).")
	String architecture = "unet";

	@Option(names = "--bundle-names", paramLabel = "NAME,…", split = ",", description = "tractseg with 4-D bundle files: one name per"
			+ " volume (default: bundle_1, bundle_2, …; a bundle folder names them by file).")
	List<String> bundleNames = new ArrayList<>();

	@Option(names = "--base-filters", paramLabel = "F", description = "Filters of the first layers (default: ${DEFAULT-VALUE}).")
	int baseFilters = 8;

	@Option(names = "--depth", paramLabel = "D", description = "U-Net down-samplings (default: ${DEFAULT-VALUE}; deepmedic: ignored).")
	int depth = 2;

	@Option(names = "--out", paramLabel = "DIR", required = true, description = "Model folder to write (refused if it exists and is not empty, unless --overwrite).")
	Path out;

	@Option(names = "--overwrite", description = "Replace the model files (saved_model.pb, variables/, segsense-model.properties) in --out.")
	boolean overwrite;

	@Option(names = "--iterations", paramLabel = "N", description = "Optimiser steps (default: ${DEFAULT-VALUE}).")
	int iterations = 200;

	@Option(names = "--patch", paramLabel = "X,Y,Z", description = "Patch size in X,Y,Z voxels, or one number (default: 32, rounded up to the architecture's multiple).")
	String patch;

	@Option(names = "--batch", paramLabel = "B", description = "Patches per step (default: ${DEFAULT-VALUE}).")
	int batch = 2;

	@Option(names = "--learning-rate", paramLabel = "LR", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
	double learningRate = 1e-3;

	@Option(names = "--seed", paramLabel = "S", description = "Seed of weights, sampling and augmentation (default: ${DEFAULT-VALUE}).")
	long seed = 1;

	@Option(names = "--augment", paramLabel = "AUG", description = "none, intensity, flip or a combination such as intensity+flip (default: ${DEFAULT-VALUE}).")
	String augment = "none";

	@Option(names = "--augment-step", paramLabel = "ID:NAME=MIN..MAX,…,p=P", description = "A perturbation of the catalogue in random mode"
			+ " (segsense perturb --list), applied after --augment with probability p per patch; repeatable, e.g."
			+ " rotation:rz=-10..10,p=0.5 or intensity-shift:shift=-0.5..0.5.")
	java.util.List<String> augmentSteps = new java.util.ArrayList<>();

	@Option(names = "--normalization", paramLabel = "NORM", description = "none, zscore, percentile-zscore or minmax (default: ${DEFAULT-VALUE}); recorded in the model, applied again by 'segsense infer'.")
	String normalization = "zscore";

	@Option(names = "--foreground-fraction", paramLabel = "F", description = "Share of patches centred on foreground (default: ${DEFAULT-VALUE}).")
	double foregroundFraction = 0.5;

	@Option(names = "--dice-weight", paramLabel = "W", description = "Weight of a soft Dice loss added to the cross-entropy (default: ${DEFAULT-VALUE}).")
	double diceWeight = 0;

	@Option(names = "--threads", paramLabel = "N", description = "TensorFlow threads (default: all cores).")
	int threads;

	@Option(names = "--device", paramLabel = "DEV", description = "cpu, auto or gpu (default: ${DEFAULT-VALUE}; GPU runs are not bitwise reproducible).")
	String device = "cpu";

	@Option(names = "--progress-every", paramLabel = "K", description = "Print a progress line every K iterations (default: about 20 lines per run).")
	int progressEvery;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		try {
			return new TrainRun(this, RootCommand.of(spec).json, spec.commandLine().getOut(), spec.commandLine().getErr()).run();
		} catch (NoClassDefFoundError e) {
			throw new CliException(ExitCodes.FAILURE, "training needs the TensorFlow feature (bundles org.segsense.train and "
					+ "org.segsense.tensorflow), which this installation lacks: " + e.getMessage());
		}
	}
}
