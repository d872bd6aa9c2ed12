// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.engine.RunSummary;
import org.segsense.engine.Shard;
import org.segsense.inference.DeviceChoice;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.run.ProgressLines;
import org.segsense.workflows.run.RunListener;
import org.segsense.workflows.run.RunRequest;
import org.segsense.workflows.run.RunService;
import org.segsense.workflows.run.RunServiceImpl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segsense run STUDY [--out RUN_DIR] [--threads N] [--resume] [--shard I/N]}. */
@Command(name = "run", description = {
		"Run a study: perturb, segment and score every job, and commit the results.",
		"The study expands into jobs (case × model variant × perturbation value, plus each baseline); each "
				+ "job is committed to RUN_DIR/results.sqlite (also results.csv, jobs.csv, provenance.json). Kill it at"
				+ " any time: --resume finishes the rest. See docs/study-engine.md.",
		"Exit 0 when every job is done, 1 when jobs failed or the run was stopped, 2 for an invalid study or "
				+ "a busy run folder." })
public final class RunCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "STUDY", description = "The study file (*.segsense).")
	Path study;

	@Option(names = "--out", paramLabel = "RUN_DIR", description = "The run folder: a new or empty folder, or a run folder to --resume "
			+ "(default: runs/STUDYFILE-TIME next to the study; with --resume, the folder of STUDY when it is a run's study.segsense).")
	Path out;

	@Option(names = "--threads", paramLabel = "N", defaultValue = "0",
			description = "Worker threads (default: the study's execution settings, else all cores).")
	int threads;

	@Option(names = "--inference-threads", paramLabel = "N", defaultValue = "0",
			description = "TensorFlow threads per worker (default: twice the fair share, 2 × cores / workers, at most all cores).")
	int inferenceThreads;

	@Option(names = "--cpu-threads", paramLabel = "N", defaultValue = "0",
			description = "Threads of the CPU-side stages (load, perturb, reference, metrics) beside the inference workers; 0 = as many as "
					+ "workers on the CPU, all cores with --device gpu.")
	int cpuThreads;

	@Option(names = "--resume", description = "Finish the run in RUN_DIR: jobs committed before are skipped.")
	boolean resume;

	@Option(names = "--shard", paramLabel = "I/N", description = "Run only the jobs whose index %% N == I-1 (merge the shards with segsense merge).")
	String shard;

	@Option(names = "--project", paramLabel = "DIR", description = "Folder the study's relative paths refer to (default: the study file's folder).")
	Path project;

	@Option(names = "--device", paramLabel = "auto|cpu|gpu", description = "Inference device (default: the study's execution settings).")
	String device;

	@Option(names = "--allow-unsafe-ops", description = "Run models whose graphs have file-system, network or process operations.")
	boolean allowUnsafeOps;

	@Option(names = "--allow-outside-project", description = "Read study files outside the project folder (by '..', absolute paths or "
			+ "symbolic links); refused otherwise. Recorded in the provenance.")
	boolean allowOutsideProject;

	@Option(names = "--shared-references", paramLabel = "DIR", description = "A folder the shards of this study share (segsense slurm "
			+ "sets it): each case's consensus reference is computed once there, by the first shard that needs it, and copied by the others.")
	Path sharedReferences;

	@Option(names = "--progress-every", paramLabel = "N", defaultValue = "0",
			description = "Print a progress line every N jobs (default: about every 5 %% and at least every 10 s).")
	int progressEvery;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		Shard s;
		DeviceChoice d;
		try {
			s = shard == null ? Shard.ALL : Shard.parse(shard);
			d = device == null ? null : DeviceChoice.fromName(device);
		} catch (IllegalArgumentException e) {
			throw CliException.badInput(e.getMessage(), e);
		}
		boolean json = RootCommand.of(spec).json;
		PrintWriter err = spec.commandLine().getErr();
		RunService runs = new RunServiceImpl();
		RunRequest request = new RunRequest(study, out, project, threads, inferenceThreads, cpuThreads, resume, s, d, allowUnsafeOps,
				allowOutsideProject, sharedReferences);
		NullProgressMonitor monitor = new NullProgressMonitor();
		CountDownLatch finished = new CountDownLatch(1);
		Thread stopper = stopOnSignal(monitor, finished, err);
		try {
			RunSummary summary;
			try {
				summary = runs.start(request, progress(err, progressEvery), monitor);
			} catch (WorkflowException e) {
				throw WorkflowErrors.cli(e);
			}
			print(summary, json);
			return summary.complete() ? ExitCodes.OK : ExitCodes.FAILURE;
		} finally {
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(stopper);
			} catch (IllegalStateException e) {
				// the JVM is shutting down: the hook is running and waits for this
			}
		}
	}

	/**
	 * SIGTERM / SIGINT (Ctrl-C): the JVM runs its shutdown hooks. This one cancels the run's monitor, which stops
	 * the run gracefully — no new jobs, the jobs in progress are committed, the store's status becomes
	 * "cancelled" — and waits (at most {@value #STOP_WAIT_S} s) until the summary with the resume command has
	 * been printed.
	 */
	static Thread stopOnSignal(IProgressMonitor monitor, CountDownLatch finished, PrintWriter err) {
		Thread hook = new Thread(() -> {
			if (finished.getCount() == 0) {
				return;
			}
			monitor.setCanceled(true);
			err.println("segsense: stopping on a signal: finishing the jobs in progress (committed jobs are kept; --resume finishes the run) ...");
			err.flush();
			try {
				finished.await(STOP_WAIT_S, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "segsense-stop-on-signal");
		Runtime.getRuntime().addShutdownHook(hook);
		return hook;
	}

	/** How long a signalled run may take to commit its jobs in progress before the JVM exits anyway. */
	static final int STOP_WAIT_S = 60;

	/** Progress lines (stderr) every N jobs: done/total, rate and ETA. */
	static RunListener progress(PrintWriter err, int every) {
		return new ProgressLines(line -> {
			err.println(line);
			err.flush();
		}, every);
	}

	private void print(RunSummary r, boolean json) {
		PrintWriter o = spec.commandLine().getOut();
		if (json) {
			Map<String, Object> j = new LinkedHashMap<>();
			j.put("runDir", r.runDir().toString());
			j.put("study", r.studyId());
			j.put("status", r.status());
			j.put("studyJobs", r.studyJobs());
			j.put("shardJobs", r.shardJobs());
			j.put("skipped", r.skipped());
			j.put("done", r.done());
			j.put("failed", r.failed());
			j.put("workers", r.workers());
			j.put("inferenceThreads", r.inferenceThreads());
			j.put("wallMs", r.wallNanos() / 1e6);
			j.put("engineFraction", r.jobNanos() > 0 ? (double) r.engineNanos() / r.jobNanos() : null);
			j.put("jobsWallMs", r.jobsWallNanos() / 1e6);
			j.put("engineBusyMs", r.engineBusyNanos() / 1e6);
			j.put("engineIdleShare", Double.isNaN(r.engineIdleShare()) ? null : r.engineIdleShare());
			j.put("failures", r.failures());
			o.println(JsonWriter.write(j));
			return;
		}
		o.printf(Locale.ROOT, "Study %s: %s — %d job(s) done, %d failed, %d done before (%d in the %s, %d in the study), %d worker(s), %.1f s%n",
				r.studyId(), r.status(), r.done(), r.failed(), r.skipped(), r.shardJobs(), r.shardJobs() == r.studyJobs() ? "run" : "shard",
				r.studyJobs(), r.workers(), r.wallNanos() / 1e9);
		if (r.jobNanos() > 0) {
			o.printf(Locale.ROOT, "  %.0f %% of the job time inside the inference engine%n", 100.0 * r.engineNanos() / r.jobNanos());
		}
		if (!Double.isNaN(r.engineIdleShare())) {
			o.printf(Locale.ROOT, "  %.1f %% of the wall time with no inference call running%n", 100.0 * r.engineIdleShare());
		}
		r.failures().forEach(f -> o.println("  failed: " + f));
		o.println("  results: " + r.runDir().resolve("results.sqlite") + " (CSV: results.csv, jobs.csv; provenance.json)");
		if (!r.complete()) {
			o.println("  finish it with: segsense run " + study + " --out " + r.runDir() + " --resume" + (shard == null ? "" : " --shard " + shard)
					+ (project == null ? "" : " --project " + project) + (allowOutsideProject ? " --allow-outside-project" : ""));
		}
	}
}
