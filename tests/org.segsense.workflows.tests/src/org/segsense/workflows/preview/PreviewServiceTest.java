// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.Job;
import org.segsense.engine.JobPreview;
import org.segsense.engine.JobReplay;
import org.segsense.image.Image;
import org.segsense.workflows.TestProjects;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.run.RunRequest;
import org.segsense.workflows.run.RunServiceImpl;
import org.segsense.workflows.study.StudyServiceImpl;

/**
 * The preview of (case, variant, axis, value) is bit-identical to what the run's job computed: its perturbed
 * channels equal the job's (recomputed by {@link JobReplay}, the run's own job path), and its moved label
 * map restricted to its moved ROI equals the job's reference (ground truth, transformReference, with ROI).
 */
class PreviewServiceTest {

	private final PreviewService previews = new PreviewServiceImpl();

	/** Exact equality of grid, pixel type and every voxel's bits. */
	private static void assertBitIdentical(Image expected, Image actual, String what) {
		assertTrue(expected.geometry().equals(actual.geometry()), what + ": geometry " + actual.geometry() + " vs " + expected.geometry());
		assertEquals(expected.pixelType(), actual.pixelType(), what);
		for (long i = 0; i < expected.voxelCount(); i++) {
			double e = expected.getDouble(i, 0), a = actual.getDouble(i, 0);
			if (Double.doubleToRawLongBits(e) != Double.doubleToRawLongBits(a)) {
				throw new AssertionError(what + ": voxel " + i + " is " + a + ", the job's is " + e);
			}
		}
	}

	private static Image masked(Image labels, Image roi) {
		int n = (int) labels.voxelCount();
		int[] v = new int[n];
		for (int i = 0; i < n; i++) {
			v[i] = roi.getDouble(i, 0) != 0 ? (int) labels.getDouble(i, 0) : 0;
		}
		return Image.of(labels.geometry(), v);
	}

	private static boolean differ(Image a, Image b) {
		for (long i = 0; i < a.voxelCount(); i++) {
			if (a.getDouble(i, 0) != b.getDouble(i, 0)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void everyJobsPreviewIsBitIdenticalToWhatTheJobComputed(@TempDir Path dir) throws Exception {
		Path study = TestProjects.study(dir);
		Path run = dir.resolve("run");
		new RunServiceImpl().start(RunRequest.of(study, run), null, null);
		List<Job> jobs = new StudyServiceImpl().expand(new StudyServiceImpl().load(study)).jobs();
		Map<String, JobReplay.Images> replayed = new LinkedHashMap<>();
		JobReplay.replay(run, jobs.stream().map(Job::key).toList(), im -> replayed.put(im.jobKey(), im));
		assertEquals(TestProjects.JOBS, replayed.size());
		List<String> moved = new ArrayList<>();
		for (Job j : jobs) {
			String axis = j.baseline() ? null : j.axis();
			double value = j.baseline() ? 0 : j.value();
			JobPreview.Images p = previews.preview(new PreviewService.Request(study, null, j.caseId(), j.variantId(), axis, value), null);
			JobReplay.Images r = replayed.get(j.key());
			assertEquals(j.key(), p.jobKey());
			assertEquals(j.seed(), p.seed());
			assertEquals(r.perturbed().size(), p.channels().size());
			for (int c = 0; c < p.channels().size(); c++) {
				assertBitIdentical(r.perturbed().get(c), p.channels().get(c), j.key() + " channel " + c);
			}
			assertNotNull(p.roi());
			assertBitIdentical(r.reference(), masked(p.labels(), p.roi()), j.key() + " labels in the ROI");
			if (p.moved()) {
				moved.add(j.key());
				assertEquals("transformReference", r.evaluation());
			}
		}
		// the rotation axis moves the image (rz = 0 too: a spatial perturbation, the identity): 2 cases × 2 variants × 2 values
		assertEquals(8, moved.size(), moved::toString);
	}

	@Test
	void thePreviewDependsOnTheJobNotOnlyOnTheValue(@TempDir Path dir) throws Exception {
		Path study = TestProjects.study(dir);
		JobPreview.Images base = previews.preview(new PreviewService.Request(study, null, "c1", "tight", null, 0), null);
		JobPreview.Images tight = previews.preview(new PreviewService.Request(study, null, "c1", "tight", "noise", 0.5), null);
		JobPreview.Images wide = previews.preview(new PreviewService.Request(study, null, "c1", "wide", "noise", 0.5), null);
		JobPreview.Images rotated = previews.preview(new PreviewService.Request(study, null, "c1", null, "rot", 10), null);
		assertTrue(differ(base.channels().get(0), tight.channels().get(0)), "noise changes the input");
		assertTrue(differ(tight.channels().get(0), wide.channels().get(0)), "each job has its own noise (its seed)");
		assertTrue(rotated.moved());
		assertTrue(differ(base.labels(), rotated.labels()), "the labels move with the rotation");
		assertTrue(differ(base.roi(), rotated.roi()), "the ROI moves with the rotation");
		assertFalse(base.moved());
		// a value outside the sweep is the job a one-at-a-time run would compute
		assertEquals("case=c1|variant=tight|rot.rz=20", previews.preview(new PreviewService.Request(study, null, "c1", null, "rot", 20), null).jobKey());
	}

	@Test
	void unknownCaseVariantOrAxisIsBadInput(@TempDir Path dir) throws Exception {
		Path study = TestProjects.study(dir);
		for (PreviewService.Request r : List.of(new PreviewService.Request(study, null, "c9", null, null, 0),
				new PreviewService.Request(study, null, "c1", "nope", null, 0), new PreviewService.Request(study, null, "c1", null, "tilt", 1))) {
			WorkflowException e = assertThrows(WorkflowException.class, () -> previews.preview(r, null));
			assertTrue(e.badInput(), e.getMessage());
		}
	}
}
