// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.demo;

import org.osgi.service.component.annotations.Component;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.segsense.engine.RunSummary;
import org.segsense.image.Image;
import org.segsense.image.LabelImages;
import org.segsense.report.ReportOptions;
import org.segsense.report.ReportResult;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.augment.AugmentRequest;
import org.segsense.workflows.augment.AugmentResult;
import org.segsense.workflows.augment.AugmentationEvents;
import org.segsense.workflows.augment.AugmentationStudyServiceImpl;
import org.segsense.workflows.report.ReportListener;
import org.segsense.workflows.report.ReportService;
import org.segsense.workflows.report.ReportServiceImpl;
import org.segsense.workflows.run.ProgressLines;
import org.segsense.workflows.run.RunRequest;
import org.segsense.workflows.run.RunService;
import org.segsense.workflows.run.RunServiceImpl;

/** The demo over {@link DemoData}, {@link DemoModels} (training through a {@link DemoTrainer}), the run and report services. */
@Component(service = DemoService.class)
public final class DemoServiceImpl implements DemoService {

	/** Settings of one mode (full or quick). */
	record Mode(String name, double spacing, DemoModels.Settings training, String study, String stapleStudy) {
	}

	private final DemoTrainer trainer;
	private final RunService runs;
	private final ReportService reports;
	private final Function<IProgressMonitor, BiFunction<AugmentRequest, AugmentationEvents, AugmentResult>> augmentation;

	/** With the training service as trainer and the installed run, report and augmentation study services. */
	public DemoServiceImpl() {
		this(new ServiceDemoTrainer(), new RunServiceImpl(), new ReportServiceImpl());
	}

	public DemoServiceImpl(DemoTrainer trainer, RunService runs, ReportService reports) {
		this(trainer, runs, reports, monitor -> TractsDemo.service(new AugmentationStudyServiceImpl(), monitor));
	}

	/** @param augmentation the tracts arm's training (the augmentation study service, given the monitor): a seam for tests */
	public DemoServiceImpl(DemoTrainer trainer, RunService runs, ReportService reports,
			Function<IProgressMonitor, BiFunction<AugmentRequest, AugmentationEvents, AugmentResult>> augmentation) {
		this.trainer = trainer;
		this.runs = runs;
		this.reports = reports;
		this.augmentation = augmentation;
	}

	static Mode mode(boolean quick, int threads) {
		return quick
				? new Mode("quick", 3, new DemoModels.Settings(8, 300, 18, 2, 3e-3, 42, 0.5, threads), "cerebellum-quick.segsense",
						"cerebellum-staple-quick.segsense")
				: new Mode("full", 2, new DemoModels.Settings(8, 1500, 27, 2, 2e-3, 42, 0.5, threads), "cerebellum.segsense",
						"cerebellum-staple.segsense");
	}

