package org.segsense.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.cli.output.Json;
import org.segsense.image.Image;
import org.segsense.inference.DeviceChoice;
import org.segsense.inference.ModelDescriptor;
import org.segsense.inference.preprocess.Normalization;
import org.segsense.train.Architecture;
import org.segsense.train.Architectures;
import org.segsense.train.TrainedModel;
import org.segsense.train.Trainer;
import org.segsense.train.TrainingCase;
import org.segsense.train.TrainingEvents;
import org.segsense.train.TrainingException;
import org.segsense.train.TrainingOptions;
import org.segsense.train.TrainingProgress;
import org.segsense.train.augment.Augmentations;

/** The work of {@link TrainCommand}; the only CLI class that uses {@code org.segsense.train}. */
final class TrainRun {

	private final TrainCommand c;
	private final boolean json;
	private final PrintWriter out;
	private final PrintWriter err;

	TrainRun(TrainCommand command, boolean json, PrintWriter out, PrintWriter err) {
		this.c = command;
		this.json = json;
		this.out = out;
		this.err = err;
	}

	int run() {
		if (c.images.size() != c.labels.size()) {
			throw CliException.badInput(c.images.size() + " --image but " + c.labels.size() + " --labels given; give one --labels per"
					+ " --image (the n-th label map belongs to the n-th image).");
		}
		TrainingOptions options = options();
		List<TrainingCase> cases = new ArrayList<>();
		for (int i = 0; i < c.images.size(); i++) {
			Path img = c.images.get(i), lbl = c.labels.get(i);
			Image image = ImageFiles.read(img);
			Image labels = ImageFiles.read(lbl);
			if (!labels.geometry().sameGridAs(image.geometry(), ImageFiles.GRID_TOLERANCE)) {
				throw CliException.badInput(lbl + " is not on the grid of " + img + " (labels " + labels.geometry() + ", image "
						+ image.geometry() + "). Resample the labels onto the image grid with nearest neighbour first"
						+ " (segsense image resample … --interpolator nearest --output-type same).");
			}
			cases.add(TrainingCase.of(img.toString(), image, labels));
		}
		if (!c.augmentSteps.isEmpty()) {
			// catalogue steps work in mm on the training grid: the first case's spacing
			double[] spacing = java.util.Arrays.copyOf(cases.get(0).labels().geometry().spacing(), 3);
			List<org.segsense.train.augment.PatchAugmentation> steps = new ArrayList<>();
			steps.add(options.augmentation());
			try {
				for (String step : c.augmentSteps) {
					steps.add(org.segsense.train.augment.PerturbationAugmentation.parse(step,
							org.segsense.perturb.PerturbationCatalog.installed(), spacing));
				}
			} catch (IllegalArgumentException e) {
				throw CliException.badInput(e.getMessage(), e);
			}
			options = options.withAugmentation(Augmentations.chain(steps));
		}
		prepareOut();
		int every = c.progressEvery > 0 ? c.progressEvery : Math.max(1, c.iterations / 20);
		PrintWriter progress = json ? err : out;
		if (!json) {
			out.printf(Locale.ROOT, "Training %s on %d case(s), %d iterations, patch %s, batch %d, lr %s, seed %d, augmentation %s%n",
					options.architecture().describe(), cases.size(), options.iterations(), Arrays.toString(options.patchSize()),
					options.batchSize(), options.learningRate(), options.seed(), options.augmentation().describe());
		}
		TrainedModel model;
		try {
			model = Trainer.train(cases, options, null, new TrainingEvents() {
				@Override
				public void step(TrainingProgress p) {
					if (p.iteration() % every == 0 || p.iteration() == 1 || p.iteration() == p.iterations()) {
						progress.printf(Locale.ROOT, "iteration %d/%d  loss %.5f  %.1f s%n", p.iteration(), p.iterations(), p.loss(),
								p.elapsedSeconds());
						progress.flush();
					}
				}
			});
			model.export(c.out);
		} catch (TrainingException e) {
			throw new CliException(e.badInput() ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE, e.getMessage(), e);
		}
		summary(model);
		return ExitCodes.OK;
	}

