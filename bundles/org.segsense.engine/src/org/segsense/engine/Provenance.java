// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageIO;
import org.segsense.image.util.Sha256;
import org.segsense.inference.EngineDescriptor;
import org.segsense.inference.InferenceEngines;
import org.segsense.metrics.MetricConventions;
import org.segsense.model.Case;
import org.segsense.model.FileReference;
import org.segsense.model.ImageChannel;
import org.segsense.model.ModelVariant;
import org.segsense.model.Study;

/**
 * The provenance of a run: flat key → value facts, stored in the {@code provenance} table and in
 * {@code provenance.json}.
 *
 * <ul>
 * <li>{@code study.id}, {@code study.file} (the file that was run), {@code study.sha256} (of its bytes, = the
 * copy {@code study.segsense}), {@code study.seed}, {@code study.design}, {@code study.reference},
 * {@code study.evaluationSpace}, {@code project.dir}</li>
 * <li>{@code file.PATH} = SHA-256 of every image the study names (channels, label images, ROI masks; PATH
 * as written in the study) and of every further file such an image consists of (the data file of a
 * {@code .nhdr}, {@code .mhd} or {@code .hdr}, as {@code ImageIO.files} lists it; PATH relative to the project
 * folder with {@code /}, or absolute outside it), {@code model.VARIANT} = SHA-256 of the SavedModel folder (as {@code segsense model
 * inspect}), {@code model.VARIANT.path}; for models trained by SegSense {@code model.VARIANT.training.KEY} from
 * their metadata (architecture, augmentation — the variant's augmentation pipeline —, seed, iterations,
 * normalization, trainedWith)</li>
 * <li>{@code segsense.bundle.NAME} = version of every SegSense bundle, {@code engine.ID.KEY} = the inference
 * engine's runtime facts (TensorFlow and TensorFlow Java versions, natives, oneDNN)</li>
 * <li>{@code java.version}, {@code java.vendor}, {@code java.vm}, {@code os.name}, {@code os.version},
 * {@code os.arch}, {@code cpu.model}, {@code cpu.cores}</li>
 * <li>{@code device.requested}, {@code device.VARIANT} (as the engine names it), {@code threads.workers}, {@code threads.cpu},
 * {@code threads.inference}, {@code shard}</li>
 * <li>{@code image.backend} (java, simpleitk) and {@code image.backend.KEY}, the backend's facts ({@link ImageBackendChoice})</li>
 * <li>{@code seed.study}, {@code seed.derivation}; {@code metrics.conventions.KEY} (MetricConventions)</li>
 * <li>{@code run.started}, {@code run.finished}, {@code run.status}</li>
 * </ul>
 */
public final class Provenance {

	/** The checksum keys' prefixes: what {@code reproduce} compares. */
	public static final List<String> CHECKSUM_PREFIXES = List.of("file.", "model.", "study.sha256");

	private Provenance() {
	}

	/**
	 * Checksums of the study's inputs.
	 *
	 * @throws StudyRunException (bad input) when a file cannot be read or differs from the checksum the
	 *         study records for it
	 */
	public static Map<String, String> checksums(Study study, Path project) throws StudyRunException {
		Map<String, String> m = new LinkedHashMap<>();
		for (Case c : study.getCases()) {
			for (ImageChannel ch : c.getChannels()) {
				putImage(m, ch, project);
			}
			if (c.getLabelImage() != null) {
				putImage(m, c.getLabelImage(), project);
			}
			if (c.getRoiMask() != null) {
				putImage(m, c.getRoiMask(), project);
			}
		}
		for (ModelVariant v : study.getModelVariants()) {
			put(m, "model." + v.getId(), v.getSavedModel(), project);
			m.put("model." + v.getId() + ".path", v.getSavedModel().getPath());
			trainingDescription(m, "model." + v.getId() + ".", project.resolve(v.getSavedModel().getPath()));
		}
		return m;
	}

	/** What SegSense's trainer recorded about a variant's model (architecture, augmentation pipeline, seed, …). */
	static final List<String> TRAINING_KEYS = List.of("architecture", "augmentation", "seed", "iterations", "normalization", "trainedWith");

	private static void trainingDescription(Map<String, String> m, String prefix, Path modelDir) {
		Path file = modelDir.resolve(org.segsense.inference.ModelDescriptor.METADATA_FILE);
		if (!java.nio.file.Files.isRegularFile(file)) {
			return; // an external model: nothing recorded
		}
		java.util.Properties p = new java.util.Properties();
		try (java.io.Reader r = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
			p.load(r);
		} catch (java.io.IOException | IllegalArgumentException e) {
			m.put(prefix + "metadata", "unreadable: " + e.getMessage());
			return;
		}
		for (String k : TRAINING_KEYS) {
			if (p.getProperty(k) != null) {
				m.put(prefix + "training." + k, p.getProperty(k));
			}
		}
	}

