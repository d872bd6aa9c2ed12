package org.segsense.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.engine.RunOptions;
import org.segsense.image.Image;
import org.segsense.image.LabelImages;
import org.segsense.engine.RunSummary;
import org.segsense.engine.StudyRunException;
import org.segsense.engine.StudyRunner;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code segsense demo}: the cerebellum example end to end (examples/cerebellum/README.md) — fetch the images,
 * prepare the cases, train the three model variants (or reuse them from the cache), run the ground-truth and the
 * STAPLE study, make the report ({@link DemoReport}), and print where the results are and what they say.
 */
@Command(name = "demo", sortOptions = false, description = {
		"Run the cerebellum example end to end: fetch images, train three variants, run two studies.",
		"See examples/cerebellum/README.md. Fetches Colin27 + AAL, MNI152 and an ITK example T1 (Debian/npm, SHA-256-checked), cuts them to a "
				+ "coarse grid around the posterior fossa, trains three DeepMedic-like variants on Colin27 (no "
				+ "augmentation; intensity; intensity + rotation/scaling; seeded) or reuses them from the cache, runs "
				+ "the ground-truth study (Colin27, MNI152) and the STAPLE study (ITK T1), then prints the findings and"
				+ " where the results are (also in OUT/summary.txt). The README says what so few subjects can and "
				+ "cannot show." })
public final class DemoCommand implements Callable<Integer> {

	@Option(names = "--quick", description = "A shortened demo (3 mm grid, shorter training, two values per sweep) for CI: about half a minute on 2 cores.")
	boolean quick;

	@Option(names = "--out", paramLabel = "DIR", description = "Output folder, new or empty (default: segsense-demo-TIME in the current folder).")
	Path out;

	@Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Training threads and study workers (default: all cores).")
	int threads;

	@Option(names = "--retrain", description = "Train the models even if the cache holds them.")
	boolean retrain;

	@Option(names = "--cache", paramLabel = "DIR", description = "Cache of fetched images and trained models (default: $SEGSENSE_CACHE, "
			+ "else $XDG_CACHE_HOME/segsense, else $HOME/.cache/segsense).")
	Path cache;

	@Option(names = "--example-dir", paramLabel = "DIR", description = "The example folder (default: examples/cerebellum of the checkout the "
			+ "./segsense launcher belongs to, from $SEGSENSE_REPO).")
	Path exampleDir;

	@Spec
	CommandSpec spec;

	/** Settings of one mode (full or quick). */
	record Mode(String name, double spacing, DemoModels.Settings training, String study, String stapleStudy) {
	}

	static Mode mode(boolean quick, int threads) {
		return quick
				? new Mode("quick", 3, new DemoModels.Settings(8, 300, 18, 2, 3e-3, 42, 0.5, threads), "cerebellum-quick.segsense",
						"cerebellum-staple-quick.segsense")
				: new Mode("full", 2, new DemoModels.Settings(8, 1500, 27, 2, 2e-3, 42, 0.5, threads), "cerebellum.segsense",
						"cerebellum-staple.segsense");
	}

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		PrintWriter o = spec.commandLine().getOut();
		if (threads < 0) {
			throw CliException.badInput("--threads must be 0 (all cores) or positive, not " + threads + ".");
		}
		int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
		Mode mode = mode(quick, n);
		Path example = exampleDir();
		Path cacheRoot = cacheRoot();
		Path outDir = prepareOut();
		Path project = outDir.resolve("project");
		Map<String, Double> seconds = new LinkedHashMap<>();
		long start = System.nanoTime();

		err.println("demo: " + mode.name() + " demo into " + outDir + " (cache " + cacheRoot + ", " + n + " thread(s))");
		err.println("demo: [1/5] fetching the example images (examples/cerebellum/fetch-data.sh)");
		err.flush();
		long t = System.nanoTime();
		Path source = cacheRoot.resolve("examples/cerebellum/source");
		DemoData.fetch(example.resolve("fetch-data.sh"), source, err);
		seconds.put("fetch", since(t));

		err.printf(Locale.ROOT, "demo: [2/5] preparing the cases on a %.0f mm grid%n", mode.spacing());
		err.flush();
		t = System.nanoTime();
		DemoData.Prepared prepared = DemoData.prepare(source, project, mode.spacing(), err);
		prepared.notes().forEach(s -> err.println("demo:   " + s));
		seconds.put("prepare", since(t));

