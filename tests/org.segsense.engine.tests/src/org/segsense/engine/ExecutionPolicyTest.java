// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.segsense.inference.DeviceChoice;
import org.segsense.model.Device;
import org.segsense.model.ExecutionSettings;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.Study;

/** Each execution value comes from the run's option, else the study's settings, else the machine. */
class ExecutionPolicyTest {

	private static final int CORES = 8;

	private static Study study(int threads, int inferenceThreads, int cpuThreads, Device device) {
		Study s = SegsenseFactory.eINSTANCE.createStudy();
		ExecutionSettings e = SegsenseFactory.eINSTANCE.createExecutionSettings();
		e.setThreads(threads);
		e.setInferenceThreads(inferenceThreads);
		e.setCpuThreads(cpuThreads);
		e.setDevice(device);
		s.setExecution(e);
		return s;
	}

	@Test
	void withoutSettingsTheMachineDecides() {
		ExecutionPolicy p = ExecutionPolicy.of(RunOptions.in(Path.of("run")), SegsenseFactory.eINSTANCE.createStudy(), 100, CORES);
		assertEquals(new ExecutionPolicy(CORES, 2, CORES, DeviceChoice.AUTO), p);
	}

	@Test
	void theStudysSettingsApplyWhenTheRunGivesNoOption() {
		ExecutionPolicy p = ExecutionPolicy.of(RunOptions.in(Path.of("run")), study(2, 3, 5, Device.CPU), 100, CORES);
		assertEquals(new ExecutionPolicy(2, 3, 5, DeviceChoice.CPU), p);
	}

	@Test
	void theRunsOptionsOverrideTheStudy() {
		RunOptions o = RunOptions.in(Path.of("run")).withThreads(4).withInferenceThreads(1).withCpuThreads(6).withDevice(DeviceChoice.GPU);
		assertEquals(new ExecutionPolicy(4, 1, 6, DeviceChoice.GPU), ExecutionPolicy.of(o, study(2, 3, 5, Device.CPU), 100, CORES));
	}

	@Test
	void zeroInTheStudyMeansAutomaticAndWorkersNeverExceedTheJobs() {
		ExecutionPolicy p = ExecutionPolicy.of(RunOptions.in(Path.of("run")), study(0, 0, 0, Device.GPU), 3, CORES);
		// 3 workers (one per job), inference threads min(8, ceil(16 / 3)) = 6, on a GPU all cores for the CPU stages
		assertEquals(new ExecutionPolicy(3, 6, CORES, DeviceChoice.GPU), p);
	}
}
