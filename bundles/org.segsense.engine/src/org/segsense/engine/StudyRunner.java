package org.segsense.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.segsense.engine.store.CsvExport;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JsonText;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.engine.store.RunLock;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.LabelImages;
import org.segsense.image.io.ImageIO;
import org.segsense.image.resample.Interpolation;
import org.segsense.image.resample.Resampler;
import org.segsense.image.transform.AffineTransform;
import org.segsense.inference.DeviceChoice;
import org.segsense.inference.InferenceEngines;
import org.segsense.inference.InferenceException;
import org.segsense.inference.LoadOptions;
import org.segsense.inference.Prediction;
import org.segsense.inference.Predictor;
import org.segsense.inference.PredictorOptions;
import org.segsense.inference.preprocess.Normalization;
import org.segsense.inference.spi.EngineModel;
import org.segsense.inference.tiling.Blending;
import org.segsense.metrics.ImageMetrics;
import org.segsense.metrics.MetricConventions;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.model.BinaryStapleReference;
import org.segsense.model.Case;
import org.segsense.model.ConsensusReference;
import org.segsense.model.EvaluationSpace;
import org.segsense.model.FactorialDesign;
import org.segsense.model.GroundTruthReference;
import org.segsense.model.ImageChannel;
import org.segsense.model.LabelDefinition;
import org.segsense.model.MajorityVoteReference;
import org.segsense.model.MetricSpec;
import org.segsense.model.ModelVariant;
import org.segsense.model.MultiLabelStapleReference;
import org.segsense.model.NormalizationMethod;
import org.segsense.model.ParameterValue;
import org.segsense.model.ReferenceStrategy;
import org.segsense.model.SegsensePackage;
import org.segsense.model.Study;
import org.segsense.model.io.StudyLoadException;
import org.segsense.model.io.StudyResources;
import org.segsense.model.validation.FileConstraints;
import org.segsense.model.validation.Problem;
import org.segsense.model.validation.StudyValidation;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.perturb.PerturbationDescriptor;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.Seeds;
import org.segsense.reference.BinaryStaple;
import org.segsense.reference.ImageStaple;
import org.segsense.reference.MajorityVote;
import org.segsense.reference.MultiLabelStaple;

/**
 * Runs a study into a run folder: validates it, expands it into jobs ({@link StudyPlan}), computes the
 * consensus references first (when the reference is a consensus of model variants), then runs the
 * jobs on parallel workers — load (bounded cache), perturb (seeded), infer, build the reference in the
 * evaluation space, compute the metrics — and commits each job in one transaction of the results
 * store. A job's results depend only on the job (its key, seed and inputs), never on the thread count,
 * the order or the shard.
 *
 * <p>Run folder: {@value #STUDY_COPY} (the study's bytes), {@code results.sqlite}, {@value #PROVENANCE},
 * {@code results.csv}, {@code jobs.csv}, {@code references/CASE.nii.gz} (consensus references),
 * {@code run.lock}.
 */
public final class StudyRunner {

	/** The copy of the study file in a run folder. */
	public static final String STUDY_COPY = "study.segsense";
	/** The provenance file of a run folder. */
	public static final String PROVENANCE = "provenance.json";
	/** The folder of consensus references in a run folder. */
	public static final String REFERENCES = "references";

	private final Study study;
	private final Path project;
	private final RunOptions options;
	private final ProgressListener listener;
	private final Map<String, Case> cases = new LinkedHashMap<>();
	private final Map<String, ModelVariant> variants = new LinkedHashMap<>();
	private final PerturbationCatalog perturbations = PerturbationCatalog.installed();
	private final MetricCatalog metricCatalog = MetricCatalog.installed();
	private final List<MetricPlan> metrics = new ArrayList<>();
	private final Map<String, String> devices = new ConcurrentHashMap<>();
	private final List<Worker> workers = Collections.synchronizedList(new ArrayList<>());
	private final ThreadLocal<Worker> worker = new ThreadLocal<>();
	private BoundedCache<String, CaseData> caseCache;
	private BoundedCache<String, Image> consensusCache;
	private LoadOptions loadOptions;
	private ResultStore store;
	private BusyClock busy;

	private record MetricPlan(String id, String type, double tolerance, int[] labels) {
	}

	private record CaseData(List<Image> channels, Image labels, byte[] roi) {
	}

	private StudyRunner(Study study, Path project, RunOptions options, ProgressListener listener) {
		this.study = study;
		this.project = project;
		this.options = options;
		this.listener = listener == null ? ProgressListener.NONE : listener;
		study.getCases().forEach(c -> cases.put(c.getId(), c));
		study.getModelVariants().forEach(v -> variants.put(v.getId(), v));
	}

	/**
	 * Loads a study file and checks it as a run would: format, validation (with the installed
	 * perturbations) and metric types.
	 *
	 * @param studyFile the study file
	 * @param projectDir the folder its relative paths refer to, or null for the file's folder
	 * @return the study
	 * @throws StudyRunException (bad input) listing every error
	 */
	public static Study loadValid(Path studyFile, Path projectDir) throws StudyRunException {
		return loadValid(studyFile, projectDir, true);
	}

	/**
	 * Loads a study file and checks it as a run would ({@link StudyChecks}).
	 *
	 * @param studyFile the study file
	 * @param projectDir the folder its relative paths refer to, or null for the file's folder
	 * @param allowOutsideProject false to refuse files outside the project folder (warnings of validation)
	 * @return the study
	 * @throws StudyRunException (bad input) listing every error
	 */
	public static Study loadValid(Path studyFile, Path projectDir, boolean allowOutsideProject) throws StudyRunException {
		Study study;
		try {
			study = StudyResources.load(studyFile);
		} catch (StudyLoadException e) {
			throw StudyRunException.badInput(e.getMessage(), e);
		}
		Path project = projectDir != null ? projectDir : studyFile.toAbsolutePath().getParent();
		List<String> errors = new ArrayList<>();
		for (Problem p : StudyChecks.problems(study, project)) {
			if (p.severity() == Problem.Severity.ERROR) {
				errors.add(p.path() + ": " + p.message());
			} else if (!allowOutsideProject && FileConstraints.OUTSIDE_PROJECT.equals(p.code())) {
				errors.add(p.path() + ": " + p.message().replace("'segsense run' refuses files outside the project unless --allow-outside-project"
						+ " is given.", "Or allow it with --allow-outside-project (recorded in the provenance)."));
			}
		}
		if (!errors.isEmpty()) {
			throw new StudyRunException(true, studyFile + " is not a valid study (" + errors.size() + " error" + (errors.size() == 1 ? "" : "s")
					+ "); fix them (segsense study validate shows the same list):", errors, null);
		}
		return study;
	}

