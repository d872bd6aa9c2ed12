// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.model.ModelVariant;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;
import org.segsense.ui.tests.editor.EditorSession;
import org.segsense.ui.tests.editor.EditorUi;
import org.segsense.ui.training.AugmentationPage;
import org.segsense.ui.training.TrainingIds;
import org.segsense.workflows.augment.TrainingRecord;

/**
 * Training from the Augmentation page as background jobs (TensorFlow, CPU, one thread, a 2-filter U-Net on 8³
 * patches): two variants train with a live loss chart, the study file is left alone, both networks are added to
 * a chosen study in one step, Train again resumes (reuses both); cancelling stops the training and leaves no
 * half-written model folder and no temporary study copy.
 */
class TrainingJobTest {

	@TempDir
	Path dir;

	private EditorSession session;

	@AfterEach
	void close() throws Exception {
		Job.getJobManager().cancel(AugmentationPage.TRAINING_FAMILY);
		Job.getJobManager().join(AugmentationPage.TRAINING_FAMILY, null);
		if (session != null) {
			session.close();
		}
	}

	private static void press(Control page, String id) {
		EditorUi.run(() -> EditorUi.send(EditorUi.find(page, id), SWT.Selection));
	}

	private static String status(Control page) {
		return EditorUi.on(() -> EditorUi.<Label>find(page, TrainingIds.STATUS).getText());
	}

	private AugmentationPage augmentationPage() {
		return EditorUi.on(() -> (AugmentationPage) session.editor.findPage(TrainingIds.PAGE));
	}

	/** Waits for the training jobs and lets the UI thread run what they posted. */
	private static void awaitTraining() throws InterruptedException {
		Job.getJobManager().join(AugmentationPage.TRAINING_FAMILY, null);
		for (int i = 0; i < 5; i++) {
			EditorUi.run(() -> { });
			Thread.sleep(50);
		}
	}

	@Test
	void twoVariantsTrainAsJobsAndAreAddedToTheChosenStudy() throws Exception {
		Path file = TinyAugmentationProjects.project(dir, 20);
		String studyText = Files.readString(file);
		session = new EditorSession(file);
		Control page = session.page(TrainingIds.PAGE);
		long t0 = System.nanoTime();
		press(page, TrainingIds.TRAIN);
		assertFalse(EditorUi.on(() -> EditorUi.<Control>find(page, TrainingIds.TRAIN).isEnabled()), "one training at a time");
		assertTrue(EditorUi.on(() -> EditorUi.<Control>find(page, TrainingIds.CANCEL).isEnabled()));
		awaitTraining();
		System.out.printf("workbench training: 2 variants x 20 iterations in %.1f s%n", (System.nanoTime() - t0) / 1e9);
		assertTrue(status(page).startsWith("2 network(s) trained, 0 reused"), status(page));
		Map<String, Integer> points = EditorUi.on(() -> augmentationPage().lossPoints());
		assertEquals(Map.of("plain s3", 20, "shifted s3", 20), points, "the chart got every step of both networks");
		for (String v : List.of("plain", "shifted")) {
			Path model = dir.resolve("models/aug/" + v + "/seed-3");
			assertTrue(Files.isRegularFile(model.resolve("saved_model.pb")), model.toString());
			assertNotNull(TrainingRecord.read(model), "complete record in " + model);
		}
		assertEquals(studyText, Files.readString(file), "training leaves the study file alone");
		assertNoTemporaryCopies();
		EditorUi.on(() -> EditorUi.screenshot(session.container(), "training-loss"));

		// the other study file of the project, chosen in the combo: changed and saved in one step
		EditorUi.run(() -> EditorUi.choose(EditorUi.find(page, TrainingIds.TARGET), 1));
		press(page, TrainingIds.ADD_TO_STUDY);
		Study sens = StudyResources.load(dir.resolve("sensitivity.segsense"));
		assertEquals(List.of("aug-plain-s3", "aug-shifted-s3"), sens.getModelVariants().stream().map(ModelVariant::getId).toList());
		ModelVariant shifted = sens.getModelVariants().get(1);
		assertEquals("models/aug/shifted/seed-3", shifted.getSavedModel().getPath());
		assertEquals(3L, shifted.getTrainingSeed());
		assertEquals("intensity-shift", shifted.getTrainingAugmentation().getSteps().get(0).getPerturbationType());
		assertFalse(shifted.getLabels().isEmpty(), "the network's labels");

		// this study: one undoable command, with the trained-by link to its own variant
		Study study = session.editor.study();
		EditorUi.run(() -> EditorUi.choose(EditorUi.find(page, TrainingIds.TARGET), 0));
		press(page, TrainingIds.ADD_TO_STUDY);
		assertEquals(2, study.getModelVariants().size());
		assertEquals(study.getAugmentationStudies().get(0).getVariants().get(1), study.getModelVariants().get(1).getTrainedBy());
		assertTrue(EditorUi.on(session.editor::isDirty));
		session.undo();
		assertTrue(study.getModelVariants().isEmpty(), "one undo removes both");
		session.redo();
		EditorUi.run(() -> session.editor.doSave(null));
		assertEquals(2, StudyResources.load(file).getModelVariants().size());

		// Train again: both networks are complete with the same settings, so nothing is trained (resume)
		press(page, TrainingIds.TRAIN);
		awaitTraining();
		assertTrue(status(page).startsWith("0 network(s) trained, 2 reused"), status(page));
	}

	@Test
	void cancellingLeavesNoHalfWrittenModelFolder() throws Exception {
		Path file = TinyAugmentationProjects.project(dir, 100_000);
		String studyText = Files.readString(file);
		session = new EditorSession(file);
		Control page = session.page(TrainingIds.PAGE);
		press(page, TrainingIds.TRAIN);
		long end = System.nanoTime() + 120_000_000_000L;
		while (EditorUi.on(() -> augmentationPage().lossPoints()).getOrDefault("plain s3", 0) < 3) {
			assertTrue(System.nanoTime() < end, "training started within 2 minutes");
			Thread.sleep(50);
		}
		press(page, TrainingIds.CANCEL);
		long t0 = System.nanoTime();
		awaitTraining();
		System.out.printf("cancel took %.2f s%n", (System.nanoTime() - t0) / 1e9);
		assertTrue(status(page).startsWith("Cancelled"), status(page));
		int points = EditorUi.on(() -> augmentationPage().lossPoints()).get("plain s3");
		assertTrue(points < 100_000, "stopped midway: " + points);
		assertFalse(EditorUi.on(() -> augmentationPage().lossPoints()).containsKey("shifted s3"), "the second network never started");
		Path models = dir.resolve("models/aug");
		try (Stream<Path> s = Files.exists(models) ? Files.walk(models) : Stream.empty()) {
			List<Path> left = s.filter(p -> p.getFileName().toString().startsWith("seed-")).toList();
			assertEquals(List.of(), left, "no model folder, complete or half-written");
		}
		assertEquals(studyText, Files.readString(file));
		assertNoTemporaryCopies();
		assertTrue(EditorUi.on(() -> EditorUi.<Control>find(page, TrainingIds.TRAIN).isEnabled()), "Train is offered again (resume)");
		assertFalse(EditorUi.on(() -> EditorUi.<Control>find(page, TrainingIds.ADD_TO_STUDY).isEnabled()), "nothing trained to add");
	}

	private void assertNoTemporaryCopies() throws Exception {
		try (Stream<Path> s = Files.list(dir)) {
			assertEquals(List.of(), s.filter(p -> p.getFileName().toString().startsWith(".")).toList(), "the hidden study copy is gone");
		}
	}
}
