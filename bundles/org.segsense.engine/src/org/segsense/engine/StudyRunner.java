// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.segsense.engine.store.CsvExport;
import org.segsense.engine.store.ResultStore;
import org.segsense.engine.store.RunLock;
import org.segsense.image.util.Sha256;
import org.segsense.inference.InferenceEngines;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.model.ModelVariant;
import org.segsense.model.RunStatus;
import org.segsense.model.Study;
import org.segsense.model.io.StudyLoadException;
import org.segsense.model.io.StudyResources;
import org.segsense.model.validation.FileConstraints;
import org.segsense.model.validation.Problem;
import org.segsense.perturb.PerturbationCatalog;

/**
 * Runs a study into a run folder: validates it, expands it into jobs ({@link StudyPlan}), computes the
 * consensus references first (when the reference is a consensus of model variants), then runs the
 * jobs on parallel workers — load (bounded cache), perturb (seeded), infer, build the reference in the
 * evaluation space, compute the metrics — and commits each job in one transaction of the results
 * store. A job's results depend only on the job (its key, seed and inputs), never on the thread count,
 * the order or the shard.
 *
 * <p>This class orders the steps; the parts are {@link RunFolders} (the folder and its files),
 * {@link Admission} (may the run start or resume here), {@link ExecutionPolicy} (threads, device),
 * {@link RunProvenance}, {@link JobScheduler} and {@link JobPipeline} (the jobs' stages),
 * {@link ReferenceStrategies} (the reference) and {@link MetricScoring}.
 *
 * <p>Progress and cancellation: one {@link IProgressMonitor} (work: checks and preparation, one unit per
 * consensus case and per job, finishing the folder); cancelling it is a graceful stop — no new jobs, the
 * jobs in flight are committed, the run ends with status "cancelled" and {@code resume} finishes it.
 * Committed jobs are reported to a {@link RunEvents}.
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
	private final SubMonitor monitor;
	private final RunEvents events;
	private final PerturbationCatalog perturbations;
	private final MetricCatalog metricCatalog;
	private final InferenceEngines engines;

	private StudyRunner(Study study, Path project, RunOptions options, SubMonitor monitor, RunEvents events, PerturbationCatalog perturbations,
			MetricCatalog metricCatalog, InferenceEngines engines) {
		this.study = study;
		this.project = project;
		this.options = options;
		this.monitor = monitor;
		this.events = events == null ? RunEvents.NONE : events;
		this.perturbations = perturbations;
		this.metricCatalog = metricCatalog;
		this.engines = engines;
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
		checkValid(study, studyFile, projectDir != null ? projectDir : studyFile.toAbsolutePath().getParent(), allowOutsideProject,
				PluginProvenance.recordedFor(studyFile, null));
		return study;
	}

	/**
	 * Checks a study, loaded or as edited (e.g. in the study editor, not yet saved), as a run would
	 * ({@link StudyChecks}); what {@link #loadValid(Path, Path, boolean)} does after loading.
	 *
	 * @param study the study
	 * @param studyFile the file it is (or will be) saved in, named in the message
	 * @param project the folder its relative paths refer to
	 * @param allowOutsideProject false to refuse files outside the project folder
	 * @throws StudyRunException (bad input) listing every error
	 */
	public static void checkValid(Study study, Path studyFile, Path project, boolean allowOutsideProject) throws StudyRunException {
		checkValid(study, studyFile, project, allowOutsideProject, Map.of());
	}

	/**
	 * {@link #checkValid(Study, Path, Path, boolean)}, also naming the plug-ins a run of the study recorded
	 * that are missing now ({@link StudyChecks#problems(Study, Path, Map)}).
	 *
	 * @param recorded the run's provenance ({@link PluginProvenance#recordedFor}), or an empty map
	 */
	public static void checkValid(Study study, Path studyFile, Path project, boolean allowOutsideProject, Map<String, String> recorded)
			throws StudyRunException {
		List<String> errors = new ArrayList<>();
		for (Problem p : StudyChecks.problems(study, project, recorded)) {
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
	}

	/** {@link #run(Path, RunOptions, IProgressMonitor, RunEvents)} without events. */
	public static RunSummary run(Path studyFile, RunOptions options, IProgressMonitor monitor) throws StudyRunException, InterruptedException {
		return run(studyFile, options, monitor, null);
	}

	/**
	 * Runs a study.
	 *
	 * @param studyFile the study file
	 * @param options how and where
	 * @param monitor progress (the phase as sub-task, a unit per job) and cancellation, or null; cancelling it
	 *        stops taking jobs, commits the jobs in flight and returns a summary whose status is "cancelled"
	 * @param events the committed jobs with their metrics, or null
	 * @return what the run did
	 * @throws StudyRunException (bad input) for an invalid study, a run folder that is in use or holds
	 *         another run, changed inputs on resume; (failure) when the store cannot be written
	 * @throws InterruptedException when the calling thread is interrupted (a hard stop: the jobs in
	 *         progress are abandoned; everything committed stays)
	 */
	public static RunSummary run(Path studyFile, RunOptions options, IProgressMonitor monitor, RunEvents events)
			throws StudyRunException, InterruptedException {
		return run(studyFile, options, monitor, events, PerturbationCatalog.installed(), MetricCatalog.installed(), InferenceEngines.installed());
	}

	/** As {@link #run(Path, RunOptions, IProgressMonitor, PerturbationCatalog, MetricCatalog, InferenceEngines)} without events. */
	static RunSummary run(Path studyFile, RunOptions options, IProgressMonitor monitor, PerturbationCatalog perturbations,
			MetricCatalog metricCatalog, InferenceEngines engines) throws StudyRunException, InterruptedException {
		return run(studyFile, options, monitor, null, perturbations, metricCatalog, engines);
	}

	/**
	 * As {@link #run(Path, RunOptions, IProgressMonitor, RunEvents)} with the given catalogs and engines instead of the
	 * installed ones (tests, embedding).
	 */
	public static RunSummary run(Path studyFile, RunOptions options, IProgressMonitor monitor, RunEvents events, PerturbationCatalog perturbations,
			MetricCatalog metricCatalog, InferenceEngines engines) throws StudyRunException, InterruptedException {
		Path file = studyFile.toAbsolutePath().normalize();
		SubMonitor sub = SubMonitor.convert(monitor, "Running " + file.getFileName(), WORK_PREPARE + WORK_JOBS + WORK_FINISH);
		try {
			sub.checkCanceled(); // before anything is written
			Path recorded = options.projectDir() == null ? RunFolders.recordedProject(file) : null;
			Path project = options.projectDir() != null ? options.projectDir().toAbsolutePath().normalize()
					: recorded != null ? recorded : file.getParent();
			Study study;
			try {
				study = StudyResources.load(file);
			} catch (StudyLoadException e) {
				throw StudyRunException.badInput(e.getMessage(), e);
			}
			// before anything is written: a resumed run or a run folder's copy names the plug-ins it recorded and now lacks
			checkValid(study, file, project, options.allowOutsideProject(), PluginProvenance.recordedFor(file, options.runDir()));
			return new StudyRunner(study, project, options, sub, events, perturbations, metricCatalog, engines).execute(file);
		} finally {
			sub.done();
		}
	}

	/** The run's work in ticks: checks and preparation, the jobs (consensus included), finishing the folder. */
	private static final int WORK_PREPARE = 2, WORK_JOBS = 96, WORK_FINISH = 2;

	private RunSummary execute(Path studyFile) throws StudyRunException, InterruptedException {
		long start = System.nanoTime();
		StudyPlan plan = StudyPlan.expand(study);
		Map<String, ModelVariant> variants = variants(study);
		MetricScoring scoring = MetricScoring.of(study, variants, metricCatalog);
		List<Job> shardJobs = plan.jobs(options.shard());
		Path runDir = options.runDir().toAbsolutePath().normalize();
		byte[] studyBytes;
		try {
			studyBytes = Files.readAllBytes(studyFile);
		} catch (IOException e) {
			throw StudyRunException.badInput("Cannot read " + studyFile + ": " + e.getMessage(), e);
		}
		RunFolders.checkTarget(runDir);
		String studySha = Sha256.hex(studyBytes);
		try (RunLock lock = RunFolders.createAndLock(runDir)) {
			Path storeFile = runDir.resolve(ResultStore.FILE);
			boolean existing = Files.exists(storeFile);
			Admission.checkNewOrResume(existing, options.resume(), runDir);
			ResultStore store;
			try {
				store = ResultStore.open(storeFile);
			} catch (SQLException e) {
				throw StudyRunException.failure("Cannot open the results store " + storeFile + ": " + ResultStore.describe(e), e);
			}
			try {
				return runJobs(store, plan, shardJobs, runDir, studyFile, studyBytes, studySha, existing, start, variants, scoring);
			} finally {
				store.close();
			}
		}
	}

	private RunSummary runJobs(ResultStore store, StudyPlan plan, List<Job> shardJobs, Path runDir, Path studyFile, byte[] studyBytes,
			String studySha, boolean existing, long start, Map<String, ModelVariant> variants, MetricScoring scoring)
			throws StudyRunException, InterruptedException {
		Map<String, String> meta;
		Map<String, String> oldProvenance;
		try {
			meta = store.meta();
			oldProvenance = store.provenance();
		} catch (SQLException e) {
			throw StudyRunException.failure("Cannot read " + store.file() + ": " + e.getMessage(), e);
		}
		Map<String, String> checksums = Provenance.checksums(study, project);
		Map<String, String> plugins = PluginProvenance.of(study, project, perturbations, metricCatalog);
		if (existing) {
			Admission.checkResume(meta, oldProvenance, studySha, studyFile, runDir, options.shard(), checksums);
			List<String> changedPlugins = PluginProvenance.changed(oldProvenance, plugins);
			if (!changedPlugins.isEmpty()) {
				throw new StudyRunException(true, runDir + " was run with other plug-ins; resuming would mix their results. Install the recorded"
						+ " versions, or run the study into a new folder:", changedPlugins, null);
			}
		}
		Set<String> done;
		try {
			done = store.doneKeys();
		} catch (SQLException e) {
			throw StudyRunException.failure("Cannot read " + store.file() + ": " + e.getMessage(), e);
		}
		List<Job> pending = shardJobs.stream().filter(j -> !done.contains(j.key())).toList();
		int skipped = shardJobs.size() - pending.size();
		ExecutionPolicy policy = ExecutionPolicy.of(options, study, pending.size(), Runtime.getRuntime().availableProcessors());
		Map<String, String> provenance = RunProvenance.atStart(study, project, studyFile, studySha, options, policy, checksums, plugins,
				oldProvenance, existing);
		provenance.putAll(ImageBackendChoice.provenance(ImageBackendChoice.of(study)));
		try {
			RunFolders.copyStudy(runDir, studyBytes);
			store.putMeta(RunProvenance.meta(study, project, studySha, options.shard(), plan.jobs().size(), shardJobs.size()));
			store.replaceProvenance(provenance);
			RunFolders.writeProvenance(runDir, provenance, RunStatus.RUNNING);
		} catch (IOException | SQLException e) {
			throw StudyRunException.failure("Cannot write the run folder " + runDir + ": " + Failures.reason(e), e);
		}

		monitor.worked(WORK_PREPARE);
		BusyClock busy = new BusyClock();
		InferenceWorkers workers = new InferenceWorkers(variants, project, engines, policy.loadOptions(options.allowUnsafeOps()), busy);
		JobPipeline pipeline = new JobPipeline(study, project, runDir, policy.workers() + 1, perturbations, workers);
		// newChild, not split: a cancel from here on is a graceful stop that finishes the run folder below
		JobScheduler.Tally tally = new JobScheduler(study, runDir, policy, monitor.newChild(WORK_JOBS), events, store,
				options.sharedReferences() == null ? null : options.sharedReferences().toAbsolutePath().normalize(), options.shard()).run(pending, skipped,
				pipeline, workers, scoring);
		boolean cancelled = tally.interrupted() || tally.committed() < pending.size();
		RunSummary summary = new RunSummary(runDir, study.getId(), plan.jobs().size(), shardJobs.size(), skipped,
				tally.committed() - tally.failed(), tally.failed(), cancelled, policy.workers(), policy.inferenceThreads(), System.nanoTime() - start,
				tally.jobNanos(), tally.engineNanos(), tally.failures(), tally.jobsWallNanos(), busy.busyNanos());
		try {
			workers.devices().forEach((v, d) -> provenance.put("device." + v, d));
			provenance.put("run.finished", Instant.now().toString());
			provenance.put("run.status", summary.status().getLiteral());
			store.replaceProvenance(provenance);
			store.putMeta(Map.of("status", summary.status().getLiteral()));
			CsvExport.write(store, runDir);
			RunFolders.writeProvenance(runDir, provenance, summary.status());
			monitor.worked(WORK_FINISH);
		} catch (IOException | SQLException e) {
			throw StudyRunException.failure("Cannot finish the run folder " + runDir + ": " + Failures.reason(e), e);
		}
		if (tally.interrupted()) {
			throw new InterruptedException("The run was interrupted; " + tally.committed() + " job(s) were committed. Finish it with --resume.");
		}
		return summary;
	}

	/** @return the study's model variants by id */
	static Map<String, ModelVariant> variants(Study study) {
		Map<String, ModelVariant> variants = new LinkedHashMap<>();
		study.getModelVariants().forEach(v -> variants.put(v.getId(), v));
		return variants;
	}
}
