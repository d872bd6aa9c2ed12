// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.run;

import org.osgi.service.component.annotations.Component;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
@Component(service = RunService.class)
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
		RunOptions options = RunOptions.in(runDir).withProjectDir(r.project()).withThreads(r.threads()).withInferenceThreads(r.inferenceThreads())
				.withCpuThreads(r.cpuThreads()).withResume(r.resume()).withShard(r.shard()).withDevice(r.device())
				.withAllowUnsafeOps(r.allowUnsafeOps()).withAllowOutsideProject(r.allowOutsideProject())
				.withSharedReferences(r.sharedReferences());
		running.put(key, m);
		try {
			return StudyRunner.run(r.study(), options, EngineProgress.monitor(m, listener), EngineProgress.events(listener),
					perturbations != null ? perturbations : PerturbationCatalog.installed(), metrics != null ? metrics : MetricCatalog.installed(),
					engines != null ? engines : InferenceEngines.installed());
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
	public RunMerge.Result merge(List<Path> runs, Path out, IProgressMonitor monitor) {
		try {
			return RunMerge.merge(runs, out, monitor);
		} catch (StudyRunException e) {
			throw WorkflowException.of(e);
		}
	}

	@Override
	public Reproduction.Report reproduce(ReproduceRequest r, RunListener listener, IProgressMonitor monitor) {
		if (!(r.tolerance() >= 0)) {
			throw WorkflowException.badInput("--tolerance must be 0 or positive.");
		}
		try {
			return Reproduction.reproduce(r.runDir(), r.tolerance(), r.threads(), r.keep(), r.project(), EngineProgress.monitor(monitor, listener),
					EngineProgress.events(listener));
		} catch (StudyRunException e) {
			throw WorkflowException.of(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw WorkflowException.failure("interrupted", e);
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