		err.println("demo: [3/5] model variants (DeepMedic-like, trained on Colin27)");
		err.flush();
		t = System.nanoTime();
		Path models = cacheRoot.resolve("demo/models");
		int trained = 0;
		for (DemoModels.Variant v : DemoModels.variants(example, mode.name())) {
			long tv = System.nanoTime();
			String key = DemoModels.cacheKey(prepared.trainingSha256(), mode.training(), v);
			boolean cached = !retrain && DemoModels.isComplete(models.resolve(key).resolve(v.id()));
			Path dir = DemoModels.trainOrReuse(models, key, mode.training(), v, project.resolve(DemoData.COLIN_T1),
					project.resolve(DemoData.COLIN_LABELS), retrain, err);
			if (!cached) {
				trained++;
				seconds.put("train " + v.id(), since(tv));
			}
			try {
				DemoModels.copyTree(dir, project.resolve("models").resolve(v.id()), DemoModels.COMPLETE);
			} catch (IOException e) {
				throw new CliException(ExitCodes.FAILURE, "cannot copy the model " + dir + " into " + project + " (" + e.getMessage() + ").", e);
			}
		}
		seconds.put(trained == 0 ? "models (all cached)" : "models", since(t));

		err.println("demo: [4/5] running the studies");
		err.flush();
		t = System.nanoTime();
		RunSummary gt = run(example, mode.study(), project, outDir.resolve("runs/cerebellum"), n, err);
		seconds.put("run ground truth (" + gt.done() + " jobs)", since(t));
		t = System.nanoTime();
		RunSummary st = run(example, mode.stapleStudy(), project, outDir.resolve("runs/cerebellum-staple"), n, err);
		seconds.put("run STAPLE (" + st.done() + " jobs)", since(t));

		err.println("demo: [5/5] report");
		err.flush();
		t = System.nanoTime();
		Optional<Path> gtReport = DemoReport.generate(gt.runDir(), err);
		Optional<Path> stReport = DemoReport.generate(st.runDir(), err);
		seconds.put("report", since(t));
		seconds.put("total", since(start));