	/** The files of the study outside the project folder (the warnings of validation), for the provenance. */
	private List<String> outsideProject() {
		List<String> paths = new ArrayList<>();
		for (Problem p : StudyValidation.validate(study, project)) {
			if (FileConstraints.OUTSIDE_PROJECT.equals(p.code())) {
				paths.add(p.path());
			}
		}
		return paths;
	}

	/**
	 * Runs a study.
	 *
	 * @param studyFile the study file
	 * @param options how and where
	 * @param listener progress, or null
	 * @return what the run did
	 * @throws StudyRunException (bad input) for an invalid study, a run folder that is in use or holds
	 *         another run, changed inputs on resume; (failure) when the store cannot be written
	 * @throws InterruptedException when the calling thread is interrupted (the jobs in progress are
	 *         abandoned; everything committed stays)
	 */
	public static RunSummary run(Path studyFile, RunOptions options, ProgressListener listener) throws StudyRunException, InterruptedException {
		Path file = studyFile.toAbsolutePath().normalize();
		Path recorded = options.projectDir() == null ? RunFolders.recordedProject(file) : null;
		Path project = options.projectDir() != null ? options.projectDir().toAbsolutePath().normalize()
				: recorded != null ? recorded : file.getParent();
		Study study = loadValid(file, project, options.allowOutsideProject());
		return new StudyRunner(study, project, options, listener).execute(file);
	}

	/**
	 * Recomputes jobs of a finished (or stopped) run for {@link JobReplay}: the study copy of the run
	 * folder, its project folder, the same seeds and models; nothing is written.
	 */
	static void replay(Path runDir, List<String> jobKeys, DeviceChoice device, JobReplay.Consumer consumer)
			throws StudyRunException, InterruptedException {
		Path dir = runDir.toAbsolutePath().normalize();
		Path copy = dir.resolve(STUDY_COPY);
		Path storeFile = dir.resolve(ResultStore.FILE);
		if (!Files.isRegularFile(copy) || !Files.isRegularFile(storeFile)) {
			throw StudyRunException.badInput(dir + " is not a run folder (it has no " + STUDY_COPY + " and " + ResultStore.FILE
					+ "); give the folder 'segsense run --out' wrote.");
		}
		Map<String, String> meta;
		Map<String, String> provenance;
		try (ResultStore s = ResultStore.open(storeFile)) {
			meta = s.meta();
			provenance = s.provenance();
		} catch (SQLException e) {
			throw StudyRunException.failure("Cannot read " + storeFile + ": " + e.getMessage(), e);
		}
		String projectDir = meta.getOrDefault("project.dir", provenance.get("project.dir"));
		Path project = projectDir != null ? Path.of(projectDir) : dir;
		Study study = loadValid(copy, project, "true".equals(provenance.get("run.allowOutsideProject")));
		List<String> changed = changedChecksums(provenance, Provenance.checksums(study, project));
		if (!changed.isEmpty()) {
			throw new StudyRunException(true, "Inputs of the run in " + dir + " have changed since it ran; its jobs cannot be recomputed. "
					+ "Restore them (segsense reproduce lists the differences):", changed, null);
		}
		Map<String, Job> byKey = new LinkedHashMap<>();
		StudyPlan.expand(study).jobs().forEach(j -> byKey.put(j.key(), j));
		List<Job> jobs = new ArrayList<>();
		for (String k : jobKeys) {
			Job j = byKey.get(k);
			if (j == null) {
				throw StudyRunException.badInput("The run in " + dir + " has no job '" + k + "' (see jobs.csv for the job keys).");
			}
			jobs.add(j);
		}
		StudyRunner r = new StudyRunner(study, project, RunOptions.in(dir).withThreads(1), null);
		r.caseCache = new BoundedCache<>(2, r::loadCase);
		r.consensusCache = new BoundedCache<>(2, id -> ImageIO.read(referenceFile(dir, id)));
		r.loadOptions = new LoadOptions(device != null ? device : DeviceChoice.AUTO, Runtime.getRuntime().availableProcessors(), false);
		try {
			for (Job j : jobs) {
				if (Thread.currentThread().isInterrupted()) {
					throw new InterruptedException("the replay was interrupted");
				}
				Computed c;
				try {
					c = r.compute(j, new long[6]);
				} catch (InterruptedException e) {
					throw e;
				} catch (Exception e) {
					throw StudyRunException.failure("Job '" + j.key() + "' of the run in " + dir + " could not be recomputed: " + message(e), e);
				}
				try {
					consumer.accept(new JobReplay.Images(j.key(), c.input(), c.perturbed(), c.predicted(), c.reference(), c.evaluation()));
				} catch (InterruptedException | StudyRunException e) {
					throw e;
				} catch (Exception e) {
					throw StudyRunException.failure("Job '" + j.key() + "' of the run in " + dir + ": " + message(e), e);
				}
			}
		} finally {
			synchronized (r.workers) {
				r.workers.forEach(Worker::close);
			}
		}
	}

