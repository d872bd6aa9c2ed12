// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.SubMonitor;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultStore;
import org.segsense.model.Study;

/**
 * Runs a run's pending jobs through the pipeline: the consensus references first, then per job the
 * CPU-side stages (load + perturb, then reference + score) on their own threads beside the inference
 * workers — so an inference worker takes its next prepared job as soon as its call returns — and the
 * "commit" stage, one store transaction per job. Stops taking jobs when the monitor is cancelled or the
 * store fails; the jobs already taken go through and are committed (a graceful stop: resume finishes the
 * rest). Work: one unit per consensus case and per job, reported when it is done.
 */
final class JobScheduler {

	/** What the jobs of a run came to. */
	record Tally(int committed, int failed, long jobNanos, long engineNanos, List<String> failures, long jobsWallNanos, boolean interrupted) {
	}

	private final Path sharedReferences;
	private final Shard shard;
	private final Study study;
	private final Path runDir;
	private final ExecutionPolicy policy;
	private final SubMonitor monitor;
	private final RunEvents events;
	private final Object progressLock = new Object();
	private final ResultStore store;
	private final AtomicInteger committed = new AtomicInteger();
	private final AtomicInteger failed = new AtomicInteger();
	private final AtomicLong jobNanos = new AtomicLong();
	private final AtomicLong engineNanos = new AtomicLong();
	/** By job index, at most 20: the order and the choice do not depend on the threads' scheduling. */
	private final java.util.TreeMap<Integer, String> failures = new java.util.TreeMap<>();
	private final AtomicReference<Throwable> storeError = new AtomicReference<>();
	private long jobsStart;
	private int pendingCount;

	/**
	 * @param monitor the jobs' share of the run's monitor (its work is set here); cancelling it stops taking jobs
	 * @param events receives every committed job
	 */
	JobScheduler(Study study, Path runDir, ExecutionPolicy policy, SubMonitor monitor, RunEvents events, ResultStore store) {
		this(study, runDir, policy, monitor, events, store, null, Shard.ALL);
	}

	/**
	 * @param sharedReferences the folder where the shards of a study share their consensus references, or null
	 * @param shard the shard this run is: it takes the cases' consensus references starting at case I − 1 (modulo the
	 *        cases), so that shards starting together compute different cases at first
	 */
	JobScheduler(Study study, Path runDir, ExecutionPolicy policy, SubMonitor monitor, RunEvents events, ResultStore store, Path sharedReferences,
			Shard shard) {
		this.sharedReferences = sharedReferences;
		this.shard = shard;
		this.study = study;
		this.runDir = runDir;
		this.policy = policy;
		this.monitor = monitor;
		this.events = events;
		this.store = store;
	}

