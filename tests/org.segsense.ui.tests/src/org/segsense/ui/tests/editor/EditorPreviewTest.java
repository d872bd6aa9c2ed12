// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.model.io.StudyResources;
import org.segsense.testing.TestData;
import org.segsense.testing.studies.SyntheticProjects;
import org.segsense.ui.editor.Ids;
import org.segsense.ui.editor.OpenStudyHandler;
import org.segsense.ui.editor.StudyEditor;
import org.segsense.ui.preview.PerturbationPreview;
import org.segsense.ui.tests.preview.PreviewStudies;
import org.segsense.ui.tests.viewer.Ui;
import org.segsense.workflows.preview.PreviewService;
import org.segsense.workflows.preview.PreviewServiceImpl;

/**
 * The live preview of the study editor's Perturbations page, driven through its widgets on the synthetic preview
 * study ({@link PreviewStudies}: cases c1, c2; axes rot, scale). The expected images come from calling the preview
 * service directly on a study file; edits made in the editor (not saved) must show in the preview.
 */
class EditorPreviewTest {

	@TempDir
	Path dir;

	private final PreviewService service = new PreviewServiceImpl();
	private StudyEditor editor;

	@AfterEach
	void close() {
		if (editor != null) {
			EditorUi.run(() -> editor.getSite().getPage().closeEditor(editor, false));
		}
	}

