// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.segsense.image.io.ImageIO;
import org.segsense.image.io.ImageReader;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.metrics.catalog.MetricDescriptor;
import org.segsense.model.Case;
import org.segsense.model.FileReference;
import org.segsense.model.ImageChannel;
import org.segsense.model.MetricSpec;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.Study;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.perturb.PerturbationDescriptor;

/**
 * The plug-ins a study's results depend on, as provenance keys, so that a run can later say which plug-in
 * it needs, whether it is still installed and whether it changed:
 * <ul>
 * <li>{@code plugin.BUNDLE.version}, {@code plugin.BUNDLE.sha256} (of the bundle's jar, or of the files of a
 * bundle folder in path order; {@code unknown} outside OSGi), {@code plugin.BUNDLE.uses} — what the study uses
 * of it, separated by {@code ", "}: {@code perturbation:ID}, {@code metric:ID}, {@code reference:TYPE}, {@code format:NAME};</li>
 * <li>{@code metric.ID.name}, {@code .unit}, {@code .higherIsBetter}, {@code .signed}, {@code .contributor} for every
 * metric type of the study, so reports of the run render without the plug-in.</li>
 * </ul>
 * Every contributor is recorded, SegSense's own bundles included (built-ins inside a core bundle are not).
 */
public final class PluginProvenance {

	/** Prefix of the plug-in keys. */
	public static final String PREFIX = "plugin.";
	/** Prefix of the metric description keys. */
	public static final String METRIC_PREFIX = "metric.";
	/** The checksum of a bundle whose location cannot be read. */
	public static final String UNKNOWN = "unknown";

	/** One recorded plug-in. */
	public record Plugin(String bundle, String version, String sha256, List<String> uses) {
		/** @return e.g. {@code org.x.y 1.0.0} */
		public String label() {
			return bundle + " " + version;
		}
	}

	/**
	 * A recorded plug-in that the study needs and this runtime lacks.
	 *
	 * @param message names the plug-in, its recorded version and the axes and metrics that need it
	 * @param ids the perturbation, metric and reference ids it provided to the study
	 */
	public record Missing(String message, Set<String> ids) {
	}

	private PluginProvenance() {
	}

	/**
	 * @param studyFile a study file
	 * @param runDir a run folder that is to be resumed, or null
	 * @return the provenance of the run the study belongs to (the study is a run folder's copy, or runDir holds
	 *         a results store), else an empty map; never throws
	 */
	public static Map<String, String> recordedFor(Path studyFile, Path runDir) {
		List<Path> dirs = new ArrayList<>();
		Path parent = studyFile.toAbsolutePath().normalize().getParent();
		if (parent != null && StudyRunner.STUDY_COPY.equals(studyFile.getFileName().toString())) {
			dirs.add(parent);
		}
		if (runDir != null) {
			dirs.add(runDir.toAbsolutePath().normalize());
		}
		for (Path dir : dirs) {
			Path store = dir.resolve(org.segsense.engine.store.ResultStore.FILE);
			if (Files.isRegularFile(store)) {
				try (org.segsense.engine.store.ResultStore s = org.segsense.engine.store.ResultStore.open(store)) {
					return s.provenance();
				} catch (java.sql.SQLException | RuntimeException e) {
					// an unreadable store is reported by the run itself
				}
			}
		}
		return Map.of();
	}

	/**
	 * @return the plug-in and metric keys of the study with the given catalogues
	 */
	public static Map<String, String> of(Study study, Path project, PerturbationCatalog perturbations, MetricCatalog metrics) {
		Map<String, Set<String>> uses = new TreeMap<>();
		for (PerturbationAxis a : study.getAxes()) {
			perturbations.byId(a.getPerturbationType())
					.ifPresent((PerturbationDescriptor d) -> use(uses, d.contributor(), "perturbation:" + d.id()));
		}
		Map<String, String> out = new LinkedHashMap<>();
		Map<String, String> metricKeys = new LinkedHashMap<>();
		for (MetricSpec m : study.getMetrics()) {
			Optional<MetricDescriptor> d = metrics.find(m.getMetricType());
			if (d.isEmpty()) {
				continue;
			}
			MetricDescriptor md = d.get();
			if (!md.isBuiltIn()) {
				use(uses, md.contributor(), "metric:" + md.id());
			}
			String k = METRIC_PREFIX + md.id() + ".";
			metricKeys.put(k + "name", md.name());
			metricKeys.put(k + "unit", md.unit());
			metricKeys.put(k + "higherIsBetter", Boolean.toString(md.higherIsBetter()));
			metricKeys.put(k + "signed", Boolean.toString(md.signed()));
			metricKeys.put(k + "contributor", md.contributor());
		}
		if (study.getReference() != null) {
			ReferenceStrategies.installed().all().stream().filter(c -> c.reference() == study.getReference().eClass()).findFirst()
					.filter(c -> !ReferenceStrategies.BUILT_IN.equals(c.contributor()))
					.ifPresent(c -> use(uses, c.contributor(), "reference:" + c.reference().getName()));
		}
		for (Case c : study.getCases()) {
			for (ImageChannel ch : c.getChannels()) {
				format(uses, project, ch);
			}
			format(uses, project, c.getLabelImage());
		}
		uses.forEach((bundle, u) -> {
			Bundles.Info info = Bundles.info(bundle);
			out.put(PREFIX + bundle + ".version", info.version());
			out.put(PREFIX + bundle + ".sha256", info.sha256());
			out.put(PREFIX + bundle + ".uses", String.join(", ", u));
		});
		out.putAll(metricKeys);
		return out;
	}

