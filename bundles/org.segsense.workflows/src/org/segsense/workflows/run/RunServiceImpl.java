package org.segsense.workflows.run;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.segsense.engine.Reproduction;
import org.segsense.engine.RunMerge;
import org.segsense.engine.RunOptions;
import org.segsense.engine.RunSummary;
import org.segsense.engine.StudyRunException;
import org.segsense.engine.StudyRunner;
import org.segsense.inference.InferenceEngines;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.workflows.WorkflowException;

/** The run service over the engine's {@link StudyRunner}, {@link RunMerge} and {@link Reproduction}. */
public final class RunServiceImpl implements RunService {

	private final PerturbationCatalog perturbations;
	private final MetricCatalog metrics;
	private final InferenceEngines engines;
	private final Map<Path, IProgressMonitor> running = new ConcurrentHashMap<>();

	/** With the installed catalogs and engines. */
	public RunServiceImpl() {
		this(null, null, null);
	}

	/** With given catalogs and engines (tests, embedding); null for the installed ones. */
	public RunServiceImpl(PerturbationCatalog perturbations, MetricCatalog metrics, InferenceEngines engines) {
		this.perturbations = perturbations;
		this.metrics = metrics;
		this.engines = engines;
	}

	@Override
	public Path runFolder(RunRequest r) {
		if (r.out() != null) {
			return r.out();
		}
		if (r.resume() && RunFolderNames.isRunCopy(r.study())) {
			return r.study().toAbsolutePath().normalize().getParent(); // segsense run RUN/study.segsense --resume
		}
		if (r.resume()) {
			throw WorkflowException.badInput("--resume needs --out RUN_DIR: the folder of the run to finish (or give the run's own "
					+ StudyRunner.STUDY_COPY + " as STUDY).");
		}
		return RunFolderNames.defaultRunDir(r.study(), r.shard(), LocalDateTime.now());
	}

	@Override
	public RunSummary start(RunRequest r, RunListener listener, IProgressMonitor monitor) {
		if (r.threads() < 0 || r.inferenceThreads() < 0 || r.cpuThreads() < 0) {
			throw WorkflowException.badInput("--threads, --inference-threads and --cpu-threads must be 0 (automatic) or positive.");
		}
		Path runDir = runFolder(r);
		Path key = runDir.toAbsolutePath().normalize();
		IProgressMonitor m = monitor != null ? monitor : new NullProgressMonitor();
		AtomicBoolean cancel = new AtomicBoolean();
		RunOptions options = RunOptions.in(runDir).withProjectDir(r.project()).withThreads(r.threads()).withInferenceThreads(r.inferenceThreads())
				.withCpuThreads(r.cpuThreads()).withResume(r.resume()).withShard(r.shard()).withDevice(r.device())
				.withAllowUnsafeOps(r.allowUnsafeOps()).withAllowOutsideProject(r.allowOutsideProject()).withCancel(cancel);
		running.put(key, m);
		try (EngineProgress progress = new EngineProgress(m, "Running " + r.study().getFileName(), listener, EngineProgress.setting(cancel))) {
			if (perturbations == null && metrics == null && engines == null) {
				return StudyRunner.run(r.study(), options, progress);
			}
			return StudyRunner.run(r.study(), options, progress, perturbations != null ? perturbations : PerturbationCatalog.installed(),
					metrics != null ? metrics : MetricCatalog.installed(), engines != null ? engines : InferenceEngines.installed());
		} catch (StudyRunException e) {
			throw WorkflowException.of(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw WorkflowException.failure(e.getMessage(), e);
		} finally {
			running.remove(key, m);
		}
	}

	@Override
	public RunSummary resume(RunRequest request, RunListener listener, IProgressMonitor monitor) {
		return start(request.withResume(true), listener, monitor);
	}

	@Override
	public RunMerge.Result merge(List<Path> runs, Path out) {
		try {
			return RunMerge.merge(runs, out);
		} catch (StudyRunException e) {
			throw WorkflowException.of(e);
		}
	}

	@Override
	public Reproduction.Report reproduce(ReproduceRequest r, RunListener listener, IProgressMonitor monitor) {
		if (!(r.tolerance() >= 0)) {
			throw WorkflowException.badInput("--tolerance must be 0 or positive.");
		}
		IProgressMonitor m = monitor != null ? monitor : new NullProgressMonitor();
		if (m.isCanceled()) {
			throw new OperationCanceledException("the reproduction of " + r.runDir() + " was cancelled");
		}
		try (EngineProgress progress = new EngineProgress(m, "Reproducing " + r.runDir(), listener, EngineProgress.interrupting())) {
			return Reproduction.reproduce(r.runDir(), r.tolerance(), r.threads(), r.keep(), r.project(), listener == null ? null : progress);
		} catch (StudyRunException e) {
			throw WorkflowException.of(e);
		} catch (InterruptedException e) {
			if (m.isCanceled()) {
				Thread.interrupted();
				throw new OperationCanceledException("the reproduction of " + r.runDir() + " was cancelled");
			}
			Thread.currentThread().interrupt();
			throw WorkflowException.failure("interrupted", e);
		} finally {
			if (m.isCanceled()) {
				Thread.interrupted(); // the watcher's interrupt must not reach the caller's next wait
			}
		}
	}

	@Override
	public boolean stop(Path runDir) {
		IProgressMonitor m = running.get(runDir.toAbsolutePath().normalize());
		if (m == null) {
			return false;
		}
		m.setCanceled(true);
		return true;
	}
}
