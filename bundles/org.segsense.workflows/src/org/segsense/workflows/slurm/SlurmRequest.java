// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.slurm;

import java.nio.file.Path;

/**
 * What {@link SlurmService#submit} runs where: a study, its run folder, the number of shards (array tasks), the
 * Slurm resources of each task (null: the cluster's defaults) and the SegSense launcher the nodes start.
 *
 * @param study the study file
 * @param out the run folder: new or empty; the merged run lands here, the shards in {@code out/slurm/shards}
 * @param shards array tasks, one shard each (at most the study's jobs); 0: the study's execution setting {@code shards}
 * @param partition {@code --partition}, or null
 * @param time {@code --time} of each task, or null
 * @param mem {@code --mem} of each task, or null
 * @param cpusPerTask {@code --cpus-per-task} (also the run's {@code --threads}), or 0
 * @param gpus {@code --gpus} of each task, or null
 * @param account {@code --account}, or null
 * @param launcher the {@code segsense} launcher the nodes run (on the shared file system)
 */
public record SlurmRequest(Path study, Path out, int shards, String partition, String time, String mem, int cpusPerTask, String gpus,
		String account, Path launcher) {

	/** A request with the cluster's default resources. */
	public static SlurmRequest of(Path study, Path out, int shards, Path launcher) {
		return new SlurmRequest(study, out, shards, null, null, null, 0, null, null, launcher);
	}

	/** @return this request with the given number of shards */
	public SlurmRequest withShards(int n) {
		return new SlurmRequest(study, out, n, partition, time, mem, cpusPerTask, gpus, account, launcher);
	}

	/** @return this request with the given resources (null / 0: the cluster's defaults) */
	public SlurmRequest withResources(String partition, String time, String mem, int cpusPerTask, String gpus, String account) {
		return new SlurmRequest(study, out, shards, partition, time, mem, cpusPerTask, gpus, account, launcher);
	}
}
