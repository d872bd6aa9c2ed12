// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import org.segsense.inference.DeviceChoice;
import org.segsense.inference.LoadOptions;
import org.segsense.model.ExecutionSettings;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.Study;

/**
 * How many threads a run uses and on which device: inference workers, the engine's threads per call, and
 * the threads of the CPU-side stages — from the command line's options, else the study's execution
 * settings, else the machine.
 *
 * @param workers inference workers (each with its own loaded models)
 * @param inferenceThreads the engine's threads per inference call
 * @param cpuThreads threads of the CPU-side stages (load, perturb, reference, metrics, commit)
 * @param device the requested device
 */
record ExecutionPolicy(int workers, int inferenceThreads, int cpuThreads, DeviceChoice device) {

	/**
	 * @param options the run's options
	 * @param study the study (its execution settings)
	 * @param pendingJobs the jobs left to run (no more workers than jobs)
	 * @param cores the available processors
	 */
	static ExecutionPolicy of(RunOptions options, Study study, int pendingJobs, int cores) {
		ExecutionSettings settings = study.getExecution() != null ? study.getExecution() : SegsenseFactory.eINSTANCE.createExecutionSettings();
		// Each value: the run's option, else the study's setting, else the automatic choice (0 = automatic)
		int threads = options.threads() > 0 ? options.threads() : settings.getThreads() > 0 ? settings.getThreads() : cores;
		int nWorkers = Math.max(1, Math.min(threads, pendingJobs));
		// Default: twice the fair share, at most all cores. A TensorFlow call leaves cores idle between its
		// operations, which a second worker's call fills: on 2 cores, 2 workers × 2 threads run as fast as
		// 1 × 2 and 1.55× faster than 2 × 1 (docs/benchmarks-study.md).
		int inferenceThreads = options.inferenceThreads() > 0 ? options.inferenceThreads()
				: settings.getInferenceThreads() > 0 ? settings.getInferenceThreads()
				: Math.max(1, Math.min(cores, (2 * cores + nWorkers - 1) / nWorkers));
		DeviceChoice device = options.device() != null ? options.device() : DeviceChoice.fromName(settings.getDevice().getLiteral());
		// CPU-side stage threads: on the CPU device the cores are TensorFlow's too, so as many as workers; on a
		// GPU the device waits for nothing but them, so all cores
		int cpuThreads = options.cpuThreads() > 0 ? options.cpuThreads() : settings.getCpuThreads() > 0 ? settings.getCpuThreads()
				: device == DeviceChoice.GPU ? Math.max(nWorkers, cores) : nWorkers;
		return new ExecutionPolicy(nWorkers, inferenceThreads, cpuThreads, device);
	}

	/** @return the options the workers load their models with */
	LoadOptions loadOptions(boolean allowUnsafeOps) {
		return new LoadOptions(device, inferenceThreads, allowUnsafeOps);
	}
}
