// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.model.AugmentationStep;
import org.segsense.model.AugmentationStudy;
import org.segsense.model.AugmentationVariant;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;
import org.segsense.ui.tests.editor.EditorSession;
import org.segsense.ui.tests.editor.EditorUi;
import org.segsense.ui.training.AugmentationPage;
import org.segsense.ui.training.TrainingIds;

/**
 * The Augmentation page driven through its widgets: a variant's seed, settings and pipeline (built-in preset,
 * a step's probability and range, a step added from the catalogue), the study's seeds; validation decorations;
 * undo and redo of every edit; save, reload and compare with {@link EcoreUtil#equals}; the sample grid.
 */
class AugmentationPageTest {

	@TempDir
	Path dir;

	private EditorSession session;

	@AfterEach
	void close() {
		if (session != null) {
			session.close();
		}
	}

	private static void type(Control page, String id, String text) {
		EditorUi.run(() -> EditorUi.type(EditorUi.find(page, id), text));
	}

	private static String text(Control page, String id) {
		return EditorUi.on(() -> EditorUi.<Text>find(page, id).getText());
	}

	private static void select(Control page, String id, int index) {
		EditorUi.run(() -> {
			org.eclipse.swt.widgets.List l = EditorUi.find(page, id);
			l.select(index);
			EditorUi.send(l, SWT.Selection);
		});
	}

	private static void press(Control page, String id) {
		EditorUi.run(() -> EditorUi.send(EditorUi.find(page, id), SWT.Selection));
	}