	private RunSummary execute(Path studyFile) throws StudyRunException, InterruptedException {
		long start = System.nanoTime();
		StudyPlan plan = StudyPlan.expand(study);
		for (MetricSpec m : study.getMetrics()) {
			metrics.add(metricPlan(m));
		}
		List<Job> shardJobs = plan.jobs(options.shard());
		Path runDir = options.runDir().toAbsolutePath().normalize();
		byte[] studyBytes;
		try {
			studyBytes = Files.readAllBytes(studyFile);
		} catch (IOException e) {
			throw StudyRunException.badInput("Cannot read " + studyFile + ": " + e.getMessage(), e);
		}
		RunFolders.checkTarget(runDir);
		try {
			Files.createDirectories(runDir);
		} catch (IOException e) {
			throw StudyRunException.failure("Cannot create the run folder " + runDir + ": " + ioReason(e) + ". Choose a writable folder with --out.", e);
		}
		String studySha = sha256(studyBytes);
		RunLock lock;
		try {
			lock = RunLock.tryAcquire(runDir);
		} catch (IOException e) {
			throw StudyRunException.failure("Cannot write the lock file in " + runDir + ": " + ioReason(e) + ". Choose a writable folder with --out.", e);
		}
		if (lock == null) {
			String holder = RunLock.holder(runDir);
			throw StudyRunException.badInput("The run folder " + runDir + " is in use by another run" + (holder.isEmpty() ? "" : " (" + holder + ")")
					+ ". Wait for it to finish, or choose another folder with --out.");
		}
		try {
			Path storeFile = runDir.resolve(ResultStore.FILE);
			boolean existing = Files.exists(storeFile);
			if (existing && !options.resume()) {
				throw StudyRunException.badInput(runDir + " already holds a run (" + ResultStore.FILE + "). Use --resume to finish it, or choose "
						+ "another folder with --out.");
			}
			try {
				store = ResultStore.open(storeFile);
			} catch (SQLException e) {
				throw StudyRunException.failure("Cannot open the results store " + storeFile + ": " + ResultStore.describe(e), e);
			}
			try {
				return runJobs(plan, shardJobs, runDir, studyFile, studyBytes, studySha, existing, start);
			} finally {
				store.close();
			}
		} finally {
			lock.close();
		}
	}

