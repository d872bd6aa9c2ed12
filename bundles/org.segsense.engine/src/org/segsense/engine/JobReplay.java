package org.segsense.engine;

import java.nio.file.Path;
import java.util.List;

import org.segsense.image.Image;
import org.segsense.inference.DeviceChoice;

/**
 * Recomputes jobs of a run — the same perturbation seeds, models and evaluation space — to show what a
 * job saw (the report's slice montages), without storing volumes for every job. Deterministic: the
 * recomputed prediction is the one the run scored (bit-identical on the same backend). Refused when
 * an input of the run changed since it ran.
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
		StudyRunner.replay(runDir, jobKeys, DeviceChoice.AUTO, consumer);
	}

	/** As {@link #replay(Path, List, Consumer)} on a chosen device. */
	public static void replay(Path runDir, List<String> jobKeys, DeviceChoice device, Consumer consumer)
			throws StudyRunException, InterruptedException {
		StudyRunner.replay(runDir, jobKeys, device, consumer);
	}
}
