// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.segsense.image.util.Sha256;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.augment.AugmentRequest;
import org.segsense.workflows.augment.AugmentResult;
import org.segsense.workflows.augment.AugmentationEvents;
import org.segsense.workflows.augment.AugmentationStudyService;
import org.segsense.workflows.augment.TrainedVariant;
import org.segsense.workflows.training.TrainingServiceException;

/**
 * The tracts arm of the demo (examples/tracts/README.md), up to the run: generates the phantom subjects
 * ({@link TractsSubjects}) into {@code project/subjects/}, trains the three TractSeg-like variants of augmentation study
 * "quick" or "full" of {@value #AUGMENTATION_FILE} through the augmentation study service into {@code project/models/MODE/}
 * — reusing them from the cache {@code CACHE/demo/tracts-models/KEY/} when the key (subjects, the augmentation file, the
 * training code, TensorFlow, threads) matches — and copies the mode's sensitivity study into the project.
 */
final class TractsDemo {

	/** The augmentation-study file of examples/tracts. */
	static final String AUGMENTATION_FILE = "tracts-augmentation.segsense";

	/** Written into a cached models folder once the service finished (its content: the key's text). */
	static final String COMPLETE = "demo-training-complete.txt";

	/**
	 * One mode of the arm.
	 *
	 * @param name "quick" or "full": the augmentation study trained
	 * @param study the sensitivity study file of examples/tracts
	 * @param subjects the phantom subjects
	 */
	record Mode(String name, String study, TractsSubjects.Settings subjects) {
	}

	static Mode mode(boolean quick) {
		return quick ? new Mode("quick", "tracts-quick.segsense", TractsSubjects.EXAMPLE) : new Mode("full", "tracts.segsense", TractsSubjects.EXAMPLE);
	}

	private TractsDemo() {
	}