	private StudyEditor open(Path file) {
		return EditorUi.on(() -> {
			try {
				IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
				page.getWorkbenchWindow().getShell().setBounds(0, 0, 1400, 900);
				StudyEditor e = (StudyEditor) OpenStudyHandler.open(page, file);
				page.setPartState(page.getReference(e), IWorkbenchPage.STATE_MAXIMIZED);
				return e;
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	private Control perturbationsPage() {
		return EditorUi.on(() -> {
			editor.setActivePage(Ids.PERTURBATIONS_PAGE);
			return editor.getActivePageInstance().getPartControl();
		});
	}

	private static PerturbationPreview preview(Control page) {
		return EditorUi.on(() -> EditorUi.find(page, Ids.PREVIEW));
	}

	private static void awaitShown(PerturbationPreview p, String caseId, double value) {
		Ui.waitUntil(() -> !p.isBusy() && Double.valueOf(value).equals(p.shownValue()) && caseId.equals(p.caseId())
				&& !p.perturbedViewer().isBusy() && !p.originalViewer().isBusy() && !p.differenceViewer().isBusy(),
				"the preview of " + caseId + " at " + value);
	}

	/** Moves the preview's slider as the user does: selection, then the Selection event. */
	private static void moveSlider(Control page, int index) {
		EditorUi.run(() -> {
			Scale s = findIn(page, "preview.slider");
			s.setSelection(index);
			EditorUi.send(s, SWT.Selection);
		});
	}

	/** A preview control by its {@code segsense.id} (the preview's ids, found like the editor's). */
	private static <T extends Control> T findIn(Control page, String id) {
		return EditorUi.find(page, id);
	}

	private static float[] shownVoxels(PerturbationPreview p) {
		return Ui.on(() -> p.perturbedViewer().volume().channel(0).clone());
	}

	private static float[] floats(Image image) {
		float[] f = new float[(int) image.voxelCount()];
		for (int i = 0; i < f.length; i++) {
			f[i] = (float) image.getDouble(i, 0);
		}
		return f;
	}

	private float[] expected(Path file, String caseId, String axis, double value) {
		return floats(service.preview(new PreviewService.Request(file, null, caseId, null, axis, value), null).channels().get(0));
	}

	@Test
	void theSliderShowsTheServicesOutputAndThePreviewFollowsEditsOfTheAxis() throws Exception {
		Path file = PreviewStudies.study(dir);
		editor = open(file);
		Control page = perturbationsPage();
		PerturbationPreview p = preview(page);
		awaitShown(p, "c1", 0);
		assertEquals("rot", EditorUi.on(p::axisId), "the preview shows the page's selected axis");
		assertEquals(List.of(0.0, 10.0, 20.0), EditorUi.on(p::values));
		assertEquals(List.of("c1", "c2"), EditorUi.on(() -> List.of(EditorUi.<Combo>find(page, "preview.case").getItems())),
				"the case chooser lists the study's cases");
		float[] atZero = shownVoxels(p);

		moveSlider(page, 2);
		awaitShown(p, "c1", 20);
		float[] at20 = shownVoxels(p);
		assertArrayEquals(expected(file, "c1", "rot", 20), at20, "the perturbed viewer shows the service's output for rz = 20");
		assertFalse(java.util.Arrays.equals(atZero, at20), "moving the slider changed the shown image");

		// the other case, chosen in the preview's case chooser
		EditorUi.run(() -> EditorUi.choose(EditorUi.find(page, "preview.case"), 1));
		awaitShown(p, "c2", 20);
		assertArrayEquals(expected(file, "c2", "rot", 20), shownVoxels(p), "case c2 at rz = 20");

		// editing the sweep (not saved) updates the slider's values; the value shown stays where it still exists
		EditorUi.run(() -> EditorUi.type(EditorUi.find(page, Ids.SWEEP_LIST), "0, 20, 30, 45"));
		assertTrue(EditorUi.on(editor::isDirty));
		Ui.waitUntil(() -> p.values().equals(List.of(0.0, 20.0, 30.0, 45.0)), "the edited sweep in the preview");
		assertEquals(3, EditorUi.on(() -> EditorUi.<Scale>find(page, "preview.slider").getMaximum()), "four values: slider 0..3");
		assertEquals(1, EditorUi.on(() -> EditorUi.<Scale>find(page, "preview.slider").getSelection()), "still at rz = 20");
		assertTrue(EditorUi.on(() -> EditorUi.<Label>find(page, "preview.values").getText()).contains("0  \u00b7  20  \u00b7  30  \u00b7  45"));
		moveSlider(page, 3);
		awaitShown(p, "c2", 45);

		// editing a fixed parameter (not saved) changes the preview: it computes from the study as edited
		float[] before = shownVoxels(p);
		EditorUi.run(() -> EditorUi.type(EditorUi.find(page, Ids.PARAMETER + "rx"), "30"));
		Ui.waitUntil(() -> !java.util.Arrays.equals(before, p.perturbedViewer().volume() == null ? before : p.perturbedViewer().volume().channel(0))
				&& !p.isBusy(), "the preview of the edited parameter");
		awaitShown(p, "c2", 45);
		Path edited = dir.resolve("edited.segsense"); // the editor's state as a file next to the study: same relative paths
		StudyResources.save(EcoreUtil.copy(EditorUi.on(editor::study)), edited);
		assertArrayEquals(expected(edited, "c2", "rot", 45), shownVoxels(p), "the preview equals the service's output for the edited study");
		assertFalse(java.util.Arrays.equals(expected(file, "c2", "rot", 45), shownVoxels(p)), "the saved file (rx = 0) differs");
		assertTrue(Files.readString(file).contains("values=\"0 10 20\""), "nothing was saved");
		assertNull(EditorUi.on(p::errorText));
	}

	@Test
	void anInvalidEditShowsTheProblemAndTheFixBringsThePreviewBack() throws Exception {
		Path file = PreviewStudies.study(dir);
		editor = open(file);
		Control page = perturbationsPage();
		PerturbationPreview p = preview(page);
		awaitShown(p, "c1", 0);
		EditorUi.run(() -> EditorUi.type(EditorUi.find(page, Ids.PARAMETER + "rx"), "500"));
		Ui.waitUntil(() -> p.errorText() != null && !p.isBusy(), "the preview's error");
		String error = EditorUi.on(p::errorText);
		assertTrue(error.contains("not a valid study") && error.contains(file.getFileName().toString()), error);
		EditorUi.run(() -> EditorUi.type(EditorUi.find(page, Ids.PARAMETER + "rx"), "5"));
		Ui.waitUntil(() -> p.errorText() == null && !p.isBusy(), "the error to go");
		awaitShown(p, "c1", 0);
	}

	/** The screenshot of the README: a real brain (ch2 of MRIcron) with the AAL atlas as its label map, rotated. */
	@Test
	void screenshotOfARealCaseRotated() throws Exception {
		Files.createDirectories(dir.resolve("images"));
		Files.copy(TestData.file("mricron/ch2.nii.gz"), dir.resolve("images/ch2.nii.gz"));
		Files.copy(TestData.file("mricron/aal.nii.gz"), dir.resolve("images/ch2_aal.nii.gz"));
		SyntheticProjects.boxModel(dir.resolve("models/unet"), 150f);
		Path file = dir.resolve("brain.segsense");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="brain" seed="7"
				    description="How robust is the parcellation to head rotation and intensity scaling?">
				  <cases id="ch2">
				    <channels name="t1" path="images/ch2.nii.gz"/>
				    <labelImage path="images/ch2_aal.nii.gz"/>
				  </cases>
				  <modelVariants id="unet"><savedModel path="models/unet"/></modelVariants>
				  <axes id="rotation" name="Head rotation" perturbationType="rotation" sweptParameter="rz" unit="degrees">
				    <sweep xsi:type="segsense:RangeSweep" start="0" stop="20" steps="5"/>
				  </axes>
				  <axes id="scale" name="Intensity scale" perturbationType="intensity-scale" sweptParameter="factor">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0.5 1 1.5 2"/>
				  </axes>
				  <design xsi:type="segsense:OneAtATimeDesign"/>
				  <reference xsi:type="segsense:GroundTruthReference"/>
				  <metrics id="dice" metricType="dice"/>
				  <execution threads="2" device="cpu"/>
				</segsense:Study>
				""", java.nio.charset.StandardCharsets.UTF_8);
		editor = open(file);
		Control page = perturbationsPage();
		PerturbationPreview p = preview(page);
		Ui.waitUntil(() -> p.errorText() != null || Double.valueOf(0).equals(p.shownValue()), "the first preview of ch2");
		assertNull(EditorUi.on(p::errorText));
		awaitShown(p, "ch2", 0);
		moveSlider(page, 3);
		awaitShown(p, "ch2", 15);
		assertArrayEquals(expected(file, "ch2", "rotation", 15), shownVoxels(p), "ch2 at rz = 15");
		// every viewer's bar fits the page at 1400 × 900: its last button is not cut off
		List<org.eclipse.swt.graphics.Rectangle> resets = EditorUi.on(() -> {
			List<org.eclipse.swt.graphics.Rectangle> r = new java.util.ArrayList<>();
			collect(p, "viewer.reset", c -> r.add(c.getDisplay().map(c.getParent(), page, c.getBounds())));
			return r;
		});
		int width = EditorUi.on(() -> page.getSize().x);
		assertEquals(3, resets.size());
		for (org.eclipse.swt.graphics.Rectangle r : resets) {
			assertTrue(r.x + r.width <= width, "Reset view at " + r + " lies inside the page (width " + width + ")");
		}
		EditorUi.on(() -> EditorUi.screenshot(editor.getActivePageInstance().getPartControl().getParent(), "editor-perturbations-preview"));
	}

	private static void collect(Control c, String id, java.util.function.Consumer<Control> into) {
		if (id.equals(c.getData(Ids.KEY))) {
			into.accept(c);
		}
		if (c instanceof org.eclipse.swt.widgets.Composite comp) {
			for (Control child : comp.getChildren()) {
				collect(child, id, into);
			}
		}
	}

	@Test
	void aStudyWithoutCasesShowsAHint() throws Exception {
		Path file = dir.resolve("no-cases.segsense");
		StudyResources.save(StudyResources.newStudy("no-cases"), file);
		editor = open(file);
		Control page = perturbationsPage();
		Label hint = EditorUi.on(() -> EditorUi.find(page, "preview.hint"));
		assertTrue(EditorUi.on(() -> hint.isVisible() && hint.getText().contains("no cases")), EditorUi.on(hint::getText));
		PerturbationPreview p = preview(page);
		assertFalse(EditorUi.on(() -> p.originalViewer().isVisible()), "no empty viewers");
		assertFalse(EditorUi.on(() -> EditorUi.find(page, "preview.case").isVisible()), "no empty case chooser");
		EditorUi.on(() -> EditorUi.screenshot(editor.getActivePageInstance().getPartControl().getParent(), "editor-perturbations-no-cases"));
	}
}
