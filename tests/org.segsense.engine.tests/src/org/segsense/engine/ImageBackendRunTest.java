// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.store.ResultStore;

/**
 * The image backend of a run: recorded in the provenance ({@code image.backend}), chosen by the study or
 * overridden ({@value ImageBackendChoice#PROPERTY}); an unknown one stops the run as bad input; a run reproduced on
 * the SimpleITK backend agrees with the Java run (the SimpleITK binding is built by tests/run.sh).
 */
class ImageBackendRunTest {

	@TempDir
	Path dir;

	@AfterEach
	void clear() {
		System.clearProperty(ImageBackendChoice.PROPERTY);
	}

	@Test
	void theBackendIsRecordedAndAnUnknownOneIsBadInput() throws Exception {
		Path project = TestStudies.project(dir.resolve("project"));
		Path study = TestStudies.study(project, "s1", TestStudies.OAT, TestStudies.GROUND_TRUTH, "");
		Path run = dir.resolve("runs/java");
		StudyRunner.run(study, RunOptions.in(run).withThreads(1), null);
		try (ResultStore s = ResultStore.open(run.resolve(ResultStore.FILE))) {
			assertEquals("java", s.provenance().get("image.backend"));
			assertNotNull(s.provenance().get("image.backend.implementation"));
		}
		System.setProperty(ImageBackendChoice.PROPERTY, "nope");
		StudyRunException e = assertThrows(StudyRunException.class, () -> StudyRunner.run(study, RunOptions.in(dir.resolve("runs/nope")), null));
		assertTrue(e.badInput() && e.getMessage().contains("unknown backend 'nope'"), e.getMessage());
	}

	@Test
	void aRunReproducedOnTheSimpleItkBackendAgrees() throws Exception {
		Path project = TestStudies.project(dir.resolve("project"));
		Path study = TestStudies.study(project, "s1", TestStudies.OAT, TestStudies.GROUND_TRUTH, "");
		Path run = dir.resolve("runs/java");
		StudyRunner.run(study, RunOptions.in(run).withThreads(1), null);
		System.setProperty(ImageBackendChoice.PROPERTY, "simpleitk");
		Path kept = dir.resolve("runs/simpleitk");
		Reproduction.Report r = Reproduction.reproduce(run, 1e-6, 1, kept, null, null);
		assertTrue(r.agrees(), r.toString());
		assertTrue(r.jobsCompared() > 0, r.toString());
		try (ResultStore s = ResultStore.open(kept.resolve(ResultStore.FILE))) {
			assertEquals("simpleitk", s.provenance().get("image.backend"));
			assertTrue(s.provenance().get("image.backend.version").startsWith("2.1"), s.provenance().toString());
		}
	}
}
