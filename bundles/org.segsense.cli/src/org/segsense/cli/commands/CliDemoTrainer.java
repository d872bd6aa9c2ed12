package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.workflows.demo.DemoModels;
import org.segsense.workflows.demo.DemoTrainer;

/** The demo's trainer: the code of {@code segsense train} ({@link TrainRun}) with the variant's options. */
final class CliDemoTrainer implements DemoTrainer {

	@Override
	public void train(DemoModels.Variant v, DemoModels.Settings s, Path image, Path labels, Path out, PrintWriter log) {
		TrainCommand c = new TrainCommand();
		c.images = new ArrayList<>(List.of(image));
		c.labels = new ArrayList<>(List.of(labels));
		c.architecture = "deepmedic";
		c.baseFilters = s.baseFilters();
		c.iterations = s.iterations();
		c.patch = String.valueOf(s.patch());
		c.batch = s.batch();
		c.learningRate = s.learningRate();
		c.seed = s.seed();
		c.diceWeight = s.diceWeight();
		c.threads = s.threads();
		c.augment = v.augment();
		c.augmentSteps = new ArrayList<>(v.augmentSteps());
		c.normalization = "zscore";
		c.device = "cpu";
		c.out = out;
		c.progressEvery = Math.max(1, s.iterations() / 5);
		try {
			new TrainRun(c, false, log, log).run();
		} catch (NoClassDefFoundError e) {
			throw new CliException(ExitCodes.FAILURE, "the demo trains its models and needs the TensorFlow feature (bundles org.segsense.train and "
					+ "org.segsense.tensorflow), which this installation lacks: " + e.getMessage());
		}
	}
}