		StringBuilder s = new StringBuilder();
		s.append(String.format(Locale.ROOT, "SegSense demo (%s): cerebellum example, %d + %d jobs, %s%n", mode.name(), gt.done(), st.done(),
				gt.complete() && st.complete() ? "all done" : "NOT all done"));
		Map<String, Map<String, Double>> gtBaseline = findings(s, gt.runDir(), "ground truth (AAL cerebellum)", true);
		s.append(String.format(Locale.ROOT, "  reference volume: colin27 %.0f ml, mni152 %.0f ml%n", volumeMl(project.resolve(DemoData.COLIN_LABELS)),
				volumeMl(project.resolve(DemoData.MNI_LABELS))));
		Map<String, Map<String, Double>> stBaseline = findings(s, st.runDir(), "STAPLE consensus of the three variants (no ground truth: agreement, not accuracy)", false);
		Path consensus = st.runDir().resolve("references/itk-t1.nii.gz");
		if (Files.isRegularFile(consensus)) {
			s.append(String.format(Locale.ROOT, "  consensus volume: itk-t1 %.0f ml (compare the AAL cerebellum above)%n", volumeMl(consensus)));
		}
		s.append("Wall time per phase:\n");
		seconds.forEach((k, v) -> s.append(String.format(Locale.ROOT, "  %-34s %7.1f s%n", k, v)));
		s.append("Project (images, models, study files): ").append(project).append('\n');
		reportLine(s, "ground truth", gt, gtReport);
		reportLine(s, "STAPLE", st, stReport);
		try {
			Files.writeString(outDir.resolve("summary.txt"), s.toString(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new CliException(ExitCodes.FAILURE, "cannot write " + outDir.resolve("summary.txt") + " (" + e.getMessage() + ").", e);
		}
		if (RootCommand.of(spec).json) {
			Map<String, Object> j = new LinkedHashMap<>();
			j.put("mode", mode.name());
			j.put("out", outDir.toString());
			j.put("project", project.toString());
			j.put("complete", gt.complete() && st.complete());
			j.put("runs", List.of(gt.runDir().toString(), st.runDir().toString()));
			List<String> reports = new ArrayList<>();
			gtReport.ifPresent(p -> reports.add(p.toString()));
			stReport.ifPresent(p -> reports.add(p.toString()));
			j.put("reports", reports);
			j.put("jobs", List.of(gt.done(), st.done()));
			j.put("baselineDice", gtBaseline);
			j.put("baselineDiceVsConsensus", stBaseline);
			Map<String, Object> secs = new LinkedHashMap<>();
			seconds.forEach((k, v) -> secs.put(k, Math.round(v * 10) / 10.0));
			j.put("seconds", secs);
			j.put("summary", outDir.resolve("summary.txt").toString());
			o.println(org.segsense.cli.output.Json.write(j));
		} else {
			o.print(s);
			o.println("Summary: " + outDir.resolve("summary.txt"));
		}
		o.flush();
		return gt.complete() && st.complete() ? ExitCodes.OK : ExitCodes.FAILURE;
	}

	/** Volume (ml) of the non-zero voxels of a label image. */
	static double volumeMl(Path labels) {
		Image l = ImageFiles.read(labels);
		long n = 0;
		for (long i = 0; i < l.voxelCount(); i++) {
			if (l.getDouble(i, 0) != 0) {
				n++;
			}
		}
		return n * LabelImages.voxelVolumeMl(l.geometry());
	}

	private static void reportLine(StringBuilder s, String what, RunSummary r, Optional<Path> report) {
		if (report.isPresent()) {
			s.append("Report (").append(what).append("): ").append(report.get()).append('\n');
		} else {
			s.append("Run (").append(what).append("): ").append(r.runDir()).append(" (results.csv, jobs.csv, provenance.json)\n");
		}
	}

	private RunSummary run(Path example, String studyName, Path project, Path runDir, int workers, PrintWriter err) {
		Path study = project.resolve(studyName);
		try {
			Files.copy(example.resolve(studyName), study, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw CliException.badInput("cannot copy the study " + example.resolve(studyName) + " into " + project + " (" + e.getMessage() + ").", e);
		}
		err.println("demo: study " + studyName + " → " + runDir);
		err.flush();
		try {
			RunSummary r = StudyRunner.run(study, RunOptions.in(runDir).withThreads(workers), RunCommand.phases(err), RunCommand.progress(err, 0));
			err.printf(Locale.ROOT, "demo: study %s: %s, %d job(s) done, %d failed, %.1f s%n", r.studyId(), r.status(), r.done(), r.failed(),
					r.wallNanos() / 1e9);
			r.failures().forEach(f -> err.println("demo:   failed: " + f));
			err.flush();
			return r;
		} catch (StudyRunException e) {
			throw EngineErrors.cli(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CliException(ExitCodes.FAILURE, e.getMessage(), e);
		}
	}

	/**
	 * Baseline Dice per case and variant, then per axis the worst mean Dice over the cases and its value,
	 * for every variant.
	 */
	static Map<String, Map<String, Double>> findings(StringBuilder s, Path runDir, String reference, boolean perCase) {
		List<JobRecord> jobs;
		List<ResultRow> results;
		try (ResultStore store = ResultStore.open(runDir.resolve(ResultStore.FILE))) {
			jobs = store.jobs();
			results = store.results();
		} catch (SQLException e) {
			s.append("  (cannot read ").append(runDir).append(": ").append(e.getMessage()).append(")\n");
			return Map.of();
		}
		Map<String, JobRecord> byKey = new LinkedHashMap<>();
		jobs.forEach(j -> byKey.put(j.key(), j));
		List<String> variants = new ArrayList<>();
		List<String> cases = new ArrayList<>();
		jobs.forEach(j -> {
			if (!variants.contains(j.variant())) {
				variants.add(j.variant());
			}
			if (!cases.contains(j.caseId())) {
				cases.add(j.caseId());
			}
		});
		// variant -> axis -> value -> (sum, n) of Dice over cases; baseline under axis ""
		Map<String, Map<String, TreeMap<Double, double[]>>> dice = new LinkedHashMap<>();
		Map<String, Map<String, Double>> baseline = new LinkedHashMap<>();
		for (ResultRow r : results) {
			JobRecord j = byKey.get(r.jobKey());
			if (j == null || !"dice".equals(r.metric()) || r.label() != 1 || r.value() == null) {
				continue;
			}
			String axis = j.axis() == null ? "" : j.axis();
			double value = j.value() == null ? 0 : j.value();
			double[] acc = dice.computeIfAbsent(j.variant(), k -> new LinkedHashMap<>()).computeIfAbsent(axis, k -> new TreeMap<>())
					.computeIfAbsent(value, k -> new double[2]);
			acc[0] += r.value();
			acc[1]++;
			if (axis.isEmpty()) {
				baseline.computeIfAbsent(j.variant(), k -> new LinkedHashMap<>()).put(j.caseId(), r.value());
			}
		}
		s.append("Reference: ").append(reference).append('\n');
		s.append("  baseline Dice (unperturbed)");
		if (perCase) {
			s.append(", per case ").append(String.join(" / ", cases));
		}
		s.append(":\n");
		for (String v : variants) {
			Map<String, Double> b = baseline.getOrDefault(v, Map.of());
			StringBuilder line = new StringBuilder();
			for (String c : cases) {
				Double d = b.get(c);
				line.append(line.length() == 0 ? "" : " / ").append(d == null ? "n/a" : String.format(Locale.ROOT, "%.3f", d));
			}
			s.append(String.format(Locale.ROOT, "    %-10s %s%n", v, line));
		}
		List<String> axes = new ArrayList<>();
		dice.values().forEach(m -> m.keySet().forEach(a -> {
			if (!a.isEmpty() && !axes.contains(a)) {
				axes.add(a);
			}
		}));
		s.append("  worst mean Dice along each axis (value in brackets; change from the baseline)");
		s.append(perCase ? ", mean over the cases:\n" : ":\n");
		s.append(String.format(Locale.ROOT, "    %-12s", "axis"));
		variants.forEach(v -> s.append(String.format(Locale.ROOT, "%-28s", v)));
		s.append('\n');
		for (String a : axes) {
			s.append(String.format(Locale.ROOT, "    %-12s", a));
			for (String v : variants) {
				Map<String, TreeMap<Double, double[]>> m = dice.getOrDefault(v, Map.of());
				double[] b = m.getOrDefault("", new TreeMap<>()).getOrDefault(0.0, new double[] { Double.NaN, 1 });
				double base = b[0] / b[1];
				double worst = Double.POSITIVE_INFINITY;
				double at = Double.NaN;
				for (Map.Entry<Double, double[]> e : m.getOrDefault(a, new TreeMap<>()).entrySet()) {
					double mean = e.getValue()[0] / e.getValue()[1];
					if (mean < worst) {
						worst = mean;
						at = e.getKey();
					}
				}
				s.append(String.format(Locale.ROOT, "%-28s", Double.isInfinite(worst) ? "n/a"
						: String.format(Locale.ROOT, "%.3f [%s] (%+.3f)", worst, JobKeyNumber.format(at), worst - base)));
			}
			s.append('\n');
		}
		return baseline;
	}

	/** Numbers as in job keys (no trailing zeros). */
	static final class JobKeyNumber {
		static String format(double v) {
			String t = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
			return t.equals("-0") ? "0" : t;
		}
	}

	private Path exampleDir() {
		if (exampleDir != null) {
			Path p = exampleDir.toAbsolutePath();
			if (!Files.isRegularFile(p.resolve("fetch-data.sh"))) {
				throw CliException.badInput(p + " is not the cerebellum example folder (it has no fetch-data.sh); --example-dir names"
						+ " examples/cerebellum of a SegSense checkout.");
			}
			return p;
		}
		String repo = System.getenv("SEGSENSE_REPO");
		if (repo == null || repo.isBlank()) {
			throw CliException.badInput("the demo does not know where the example is: start it through the ./segsense launcher of a SegSense"
					+ " checkout (which sets SEGSENSE_REPO), or give --example-dir DIR (the folder examples/cerebellum).");
		}
		Path p = Path.of(repo).resolve("examples/cerebellum").toAbsolutePath();
		if (!Files.isDirectory(p)) {
			throw CliException.badInput(p + " does not exist (SEGSENSE_REPO=" + repo + "); give --example-dir DIR (the folder examples/cerebellum).");
		}
		return p;
	}

	private Path cacheRoot() {
		if (cache != null) {
			return cache.toAbsolutePath();
		}
		String env = System.getenv("SEGSENSE_CACHE");
		if (env != null && !env.isBlank()) {
			return Path.of(env).toAbsolutePath();
		}
		String xdg = System.getenv("XDG_CACHE_HOME");
		// $HOME as the fetch script sees it (Java's user.home comes from the password database instead)
		String home = System.getenv("HOME");
		Path h = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"));
		return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : h.resolve(".cache")).resolve("segsense").toAbsolutePath();
	}

	private Path prepareOut() {
		Path dir = out != null ? out
				: Path.of("segsense-demo-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
		dir = dir.toAbsolutePath();
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw CliException.badInput(dir + " is a file; --out names the folder the demo writes.");
		}
		if (Files.isDirectory(dir)) {
			try (Stream<Path> s = Files.list(dir)) {
				if (s.findAny().isPresent()) {
					throw CliException.badInput(dir + " exists and is not empty; give a new folder with --out.");
				}
			} catch (IOException e) {
				throw CliException.badInput(dir + " cannot be read (" + e.getMessage() + ").", e);
			}
		}
		try {
			Files.createDirectories(dir.resolve("project"));
		} catch (IOException e) {
			throw CliException.badInput("cannot create " + dir + " (" + e.getMessage() + ").", e);
		}
		return dir;
	}

	private static double since(long t) {
		return (System.nanoTime() - t) / 1e9;
	}
}
