// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.inference.InferenceEngines;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.perturb.PerturbationCatalog;

/** The runner takes its catalogs and inference engines by constructor: a run uses the ones it is given, not the installed ones. */
class RunnerServicesTest {

	@Test
	void theTestEngineIsContributedAndTensorFlowIsAbsent() {
		InferenceEngines installed = InferenceEngines.installed();
		assertEquals(List.of(), installed.problems());
		assertEquals(List.of(org.segsense.testing.studies.BoxModelEngine.ID),
				installed.all().stream().map(org.segsense.inference.EngineDescriptor::id).toList());
	}

	@Test
	void aRunUsesTheInferenceEnginesItIsGiven(@TempDir Path dir) throws Exception {
		Path project = TestStudies.project(dir.resolve("project"));
		Path study = TestStudies.study(project, "s1", TestStudies.OAT, TestStudies.GROUND_TRUTH, "");
		RunSummary none = StudyRunner.run(study, RunOptions.in(dir.resolve("none")).withThreads(1), null, PerturbationCatalog.installed(),
				MetricCatalog.installed(), InferenceEngines.of(List.of()));
		assertTrue(none.shardJobs() > 0);
		assertEquals(0, none.done(), none::toString);
		assertEquals(none.shardJobs(), none.failed(), none::toString);
		assertFalse(none.failures().isEmpty());
		for (String f : none.failures()) {
			assertTrue(f.contains("none is installed"), f);
		}
		RunSummary installed = StudyRunner.run(study, RunOptions.in(dir.resolve("installed")).withThreads(1), null, PerturbationCatalog.installed(),
				MetricCatalog.installed(), InferenceEngines.installed());
		assertEquals(installed.shardJobs(), installed.done(), installed::toString);
		assertEquals(0, installed.failed(), installed::toString);
	}
}
