// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.nio.file.Path;

import org.segsense.inference.DeviceChoice;

/**
 * How a study is run. Cancellation is not an option: the run's progress monitor stops it
 * ({@link StudyRunner#run(Path, RunOptions, org.eclipse.core.runtime.IProgressMonitor, RunEvents)}).
 *
 * @param runDir the run folder (created when missing)
 * @param projectDir the folder the study's relative paths refer to, or null for the study file's folder
 * @param threads worker threads, or 0 for the study's execution settings (else all cores)
 * @param inferenceThreads TensorFlow intra-op threads per worker, or 0 for min(cores, ⌈2 · cores / workers⌉)
 * @param cpuThreads threads of the CPU-side stages (load + perturb, reference + metrics), or 0 for the
 *        number of workers on the CPU device (the cores are TensorFlow's too) and all cores otherwise (a GPU
 *        waits for nothing but them)
 * @param resume finish a run that was stopped: committed jobs are skipped
 * @param shard the jobs to run
 * @param device the inference device, or null for the study's execution settings
 * @param allowUnsafeOps load models whose graphs have file-system, network or process operations
 * @param allowOutsideProject read study files outside the project folder (recorded in the provenance);
 *        without it such a study is refused
 * @param sharedReferences a folder the shards of one study share (on a cluster): each case's consensus reference is
 *        computed there once, by the first shard that needs it, and copied by the others; null for none
 */
public record RunOptions(Path runDir, Path projectDir, int threads, int inferenceThreads, int cpuThreads, boolean resume, Shard shard, DeviceChoice device,
		boolean allowUnsafeOps, boolean allowOutsideProject, Path sharedReferences) {

	public RunOptions {
		if (runDir == null) {
			throw new IllegalArgumentException("the run folder must be given");
		}
		if (threads < 0 || inferenceThreads < 0 || cpuThreads < 0) {
			throw new IllegalArgumentException("thread counts must be 0 (automatic) or positive");
		}
		shard = shard == null ? Shard.ALL : shard;
	}

	/** @return defaults for a run folder: automatic threads, whole study, no resume */
	public static RunOptions in(Path runDir) {
		return new RunOptions(runDir, null, 0, 0, 0, false, Shard.ALL, null, false, false, null);
	}

	public RunOptions withProjectDir(Path p) {
		return new RunOptions(runDir, p, threads, inferenceThreads, cpuThreads, resume, shard, device, allowUnsafeOps, allowOutsideProject, sharedReferences);
	}

	public RunOptions withThreads(int n) {
		return new RunOptions(runDir, projectDir, n, inferenceThreads, cpuThreads, resume, shard, device, allowUnsafeOps, allowOutsideProject, sharedReferences);
	}

	public RunOptions withInferenceThreads(int n) {
		return new RunOptions(runDir, projectDir, threads, n, cpuThreads, resume, shard, device, allowUnsafeOps, allowOutsideProject, sharedReferences);
	}

	public RunOptions withCpuThreads(int n) {
		return new RunOptions(runDir, projectDir, threads, inferenceThreads, n, resume, shard, device, allowUnsafeOps, allowOutsideProject, sharedReferences);
	}

	public RunOptions withResume(boolean r) {
		return new RunOptions(runDir, projectDir, threads, inferenceThreads, cpuThreads, r, shard, device, allowUnsafeOps, allowOutsideProject, sharedReferences);
	}

	public RunOptions withShard(Shard s) {
		return new RunOptions(runDir, projectDir, threads, inferenceThreads, cpuThreads, resume, s, device, allowUnsafeOps, allowOutsideProject, sharedReferences);
	}

	public RunOptions withDevice(DeviceChoice d) {
		return new RunOptions(runDir, projectDir, threads, inferenceThreads, cpuThreads, resume, shard, d, allowUnsafeOps, allowOutsideProject, sharedReferences);
	}

	public RunOptions withAllowUnsafeOps(boolean a) {
		return new RunOptions(runDir, projectDir, threads, inferenceThreads, cpuThreads, resume, shard, device, a, allowOutsideProject, sharedReferences);
	}

	public RunOptions withAllowOutsideProject(boolean a) {
		return new RunOptions(runDir, projectDir, threads, inferenceThreads, cpuThreads, resume, shard, device, allowUnsafeOps, a, sharedReferences);
	}

	/** Without shared consensus references (the components before {@code sharedReferences}). */
	public RunOptions(Path runDir, Path projectDir, int threads, int inferenceThreads, int cpuThreads, boolean resume, Shard shard, DeviceChoice device,
			boolean allowUnsafeOps, boolean allowOutsideProject) {
		this(runDir, projectDir, threads, inferenceThreads, cpuThreads, resume, shard, device, allowUnsafeOps, allowOutsideProject, null);
	}

	/** @return these options with a shared folder of consensus references (null: none) */
	public RunOptions withSharedReferences(Path dir) {
		return new RunOptions(runDir, projectDir, threads, inferenceThreads, cpuThreads, resume, shard, device, allowUnsafeOps, allowOutsideProject, dir);
	}
}
