// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.segsense.image.util.Sha256;
import org.segsense.workflows.WorkflowException;

/**
 * The three DeepMedic-like model variants of the cerebellum example, trained on Colin27 through the code of
 * {@code segsense train} (through the {@link DemoTrainer} seam) and kept in a cache keyed by everything that decides the model.
 */
public final class DemoModels {

	/** A model variant: its id in the studies, and the {@code segsense train} augmentation options. */
	public record Variant(String id, String name, String augment, List<String> augmentSteps) {
	}

	/** The augmentation-study file of the example folder that holds the variants (augmentation studies "quick" and "full"). */
	public static final String VARIANTS_FILE = "cerebellum-augmentation.segsense";

	/** @return the variants of augmentation study {@code mode} ("quick" or "full") of the example's {@link #VARIANTS_FILE} */
	public static List<Variant> variants(Path exampleDir, String mode) {
		try {
			return org.segsense.workflows.augment.AugmentationStudies.variants(exampleDir.resolve(VARIANTS_FILE), mode).stream()
					.map(v -> new Variant(v.id(), v.name(), v.augment(), v.augmentSteps())).toList();
		} catch (org.segsense.workflows.training.TrainingServiceException e) {
			throw WorkflowException.badInput(e.getMessage() + " (the demo's model variants; restore it from the checkout)", e);
		}
	}

	/** The training settings shared by the variants (all seeded alike: differences come from augmentation only). */
	public record Settings(int baseFilters, int iterations, int patch, int batch, double learningRate, long seed, double diceWeight, int threads) {

		public String describe(Variant v) {
			return "architecture=deepmedic|baseFilters=" + baseFilters + "|iterations=" + iterations + "|patch=" + patch + "|batch=" + batch
					+ "|learningRate=" + learningRate + "|seed=" + seed + "|diceWeight=" + diceWeight + "|threads=" + threads
					+ "|normalization=zscore|device=cpu|augment=" + v.augment() + "|steps=" + String.join(";", v.augmentSteps());
		}

		/** The equivalent command line (for the README and the log). */
		public String commandLine(Variant v, String image, String labels, String out) {
			StringBuilder sb = new StringBuilder("segsense train --image " + image + " --labels " + labels + " --architecture deepmedic"
					+ " --base-filters " + baseFilters + " --iterations " + iterations + " --patch " + patch + " --batch " + batch
					+ " --learning-rate " + learningRate + " --seed " + seed + " --dice-weight " + diceWeight + " --threads " + threads
					+ " --augment " + v.augment());
			v.augmentSteps().forEach(s -> sb.append(" --augment-step ").append(s));
			return sb.append(" --out ").append(out).toString();
		}
	}

	/** Written into a cached model folder after its training finished (its content: the settings). */
	static final String COMPLETE = "demo-training-complete.txt";

	private DemoModels() {
	}

	static boolean isComplete(Path dir) {
		return Files.isRegularFile(dir.resolve(COMPLETE)) && Files.isRegularFile(dir.resolve("saved_model.pb"));
	}

	/**
	 * The cache key of a variant: SHA-256 of the training data's checksum, the settings, the variant's
	 * augmentation, the class files of {@code org.segsense.train} (the training code), the TensorFlow jars
	 * embedded in {@code org.segsense.tensorflow} and the oneDNN switch (a model is reproducible only given all of them, docs/training.md).
	 */
	static String cacheKey(String trainingSha256, Settings s, Variant v) {
		String text = "segsense-demo-model/1\ntraining-data=" + trainingSha256 + "\n" + s.describe(v) + "\ntrain-code=" + trainCodeHash()
				+ "\ntensorflow=" + embeddedJars("org.segsense.tensorflow") + "\nTF_ENABLE_ONEDNN_OPTS="
				+ System.getenv().getOrDefault("TF_ENABLE_ONEDNN_OPTS", "") + "\n";
		return Sha256.hex(text.getBytes(StandardCharsets.UTF_8)).substring(0, 20);
	}

