// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;
import org.segsense.ui.editor.Ids;
import org.segsense.ui.editor.StudyEditor;
import org.segsense.ui.tests.viewer.Ui;

/**
 * The study editor's validation problems as Problems-view markers on a study file of a workspace project that
 * the test creates: an error made in the editor appears as a marker with the object path and severity, and
 * disappears when fixed; closing without saving brings the markers back to the saved file's; going to a marker
 * opens the editor on the page and axis of the marker's object.
 */
class ProblemMarkersTest {

	private static final String TYPE = "org.segsense.ui.problem";
	private static final String STEPS = "/study[id=markers]/axes[id=test-gain]/sweep/steps";

	private IProject project;
	private IFile file;
	private StudyEditor editor;

	@BeforeEach
	void createProject() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("markers-test");
		project.create(null);
		project.open(null);
		file = project.getFile("markers.segsense");
		Study s = StudyResources.newStudy("markers");
		StudyResources.save(s, file.getLocation().toFile().toPath());
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
	}

	@AfterEach
	void deleteProject() throws Exception {
		if (editor != null) {
			EditorUi.run(() -> editor.getSite().getPage().closeEditor(editor, false));
		}
		project.delete(true, true, null);
	}

	private StudyEditor open() {
		return EditorUi.on(() -> {
			try {
				IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
				return (StudyEditor) IDE.openEditor(page, file, StudyEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	private List<IMarker> markers() {
		try {
			return Arrays.asList(file.findMarkers(TYPE, false, IResource.DEPTH_ZERO));
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private IMarker marker(String path) {
		return markers().stream().filter(m -> path.equals(m.getAttribute(IMarker.LOCATION, ""))).findFirst().orElse(null);
	}

	private Control page(String id) {
		return EditorUi.on(() -> {
			editor.setActivePage(id);
			return editor.getActivePageInstance().getPartControl();
		});
	}

	/** Adds an axis of the test fragment's perturbation (1 to 10 in 5 steps) and makes its sweep invalid (1 step). */
	private void makeAnError() {
		Control perturbations = page(Ids.PERTURBATIONS_PAGE);
		EditorUi.run(() -> {
			Combo types = EditorUi.find(perturbations, Ids.ADD_TYPE);
			EditorUi.choose(types, Arrays.asList(types.getItems()).indexOf("Test gain (test-gain)"));
			EditorUi.send(EditorUi.find(perturbations, Ids.ADD), org.eclipse.swt.SWT.Selection);
			EditorUi.type(EditorUi.find(perturbations, Ids.SWEEP_STEPS), "1");
		});
	}

	@Test
	void aValidationErrorIsAMarkerWithTheObjectPathUntilFixed() throws Exception {
		editor = open();
		// the starter study has no cases: the editor's problems are markers from the start
		Ui.waitUntil(() -> !markers().isEmpty(), "the markers of the starter study");
		int starter = markers().size();
		assertTrue(markers().stream().anyMatch(m -> m.getAttribute(IMarker.LOCATION, "").endsWith("/cases")), "no cases: " + describe());

		makeAnError();
		Ui.waitUntil(() -> marker(STEPS) != null, "the marker of the one-step sweep");
		IMarker m = marker(STEPS);
		assertEquals(IMarker.SEVERITY_ERROR, m.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(STEPS, m.getAttribute("objectPath", ""));
		assertTrue(m.getAttribute(IMarker.MESSAGE, "").contains("only 1 step"), m.getAttribute(IMarker.MESSAGE, ""));
		assertTrue(m.isSubtypeOf(IMarker.PROBLEM), "a problem marker: the Problems view shows it");
		assertTrue(EditorUi.on(editor::isDirty), "markers follow the editor, saved or not");

		// going to the marker (the Problems view's double-click) shows the axis on the Perturbations page
		page(Ids.OVERVIEW_PAGE);
		EditorUi.run(() -> {
			try {
				IEditorPart opened = IDE.openEditor(editor.getSite().getPage(), m);
				assertEquals(editor, opened, "the open editor is reused");
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		assertEquals(Ids.PERTURBATIONS_PAGE, EditorUi.on(() -> editor.getActivePageInstance().getId()));
		Control perturbations = EditorUi.on(() -> editor.getActivePageInstance().getPartControl());
		assertEquals(0, (int) EditorUi.on(() -> EditorUi.<Table>find(perturbations, Ids.AXES).getSelectionIndex()), "the axis is selected");

		EditorUi.run(() -> EditorUi.type(EditorUi.find(perturbations, Ids.SWEEP_STEPS), "4"));
		Ui.waitUntil(() -> marker(STEPS) == null, "the marker to go once fixed");
		assertEquals(starter, markers().size(), "only the starter study's problems remain: " + describe());
	}

	@Test
	void closingWithoutSavingBringsBackTheSavedFilesMarkers() throws Exception {
		editor = open();
		Ui.waitUntil(() -> !markers().isEmpty(), "the markers of the starter study");
		List<String> saved = locations();
		makeAnError();
		Ui.waitUntil(() -> marker(STEPS) != null, "the marker of the one-step sweep");
		EditorUi.run(() -> editor.getSite().getPage().closeEditor(editor, false));
		editor = null;
		Ui.waitUntil(() -> marker(STEPS) == null, "the marker of the unsaved edit to go");
		assertEquals(saved, locations(), "the saved file's problems");

		// saved with the error: the marker stays after closing
		editor = open();
		makeAnError();
		EditorUi.run(() -> editor.doSave(null));
		EditorUi.run(() -> editor.getSite().getPage().closeEditor(editor, false));
		editor = null;
		Ui.waitUntil(() -> marker(STEPS) != null, "the marker of the saved error");
		Thread.sleep(1000);
		assertTrue(marker(STEPS) != null, "still there: " + describe());
	}

	private List<String> locations() {
		return markers().stream().map(m -> m.getAttribute(IMarker.LOCATION, "")).sorted().toList();
	}

	private String describe() {
		return markers().stream().map(m -> m.getAttribute(IMarker.LOCATION, "") + " " + m.getAttribute(IMarker.MESSAGE, "")).toList().toString();
	}
}