	/**
	 * Subjects, models and the study file in {@code project}.
	 *
	 * @param train the augmentation service call (request → result), a seam for tests
	 * @return the study file to run
	 */
	static Path prepare(Mode mode, Path example, Path project, Path cacheRoot, boolean retrain, int threads, PrintWriter err,
			BiFunction<AugmentRequest, AugmentationEvents, AugmentResult> train, Map<String, Double> seconds, IProgressMonitor monitor) {
		SubMonitor m = SubMonitor.convert(monitor, 10);
		long t = System.nanoTime();
		err.printf(Locale.ROOT, "demo: tracts [1/4] generating %d phantom subjects (%d³ voxels of %.0f mm, %d bundles)%n", mode.subjects().all().size(),
				mode.subjects().size(), mode.subjects().spacing(), mode.subjects().bundles());
		TractsSubjects.generate(mode.subjects(), project.resolve(TractsSubjects.DIR), err);
		seconds.put("tracts: subjects", since(t));
		m.split(1);

		err.println("demo: tracts [2/4] model variants (TractSeg-like 2-D U-Nets, augmentation study '" + mode.name() + "' of " + AUGMENTATION_FILE + ")");
		t = System.nanoTime();
		Path augmentation = copy(example, AUGMENTATION_FILE, project);
		Path study = copy(example, mode.study(), project);
		String keyText = keyText(mode, augmentation, threads);
		String key = Sha256.hex(keyText.getBytes(StandardCharsets.UTF_8)).substring(0, 20);
		Path cache = cacheRoot.resolve("demo/tracts-models");
		Path models = project.resolve("models").resolve(mode.name());
		Path lockFile = cache.resolve(key + ".lock");
		try {
			Files.createDirectories(cache);
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
				FileLock lock = channel.tryLock();
				if (lock == null) {
					err.println("demo: tracts models: another process is training them; waiting for it");
					err.flush();
					lock = channel.lock();
				}
				try {
					Path cached = cache.resolve(key);
					boolean reuse = !retrain && Files.isRegularFile(cached.resolve(COMPLETE));
					if (reuse) {
						err.println("demo: tracts models: reusing " + cached);
						DemoModels.copyTree(cached, models, COMPLETE);
					}
					AugmentResult r = train.apply(new AugmentRequest(augmentation, mode.name(), null, retrain, threads, "cpu"), events(err));
					r.notes().forEach(n -> err.println("demo:   " + n));
					for (TrainedVariant v : r.models()) {
						err.printf(Locale.ROOT, "demo: tracts model %s: %s (final loss %.4f)%n", v.variantId(),
								v.reused() ? "reused" : String.format(Locale.ROOT, "trained in %.1f s", v.seconds()), v.finalLoss());
					}
					if (r.trained() > 0 || !reuse) {
						DemoModels.deleteTree(cached);
						DemoModels.copyTree(models, cached, null);
						Files.writeString(cached.resolve(COMPLETE), keyText, StandardCharsets.UTF_8);
					}
					seconds.put(r.trained() == 0 ? "tracts: models (all cached)" : "tracts: models", since(t));
				} finally {
					lock.release();
				}
			}
		} catch (IOException e) {
			throw WorkflowException.failure("cannot use the model cache " + cache + " (" + e.getMessage() + "); set SEGSENSE_CACHE to a writable folder.",
					e);
		} catch (TrainingServiceException e) {
			throw e.badInput() ? WorkflowException.badInput(e.getMessage(), e) : WorkflowException.failure(e.getMessage(), e);
		} catch (NoClassDefFoundError e) {
			throw WorkflowException.failure("the demo trains its models and needs the TensorFlow feature (bundles org.segsense.train and "
					+ "org.segsense.tensorflow), which this installation lacks: " + e.getMessage(), null);
		}
		m.split(9);
		return study;
	}

	/** Everything that decides the trained models: the subjects, the augmentation file, the training code, TensorFlow, threads. */
	static String keyText(Mode mode, Path augmentationFile, int threads) {
		String file;
		try {
			file = Sha256.hex(Files.readAllBytes(augmentationFile));
		} catch (IOException e) {
			throw WorkflowException.badInput("cannot read " + augmentationFile + " (" + e.getMessage() + ").", e);
		}
		return "segsense-demo-tracts-models/1\nmode=" + mode.name() + "\nsubjects=" + mode.subjects().describe() + "\naugmentation-file=" + file
				+ "\nthreads=" + threads + "\ntrain-code=" + DemoModels.trainCodeHash() + "\ntensorflow=" + DemoModels.embeddedJars("org.segsense.tensorflow")
				+ "\nTF_ENABLE_ONEDNN_OPTS=" + System.getenv().getOrDefault("TF_ENABLE_ONEDNN_OPTS", "") + "\n";
	}

	/** The default trainer: the augmentation study service. */
	static BiFunction<AugmentRequest, AugmentationEvents, AugmentResult> service(AugmentationStudyService service, IProgressMonitor monitor) {
		return (request, events) -> service.run(request, monitor, events);
	}

	private static AugmentationEvents events(PrintWriter err) {
		return new AugmentationEvents() {
			@Override
			public void note(String text) {
				err.println("demo:   " + text);
				err.flush();
			}

			@Override
			public void modelStarted(String variantId, long seed, int index, int total) {
				err.printf(Locale.ROOT, "demo: tracts model %s (seed %d, %d/%d): training%n", variantId, seed, index, total);
				err.flush();
			}

			@Override
			public void step(String variantId, long seed, int iteration, int iterations, double loss, double elapsedSeconds) {
				if (iteration == 1 || iteration == iterations || iteration % Math.max(1, iterations / 4) == 0) {
					err.printf(Locale.ROOT, "demo: tracts model %s: iteration %d/%d  loss %.5f  %.1f s%n", variantId, iteration, iterations, loss,
							elapsedSeconds);
					err.flush();
				}
			}
		};
	}

	private static Path copy(Path example, String name, Path project) {
		Path to = project.resolve(name);
		try {
			Files.copy(example.resolve(name), to, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw WorkflowException.badInput("cannot copy " + example.resolve(name) + " into " + project + " (" + e.getMessage()
					+ "); restore examples/tracts from the checkout.", e);
		}
		return to;
	}

	private static double since(long t) {
		return (System.nanoTime() - t) / 1e9;
	}
}