	private RunSummary runJobs(StudyPlan plan, List<Job> shardJobs, Path runDir, Path studyFile, byte[] studyBytes, String studySha,
			boolean existing, long start) throws StudyRunException, InterruptedException {
		Map<String, String> meta;
		Map<String, String> oldProvenance;
		try {
			meta = store.meta();
			oldProvenance = store.provenance();
		} catch (SQLException e) {
			throw StudyRunException.failure("Cannot read " + store.file() + ": " + e.getMessage(), e);
		}
		if (existing && meta.containsKey("study.sha256")) {
			if (!studySha.equals(meta.get("study.sha256"))) {
				throw StudyRunException.badInput("The study " + studyFile + " has changed since the run in " + runDir + " started (sha256 "
						+ meta.get("study.sha256") + " then, " + studySha + " now). Resume with the study file the run started with ("
						+ runDir.resolve(STUDY_COPY) + "), or start a new run with another --out.");
			}
			if ("merged".equals(meta.get("shard"))) {
				throw StudyRunException.badInput(runDir + " was merged from runs that do not make up the whole study; it cannot be resumed. "
						+ "Run the missing shards into their own folders and merge all of them again.");
			}
			if (!options.shard().toString().equals(meta.get("shard"))) {
				throw StudyRunException.badInput("The run in " + runDir + " is shard " + meta.get("shard") + ", not " + options.shard()
						+ ". Resume it with --shard " + meta.get("shard") + ".");
			}
		}
		Map<String, String> checksums = Provenance.checksums(study, project);
		if (existing) {
			List<String> changed = changedChecksums(oldProvenance, checksums);
			if (!changed.isEmpty()) {
				throw new StudyRunException(true, "Inputs of the run in " + runDir + " have changed since it started; resuming would mix "
						+ "results. Restore them, or start a new run with another --out:", changed, null);
			}
		}
		int cores = Runtime.getRuntime().availableProcessors();
		int threads = options.threads() > 0 ? options.threads()
				: study.getExecution() != null && study.getExecution().getThreads() > 0 ? study.getExecution().getThreads() : cores;
		Set<String> done;
		try {
			done = store.doneKeys();
		} catch (SQLException e) {
			throw StudyRunException.failure("Cannot read " + store.file() + ": " + e.getMessage(), e);
		}
		List<Job> pending = shardJobs.stream().filter(j -> !done.contains(j.key())).toList();
		int skipped = shardJobs.size() - pending.size();
		int nWorkers = Math.max(1, Math.min(threads, pending.size()));
		// Default: twice the fair share, at most all cores. A TensorFlow call leaves cores idle between its
		// operations, which a second worker's call fills: on 2 cores, 2 workers × 2 threads run as fast as
		// 1 × 2 and 1.55× faster than 2 × 1 (docs/benchmarks-study.md).
		int inferenceThreads = options.inferenceThreads() > 0 ? options.inferenceThreads()
				: Math.max(1, Math.min(cores, (2 * cores + nWorkers - 1) / nWorkers));
		DeviceChoice device = options.device() != null ? options.device()
				: study.getExecution() == null ? DeviceChoice.AUTO : DeviceChoice.fromName(study.getExecution().getDevice().getLiteral());
		loadOptions = new LoadOptions(device, inferenceThreads, options.allowUnsafeOps());
		// CPU-side stage threads: on the CPU device the cores are TensorFlow's too, so as many as workers; on a
		// GPU the device waits for nothing but them, so all cores
		int cpuThreads = options.cpuThreads() > 0 ? options.cpuThreads() : device == DeviceChoice.GPU ? Math.max(nWorkers, cores) : nWorkers;

		Map<String, String> provenance = new LinkedHashMap<>();
		String started = existing && oldProvenance.containsKey("run.started") ? oldProvenance.get("run.started") : Instant.now().toString();
		provenance.put("study.id", study.getId());
		provenance.put("study.file", studyFile.toString());
		provenance.put("study.sha256", studySha);
		provenance.put("study.seed", Long.toString(study.getSeed()));
		provenance.put("study.design", study.getDesign() instanceof FactorialDesign ? "factorial" : "oneAtATime");
		provenance.put("study.reference", referenceName(study.getReference()));
		provenance.put("study.evaluationSpace", study.getEvaluationSpace().getLiteral());
		provenance.put("project.dir", project.toString());
		if (options.allowOutsideProject()) {
			provenance.put("run.allowOutsideProject", "true");
			provenance.put("run.outsideProject", String.join(" ", outsideProject()));
		}
		provenance.putAll(checksums);
		provenance.putAll(Provenance.environment());
		provenance.put("device.requested", device.cliName());
		provenance.put("threads.workers", Integer.toString(nWorkers));
		provenance.put("threads.inference", Integer.toString(inferenceThreads));
		provenance.put("threads.cpu", Integer.toString(cpuThreads));
		provenance.put("shard", options.shard().toString());
		provenance.put("seed.study", Long.toString(study.getSeed()));
		provenance.put("metrics.conventions.version", MetricConventions.VERSION);
		provenance.putAll(AggregationProvenance.of(study, project));
		provenance.put("run.started", started);
		if (existing) {
			provenance.put("run.resumed", Instant.now().toString());
		}
		Map<String, String> newMeta = new LinkedHashMap<>();
		newMeta.put("study.id", study.getId());
		newMeta.put("study.sha256", studySha);
		newMeta.put("project.dir", project.toString());
		newMeta.put("shard", options.shard().toString());
		newMeta.put("jobs.study", Integer.toString(plan.jobs().size()));
		newMeta.put("jobs.shard", Integer.toString(shardJobs.size()));
		newMeta.put("status", "running");
		try {
			Path copy = runDir.resolve(STUDY_COPY);
			if (!Files.exists(copy)) {
				Path tmp = runDir.resolve(STUDY_COPY + ".tmp");
				Files.write(tmp, studyBytes);
				Files.move(tmp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			store.putMeta(newMeta);
			store.replaceProvenance(provenance);
			writeProvenance(runDir, provenance, "running");
		} catch (IOException | SQLException e) {
			throw StudyRunException.failure("Cannot write the run folder " + runDir + ": " + reason(e), e);
		}

		caseCache = new BoundedCache<>(nWorkers + 1, this::loadCase);
		consensusCache = new BoundedCache<>(nWorkers + 1, id -> ImageIO.read(referenceFile(runDir, id)));
		// The pipeline: CPU-side stages (load + perturb, then reference + metrics + commit) run on their own
		// threads beside the inference workers, so an inference worker takes its next prepared job as soon
		// as its call returns. At most `inFlight` jobs (one per thread, and one ready) hold volumes at a time.
		ExecutorService pool = Executors.newFixedThreadPool(nWorkers, r -> {
			Thread t = new Thread(r, "segsense-inference");
			t.setDaemon(true);
			return t;
		});
		ExecutorService cpu = Executors.newFixedThreadPool(cpuThreads, r -> {
			Thread t = new Thread(r, "segsense-cpu");
			t.setDaemon(true);
			return t;
		});
		int inFlight = nWorkers + cpuThreads + 1;
		Semaphore slots = new Semaphore(inFlight);
		busy = new BusyClock();
		AtomicInteger committed = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		AtomicLong jobNanos = new AtomicLong();
		AtomicLong engineNanos = new AtomicLong();
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		Map<String, String> consensusErrors = new ConcurrentHashMap<>();
		long jobsStart = System.nanoTime();
		long jobsWall = 0;
		boolean interrupted = false;
		try {
			if (study.getReference() instanceof ConsensusReference consensus && !pending.isEmpty()) {
				Set<String> needed = new LinkedHashSet<>();
				pending.forEach(j -> needed.add(j.caseId()));
				listener.phase("consensus references (" + referenceName(consensus) + ") of " + needed.size() + " case(s)");
				List<Future<?>> fs = new ArrayList<>();
				for (String caseId : needed) {
					fs.add(pool.submit(() -> {
						try {
							computeConsensus(runDir, caseId, consensus);
						} catch (Exception e) {
							consensusErrors.put(caseId, "the consensus reference of case '" + caseId + "' could not be computed: " + message(e));
						}
						return null;
					}));
				}
				waitAll(fs);
			}
			listener.phase(pending.size() + " job(s) to run" + (skipped > 0 ? ", " + skipped + " done before" : "") + " on " + nWorkers
					+ " worker(s)");
			List<CompletableFuture<Void>> fs = new ArrayList<>();
			AtomicReference<Throwable> storeError = new AtomicReference<>();
			for (Job job : pending) {
				slots.acquire();
				if (options.cancel().get() || storeError.get() != null) {
					slots.release();
					break;
				}
				String consensusError = consensusErrors.get(job.caseId());
				long[] t = new long[6];
				CompletableFuture<Void> f = CompletableFuture.supplyAsync(() -> prepareJob(job, consensusError, t), cpu)
						.thenApplyAsync(stage -> stage.failed() || stage.interrupted() ? stage : inferJob(stage, t), pool)
						.thenApplyAsync(stage -> stage.failed() || stage.interrupted() ? stage : scoreJob(stage, t), cpu)
						.thenAccept(stage -> {
							if (stage.interrupted() || options.cancel().get() && Thread.currentThread().isInterrupted()) {
								return;
							}
							Outcome o = stage.outcome();
							try {
								store.commit(o.record(), job.settings(), o.results());
							} catch (SQLException e) {
								storeError.compareAndSet(null, e);
								options.cancel().set(true);
								return;
							}
							jobNanos.addAndGet((long) (o.record().timings().total() * 1e6));
							engineNanos.addAndGet((long) (o.record().timings().engine() * 1e6));
							if (JobRecord.FAILED.equals(o.record().status())) {
								failed.incrementAndGet();
								if (failures.size() < 20) {
									failures.add(job.key() + ": " + o.record().message());
								}
							}
							int n = committed.incrementAndGet();
							synchronized (listener) {
								listener.jobCommitted(n, pending.size(), System.nanoTime() - jobsStart, o.record());
							}
						}).whenComplete((v, e) -> slots.release());
				fs.add(f);
			}
			for (CompletableFuture<Void> f : fs) {
				try {
					f.get();
				} catch (ExecutionException e) {
					throw StudyRunException.failure("A worker failed: " + e.getCause(), e.getCause());
				}
			}
			if (storeError.get() != null) {
				throw StudyRunException.failure("Cannot commit to the results store " + store.file() + ": " + reason(storeError.get())
						+ ". The jobs committed before are kept; finish the run with --resume.", storeError.get());
			}
			jobsWall = System.nanoTime() - jobsStart;
		} catch (InterruptedException e) {
			interrupted = true;
			options.cancel().set(true);
		} finally {
			pool.shutdownNow();
			cpu.shutdownNow();
			boolean terminated = pool.awaitTermination(60, TimeUnit.SECONDS) & cpu.awaitTermination(60, TimeUnit.SECONDS);
			if (terminated) {
				synchronized (workers) {
					workers.forEach(Worker::close);
				}
			}
		}
		boolean cancelled = interrupted || committed.get() < pending.size();
		RunSummary summary = new RunSummary(runDir, study.getId(), plan.jobs().size(), shardJobs.size(), skipped, committed.get() - failed.get(),
				failed.get(), cancelled, nWorkers, inferenceThreads, System.nanoTime() - start, jobNanos.get(), engineNanos.get(), List.copyOf(failures),
				jobsWall, busy.busyNanos());
		try {
			devices.forEach((v, d) -> provenance.put("device." + v, d));
			provenance.put("run.finished", Instant.now().toString());
			provenance.put("run.status", summary.status());
			store.replaceProvenance(provenance);
			store.putMeta(Map.of("status", summary.status()));
			CsvExport.write(store, runDir);
			writeProvenance(runDir, provenance, summary.status());
		} catch (IOException | SQLException e) {
			throw StudyRunException.failure("Cannot finish the run folder " + runDir + ": " + reason(e), e);
		}
		if (interrupted) {
			throw new InterruptedException("The run was interrupted; " + committed.get() + " job(s) were committed. Finish it with --resume.");
		}
		return summary;
	}

	/** A user-facing reason for a store or file failure: "the disk is full" rather than a follow-up error. */
	private static String reason(Throwable e) {
		return e instanceof SQLException s ? ResultStore.describe(s) : e instanceof IOException io ? ioReason(io) : String.valueOf(e.getMessage());
	}

	private static String ioReason(IOException e) {
		String m = String.valueOf(e.getMessage());
		if (m.contains("No space left on device")) {
			return "the disk is full (" + m + ")";
		}
		if (m.contains("Read-only file system") || e instanceof java.nio.file.AccessDeniedException) {
			return "it cannot be written (" + m + (e instanceof java.nio.file.AccessDeniedException ? ": permission denied" : "") + ")";
		}
		return e instanceof java.nio.file.FileSystemException ? e.getClass().getSimpleName() + ": " + m : m;
	}

	private static List<String> changedChecksums(Map<String, String> old, Map<String, String> now) {
		List<String> changed = new ArrayList<>();
		for (Map.Entry<String, String> e : now.entrySet()) {
			String k = e.getKey();
			if (k.endsWith(".path")) {
				continue;
			}
			String before = old.get(k);
			if (before != null && !before.equals(e.getValue())) {
				changed.add(describeChecksumKey(k, now) + ": sha256 " + before + " then, " + e.getValue() + " now");
			}
		}
		return changed;
	}

	/** @return "model unet (models/unet)" or "file images/c1.nii.gz" for a provenance checksum key */
	static String describeChecksumKey(String key, Map<String, String> provenance) {
		if (key.startsWith("model.")) {
			String id = key.substring("model.".length());
			String path = provenance.get(key + ".path");
			return "model " + id + (path != null ? " (" + path + ")" : "");
		}
		if (key.startsWith("file.")) {
			return "file " + key.substring("file.".length());
		}
		return key;
	}

	private static void waitAll(List<Future<?>> fs) throws InterruptedException, StudyRunException {
		for (Future<?> f : fs) {
			try {
				f.get();
			} catch (ExecutionException e) {
				Throwable c = e.getCause();
				if (c instanceof SQLException s) {
					throw StudyRunException.failure("Cannot commit to the results store: " + ResultStore.describe(s), s);
				}
				throw StudyRunException.failure("A worker failed: " + c, c);
			}
		}
	}

	private static void writeProvenance(Path runDir, Map<String, String> provenance, String status) throws IOException {
		Map<String, Object> json = new LinkedHashMap<>(provenance);
		json.put("run.status", status);
		Path tmp = runDir.resolve(PROVENANCE + ".tmp");
		Files.writeString(tmp, JsonText.write(json), StandardCharsets.UTF_8);
		Files.move(tmp, runDir.resolve(PROVENANCE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	static String referenceName(ReferenceStrategy r) {
		if (r instanceof GroundTruthReference) {
			return "groundTruth";
		} else if (r instanceof MajorityVoteReference) {
			return "majorityVote";
		} else if (r instanceof MultiLabelStapleReference) {
			return "multiLabelStaple";
		} else if (r instanceof BinaryStapleReference) {
			return "binaryStaple";
		}
		return r == null ? "none" : r.eClass().getName();
	}

	private MetricPlan metricPlan(MetricSpec m) throws StudyRunException {
		double tol = MetricConventions.DEFAULT_NSD_TOLERANCE_MM;
		for (ParameterValue p : m.getParameters()) {
			if (StudyResources.NSD_TOLERANCE_PARAMETER.equals(p.getName())) {
				try {
					tol = Double.parseDouble(p.getValue().trim());
				} catch (RuntimeException e) {
					throw StudyRunException.badInput("Metric '" + m.getId() + "': the tolerance '" + p.getValue() + "' is not a number (mm).");
				}
			}
		}
		int[] labels = m.getLabels().isEmpty() ? null : m.getLabels().stream().mapToInt(Integer::intValue).toArray();
		return new MetricPlan(m.getId(), m.getMetricType(), tol, labels);
	}

	private static Path referenceFile(Path runDir, String caseId) {
		return runDir.resolve(REFERENCES).resolve(caseId + ".nii.gz");
	}

	// ---------------------------------------------------------------- loading

	private CaseData loadCase(String caseId) throws Exception {
		Case c = cases.get(caseId);
		List<Image> channels = new ArrayList<>();
		ImageGeometry grid = null;
		for (ImageChannel ch : c.getChannels()) {
			Path p = project.resolve(ch.getPath());
			Image im = ImageIO.read(p);
			if (grid == null) {
				grid = im.geometry();
			} else if (!im.geometry().sameGridAs(grid, 1e-5)) {
				throw new IllegalArgumentException(p + " is not on the grid of the case's first channel; resample the channels onto one grid.");
			}
			channels.add(im);
		}
		Image labels = null;
		if (c.getLabelImage() != null) {
			Path p = project.resolve(c.getLabelImage().getPath());
			labels = ImageIO.read(p);
			if (!labels.geometry().sameGridAs(grid, 1e-5)) {
				throw new IllegalArgumentException("The label image " + p + " is not on the grid of the case's channels.");
			}
		}
		byte[] roi = null;
		if (c.getRoiMask() != null) {
			Path p = project.resolve(c.getRoiMask().getPath());
			Image m = ImageIO.read(p);
			if (!m.geometry().sameGridAs(grid, 1e-5)) {
				throw new IllegalArgumentException("The ROI mask " + p + " is not on the grid of the case's channels.");
			}
			int[] v = LabelImages.toInts(m);
			roi = new byte[v.length];
			for (int i = 0; i < v.length; i++) {
				roi[i] = (byte) (v[i] != 0 ? 1 : 0);
			}
		}
		return new CaseData(List.copyOf(channels), labels, roi);
	}

	// ---------------------------------------------------------------- workers

	/** The models of one worker thread: one loaded model per variant. */
	private final class Worker {
		final Map<String, EngineModel> models = new LinkedHashMap<>();
		final Map<String, String> loadErrors = new LinkedHashMap<>();

		EngineModel model(String variantId) throws InferenceException {
			EngineModel m = models.get(variantId);
			if (m != null) {
				return m;
			}
			String error = loadErrors.get(variantId);
			if (error != null) {
				throw new InferenceException(error);
			}
			ModelVariant v = variants.get(variantId);
			try {
				m = InferenceEngines.installed().load(project.resolve(v.getSavedModel().getPath()), loadOptions);
				if (busy != null) {
					m = busy.clocked(m);
				}
			} catch (InferenceException e) {
				loadErrors.put(variantId, e.getMessage());
				throw e;
			}
			models.put(variantId, m);
			devices.putIfAbsent(variantId, m.device());
			return m;
		}

		void close() {
			models.values().forEach(EngineModel::close);
			models.clear();
		}
	}

	private Worker worker() {
		Worker w = worker.get();
		if (w == null) {
			w = new Worker();
			worker.set(w);
			workers.add(w);
		}
		return w;
	}

	private static final Predictor.Monitor INTERRUPTIBLE = new Predictor.Monitor() {
		@Override
		public void progress(int done, int total) {
		}

		@Override
		public boolean cancelled() {
			return Thread.currentThread().isInterrupted();
		}
	};

	/**
	 * @param roi the case's ROI on the grid of {@code channels} (moved with a spatial perturbation), or
	 *        null: the statistics region of the normalisation unless the study asks for all voxels
	 *        ({@code zscore}, {@code minMax}); without an ROI the normalisation takes the channel's
	 *        non-zero voxels
	 */
	private Prediction predict(String variantId, List<Image> channels, byte[] roi) throws InferenceException {
		ModelVariant v = variants.get(variantId);
		EngineModel m = worker().model(variantId);
		Predictor p = new Predictor(m, predictorOptions(v));
		byte[] mask = roi != null && !isEmpty(roi) ? roi : null;
		NormalizationMethod n = v.getNormalization();
		if (isSet(v) && (n == NormalizationMethod.ZSCORE || n == NormalizationMethod.MIN_MAX)) {
			mask = new byte[(int) channels.get(0).voxelCount()];
			Arrays.fill(mask, (byte) 1);
		}
		return p.predict(channels, mask, INTERRUPTIBLE);
	}

	private static boolean isEmpty(byte[] mask) {
		for (byte b : mask) {
			if (b != 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean isSet(ModelVariant v) {
		return v.eIsSet(SegsensePackage.Literals.MODEL_VARIANT__NORMALIZATION);
	}

	/** The variant's normalisation and tiling (tile sizes and overlaps are x, y, z in the study and in the predictor). */
	static PredictorOptions predictorOptions(ModelVariant v) {
		PredictorOptions o = PredictorOptions.defaults();
		if (isSet(v)) {
			o = o.withNormalization(switch (v.getNormalization()) {
			case NONE -> Normalization.NONE;
			case ZSCORE, ZSCORE_NONZERO -> Normalization.ZSCORE;
			case MIN_MAX -> Normalization.MINMAX;
			});
		}
		if (!v.getTileSize().isEmpty()) {
			o = o.withTile(xyz(v.getTileSize()));
			if (!v.getTileOverlap().isEmpty()) {
				o = o.withOverlap(xyz(v.getTileOverlap()), Blending.GAUSSIAN);
			}
		}
		return o;
	}

	private static int[] xyz(List<Integer> xyz) {
		if (xyz.size() == 1) {
			return new int[] { xyz.get(0), xyz.get(0), xyz.get(0) };
		}
		return new int[] { xyz.get(0), xyz.get(1), xyz.get(2) };
	}

	// ---------------------------------------------------------------- consensus

	private void computeConsensus(Path runDir, String caseId, ConsensusReference consensus) throws Exception {
		Path file = referenceFile(runDir, caseId);
		if (Files.exists(file)) {
			return; // computed before this run was resumed; deterministic
		}
		CaseData cd = caseCache.get(caseId);
		List<Image> raters = new ArrayList<>();
		for (ModelVariant r : consensus.getRaters()) {
			raters.add(predict(r.getId(), cd.channels(), cd.roi()).labels());
		}
		ImageGeometry grid = cd.channels().get(0).geometry();
		Image result;
		Map<String, Object> raterStatistics;
		if (consensus instanceof MajorityVoteReference mv) {
			int[][] labels = raters.stream().map(LabelImages::toInts).toArray(int[][]::new);
			result = Image.of(grid, MajorityVote.run(labels, mv.isSetUndecidedLabel() ? mv.getUndecidedLabel() : 0));
			raterStatistics = RaterStatistics.of(caseId, consensus);
		} else if (consensus instanceof MultiLabelStapleReference ml) {
			MultiLabelStaple.Options o = MultiLabelStaple.Options.defaults().withTermination(ml.getTerminationThreshold());
			if (ml.getMaxIterations() > 0) {
				o = o.withMaxIterations(ml.getMaxIterations());
			}
			o = o.withUndecidedLabel(ml.isSetUndecidedLabel() ? ml.getUndecidedLabel() : 0);
			ImageStaple.MultiLabelResult r = ImageStaple.multiLabel(raters, o);
			result = r.labels();
			raterStatistics = RaterStatistics.of(caseId, consensus, r.details());
		} else if (consensus instanceof BinaryStapleReference bs) {
			BinaryStaple.Options o = BinaryStaple.Options.defaults().withConfidenceWeight(bs.getConfidenceWeight());
			if (bs.getMaxIterations() > 0) {
				o = o.withMaxIterations(bs.getMaxIterations());
			}
			int fg = (int) Math.rint(bs.getForegroundValue());
			ImageStaple.BinaryResult r = ImageStaple.binary(raters, fg, o);
			raterStatistics = RaterStatistics.of(caseId, consensus, fg, r.details());
			// threshold SimpleITK's double W, not its float32 copy (which rounds values just below 0.5 up)
			BinaryStaple.ProbabilityMap p = r.details().probability();
			int[] labels = new int[p.size()];
			for (int i = 0; i < labels.length; i++) {
				labels[i] = p.get(i) >= 0.5 ? fg : 0;
			}
			result = Image.of(grid, labels);
		} else {
			throw new IllegalArgumentException("unsupported consensus reference " + consensus.eClass().getName());
		}
		Files.createDirectories(file.getParent());
		// the statistics first: a reference file without them would be taken as complete on resume
		Path stats = file.resolveSibling(caseId + RaterStatistics.SUFFIX);
		Path statsTmp = file.resolveSibling(caseId + ".tmp" + RaterStatistics.SUFFIX);
		Files.writeString(statsTmp, JsonText.write(raterStatistics), StandardCharsets.UTF_8);
		Files.move(statsTmp, stats, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		Path tmp = file.resolveSibling(caseId + ".tmp.nii.gz");
		ImageIO.write(result, tmp);
		Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	// ---------------------------------------------------------------- one job

	private record Outcome(JobRecord record, List<ResultRow> results) {
	}

	/** A job between the stages of the pipeline: what it has computed so far, or its outcome. */
	private record Stage(Job job, CaseData data, Image reference0, List<Image> perturbed, AffineTransform toOriginal, byte[] movedRoi,
			Prediction prediction, Outcome outcome, boolean interrupted) {

		boolean failed() {
			return outcome != null;
		}

		static Stage interrupted(Job job) {
			return new Stage(job, null, null, null, null, null, null, null, true);
		}
	}

	/** Stage 1 (CPU): load the case and perturb its channels. */
	private Stage prepareJob(Job job, String consensusError, long[] t) {
		try {
			if (consensusError != null) {
				throw new IllegalStateException(consensusError);
			}
			return prepare(job, t);
		} catch (Exception | OutOfMemoryError e) {
			return failedStage(job, e);
		}
	}

	/** Stage 2 (inference worker): the network. */
	private Stage inferJob(Stage s, long[] t) {
		try {
			return infer(s, t);
		} catch (Exception | OutOfMemoryError e) {
			return failedStage(s.job(), e);
		}
	}

	/** Stage 3 (CPU): the reference in the evaluation space and the metrics. */
	private Stage scoreJob(Stage s, long[] t) {
		try {
			Computed c = score(s, t);
			long t4 = System.nanoTime();
			List<ResultRow> rows = metrics(s.job(), c.predicted(), c.reference(), c.reference0());
			t[5] = System.nanoTime() - t4;
			long total = t[0] + t[1] + t[2] + t[4] + t[5];
			JobRecord rec = record(s.job(), JobRecord.DONE, c.evaluation(), null, new JobRecord.Timings(ms(t[0]), ms(t[1]), ms(t[2]), ms(t[3]),
					ms(t[4]), ms(t[5]), ms(total)));
			return new Stage(s.job(), null, null, null, null, null, null, new Outcome(rec, rows), false);
		} catch (Exception | OutOfMemoryError e) {
			return failedStage(s.job(), e);
		}
	}

	private static Stage failedStage(Job job, Throwable e) {
		if (e instanceof InterruptedException || Thread.currentThread().isInterrupted()
				|| e instanceof java.nio.channels.ClosedByInterruptException) {
			Thread.currentThread().interrupt();
			return Stage.interrupted(job);
		}
		return new Stage(job, null, null, null, null, null, null,
				new Outcome(record(job, JobRecord.FAILED, null, message(e), JobRecord.Timings.NONE), List.of()), false);
	}

	/**
	 * What a job computed, before its metrics: the case's channels, the perturbed channels, the prediction
	 * and the reference in the evaluation space (restricted to the ROI when the case has one).
	 */
	record Computed(List<Image> input, List<Image> perturbed, Image predicted, Image reference, Image reference0, String evaluation) {
	}

	/** Load, perturb, infer and build the reference of a job, on the calling thread (replay). */
	Computed compute(Job job, long[] t) throws Exception {
		return score(infer(prepare(job, t), t), t);
	}

	/** @param t receives the nanoseconds of loading (0) and perturbing (1) */
	private Stage prepare(Job job, long[] t) throws Exception {
		long t0 = System.nanoTime();
		CaseData cd = caseCache.get(job.caseId());
		Image reference0 = study.getReference() instanceof GroundTruthReference ? cd.labels() : consensusCache.get(job.caseId());
		if (reference0 == null) {
			throw new IllegalArgumentException("case '" + job.caseId() + "' has no label image, which the ground-truth reference needs");
		}
		long t1 = System.nanoTime();
		t[0] = t1 - t0;
		List<Image> channels = cd.channels();
		AffineTransform toOriginal = null;
		int position = 0;
		for (JobSetting s : job.settings()) {
			PerturbationDescriptor p = perturbations.require(s.perturbationType());
			List<Image> next = new ArrayList<>(channels.size());
			AffineTransform tr = null;
			for (int c = 0; c < channels.size(); c++) {
				SplittableRandom random = new SplittableRandom(perturbationSeed(job.seed(), position, c, p.category()));
				// the ROI (case mask) defines the SD units of intensity perturbations; it is in the original grid
				byte[] roi = position == 0 ? cd.roi() : null;
				PerturbationResult r = p.apply(new PerturbationInput(channels.get(c), null, roi), s.values(), random);
				next.add(r.image());
				if (c == 0) {
					tr = r.perturbedToOriginal();
				}
			}
			channels = next;
			if (tr != null) {
				toOriginal = toOriginal == null ? tr : tr.andThen(toOriginal);
			}
			position++;
		}
		byte[] roi = cd.roi();
		if (roi != null && toOriginal != null) {
			// the ROI follows the anatomy: the perturbed image's voxel x shows what the original showed at toOriginal(x)
			roi = nearest(Image.ofUInt8(reference0.geometry(), roi), toOriginal, channels.get(0).geometry()).bytes();
		}
		t[1] = System.nanoTime() - t1;
		return new Stage(job, cd, reference0, channels, toOriginal, roi, null, null, false);
	}

	/** @param t receives the nanoseconds of the inference (2) and of the engine's calls in it (3) */
	private Stage infer(Stage s, long[] t) throws Exception {
		long t2 = System.nanoTime();
		Prediction prediction = predict(s.job().variantId(), s.perturbed(), s.movedRoi());
		t[2] = System.nanoTime() - t2;
		t[3] = Math.max(0, prediction.engineNanos());
		return new Stage(s.job(), s.data(), s.reference0(), s.perturbed(), s.toOriginal(), s.movedRoi(), prediction, null, false);
	}

	/** @param t receives the nanoseconds of building the reference in the evaluation space (4) */
	private Computed score(Stage s, long[] t) {
		long t3 = System.nanoTime();
		CaseData cd = s.data();
		Image reference0 = s.reference0();
		AffineTransform toOriginal = s.toOriginal();
		Image predicted = s.prediction().labels();
		Image reference = reference0;
		byte[] roi = cd.roi();
		String evaluation = "original";
		if (toOriginal != null) {
			if (study.getEvaluationSpace() == EvaluationSpace.MAP_PREDICTION_BACK) {
				predicted = nearest(predicted, toOriginal.inverse().asAffine(), reference0.geometry());
				evaluation = "mapPredictionBack";
			} else {
				reference = nearest(reference0, toOriginal, predicted.geometry());
				roi = s.movedRoi();
				evaluation = "transformReference";
			}
		}
		if (roi != null) {
			predicted = masked(predicted, roi);
			reference = masked(reference, roi);
		}
		t[4] = System.nanoTime() - t3;
		return new Computed(cd.channels(), s.perturbed(), predicted, reference, reference0, evaluation);
	}

	private static String message(Throwable e) {
		String m = e.getMessage();
		return m == null || m.isBlank() ? e.toString() : m;
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

	private static JobRecord record(Job job, String status, String evaluation, String message, JobRecord.Timings t) {
		return new JobRecord(job.index(), job.key(), job.caseId(), job.variantId(), job.axis(), job.perturbation(), job.parameter(), job.value(),
				job.seed(), status, evaluation, message, t);
	}

	private static Image nearest(Image labels, AffineTransform outputToInput, ImageGeometry grid) {
		return Resampler.of(labels).transform(outputToInput).interpolation(Interpolation.NEAREST).outputGeometry(grid).sameTypeOutput(true)
				.resample();
	}

	private static Image masked(Image labels, byte[] roi) {
		int[] v = LabelImages.toInts(labels).clone();
		for (int i = 0; i < v.length; i++) {
			if (roi[i] == 0) {
				v[i] = 0;
			}
		}
		return Image.of(labels.geometry(), v);
	}

	private List<ResultRow> metrics(Job job, Image predicted, Image reference, Image reference0) {
		int[] defaults = defaultLabels(job.variantId(), reference0);
		Map<Double, TreeSet<Integer>> labelsByTolerance = new TreeMap<>();
		for (MetricPlan m : metrics) {
			TreeSet<Integer> set = labelsByTolerance.computeIfAbsent(tolerance(m), k -> new TreeSet<>());
			for (int l : m.labels() != null ? m.labels() : defaults) {
				set.add(l);
			}
		}
		Map<Double, Map<Integer, ImageMetrics.Result>> computed = new TreeMap<>();
		labelsByTolerance.forEach((tol, labels) -> computed.put(tol,
				ImageMetrics.compute(predicted, reference, labels.stream().mapToInt(Integer::intValue).toArray(), tol, metricCatalog)));
		List<ResultRow> rows = new ArrayList<>();
		for (MetricPlan m : metrics) {
			Map<Integer, ImageMetrics.Result> byLabel = computed.get(tolerance(m));
			for (int l : m.labels() != null ? m.labels() : defaults) {
				ImageMetrics.Result r = byLabel.get(l);
				Double v = r.values().get(m.type());
				String note = r.notes().get(m.type());
				if (v == null || v.isNaN()) {
					v = null;
					if (note == null) {
						note = "undefined for this label";
					}
				}
				rows.add(new ResultRow(job.key(), l, m.id(), m.type(), v, note));
			}
		}
		return rows;
	}

	/**
	 * The tolerance whose computation a metric's value is read from: only NSD depends on it, so every
	 * other metric shares the first NSD metric's computation (one distance-transform pass per job instead
	 * of one per distinct tolerance).
	 */
	private double tolerance(MetricPlan m) {
		if (NSD.equals(m.type())) {
			return m.tolerance();
		}
		for (MetricPlan other : metrics) {
			if (NSD.equals(other.type())) {
				return other.tolerance();
			}
		}
		return m.tolerance();
	}

	private static final String NSD = "nsd";

	/**
	 * The seed of perturbation {@code position} of a job on channel {@code channel}: one physical event for
	 * all channels of a case (the same bias field, spike, movement …), so every channel draws from the same
	 * stream; only noise (category {@code noise}) is independent per channel, as separate acquisitions are.
	 */
	static long perturbationSeed(long jobSeed, int position, int channel, String category) {
		return Seeds.derive(jobSeed, "setting=" + position + ("noise".equals(category) ? "|channel=" + channel : ""));
	}

	/** Non-background labels to score when a metric names none: the variant's label definitions, else those in the reference. */
	private int[] defaultLabels(String variantId, Image reference0) {
		ModelVariant v = variants.get(variantId);
		Set<Integer> labels = new TreeSet<>();
		for (LabelDefinition d : v.getLabels()) {
			if (d.getValue() != 0) {
				labels.add(d.getValue());
			}
		}
		if (labels.isEmpty()) {
			for (int x : LabelImages.toInts(reference0)) {
				if (x != 0) {
					labels.add(x);
				}
			}
			labels.remove(undecidedLabel());
		}
		return labels.stream().mapToInt(Integer::intValue).toArray();
	}

	/** @return the consensus's explicitly set undecided label, else 0 (undecided voxels count as background) */
	private int undecidedLabel() {
		if (study.getReference() instanceof MajorityVoteReference mv && mv.isSetUndecidedLabel()) {
			return mv.getUndecidedLabel();
		}
		if (study.getReference() instanceof MultiLabelStapleReference ml && ml.isSetUndecidedLabel()) {
			return ml.getUndecidedLabel();
		}
		return 0;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