	/**
	 * @param symbolicName an installed bundle
	 * @return {@code VERSION (sha256 SHA)} of it, with {@value #UNKNOWN} parts outside OSGi; what reports print for
	 *         the plug-ins of their sections
	 */
	public static String describeBundle(String symbolicName) {
		Bundles.Info info = Bundles.info(symbolicName);
		return info.version() + " (sha256 " + info.sha256() + ")";
	}

	/** @return the plug-ins recorded in a provenance, by bundle */
	public static Map<String, Plugin> recorded(Map<String, String> provenance) {
		Map<String, Plugin> out = new TreeMap<>();
		provenance.forEach((k, v) -> {
			if (k.startsWith(PREFIX) && k.endsWith(".version")) {
				String bundle = k.substring(PREFIX.length(), k.length() - ".version".length());
				String uses = provenance.getOrDefault(PREFIX + bundle + ".uses", "");
				out.put(bundle, new Plugin(bundle, v, provenance.getOrDefault(PREFIX + bundle + ".sha256", UNKNOWN),
						uses.isBlank() ? List.of() : List.of(uses.trim().split(", "))));
			}
		});
		return out;
	}

	/**
	 * The recorded plug-ins whose contributions the study uses and the installed catalogues lack, one message
	 * each, naming the plug-in, its recorded version and the axes and metrics that need it.
	 */
	public static List<Missing> missing(Map<String, String> provenance, Study study, PerturbationCatalog perturbations, MetricCatalog metrics) {
		List<Missing> out = new ArrayList<>();
		for (Plugin p : recorded(provenance).values()) {
			List<String> needs = new ArrayList<>();
			Set<String> ids = new LinkedHashSet<>();
			for (String use : p.uses()) {
				int colon = use.indexOf(':');
				if (colon < 0) {
					continue;
				}
				String kind = use.substring(0, colon);
				String id = use.substring(colon + 1);
				if ("perturbation".equals(kind) && perturbations.byId(id).isEmpty()) {
					List<String> axes = study.getAxes().stream().filter(a -> id.equals(a.getPerturbationType())).map(PerturbationAxis::getId).toList();
					if (!axes.isEmpty()) {
						ids.add(id);
						needs.add("perturbation '" + id + "' (axes " + String.join(", ", axes) + ")");
					}
				} else if ("metric".equals(kind) && metrics.find(id).isEmpty()) {
					List<String> ms = study.getMetrics().stream().filter(m -> id.equals(m.getMetricType())).map(MetricSpec::getId).toList();
					if (!ms.isEmpty()) {
						ids.add(id);
						needs.add("metric '" + id + "' (metrics " + String.join(", ", ms) + ")");
					}
				} else if ("reference".equals(kind) && study.getReference() != null && id.equals(study.getReference().eClass().getName())
						&& ReferenceStrategies.installed().all().stream().noneMatch(c -> c.reference() == study.getReference().eClass())) {
					ids.add(id);
					needs.add("reference strategy '" + id + "'");
				}
			}
			if (!needs.isEmpty()) {
				out.add(new Missing("the plug-in " + p.bundle() + " version " + p.version() + " is not installed; the study needs its "
						+ String.join(" and ", needs) + ". Install " + p.bundle() + " " + p.version() + " (segsense plugins) and try again.", ids));
			}
		}
		return out;
	}