	/**
	 * @param skipped the shard's jobs done before (for the progress message)
	 * @throws StudyRunException (failure) when a worker fails or the store cannot be written
	 * @throws InterruptedException when the executors do not stop
	 */
	Tally run(List<Job> pending, int skipped, JobPipeline pipeline, InferenceWorkers workers, MetricScoring scoring)
			throws StudyRunException, InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(policy.workers(), r -> {
			Thread t = new Thread(r, "segsense-inference");
			t.setDaemon(true);
			return t;
		});
		ExecutorService cpu = Executors.newFixedThreadPool(policy.cpuThreads(), r -> {
			Thread t = new Thread(r, "segsense-cpu");
			t.setDaemon(true);
			return t;
		});
		// at most `inFlight` jobs (one per thread, and one ready) hold volumes at a time
		Semaphore slots = new Semaphore(policy.workers() + policy.cpuThreads() + 1);
		pendingCount = pending.size();
		jobsStart = System.nanoTime();
		long jobsWall = 0;
		boolean interrupted = false;
		Set<String> consensusCases = consensusCases(pending);
		monitor.setWorkRemaining(consensusCases.size() + pending.size());
		try {
			Map<String, String> consensusErrors = consensus(consensusCases, pipeline, workers, pool);
			if (!monitor.isCanceled()) {
				monitor.subTask(pending.size() + " job(s) to run" + (skipped > 0 ? ", " + skipped + " done before" : "") + " on "
						+ policy.workers() + " worker(s)");
			}
			List<CompletableFuture<Void>> fs = new ArrayList<>();
			for (Job job : pending) {
				slots.acquire();
				if (monitor.isCanceled() || storeError.get() != null) {
					slots.release();
					break;
				}
				String consensusError = consensusErrors.get(job.caseId());
				Timings t = new Timings();
				CompletableFuture<Void> f = CompletableFuture.supplyAsync(() -> loadAndPerturb(job, consensusError, pipeline, t), cpu)
						.thenApplyAsync(step -> step.then(p -> pipeline.infer(p, t)), pool)
						.thenApplyAsync(step -> step.then(i -> pipeline.reference(i, t)).then(e -> score(e, t, scoring)), cpu)
						.thenAccept(step -> {
							if (step.interrupted() || Thread.currentThread().isInterrupted()) {
								return;
							}
							step.end(o -> commit(job, o), o -> commit(job, o));
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
				throw StudyRunException.failure("Cannot commit to the results store " + store.file() + ": " + Failures.reason(storeError.get())
						+ ". The jobs committed before are kept; finish the run with --resume.", storeError.get());
			}
			jobsWall = System.nanoTime() - jobsStart;
		} catch (InterruptedException e) {
			interrupted = true;
		} finally {
			pool.shutdownNow();
			cpu.shutdownNow();
			boolean terminated = pool.awaitTermination(60, TimeUnit.SECONDS) & cpu.awaitTermination(60, TimeUnit.SECONDS);
			if (terminated) {
				workers.close();
			}
		}
		List<String> firstFailures;
		synchronized (failures) {
			firstFailures = List.copyOf(failures.values());
		}
		return new Tally(committed.get(), failed.get(), jobNanos.get(), engineNanos.get(), firstFailures, jobsWall, interrupted);
	}

	/** @return the cases whose consensus reference the pending jobs need (none unless the reference is a consensus) */
	private Set<String> consensusCases(List<Job> pending) {
		Set<String> needed = new LinkedHashSet<>();
		ReferenceStrategy strategy = ReferenceStrategies.of(study.getReference());
		if (strategy != null && strategy.isConsensus()) {
			pending.forEach(j -> needed.add(j.caseId()));
		}
		if (sharedReferences == null || needed.size() < 2) {
			return needed;
		}
		List<String> cases = new ArrayList<>(needed);
		java.util.Collections.rotate(cases, -((shard.index() - 1) % cases.size()));
		return new LinkedHashSet<>(cases);
	}

	/**
	 * Computes the consensus references of the pending jobs' cases on the inference pool; a case that fails
	 * fails its jobs. On cancel the cases not started are left out (the jobs are not started either).
	 */
	private Map<String, String> consensus(Set<String> needed, JobPipeline pipeline, InferenceWorkers workers, ExecutorService pool)
			throws InterruptedException, StudyRunException {
		Map<String, String> consensusErrors = new ConcurrentHashMap<>();
		if (needed.isEmpty()) {
			return consensusErrors;
		}
		ReferenceStrategy strategy = ReferenceStrategies.of(study.getReference());
		monitor.subTask("consensus references (" + strategy.name() + ") of " + needed.size() + " case(s)");
		List<Future<?>> fs = new ArrayList<>();
		for (String caseId : needed) {
			fs.add(pool.submit(() -> {
				if (monitor.isCanceled()) {
					return null;
				}
				try {
					ConsensusReferences.compute(runDir, caseId, study.getReference(), strategy, pipeline, workers, sharedReferences);
				} catch (Exception e) {
					consensusErrors.put(caseId, "the consensus reference of case '" + caseId + "' could not be computed: " + Failures.message(e));
				}
				return null;
			}));
		}
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
			synchronized (progressLock) {
				monitor.worked(1);
			}
		}
		return consensusErrors;
	}

	/**
	 * Stages "load" and "perturb" (CPU). A job whose turn comes after the run was cancelled is not started
	 * (nothing to commit; resume runs it); one that has started goes through and is committed.
	 */
	private Step<JobPipeline.Perturbed> loadAndPerturb(Job job, String consensusError, JobPipeline pipeline, Timings t) {
		if (monitor.isCanceled()) {
			return new Step.Interrupted<>(job);
		}
		return Step.start(job, j -> {
			if (consensusError != null) {
				throw new IllegalStateException(consensusError);
			}
			return pipeline.load(j, t);
		}).then(loaded -> pipeline.perturb(loaded, t));
	}

	/** Stage "score" (CPU): the metrics of a job. */
	private static Outcome score(JobPipeline.Evaluated e, Timings t, MetricScoring scoring) {
		long t4 = System.nanoTime();
		var rows = new java.util.ArrayList<>(scoring.rows(e.job(), e.predicted(), e.reference(), e.reference0(), e.multiLabel(), ""));
		if (e.truth() != null) {
			rows.addAll(scoring.rows(e.job(), e.predicted(), e.truth(), e.truth0(), e.multiLabel(), TruthScores.SUFFIX));
		}
		t.metrics = System.nanoTime() - t4;
		return Outcome.done(e.job(), e.evaluation(), t, rows);
	}

	/** Stage "commit": the job's outcome in one store transaction, then the progress and the event. */
	private void commit(Job job, Outcome o) {
		try {
			store.commit(o.record(), job.settings(), o.results());
		} catch (SQLException e) {
			storeError.compareAndSet(null, e);
			return;
		}
		jobNanos.addAndGet((long) (o.record().timings().total() * 1e6));
		engineNanos.addAndGet((long) (o.record().timings().engine() * 1e6));
		if (o.record().status() == JobStatus.FAILED) {
			failed.incrementAndGet();
			synchronized (failures) {
				failures.put(job.index(), job.key() + ": " + o.record().message());
				if (failures.size() > 20) {
					failures.remove(failures.lastKey());
				}
			}
		}
		synchronized (progressLock) {
			int n = committed.incrementAndGet();
			monitor.worked(1);
			events.jobCommitted(o.record(), o.results(), n, pendingCount, System.nanoTime() - jobsStart);
		}
	}
}