	/**
	 * The model folder of a variant in {@code cache}: reused when its training finished ({@link #COMPLETE}),
	 * else (and with {@code retrain}) trained into it.
	 *
	 * @return the model folder
	 */
	static Path trainOrReuse(Path cache, String key, Settings s, Variant v, Path image, Path labels, boolean retrain, DemoTrainer trainer,
			PrintWriter log) {
		// two demos sharing the cache: the second waits for the first's training and then reuses the model
		Path lockFile = cache.resolve(key + ".lock");
		try {
			Files.createDirectories(cache);
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
				FileLock lock = channel.tryLock();
				if (lock == null) {
					log.println("demo: model " + v.id() + ": another process is training it; waiting for it");
					log.flush();
					lock = channel.lock();
				}
				try {
					return trainOrReuseLocked(cache, key, s, v, image, labels, retrain, trainer, log);
				} finally {
					lock.release();
				}
			}
		} catch (IOException e) {
			throw WorkflowException.failure("cannot lock " + lockFile + " in the model cache (" + e.getMessage()
					+ "); set SEGSENSE_CACHE to a writable folder.", e);
		}
	}

	private static Path trainOrReuseLocked(Path cache, String key, Settings s, Variant v, Path image, Path labels, boolean retrain,
			DemoTrainer trainer, PrintWriter log) {
		Path dir = cache.resolve(key).resolve(v.id());
		if (!retrain && isComplete(dir)) {
			log.println("demo: model " + v.id() + ": reusing " + dir);
			log.flush();
			return dir;
		}
		try {
			deleteTree(dir); // an interrupted training leaves a folder without the marker
			Files.createDirectories(dir.getParent());
		} catch (IOException e) {
			throw WorkflowException.failure("cannot prepare the model cache " + cache + " (" + e.getMessage()
					+ "); set SEGSENSE_CACHE to a writable folder.", e);
		}
		log.println("demo: model " + v.id() + ": training (" + s.commandLine(v, image.toString(), labels.toString(), dir.toString()) + ")");
		log.flush();
		PrintWriter prefixed = prefixed(log, "demo: model " + v.id() + ": ");
		trainer.train(v, s, image, labels, dir, prefixed);
		prefixed.flush();
		try {
			Files.writeString(dir.resolve(COMPLETE), s.describe(v) + "\n", StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw WorkflowException.failure("cannot write " + dir.resolve(COMPLETE) + " (" + e.getMessage() + ").", e);
		}
		return dir;
	}

	/** SHA-256 over the sorted paths and bytes of the class files of {@code org.segsense.train}. */
	static String trainCodeHash() {
		Bundle b = Platform.getBundle("org.segsense.train");
		if (b == null) {
			return "absent";
		}
		Enumeration<URL> e = b.findEntries("/", "*.class", true);
		List<URL> urls = e == null ? new ArrayList<>() : Collections.list(e);
		urls.sort(Comparator.comparing(URL::getPath));
		try {
			Sha256 md = Sha256.digest();
			for (URL u : urls) {
				md.update(u.getPath());
				try (InputStream in = u.openStream()) {
					md.update(in);
				}
			}
			return md.hex();
		} catch (IOException ex) {
			return "unreadable:" + b.getVersion();
		}
	}

	/**
	 * The versioned jars a bundle embeds (for org.segsense.tensorflow: TensorFlow Java and its natives), sorted;
	 * not the bundle version, whose qualifier is the build time and would retrain after every build.
	 */
	static String embeddedJars(String name) {
		Bundle b = Platform.getBundle(name);
		if (b == null) {
			return "absent";
		}
		Enumeration<URL> e = b.findEntries("/", "*.jar", true);
		List<String> jars = new ArrayList<>();
		if (e != null) {
			Collections.list(e).forEach(u -> jars.add(u.getPath()));
		}
		Collections.sort(jars);
		return String.join(",", jars);
	}


	/** Copies a model folder (a few hundred kB) into the project, without the top-level file {@code except}. */
	static void copyTree(Path from, Path to, String except) throws IOException {
		try (Stream<Path> s = Files.walk(from)) {
			for (Path p : s.sorted().toList()) {
				String rel = from.relativize(p).toString();
				if (rel.equals(except)) {
					continue;
				}
				Path t = to.resolve(rel);
				if (Files.isDirectory(p)) {
					Files.createDirectories(t);
				} else {
					Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> s = Files.walk(dir)) {
			for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	/** A writer that prefixes every line written through it (training progress inside the demo's log). */
	static PrintWriter prefixed(PrintWriter target, String prefix) {
		return new PrintWriter(new java.io.Writer() {
			private final StringBuilder line = new StringBuilder();

			@Override
			public void write(char[] buf, int off, int len) {
				for (int i = off; i < off + len; i++) {
					char c = buf[i];
					if (c == '\n') {
						target.println(prefix + line);
						line.setLength(0);
					} else if (c != '\r') {
						line.append(c);
					}
				}
			}

			@Override
			public void flush() {
				target.flush();
			}

			@Override
			public void close() {
				flush();
			}
		}, true);
	}
}
