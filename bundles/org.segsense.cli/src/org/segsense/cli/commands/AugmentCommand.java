// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.workflows.augment.AugmentRequest;
import org.segsense.workflows.augment.AugmentResult;
import org.segsense.workflows.augment.AugmentationEvents;
import org.segsense.workflows.augment.AugmentationStudyServiceImpl;
import org.segsense.workflows.augment.TrainedVariant;
import org.segsense.workflows.training.TrainingServiceException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segsense augment}: parse → the augmentation-study service → print. */
@Command(name = "augment", sortOptions = false, description = {
		"Train every variant of a study file's augmentation study and add the networks to the study as model variants.",
		"Each variant (architecture, training settings, augmentation pipeline) is trained once per seed into "
				+ "models/AUGMENTATION-STUDY/VARIANT/seed-SEED/ of the study's folder, with a record (segsense-training.json: seed, "
				+ "settings hash, losses, time, weights checksum) beside it, and added as model variant AUGMENTATION-STUDY-VARIANT-sSEED; "
				+ "the study file is saved atomically after each network.",
		"A network whose record is complete and whose settings hash matches is reused, so an interrupted run resumes; "
				+ "--force trains again. Same settings, seed, --threads and TensorFlow backend give the same weights "
				+ "(docs/augmentation-studies.md)." })
public final class AugmentCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "STUDY", description = "The study file (.segsense) holding the augmentation study.")
	Path study;

	@Option(names = "--augmentation-study", paramLabel = "ID", description = "Which augmentation study of the file (needed when it has several).")
	String augmentationStudy;

	@Option(names = "--seeds", paramLabel = "N", description = "Train every variant with N seeds (from the study's first seed on) instead of the "
			+ "seeds the file names (its seeds list, else each variant's seed).")
	Integer seeds;

	@Option(names = "--force", description = "Train again even the variants and seeds that are already trained.")
	boolean force;

	@Option(names = "--threads", paramLabel = "N", description = "TensorFlow threads (default: all cores; part of the settings hash).")
	int threads;

	@Option(names = "--device", paramLabel = "DEV", description = "cpu, auto or gpu (default: ${DEFAULT-VALUE}; GPU runs are not bitwise reproducible).")
	String device = "cpu";

	@Option(names = "--progress-every", paramLabel = "K", description = "Print a progress line every K iterations (default: about 10 lines per network).")
	int progressEvery;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		if (threads < 0) {
			throw CliException.badInput("--threads must be 0 (all cores) or positive, not " + threads + ".");
		}
		boolean json = RootCommand.of(spec).json;
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		AugmentResult r;
		try {
			r = new AugmentationStudyServiceImpl().run(new AugmentRequest(study, augmentationStudy, seeds, force, threads, device),
					new NullProgressMonitor(), events(err));
		} catch (TrainingServiceException e) {
			throw new CliException(e.badInput() ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE, e.getMessage(), e);
		} catch (NoClassDefFoundError e) {
			throw new CliException(ExitCodes.FAILURE, "augmentation studies need the TensorFlow feature (bundles org.segsense.train and "
					+ "org.segsense.tensorflow), which this installation lacks: " + e.getMessage());
		}
		if (json) {
			out.println(JsonWriter.write(json(r)));
		} else {
			out.printf(Locale.ROOT, "Augmentation study %s: %d network(s) trained, %d reused; model variants of study %s in %s%n",
					r.augmentationStudyId(), r.trained(), r.models().size() - r.trained(), r.studyId(), r.studyFile());
			for (TrainedVariant m : r.models()) {
				out.printf(Locale.ROOT, "  %-28s %s, final loss %.5f, %.1f s, weights %s%n", m.modelVariantId(), m.reused() ? "reused " : "trained",
						m.finalLoss(), m.seconds(), m.weightsSha256().substring(0, 12));
			}
		}
		out.flush();
		return ExitCodes.OK;
	}

	private AugmentationEvents events(PrintWriter err) {
		return new AugmentationEvents() {
			@Override
			public void note(String text) {
				err.println("augment: " + text);
				err.flush();
			}

			@Override
			public void modelStarted(String variantId, long seed, int index, int total) {
				err.printf(Locale.ROOT, "augment: [%d/%d] %s seed %d%n", index, total, variantId, seed);
				err.flush();
			}

			@Override
			public void step(String variantId, long seed, int iteration, int iterations, double loss, double elapsedSeconds) {
				int every = progressEvery > 0 ? progressEvery : Math.max(1, iterations / 10);
				if (iteration % every == 0 || iteration == iterations) {
					err.printf(Locale.ROOT, "augment:   iteration %d/%d  loss %.5f  %.1f s%n", iteration, iterations, loss, elapsedSeconds);
					err.flush();
				}
			}
		};
	}

	private static Map<String, Object> json(AugmentResult r) {
		Map<String, Object> j = new LinkedHashMap<>();
		j.put("studyFile", r.studyFile().toString());
		j.put("study", r.studyId());
		j.put("augmentationStudy", r.augmentationStudyId());
		j.put("seeds", r.seeds());
		j.put("trained", r.trained());
		j.put("reused", r.models().size() - r.trained());
		List<Map<String, Object>> models = new ArrayList<>();
		for (TrainedVariant m : r.models()) {
			Map<String, Object> e = new LinkedHashMap<>();
			e.put("variant", m.variantId());
			e.put("seed", m.seed());
			e.put("modelVariant", m.modelVariantId());
			e.put("modelDir", m.modelDir().toString());
			e.put("reused", m.reused());
			e.put("finalLoss", m.finalLoss());
			e.put("seconds", Math.round(m.seconds() * 1000) / 1000.0);
			e.put("weightsSha256", m.weightsSha256());
			e.put("settingsHash", m.settingsHash());
			models.add(e);
		}
		j.put("models", models);
		j.put("notes", r.notes());
		j.put("studySaved", r.studySaved());
		return j;
	}
}
