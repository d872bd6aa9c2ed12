// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.run;

import java.nio.file.Path;

import org.segsense.engine.Shard;
import org.segsense.inference.DeviceChoice;

/**
 * What to run and how.
 *
 * @param study the study file (or, with {@code resume} and no {@code out}, a run folder's own study copy)
 * @param out the run folder, or null for {@code runs/STUDYFILE-TIME[-shardIofN]} next to the study
 * @param project the folder the study's relative paths refer to, or null for the study file's folder
 * @param threads worker threads, 0 for the study's execution settings (else all cores)
 * @param inferenceThreads TensorFlow threads per worker, 0 for automatic
 * @param cpuThreads threads of the CPU-side stages, 0 for automatic
 * @param resume finish the run in {@code out}: committed jobs are skipped
 * @param shard the jobs to run ({@link Shard#ALL} for all)
 * @param device the inference device, or null for the study's execution settings
 * @param allowUnsafeOps run models whose graphs have file-system, network or process operations
 * @param allowOutsideProject read study files outside the project folder
 * @param sharedReferences a folder the shards of one study share (on a cluster): each case's consensus reference is
 *        computed there once, by the first shard that needs it, and copied by the others; null for none
 */
public record RunRequest(Path study, Path out, Path project, int threads, int inferenceThreads, int cpuThreads, boolean resume, Shard shard,
		DeviceChoice device, boolean allowUnsafeOps, boolean allowOutsideProject, Path sharedReferences) {

	public RunRequest {
		if (study == null) {
			throw new IllegalArgumentException("the study file must be given");
		}
		shard = shard == null ? Shard.ALL : shard;
	}

	/** @return the whole study into {@code out} (null: the default folder) with automatic settings */
	public static RunRequest of(Path study, Path out) {
		return new RunRequest(study, out, null, 0, 0, 0, false, Shard.ALL, null, false, false, null);
	}

	public RunRequest withThreads(int n) {
		return new RunRequest(study, out, project, n, inferenceThreads, cpuThreads, resume, shard, device, allowUnsafeOps, allowOutsideProject, sharedReferences);
	}

	public RunRequest withResume(boolean r) {
		return new RunRequest(study, out, project, threads, inferenceThreads, cpuThreads, r, shard, device, allowUnsafeOps, allowOutsideProject, sharedReferences);
	}

	public RunRequest withShard(Shard s) {
		return new RunRequest(study, out, project, threads, inferenceThreads, cpuThreads, resume, s, device, allowUnsafeOps, allowOutsideProject, sharedReferences);
	}

	public RunRequest withProject(Path p) {
		return new RunRequest(study, out, p, threads, inferenceThreads, cpuThreads, resume, shard, device, allowUnsafeOps, allowOutsideProject, sharedReferences);
	}

	/** Without shared consensus references (the components before {@code sharedReferences}). */
	public RunRequest(Path study, Path out, Path project, int threads, int inferenceThreads, int cpuThreads, boolean resume, Shard shard,
			DeviceChoice device, boolean allowUnsafeOps, boolean allowOutsideProject) {
		this(study, out, project, threads, inferenceThreads, cpuThreads, resume, shard, device, allowUnsafeOps, allowOutsideProject, null);
	}

	/** @return these options with a shared folder of consensus references (null: none) */
	public RunRequest withSharedReferences(Path dir) {
		return new RunRequest(study, out, project, threads, inferenceThreads, cpuThreads, resume, shard, device, allowUnsafeOps, allowOutsideProject, dir);
	}
}