	@Test
	void aVariantsPipelineAndSeedAreEditedUndoneRedoneAndSaved() throws Exception {
		Path file = TinyAugmentationProjects.project(dir, 20);
		session = new EditorSession(file);
		Study study = session.editor.study();
		AugmentationStudy aug = study.getAugmentationStudies().get(0);
		AugmentationVariant shifted = aug.getVariants().get(1);
		AugmentationStep shift = shifted.getAugmentation().getSteps().get(0);
		Control page = session.page(TrainingIds.PAGE);
		assertEquals("Tiny augmentation study", text(page, TrainingIds.STUDY_NAME));
		assertEquals("Plain", text(page, TrainingIds.VARIANT_NAME), "the first variant is shown");
		assertEquals("20", text(page, TrainingIds.ITERATIONS));
		assertEquals("8", text(page, TrainingIds.PATCH));
		assertFalse(EditorUi.on(() -> EditorUi.<Control>find(page, TrainingIds.PROBABILITY).isEnabled()), "plain has no step");

		select(page, TrainingIds.VARIANTS, 1);
		assertEquals("Shifted", text(page, TrainingIds.VARIANT_NAME));
		assertEquals("0.5", text(page, TrainingIds.PROBABILITY));
		assertEquals("-0.5", text(page, TrainingIds.RANGE_MIN + "shift"));
		// 1 the seed, 2 the probability (out of range first: decorated), 3 the fix, 4 a range bound
		type(page, TrainingIds.VARIANT_SEED, "11");
		assertEquals(11L, shifted.getSeed());
		type(page, TrainingIds.PROBABILITY, "1.5");
		assertEquals(1.5, shift.getProbability());
		assertTrue(EditorSession.decorated(page, TrainingIds.PROBABILITY), "a probability above 1 is an error");
		type(page, TrainingIds.PROBABILITY, "0.8");
		assertFalse(EditorSession.decorated(page, TrainingIds.PROBABILITY), "fixed: no decoration");
		type(page, TrainingIds.RANGE_MIN + "shift", "-0.3");
		assertEquals(-0.3, shift.getRanges().get(0).getMinimum());
		// 5 the built-in preset, 6 a catalogue step (rotation), 7 the study's seeds, 8 the patch size
		EditorUi.run(() -> EditorUi.choose(EditorUi.find(page, TrainingIds.BUILT_IN), 1));
		assertEquals("intensity", shifted.getAugmentation().getBuiltIn());
		int rotation = EditorUi.on(() -> Arrays.asList(EditorUi.<Combo>find(page, TrainingIds.STEP_TYPE).getItems())).stream()
				.map(s -> s.split(" ")[0]).toList().indexOf("rotation");
		assertTrue(rotation >= 0, "the catalogue offers rotation");
		EditorUi.run(() -> EditorUi.choose(EditorUi.find(page, TrainingIds.STEP_TYPE), rotation));
		press(page, TrainingIds.ADD_STEP);
		assertEquals(2, shifted.getAugmentation().getSteps().size());
		AugmentationStep rot = shifted.getAugmentation().getSteps().get(1);
		assertEquals("rotation", rot.getPerturbationType());
		assertEquals(0.5, rot.getProbability());
		assertEquals(1, rot.getRanges().size());
		assertTrue(rot.getRanges().get(0).getMinimum() < 0 && rot.getRanges().get(0).getMaximum() > 0, "a range around the default 0");
		assertTrue(EditorUi.on(() -> EditorUi.exists(page, TrainingIds.RANGE_MAX + rot.getRanges().get(0).getName())), "its range is shown");
		type(page, TrainingIds.SEEDS, "5 6");
		assertEquals(List.of(5L, 6L), aug.getSeeds());
		type(page, TrainingIds.PATCH, "8,8,16");
		assertEquals(List.of(8, 8, 16), shifted.getTraining().getPatchSize());
		assertTrue(EditorUi.on(session.editor::isDirty));
		EditorUi.on(() -> EditorUi.screenshot(session.container(), "augmentation-editor"));
		Study edited = EcoreUtil.copy(study);

		for (int i = 0; i < 8; i++) {
			session.undo();
		}
		assertEquals(3L, shifted.getSeed(), "all undone: the seed");
		assertEquals(0.5, shift.getProbability());
		assertEquals(-0.5, shift.getRanges().get(0).getMinimum());
		assertEquals("none", shifted.getAugmentation().getBuiltIn());
		assertEquals(1, shifted.getAugmentation().getSteps().size());
		assertTrue(aug.getSeeds().isEmpty());
		assertEquals(List.of(8), shifted.getTraining().getPatchSize());
		assertFalse(EditorUi.on(session.editor::isDirty), "back at the saved state");
		assertEquals("3", text(page, TrainingIds.VARIANT_SEED), "the fields follow");
		assertNull(study.getModelVariants().stream().findAny().orElse(null));
		for (int i = 0; i < 8; i++) {
			session.redo();
		}
		assertTrue(EcoreUtil.equals(edited, study), "all redone: the edited study");
		assertEquals("8,8,16", text(page, TrainingIds.PATCH));
		assertEquals("5 6", text(page, TrainingIds.SEEDS));

		EditorUi.run(() -> session.editor.doSave(null));
		assertFalse(EditorUi.on(session.editor::isDirty));
		Study reloaded = StudyResources.load(file);
		assertTrue(EcoreUtil.equals(study, reloaded), "the file holds what was edited");
		AugmentationVariant v = reloaded.getAugmentationStudies().get(0).getVariants().get(1);
		assertEquals(11L, v.getSeed());
		assertEquals(0.8, v.getAugmentation().getSteps().get(0).getProbability());
		assertEquals("rotation", v.getAugmentation().getSteps().get(1).getPerturbationType());
	}