	/**
	 * The checksum of an image the study names, under {@code file.PATH}, and of each further file of the image
	 * (a detached header's data file) under its own {@code file.} key, so that a changed data file is named.
	 */
	private static void putImage(Map<String, String> m, FileReference ref, Path project) throws StudyRunException {
		String key = "file." + ref.getPath();
		if (m.containsKey(key)) {
			return;
		}
		put(m, key, ref, project);
		Path p = project.resolve(ref.getPath());
		if (org.segsense.backend.ImageBackends.isSeriesPath(p)) {
			return; // a DICOM series folder (SimpleITK backend): its checksum covers every file in it
		}
		List<Path> parts;
		try {
			parts = ImageIO.files(p);
		} catch (ImageFormatException e) {
			throw StudyRunException.badInput(e.getMessage() + " (named in the study as '" + ref.getPath() + "')", e);
		} catch (IOException e) {
			throw StudyRunException.badInput("Cannot read " + p + " (named in the study as '" + ref.getPath() + "'): " + e.getMessage()
					+ ". Check the path and permissions.", e);
		}
		for (Path part : parts) {
			if (part.toAbsolutePath().normalize().equals(p.toAbsolutePath().normalize())) {
				continue;
			}
			String partKey = "file." + projectPath(project, part);
			if (!m.containsKey(partKey)) {
				try {
					m.put(partKey, Sha256.of(part));
				} catch (IOException e) {
					throw StudyRunException.badInput("Cannot read " + part + " (the data file of '" + ref.getPath() + "'): " + e.getMessage()
							+ ". Keep the data file next to its header.", e);
				}
			}
		}
	}

	/** @return the file relative to the project folder with '/' separators, or its absolute path outside it */
	static String projectPath(Path project, Path file) {
		Path base = project.toAbsolutePath().normalize();
		Path f = file.toAbsolutePath().normalize();
		return f.startsWith(base) ? base.relativize(f).toString().replace('\\', '/') : f.toString();
	}

	private static void put(Map<String, String> m, String key, FileReference ref, Path project) throws StudyRunException {
		if (m.containsKey(key)) {
			return;
		}
		Path p = project.resolve(ref.getPath());
		if (!java.nio.file.Files.exists(p) && org.segsense.backend.ImageBackends.isSeriesPath(p)) {
			String s = p.toString();
			p = Path.of(s.substring(0, s.lastIndexOf('#'))); // FOLDER#SERIES_UID: the checksum of the folder
		}
		String sha;
		try {
			sha = Sha256.of(p);
		} catch (IOException e) {
			throw StudyRunException.badInput("Cannot read " + p + " (named in the study as '" + ref.getPath() + "'): " + e.getMessage()
					+ ". Check the path, or pass --project with the folder the study's paths refer to.", e);
		}
		String recorded = ref.getChecksum();
		if (recorded != null && !recorded.isBlank() && !recorded.trim().equalsIgnoreCase("sha256:" + sha)) {
			throw StudyRunException.badInput(p + " has changed: the study records " + recorded.trim() + ", the file now has sha256:" + sha
					+ ". Restore the original file, or update the checksum in the study if the change is intended.");
		}
		m.put(key, sha);
	}

	/** @return facts about this runtime (bundles, engines, Java, OS, CPU, metric conventions) */
	public static Map<String, String> environment() {
		Map<String, String> m = new LinkedHashMap<>();
		bundles(m);
		for (EngineDescriptor e : InferenceEngines.installed().all()) {
			try {
				e.engine().runtimeInfo().forEach((k, v) -> m.put("engine." + e.id() + "." + k, v));
			} catch (RuntimeException | LinkageError ex) {
				m.put("engine." + e.id() + ".error", String.valueOf(ex));
			}
		}
		m.put("java.version", System.getProperty("java.version"));
		m.put("java.vendor", System.getProperty("java.vendor"));
		m.put("java.vm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
		m.put("os.name", System.getProperty("os.name"));
		m.put("os.version", System.getProperty("os.version"));
		m.put("os.arch", System.getProperty("os.arch"));
		m.put("cpu.model", cpuModel());
		m.put("cpu.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
		m.put("seed.derivation", "job seed = Seeds.derive(study seed, job key) (SplitMix64 over the UTF-8 key); perturbation k draws from "
				+ "SplittableRandom(Seeds.derive(job seed, \"setting=k\")) on every channel (one event for all channels), noise perturbations "
				+ "from Seeds.derive(job seed, \"setting=k|channel=c\") (independent per channel)");
		MetricConventions.asMap().forEach((k, v) -> m.put("metrics.conventions." + k, v));
		return m;
	}

	private static void bundles(Map<String, String> m) {
		try {
			org.osgi.framework.Bundle self = org.osgi.framework.FrameworkUtil.getBundle(Provenance.class);
			if (self == null || self.getBundleContext() == null) {
				m.put("segsense.bundles", "not in OSGi");
				return;
			}
			for (org.osgi.framework.Bundle b : self.getBundleContext().getBundles()) {
				String n = b.getSymbolicName();
				if (n != null && n.startsWith("org.segsense.") && !n.endsWith(".tests")) {
					m.put("segsense.bundle." + n, b.getVersion().toString());
				}
				if (n != null && n.equals("org.xerial.sqlite-jdbc")) {
					m.put("sqlite.jdbc", b.getVersion().toString());
				}
			}
		} catch (LinkageError e) {
			m.put("segsense.bundles", "not in OSGi");
		}
	}

	private static String cpuModel() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
				if (line.toLowerCase(Locale.ROOT).startsWith("model name")) {
					return line.substring(line.indexOf(':') + 1).trim();
				}
			}
		} catch (IOException | RuntimeException e) {
			// not Linux
		}
		return System.getProperty("os.arch");
	}
}