	/**
	 * @param recorded the run's provenance
	 * @param now the plug-in keys of the same study in this runtime ({@link #of})
	 * @return one line per plug-in whose version or checksum differs, naming what the study uses of it
	 */
	public static List<String> changed(Map<String, String> recorded, Map<String, String> now) {
		Map<String, Plugin> current = recorded(now);
		List<String> out = new ArrayList<>();
		for (Plugin then : recorded(recorded).values()) {
			Plugin p = current.get(then.bundle());
			if (p == null) {
				continue; // missing plug-ins are refused before
			}
			if (!p.version().equals(then.version())) {
				out.add("plug-in " + then.bundle() + " changed from version " + then.version() + " to " + p.version() + " (used for "
						+ String.join(", ", then.uses()) + ")");
			} else if (!p.sha256().equals(then.sha256()) && !UNKNOWN.equals(p.sha256()) && !UNKNOWN.equals(then.sha256())) {
				out.add("plug-in " + then.bundle() + " " + then.version() + " has the same version but other contents (sha256 " + then.sha256()
						+ " in the run, " + p.sha256() + " now; used for " + String.join(", ", then.uses()) + ")");
			}
		}
		return out;
	}

	private static void use(Map<String, Set<String>> uses, String bundle, String what) {
		if (bundle != null && !bundle.isBlank() && !MetricCatalog.BUILT_IN.equals(bundle)) {
			uses.computeIfAbsent(bundle, b -> new LinkedHashSet<>()).add(what);
		}
	}

	private static void format(Map<String, Set<String>> uses, Path project, FileReference ref) {
		if (ref == null || ref.getPath() == null) {
			return;
		}
		try {
			Path file = project.resolve(ref.getPath());
			for (ImageReader r : ImageIO.readers()) {
				if (r.canRead(file)) {
					String bundle = Bundles.owner(r.getClass());
					if (bundle != null && !"org.segsense.image".equals(bundle)) {
						use(uses, bundle, "format:" + r.formatName());
					}
					return;
				}
			}
		} catch (RuntimeException e) {
			// validation reports unreadable paths
		}
	}

	/** Bundle facts through OSGi, isolated so that plain Java never loads framework classes. */
	static final class Bundles {

		record Info(String version, String sha256) {
		}

		private Bundles() {
		}

		static Info info(String symbolicName) {
			try {
				return OsgiBundles.info(symbolicName);
			} catch (LinkageError notInOsgi) {
				return new Info(UNKNOWN, UNKNOWN);
			}
		}

		static String owner(Class<?> type) {
			try {
				return OsgiBundles.owner(type);
			} catch (LinkageError notInOsgi) {
				return null;
			}
		}

		/** SHA-256 of a jar, or of a folder's files (relative path and bytes, in path order). */
		static String sha256(Path location) {
			try {
				MessageDigest md = MessageDigest.getInstance("SHA-256");
				if (Files.isRegularFile(location)) {
					digest(md, location);
				} else if (Files.isDirectory(location)) {
					List<Path> files;
					try (Stream<Path> s = Files.walk(location)) {
						files = s.filter(Files::isRegularFile).sorted().toList();
					}
					for (Path f : files) {
						md.update(location.relativize(f).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
						md.update((byte) 0);
						digest(md, f);
					}
				} else {
					return UNKNOWN;
				}
				return HexFormat.of().formatHex(md.digest());
			} catch (IOException | NoSuchAlgorithmException e) {
				return UNKNOWN;
			}
		}

		private static void digest(MessageDigest md, Path f) throws IOException {
			try (InputStream in = Files.newInputStream(f)) {
				byte[] buf = new byte[1 << 16];
				for (int n; (n = in.read(buf)) > 0;) {
					md.update(buf, 0, n);
				}
			}
		}

		/** A bundle location ({@code file:…}, {@code reference:file:…}, {@code initial@reference:file:…}) as a path, or null. */
		static Path path(String location, String installArea) {
			String s = location;
			int at = s.indexOf('@');
			if (s.startsWith("initial@")) {
				s = s.substring(at + 1);
			}
			if (s.startsWith("reference:")) {
				s = s.substring("reference:".length());
			}
			if (!s.startsWith("file:")) {
				return null;
			}
			try {
				String rest = s.substring("file:".length());
				if (rest.startsWith("/")) {
					return Path.of(URI.create("file://" + (rest.startsWith("//") ? rest.substring(2) : rest).replace(" ", "%20")));
				}
				if (installArea == null) {
					return null;
				}
				Path base = installArea.startsWith("file:") ? Path.of(URI.create(installArea.replace(" ", "%20"))) : Path.of(installArea);
				return base.resolve(rest);
			} catch (RuntimeException e) {
				return null;
			}
		}
	}
}
