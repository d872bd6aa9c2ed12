// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.ResultStore;
import org.segsense.model.Study;
import org.segsense.workflows.TestProjects;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.run.RunListener;
import org.segsense.workflows.run.RunRequest;
import org.segsense.workflows.run.RunServiceImpl;

/** The study service on a tiny synthetic study: create, load, validate, save, count and estimate. */
class StudyServiceTest {

	private final StudyService studies = new StudyServiceImpl();

	@Test
	void createLoadSaveValidateRoundTrip(@TempDir Path dir) {
		Path file = dir.resolve("sub/My Study.segsense");
		StudyService.Created c = studies.create(file, null, false);
		assertEquals("My-Study", c.study().getId());
		assertTrue(Files.isRegularFile(file));
		WorkflowException again = assertThrows(WorkflowException.class, () -> studies.create(file, null, false));
		assertTrue(again.badInput());
		assertTrue(again.getMessage().contains("already exists"), again.getMessage());
		Study s = studies.load(file);
		s.setName("renamed");
		studies.save(s, file);
		assertEquals("renamed", studies.load(file).getName());
		// a starter study has no cases or variants: invalid, with errors
		StudyService.Validation v = studies.validate(file, null);
		assertFalse(v.valid());
		assertTrue(v.errors() > 0);
		assertEquals(file.toAbsolutePath().getParent(), v.project());
	}

	@Test
	void aMissingFileOrProjectIsBadInput(@TempDir Path dir) throws Exception {
		WorkflowException e = assertThrows(WorkflowException.class, () -> studies.load(dir.resolve("nothere.segsense")));
		assertTrue(e.badInput());
		assertTrue(e.getMessage().contains("nothere.segsense"), e.getMessage());
		Path study = TestProjects.study(dir.resolve("p"));
		WorkflowException p = assertThrows(WorkflowException.class, () -> studies.validate(study, dir.resolve("noproject")));
		assertTrue(p.badInput());
		assertTrue(p.getMessage().contains("noproject"), p.getMessage());
	}

	@Test
	void theSyntheticStudyIsValidAndCountsItsJobs(@TempDir Path dir) throws Exception {
		Path file = TestProjects.study(dir);
		StudyService.Validation v = studies.validate(file, null);
		assertTrue(v.valid(), () -> v.problems().toString());
		Study s = studies.load(file);
		assertEquals(TestProjects.JOBS, studies.countJobs(s));
		assertEquals(TestProjects.JOBS, studies.expand(s).jobs().size());
	}

	/** Closed form: seconds = Σ_v jobs_v · t_v / workers; 12 jobs per variant. */
	@Test
	void theEstimateIsTheClosedForm(@TempDir Path dir) throws Exception {
		Study s = studies.load(TestProjects.study(dir));
		StudyService.Estimate e = studies.estimate(s, Map.of("tight", 0.2, "wide", 0.5), 2);
		assertEquals(Map.of("tight", 12L, "wide", 12L), e.jobsPerVariant());
		assertEquals((12 * 0.2 + 12 * 0.5) / 2, e.seconds(), 1e-12);
		assertTrue(e.complete());
		StudyService.Estimate partial = studies.estimate(s, Map.of("tight", 0.2), 3);
		assertEquals(List.of("wide"), partial.unmeasured());
		assertFalse(partial.complete());
		assertEquals(12 * 0.2 / 3, partial.seconds(), 1e-12);
		assertThrows(WorkflowException.class, () -> studies.estimate(s, Map.of(), 0));
	}

	/**
	 * From a real run's measured inference times: the mean per variant is the store's mean, and the estimate
	 * with one worker is the run's total measured inference time (Σ_v n_v · mean_v = Σ_jobs t_job).
	 */
	@Test
	void theEstimateFromARunsMeasuredTimesIsItsTotalInferenceTime(@TempDir Path dir) throws Exception {
		Path file = TestProjects.study(dir);
		Path run = dir.resolve("run");
		new RunServiceImpl().start(RunRequest.of(file, run), RunListener.NONE, null);
		Map<String, Double> measured = studies.measuredInferenceSeconds(run);
		Map<String, double[]> byHand = new LinkedHashMap<>();
		double total = 0;
		try (ResultStore store = ResultStore.open(run.resolve(ResultStore.FILE))) {
			for (JobRecord j : store.jobs()) {
				double t = j.timings().inference() / 1000.0;
				double[] a = byHand.computeIfAbsent(j.variant(), k -> new double[2]);
				a[0] += t;
				a[1]++;
				total += t;
			}
		} catch (SQLException e) {
			throw new AssertionError(e);
		}
		assertEquals(byHand.keySet(), measured.keySet());
		byHand.forEach((v, a) -> assertEquals(a[0] / a[1], measured.get(v), 1e-12));
		assertTrue(total > 0);
		StudyService.Estimate e = studies.estimate(studies.load(file), measured, 1);
		assertEquals(total, e.seconds(), 1e-9 * total);
		assertEquals(total / 4, studies.estimate(studies.load(file), measured, 4).seconds(), 1e-9 * total);
		assertThrows(WorkflowException.class, () -> studies.measuredInferenceSeconds(dir));
	}
}