	@Test
	void theSampleGridShowsRandomSamplesOfTheSelectedVariantsSteps() throws Exception {
		Path file = TinyAugmentationProjects.project(dir, 20);
		session = new EditorSession(file);
		Control page = session.page(TrainingIds.PAGE);
		select(page, TrainingIds.VARIANTS, 1);
		type(page, TrainingIds.RANGE_MIN + "shift", "0.3");
		type(page, TrainingIds.PROBABILITY, "0");
		List<ImageData> never = samples(page);
		assertEquals(8, never.size());
		for (ImageData d : never) {
			assertTrue(Arrays.equals(never.get(0).data, d.data), "probability 0: every sample is the case itself");
		}
		assertEquals("unchanged", caption(page, 0));
		type(page, TrainingIds.PROBABILITY, "1");
		List<ImageData> always = samples(page);
		assertEquals(8, always.size());
		for (int k = 0; k < 8; k++) {
			assertFalse(Arrays.equals(never.get(0).data, always.get(k).data), "probability 1: sample " + k + " is shifted");
			assertEquals("intensity-shift", caption(page, k));
		}
		assertFalse(Arrays.equals(always.get(0).data, always.get(1).data), "each sample draws its own shift");
		assertTrue(EditorUi.on(() -> EditorUi.<Label>find(page, TrainingIds.SAMPLES_STATUS).getText()).startsWith("c1, seed 3"));
		EditorUi.on(() -> EditorUi.screenshot(session.container(), "augmentation-samples"));
	}

	private static List<ImageData> samples(Control page) throws InterruptedException {
		press(page, TrainingIds.SHOW_SAMPLES);
		Job.getJobManager().join(AugmentationPage.TRAINING_FAMILY, null);
		EditorUi.run(() -> { });
		AugmentationPage p = EditorUi.on(() -> (AugmentationPage) ((org.eclipse.ui.forms.editor.FormEditor) EditorUi.on(
				() -> org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor())).findPage(TrainingIds.PAGE));
		return EditorUi.on(p::sampleImages);
	}

	private static String caption(Control page, int k) {
		return EditorUi.on(() -> {
			Label pic = EditorUi.find(page, TrainingIds.SAMPLE + k);
			return ((Label) pic.getParent().getChildren()[1]).getText();
		});
	}

	@Test
	void variantsAreAddedAndRemovedAndAStudyWithoutAugmentationGetsOne() throws Exception {
		Path file = dir.resolve("empty.segsense");
		StudyResources.save(StudyResources.newStudy("empty"), file);
		session = new EditorSession(file);
		Study study = session.editor.study();
		Control page = session.page(TrainingIds.PAGE);
		assertFalse(EditorUi.on(() -> EditorUi.<Control>find(page, TrainingIds.TRAIN).isEnabled()), "nothing to train");
		press(page, TrainingIds.ADD_STUDY);
		assertEquals(1, study.getAugmentationStudies().size());
		AugmentationStudy aug = study.getAugmentationStudies().get(0);
		assertEquals(1, aug.getVariants().size());
		assertEquals("unet", aug.getVariants().get(0).getArchitecture());
		press(page, TrainingIds.ADD_VARIANT);
		assertEquals(List.of("none", "none-2"), aug.getVariants().stream().map(AugmentationVariant::getId).toList());
		EditorUi.run(() -> EditorUi.choose(EditorUi.find(page, TrainingIds.ARCHITECTURE), 1));
		assertEquals("deepmedic", aug.getVariants().get(1).getArchitecture(), "the new variant is selected and edited");
		EditorUi.run(() -> EditorUi.choose(EditorUi.find(page, TrainingIds.ARCHITECTURE), 2));
		assertEquals("tractseg", aug.getVariants().get(1).getArchitecture(), "the TractSeg-like architecture can be chosen");
		EditorUi.on(() -> EditorUi.screenshot(session.container(), "augmentation-tractseg"));
		session.undo();
		assertTrue(EditorUi.on(() -> EditorUi.<Control>find(page, TrainingIds.TRAIN).isEnabled()));
		press(page, TrainingIds.REMOVE_VARIANT);
		assertEquals(1, aug.getVariants().size());
		session.undo();
		assertEquals(2, aug.getVariants().size(), "undo brings the variant back");
		session.undo();
		session.undo();
		session.undo();
		assertTrue(study.getAugmentationStudies().isEmpty(), "undo removes the added study in one step");
	}
}