	private TrainingOptions options() {
		try {
			Architecture arch = Architectures.of(c.architecture, c.baseFilters, c.depth);
			TrainingOptions o = TrainingOptions.defaults(arch);
			if (c.patch != null) {
				o = o.withPatchSize(patch(c.patch));
			}
			int threads = c.threads > 0 ? c.threads : Runtime.getRuntime().availableProcessors();
			if (c.threads < 0) {
				throw new IllegalArgumentException("--threads must be positive (or omitted for all cores), not " + c.threads + ".");
			}
			return o.withIterations(c.iterations).withBatchSize(c.batch).withLearningRate(c.learningRate).withSeed(c.seed)
					.withAugmentation(Augmentations.parse(c.augment)).withNormalization(Normalization.fromName(c.normalization))
					.withForegroundFraction(c.foregroundFraction).withDiceWeight(c.diceWeight).withThreads(threads)
					.withDevice(DeviceChoice.fromName(c.device));
		} catch (IllegalArgumentException e) {
			throw CliException.badInput(e.getMessage(), e);
		}
	}

	private static int[] patch(String text) {
		String[] parts = text.split(",");
		if (parts.length != 1 && parts.length != 3) {
			throw new IllegalArgumentException("--patch takes X,Y,Z or one number, not '" + text + "'.");
		}
		int[] v = new int[3];
		try {
			for (int i = 0; i < 3; i++) {
				v[i] = Integer.parseInt(parts[parts.length == 1 ? 0 : i].trim());
			}
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("--patch takes whole numbers X,Y,Z, not '" + text + "'.");
		}
		return v;
	}

	/** Refuses a non-empty --out unless --overwrite; with it, removes only the model files. */
	private void prepareOut() {
		Path dir = c.out;
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw CliException.badInput(dir + " is a file; --out names the model folder to create.");
		}
		if (!Files.isDirectory(dir)) {
			return;
		}
		boolean empty;
		try (Stream<Path> s = Files.list(dir)) {
			empty = s.findAny().isEmpty();
		} catch (IOException e) {
			throw CliException.badInput(dir + " cannot be read (" + e.getMessage() + ").", e);
		}
		if (empty) {
			return;
		}
		if (!c.overwrite) {
			throw CliException.badInput(dir + " exists and is not empty; choose a new folder for the model, or add --overwrite to"
					+ " replace the model in it.");
		}
		try {
			Files.deleteIfExists(dir.resolve("saved_model.pb"));
			Files.deleteIfExists(dir.resolve(ModelDescriptor.METADATA_FILE));
			Path vars = dir.resolve("variables");
			if (Files.isDirectory(vars)) {
				try (Stream<Path> s = Files.walk(vars)) {
					for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(p);
					}
				}
			}
		} catch (IOException e) {
			throw new CliException(ExitCodes.FAILURE, "the old model in " + dir + " cannot be removed (" + e.getMessage() + ").", e);
		}
	}

	private void summary(TrainedModel m) {
		double seconds = m.trainingNanos() / 1e9;
		if (json) {
			Map<String, Object> j = new LinkedHashMap<>();
			j.put("out", c.out.toAbsolutePath().toString());
			j.put("architecture", m.options().architecture().describe());
			j.put("iterations", m.options().iterations());
			j.put("finalLoss", m.finalLoss());
			j.put("seconds", Math.round(seconds * 1000) / 1000.0);
			j.put("parameters", m.parameterCount());
			j.put("labelValues", m.labelValues());
			j.put("metadata", m.metadata());
			out.println(Json.write(j));
			return;
		}
		out.printf(Locale.ROOT, "Trained %d parameters in %.1f s; final loss %.5f (mean of the last 10 iterations).%n",
				m.parameterCount(), seconds, m.finalLoss());
		out.printf(Locale.ROOT, "Model: %s (label values %s, normalization %s)%n", c.out.toAbsolutePath(),
				Arrays.toString(m.labelValues()), m.options().normalization().cliName());
	}
}
