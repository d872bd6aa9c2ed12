// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.segsense.engine.store.ResultStore;
import org.segsense.image.Image;
import org.segsense.inference.DeviceChoice;
import org.segsense.inference.InferenceEngines;
import org.segsense.inference.LoadOptions;
import org.segsense.model.Study;
import org.segsense.perturb.PerturbationCatalog;

/**
 * Recomputes jobs of a run — the same perturbation seeds, models and evaluation space — to show what a
 * job saw (the report's slice montages), without storing volumes for every job. Deterministic: the
 * recomputed prediction is the one the run scored (bit-identical on the same backend). Refused when
 * an input of the run changed since it ran. It runs the run's own stages ({@link JobPipeline}) on the
 * study copy of the run folder, with the project folder the run recorded; nothing is written.
 */
public final class JobReplay {

	/**
	 * The images of one job.
	 *
	 * @param jobKey the job
	 * @param input the case's channels as read
	 * @param perturbed the perturbed channels (the network's input before normalisation)
	 * @param prediction the predicted labels in the evaluation space, restricted to the ROI
	 * @param reference the reference labels in the evaluation space, restricted to the ROI
	 * @param evaluation {@code original}, {@code transformReference} (prediction and reference on the
	 *        perturbed grid) or {@code mapPredictionBack} (both on the input grid)
	 */
	public record Images(String jobKey, List<Image> input, List<Image> perturbed, Image prediction, Image reference, String evaluation) {
	}

	/** Receives the images of each job, in the order of the keys. */
	@FunctionalInterface
	public interface Consumer {
		void accept(Images images) throws Exception;
	}

	private JobReplay() {
	}

	/**
	 * Recomputes jobs of a run, one after the other on the calling thread.
	 *
	 * @param runDir the run folder
	 * @param jobKeys the jobs (keys as in jobs.csv)
	 * @param consumer receives each job's images
	 * @throws StudyRunException (bad input) for a folder that is not a run, an unknown key or changed
	 *         inputs; (failure) when a job cannot be recomputed or the consumer fails
	 * @throws InterruptedException when the thread is interrupted
	 */
	public static void replay(Path runDir, List<String> jobKeys, Consumer consumer) throws StudyRunException, InterruptedException {
		replay(runDir, jobKeys, DeviceChoice.AUTO, consumer);
	}

	/** As {@link #replay(Path, List, Consumer)} on a chosen device. */
	public static void replay(Path runDir, List<String> jobKeys, DeviceChoice device, Consumer consumer)
			throws StudyRunException, InterruptedException {
		replay(runDir, jobKeys, device, (IProgressMonitor) null, consumer);
	}

	/**
	 * As {@link #replay(Path, List, Consumer)} on a chosen device, with progress (a unit per job) and
	 * cancellation (checked before every job: {@link OperationCanceledException}).
	 */
	public static void replay(Path runDir, List<String> jobKeys, DeviceChoice device, IProgressMonitor monitor, Consumer consumer)
			throws StudyRunException, InterruptedException {
		SubMonitor sub = SubMonitor.convert(monitor, "Recomputing " + jobKeys.size() + " job(s)", 1 + jobKeys.size());
		try {
			replayJobs(runDir, jobKeys, device, sub, consumer);
		} finally {
			sub.done();
		}
	}

	private static void replayJobs(Path runDir, List<String> jobKeys, DeviceChoice device, SubMonitor sub, Consumer consumer)
			throws StudyRunException, InterruptedException {
		sub.split(1);
		Path dir = runDir.toAbsolutePath().normalize();
		Path copy = dir.resolve(StudyRunner.STUDY_COPY);
		Path storeFile = dir.resolve(ResultStore.FILE);
		if (!Files.isRegularFile(copy) || !Files.isRegularFile(storeFile)) {
			throw StudyRunException.badInput(dir + " is not a run folder (it has no " + StudyRunner.STUDY_COPY + " and " + ResultStore.FILE
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
		Study study = StudyRunner.loadValid(copy, project, "true".equals(provenance.get("run.allowOutsideProject")));
		Admission.checkReplay(provenance, Provenance.checksums(study, project), dir);
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
		LoadOptions load = new LoadOptions(device != null ? device : DeviceChoice.AUTO, Runtime.getRuntime().availableProcessors(), false);
		try (InferenceWorkers workers = new InferenceWorkers(StudyRunner.variants(study), project, InferenceEngines.installed(), load, null)) {
			JobPipeline pipeline = new JobPipeline(study, project, dir, 2, PerturbationCatalog.installed(), workers);
			for (Job j : jobs) {
				if (Thread.currentThread().isInterrupted()) {
					throw new InterruptedException("the replay was interrupted");
				}
				sub.checkCanceled();
				sub.split(1).subTask("recomputing " + j.key());
				JobPipeline.Evaluated c;
				try {
					c = pipeline.compute(j);
				} catch (InterruptedException e) {
					throw e;
				} catch (Exception e) {
					throw StudyRunException.failure("Job '" + j.key() + "' of the run in " + dir + " could not be recomputed: " + Failures.message(e), e);
				}
				try {
					consumer.accept(new Images(j.key(), c.input(), c.perturbed(), c.predicted(), c.reference(), c.evaluation()));
				} catch (InterruptedException | StudyRunException | OperationCanceledException e) {
					throw e;
				} catch (Exception e) {
					throw StudyRunException.failure("Job '" + j.key() + "' of the run in " + dir + ": " + Failures.message(e), e);
				}
			}
		}
	}
}