	@Override
	public Result run(Request r, Listener listener, IProgressMonitor monitor) {
		if (r.threads() < 0) {
			throw WorkflowException.badInput("--threads must be 0 (all cores) or positive, not " + r.threads() + ".");
		}
		PrintWriter err = LineWriter.to(listener::line);
		SubMonitor m = SubMonitor.convert(monitor, "SegSense demo", 100);
		int n = r.threads() > 0 ? r.threads() : Runtime.getRuntime().availableProcessors();
		Mode mode = mode(r.quick(), n);
		Path example = r.arm().deepmedic() ? exampleDir(r.exampleDir()) : null;
		Path tractsExample = r.arm().tractseg() ? tractsDir(r.exampleDir()) : null;
		Path cacheRoot = cacheRoot(r.cache());
		Path outDir = prepareOut(r.out());
		Map<String, Double> seconds = new LinkedHashMap<>();
		long start = System.nanoTime();
		err.println("demo: " + mode.name() + " demo (" + r.arm().name().toLowerCase(Locale.ROOT) + ") into " + outDir + " (cache " + cacheRoot + ", "
				+ n + " thread(s))");
		Run gtRun = null, stRun = null;
		Map<String, Double> volumes = new LinkedHashMap<>();
		Path project = outDir.resolve("project");
		if (r.arm().deepmedic()) {
			Run[] runs = deepmedic(r, mode, example, cacheRoot, outDir, project, n, err, seconds, volumes, m.split(r.arm().tractseg() ? 60 : 100));
			gtRun = runs[0];
			stRun = runs[1];
		}
		Tracts tracts = null;
		if (r.arm().tractseg()) {
			long t = System.nanoTime();
			tracts = tracts(r, tractsExample, cacheRoot, outDir, n, err, seconds, m.split(r.arm().deepmedic() ? 40 : 100));
			seconds.put("tracts arm", since(t));
			if (!r.arm().deepmedic()) {
				project = tracts.project();
			}
		}
		seconds.put("total", since(start));
		String summary = summary(mode, gtRun, stRun, tracts, volumes, seconds, project);
		Path summaryFile = outDir.resolve("summary.txt");
		try {
			Files.writeString(summaryFile, summary, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw WorkflowException.failure("cannot write " + summaryFile + " (" + e.getMessage() + ").", e);
		}
		m.done();
		return new Result(mode.name(), outDir, project, gtRun, stRun, volumes, seconds, summaryFile, summary, tracts);
	}

	/** The cerebellum example: {ground-truth run, STAPLE run}. */
	private Run[] deepmedic(Request r, Mode mode, Path example, Path cacheRoot, Path outDir, Path project, int n, PrintWriter err,
			Map<String, Double> seconds, Map<String, Double> volumes, IProgressMonitor monitor) {
		SubMonitor m = SubMonitor.convert(monitor, 100);
		try {
			Files.createDirectories(project);
		} catch (IOException e) {
			throw WorkflowException.badInput("cannot create " + project + " (" + e.getMessage() + ").", e);
		}
		err.println("demo: [1/5] fetching the example images (examples/cerebellum/fetch-data.sh)");
		m.split(5);
		long t = System.nanoTime();
		Path source = cacheRoot.resolve("examples/cerebellum/source");
		DemoData.fetch(example.resolve("fetch-data.sh"), source, err);
		seconds.put("fetch", since(t));

		err.printf(Locale.ROOT, "demo: [2/5] preparing the cases on a %.0f mm grid%n", mode.spacing());
		m.split(5);
		t = System.nanoTime();
		DemoData.Prepared prepared = DemoData.prepare(source, project, mode.spacing(), err);
		prepared.notes().forEach(s -> err.println("demo:   " + s));
		seconds.put("prepare", since(t));

		err.println("demo: [3/5] model variants (DeepMedic-like, trained on Colin27)");
		List<DemoModels.Variant> variants = DemoModels.variants(example, mode.name());
		SubMonitor models = m.split(40).setWorkRemaining(variants.size());
		t = System.nanoTime();
		Path modelCache = cacheRoot.resolve("demo/models");
		int trained = 0;
		for (DemoModels.Variant v : variants) {
			models.split(1);
			long tv = System.nanoTime();
			String key = DemoModels.cacheKey(prepared.trainingSha256(), mode.training(), v);
			boolean cached = !r.retrain() && DemoModels.isComplete(modelCache.resolve(key).resolve(v.id()));
			Path dir = DemoModels.trainOrReuse(modelCache, key, mode.training(), v, project.resolve(DemoData.COLIN_T1),
					project.resolve(DemoData.COLIN_LABELS), r.retrain(), trainer, err);
			if (!cached) {
				trained++;
				seconds.put("train " + v.id(), since(tv));
			}
			try {
				DemoModels.copyTree(dir, project.resolve("models").resolve(v.id()), DemoModels.COMPLETE);
			} catch (IOException e) {
				throw WorkflowException.failure("cannot copy the model " + dir + " into " + project + " (" + e.getMessage() + ").", e);
			}
		}
		seconds.put(trained == 0 ? "models (all cached)" : "models", since(t));

		err.println("demo: [4/5] running the studies");
		t = System.nanoTime();
		RunSummary gt = run(example, mode.study(), project, outDir.resolve("runs/cerebellum"), n, err, m.split(20));
		seconds.put("run ground truth (" + gt.done() + " jobs)", since(t));
		t = System.nanoTime();
		RunSummary st = run(example, mode.stapleStudy(), project, outDir.resolve("runs/cerebellum-staple"), n, err, m.split(20));
		seconds.put("run STAPLE (" + st.done() + " jobs)", since(t));

		err.println("demo: [5/5] report");
		t = System.nanoTime();
		Optional<Path> gtReport = report(gt.runDir(), err, m.split(5));
		Optional<Path> stReport = report(st.runDir(), err, m.split(5));
		seconds.put("report", since(t));

		Run gtRun = new Run(gt.runDir(), gt.done(), gt.complete(), gtReport, DemoFindings.of(gt.runDir(), "ground truth (AAL cerebellum)"));
		Run stRun = new Run(st.runDir(), st.done(), st.complete(), stReport,
				DemoFindings.of(st.runDir(), "STAPLE consensus of the three variants (no ground truth: agreement, not accuracy)"));
		volumes.put("colin27", volumeMl(project.resolve(DemoData.COLIN_LABELS)));
		volumes.put("mni152", volumeMl(project.resolve(DemoData.MNI_LABELS)));
		Path consensus = st.runDir().resolve("references/itk-t1.nii.gz");
		if (Files.isRegularFile(consensus)) {
			volumes.put("itk-t1 (consensus)", volumeMl(consensus));
		}
		return new Run[] { gtRun, stRun };
	}

	/** The tracts example ({@link TractsDemo}): subjects, models, the study against STAPLE and truth, its report. */
	private Tracts tracts(Request r, Path example, Path cacheRoot, Path outDir, int n, PrintWriter err, Map<String, Double> seconds,
			IProgressMonitor monitor) {
		SubMonitor m = SubMonitor.convert(monitor, 100);
		TractsDemo.Mode mode = TractsDemo.mode(r.quick());
		Path project = outDir.resolve("tracts/project");
		try {
			Files.createDirectories(project);
		} catch (IOException e) {
			throw WorkflowException.badInput("cannot create " + project + " (" + e.getMessage() + ").", e);
		}
		Path study = TractsDemo.prepare(mode, example, project, cacheRoot, r.retrain(), n, err, augmentation.apply(m.split(50)), seconds, null);
		err.println("demo: tracts [3/4] running the study (binary STAPLE consensus of the variants, and the phantom's truth)");
		long t = System.nanoTime();
		RunSummary run = run(example, study.getFileName().toString(), project, outDir.resolve("runs/tracts"), n, err, m.split(40));
		seconds.put("tracts: run (" + run.done() + " jobs)", since(t));
		err.println("demo: tracts [4/4] report");
		t = System.nanoTime();
		Optional<Path> report = report(run.runDir(), err, m.split(10));
		seconds.put("tracts: report", since(t));
		Run result = new Run(run.runDir(), run.done(), run.complete(), report,
				DemoFindings.of(run.runDir(), "binary STAPLE consensus of the three variants, bundle by bundle (also scored against the phantom's truth)"));
		return new Tracts(project, result, TractsFindings.of(run.runDir()));
	}

	/** The summary text (OUT/summary.txt); gt and st null without the DeepMedic arm, tracts null without the tracts arm. */
	static String summary(Mode mode, Run gt, Run st, Tracts tracts, Map<String, Double> volumes, Map<String, Double> seconds, Path project) {
		StringBuilder s = new StringBuilder();
		boolean all = (gt == null || gt.complete()) && (st == null || st.complete()) && (tracts == null || tracts.run().complete());
		if (gt != null) {
			s.append(String.format(Locale.ROOT, "SegSense demo (%s): cerebellum example, %d + %d jobs, %s%n", mode.name(), gt.done(), st.done(),
					gt.complete() && st.complete() ? "all done" : "NOT all done"));
			gt.findings().appendTo(s, true);
			s.append(String.format(Locale.ROOT, "  reference volume: colin27 %.0f ml, mni152 %.0f ml%n", volumes.get("colin27"), volumes.get("mni152")));
			st.findings().appendTo(s, false);
			Double consensus = volumes.get("itk-t1 (consensus)");
			if (consensus != null) {
				s.append(String.format(Locale.ROOT, "  consensus volume: itk-t1 %.0f ml (compare the AAL cerebellum above)%n", consensus));
			}
		}
		if (tracts != null) {
			Run t = tracts.run();
			s.append(String.format(Locale.ROOT, "SegSense demo (%s): tracts example (fibre phantom, TractSeg-like), %d jobs, %s%n", mode.name(), t.done(),
					t.complete() ? "all done" : "NOT all done"));
			t.findings().appendTo(s, true);
			tracts.headline().appendTo(s);
		}
		s.append(all ? "All studies done.\n" : "NOT all studies done.\n");
		s.append("Wall time per phase:\n");
		seconds.forEach((k, v) -> s.append(String.format(Locale.ROOT, "  %-34s %7.1f s%n", k, v)));
		s.append("Project (images, models, study files): ").append(project).append('\n');
		if (gt != null) {
			reportLine(s, "ground truth", gt);
			reportLine(s, "STAPLE", st);
		}
		if (tracts != null) {
			if (gt != null) {
				s.append("Project (tracts: subjects, models, study files): ").append(tracts.project()).append('\n');
			}
			reportLine(s, "tracts", tracts.run());
		}
		return s.toString();
	}

	/** Volume (ml) of the non-zero voxels of a label image. */
	static double volumeMl(Path labels) {
		Image l = DemoImages.read(labels);
		long n = 0;
		for (long i = 0; i < l.voxelCount(); i++) {
			if (l.getDouble(i, 0) != 0) {
				n++;
			}
		}
		return n * LabelImages.voxelVolumeMl(l.geometry());
	}

	private static void reportLine(StringBuilder s, String what, Run r) {
		if (r.report().isPresent()) {
			s.append("Report (").append(what).append("): ").append(r.report().get()).append('\n');
		} else {
			s.append("Run (").append(what).append("): ").append(r.runDir()).append(" (results.csv, jobs.csv, provenance.json)\n");
		}
	}

	private RunSummary run(Path example, String studyName, Path project, Path runDir, int workers, PrintWriter err, IProgressMonitor monitor) {
		Path study = project.resolve(studyName);
		try {
			Files.copy(example.resolve(studyName), study, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw WorkflowException.badInput("cannot copy the study " + example.resolve(studyName) + " into " + project + " (" + e.getMessage() + ").", e);
		}
		err.println("demo: study " + studyName + " → " + runDir);
		RunSummary r = runs.start(RunRequest.of(study, runDir).withThreads(workers), new ProgressLines(err::println, 0), monitor);
		err.printf(Locale.ROOT, "demo: study %s: %s, %d job(s) done, %d failed, %.1f s%n", r.studyId(), r.status(), r.done(), r.failed(),
				r.wallNanos() / 1e9);
		r.failures().forEach(f -> err.println("demo:   failed: " + f));
		SubMonitor.convert(monitor).checkCanceled();
		return r;
	}

	/** The report step: the HTML report of a run folder, its summary on the log. */
	private Optional<Path> report(Path runDir, PrintWriter log, IProgressMonitor monitor) {
		ReportListener l = new ReportListener() {
			@Override
			public void phase(String text) {
				log.println("demo: report: " + text);
			}

			@Override
			public void warning(String text) {
				log.println("demo: report: warning: " + text);
			}
		};
		ReportResult r;
		try {
			r = reports.generate(runDir, ReportOptions.defaults(), l, monitor);
		} catch (WorkflowException e) {
			throw WorkflowException.failure("the report of " + runDir + " failed: " + e.getMessage(), e);
		}
		r.summary().forEach(line -> log.println("demo:   " + line));
		return Optional.of(r.indexHtml());
	}

	static Path exampleDir(Path exampleDir) {
		if (exampleDir != null) {
			Path p = exampleDir.toAbsolutePath();
			if (!Files.isRegularFile(p.resolve("fetch-data.sh"))) {
				throw WorkflowException.badInput(p + " is not the cerebellum example folder (it has no fetch-data.sh); --example-dir names"
						+ " examples/cerebellum of a SegSense checkout.");
			}
			return p;
		}
		String repo = System.getenv("SEGSENSE_REPO");
		if (repo == null || repo.isBlank()) {
			throw WorkflowException.badInput("the demo does not know where the example is: start it through the ./segsense launcher of a SegSense"
					+ " checkout (which sets SEGSENSE_REPO), or give --example-dir DIR (the folder examples/cerebellum).");
		}
		Path p = Path.of(repo).resolve("examples/cerebellum").toAbsolutePath();
		if (!Files.isDirectory(p)) {
			throw WorkflowException.badInput(p + " does not exist (SEGSENSE_REPO=" + repo + "); give --example-dir DIR (the folder examples/cerebellum).");
		}
		return p;
	}

	/** The tracts example: the sibling {@code tracts} of {@code --example-dir}, else examples/tracts of $SEGSENSE_REPO. */
	static Path tractsDir(Path exampleDir) {
		Path p;
		if (exampleDir != null) {
			p = exampleDir.toAbsolutePath().normalize().resolveSibling("tracts");
		} else {
			String repo = System.getenv("SEGSENSE_REPO");
			if (repo == null || repo.isBlank()) {
				throw WorkflowException.badInput("the demo does not know where the tracts example is: start it through the ./segsense launcher of a"
						+ " SegSense checkout (which sets SEGSENSE_REPO), or give --example-dir DIR (the folder examples/cerebellum; examples/tracts"
						+ " is taken beside it).");
			}
			p = Path.of(repo).resolve("examples/tracts").toAbsolutePath();
		}
		if (!Files.isRegularFile(p.resolve(TractsDemo.AUGMENTATION_FILE))) {
			throw WorkflowException.badInput(p + " is not the tracts example folder (it has no " + TractsDemo.AUGMENTATION_FILE + "); restore"
					+ " examples/tracts from the checkout, or run --arm deepmedic.");
		}
		return p;
	}

	static Path cacheRoot(Path cache) {
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

	static Path prepareOut(Path out) {
		Path dir = out != null ? out : Path.of("segsense-demo-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
		dir = dir.toAbsolutePath();
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw WorkflowException.badInput(dir + " is a file; --out names the folder the demo writes.");
		}
		if (Files.isDirectory(dir)) {
			try (Stream<Path> s = Files.list(dir)) {
				if (s.findAny().isPresent()) {
					throw WorkflowException.badInput(dir + " exists and is not empty; give a new folder with --out.");
				}
			} catch (IOException e) {
				throw WorkflowException.badInput(dir + " cannot be read (" + e.getMessage() + ").", e);
			}
		}
		try {
			Files.createDirectories(dir);
		} catch (IOException e) {
			throw WorkflowException.badInput("cannot create " + dir + " (" + e.getMessage() + ").", e);
		}
		return dir;
	}

	private static double since(long t) {
		return (System.nanoTime() - t) / 1e9;
	}
}
