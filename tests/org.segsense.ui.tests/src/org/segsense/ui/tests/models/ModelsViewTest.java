// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.inference.EngineDescriptor;
import org.segsense.inference.InferenceEngines;
import org.segsense.inference.ModelDescriptor;
import org.segsense.inference.spi.Device;
import org.segsense.ui.SegSensePerspective;
import org.segsense.ui.models.ModelsView;
import org.segsense.ui.models.SignatureRow;
import org.segsense.ui.tests.editor.EditorUi;
import org.segsense.ui.tests.editor.TinySavedModels;
import org.segsense.ui.tests.training.TinyAugmentationProjects;
import org.segsense.ui.tests.viewer.Ui;
import org.segsense.workflows.augment.AugmentRequest;
import org.segsense.workflows.augment.AugmentationStudyServiceImpl;
import org.segsense.workflows.model.ModelInspectionService;
import org.segsense.workflows.model.ModelInspectionServiceImpl;

/**
 * The Models view on a project with two hand-written SavedModels (one safe, one with a {@code ReadFile} node), a model
 * under {@code runs/} (not listed, as in the Project Explorer) and two networks trained by the project's augmentation
 * study (TensorFlow, CPU, 3 iterations): the list, the signatures against {@link ModelInspectionService}, the verdicts,
 * the training metadata against the files beside the model, the devices against the engines, the list following the
 * workspace, and the reveal in the Project Explorer.
 */
class ModelsViewTest {

	@TempDir
	Path dir;

	@AfterEach
	void deleteProjects() throws Exception {
		Ui.run(() -> {
			IViewPart v = page().findView(ModelsView.ID);
			if (v != null) {
				page().hideView(v);
			}
		});
		for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			p.delete(true, true, new NullProgressMonitor());
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static IProject project(String name, Path location) throws Exception {
		IWorkspace ws = ResourcesPlugin.getWorkspace();
		IProject p = ws.getRoot().getProject(name);
		IProjectDescription d = ws.newProjectDescription(name);
		d.setLocation(new org.eclipse.core.runtime.Path(location.toAbsolutePath().toString()));
		p.create(d, null);
		p.open(null);
		return p;
	}

	private static ModelsView open() {
		return Ui.on(() -> {
			try {
				page().resetPerspective();
				return (ModelsView) page().showView(ModelsView.ID);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	/** @return where the view's controls are found (their ids are unique: one Models view) */
	private static Control root(ModelsView v) {
		return Ui.on(() -> v.getSite().getShell());
	}

	/** @return the rows of a table of the view, each the texts of its columns */
	private static List<List<String>> rows(Control root, String id) {
		return Ui.on(() -> {
			Table t = EditorUi.find(root, id);
			List<List<String>> rows = new ArrayList<>();
			for (TableItem item : t.getItems()) {
				List<String> row = new ArrayList<>();
				for (int c = 0; c < t.getColumnCount(); c++) {
					row.add(item.getText(c));
				}
				rows.add(row);
			}
			return rows;
		});
	}

	private static List<String> listed(Control root) {
		return rows(root, ModelsView.LIST).stream().map(r -> r.get(1) + "/" + r.get(0)).toList();
	}

	/** Selects the model whose folder is {@code relative} as a click does, and waits for its details. */
	private static void select(Control root, String relative) {
		Ui.run(() -> {
			Table t = EditorUi.find(root, ModelsView.LIST);
			for (int i = 0; i < t.getItemCount(); i++) {
				if (t.getItem(i).getText(0).equals(relative)) {
					t.setSelection(i);
					EditorUi.send(t, SWT.Selection);
					return;
				}
			}
			throw new AssertionError("no model " + relative + " listed");
		});
		Ui.waitUntil(() -> EditorUi.<org.eclipse.swt.widgets.Label>find(root, ModelsView.HEADER).getText().contains("/" + relative + "  \u2014 "),
				"the details of " + relative);
	}

	private static Map<String, String> training(Control root) {
		Map<String, String> m = new LinkedHashMap<>();
		rows(root, ModelsView.TRAINING).forEach(r -> m.put(r.get(0), r.get(1)));
		return m;
	}

	private static List<List<String>> expectedSignatures(Path model) {
		ModelInspectionService.Inspection i = new ModelInspectionServiceImpl().inspect(model, null);
		return SignatureRow.of(i.signatures()).stream().map(r -> List.of(r.signature(), r.direction(), r.name(), r.tensor(), r.dtype(), r.shape()))
				.toList();
	}

	@Test
	void listsTheModelsWithSignaturesVerdictTrainingAndDevices() throws Exception {
		TinySavedModels.write(dir.resolve("models/tiny"), false);
		TinySavedModels.write(dir.resolve("models/unsafe"), true);
		TinySavedModels.write(dir.resolve("runs/r1/models/copy"), false);
		Path study = TinyAugmentationProjects.project(dir, 3);
		new AugmentationStudyServiceImpl().run(new AugmentRequest(study, "aug", null, false, 1, "cpu"), null, null);
		project("models-view", dir);

		ModelsView view = open();
		Control root = root(view);
		List<String> expected = List.of("models-view/models/aug/plain/seed-3", "models-view/models/aug/shifted/seed-3", "models-view/models/tiny",
				"models-view/models/unsafe");
		Ui.waitUntil(() -> listed(root).equals(expected), "the four models listed (runs/ skipped): " + expected);

		// a hand-written model: signature rows equal the inspection service's, shapes and all; safe; not trained by SegSense
		select(root, "models/tiny");
		List<List<String>> sig = rows(root, ModelsView.SIGNATURES);
		assertEquals(expectedSignatures(dir.resolve("models/tiny")), sig);
		assertEquals(List.of("serving_default", "in", "image", "image:0", "DT_FLOAT", "[-1, -1, -1, -1, 1]"), sig.get(0));
		assertEquals(List.of("serving_default", "out", "probabilities", "probabilities:0", "DT_FLOAT", "[-1, -1, -1, -1, 1]"), sig.get(1));
		String safety = Ui.on(() -> EditorUi.<Text>find(root, ModelsView.SAFETY).getText());
		assertEquals(new ModelInspectionServiceImpl().inspect(dir.resolve("models/tiny"), null).verdict(), safety);
		assertEquals(List.of("Not trained by SegSense"), new ArrayList<>(training(root).keySet()));

		select(root, "models/unsafe");
		String unsafe = Ui.on(() -> EditorUi.<Text>find(root, ModelsView.SAFETY).getText());
		assertTrue(unsafe.contains("ReadFile"), unsafe);
		assertFalse(unsafe.equals(safety), "the unsafe model's verdict differs: " + unsafe);

		// a trained network: its metadata and the augmentation study's record
		Path plain = dir.resolve("models/aug/shifted/seed-3");
		select(root, "models/aug/shifted/seed-3");
		assertEquals(expectedSignatures(plain), rows(root, ModelsView.SIGNATURES));
		Properties meta = new Properties();
		try (var in = Files.newBufferedReader(plain.resolve(ModelDescriptor.METADATA_FILE))) {
			meta.load(in);
		}
		Map<String, String> t = training(root);
		assertEquals(meta.getProperty("architecture"), t.get("Architecture"));
		assertEquals(meta.getProperty("augmentation"), t.get("Augmentation"));
		assertTrue(t.get("Augmentation").contains("intensity-shift"), t.get("Augmentation"));
		assertEquals("3", t.get("Seed"));
		assertEquals("3", t.get("Iterations"));
		assertEquals(meta.getProperty("patchSize"), t.get("Patch size (x,y,z)"));
		assertEquals("aug", t.get("Augmentation study"));
		assertEquals("shifted", t.get("Augmentation variant"));
		assertEquals("3", t.get("Training seed"));
		assertEquals("c1, c2", t.get("Training cases"));

		// devices: every installed engine's devices, the engine that recognises the model marked
		List<List<String>> devices = new ArrayList<>();
		Ui.waitUntil(() -> {
			devices.clear();
			devices.addAll(rows(root, ModelsView.DEVICES));
			return !devices.isEmpty() && !devices.get(0).get(0).startsWith("listing");
		}, "the devices listed");
		List<List<String>> expectedDevices = new ArrayList<>();
		ModelInspectionService.Inspection inspection = new ModelInspectionServiceImpl().inspect(plain, null);
		for (EngineDescriptor e : InferenceEngines.installed().all()) {
			for (Device d : e.engine().devices()) {
				expectedDevices.add(List.of(e.name(), d.name(), d.type(), e.name().equals(inspection.engine()) ? "yes" : ""));
			}
		}
		assertEquals(expectedDevices, devices.stream().map(r -> List.of(r.get(0), r.get(1), r.get(2), r.get(4))).toList());
		assertTrue(devices.stream().anyMatch(r -> r.get(4).equals("yes") && r.get(2).equals("CPU")), "TensorFlow's CPU marked: " + devices);

		Ui.run(() -> {
			page().getWorkbenchWindow().getShell().setSize(1400, 900);
			page().toggleZoom(page().findViewReference(ModelsView.ID));
		});
		Ui.run(() -> EditorUi.screenshot(page().getWorkbenchWindow().getShell(), "models-view"));
		Ui.run(() -> page().toggleZoom(page().findViewReference(ModelsView.ID)));
	}

	/** @return the item of {@code menu} whose text without mnemonics is {@code text}, after the menu was shown (filled) */
	private static MenuItem item(Menu menu, String text) {
		Event show = new Event();
		menu.notifyListeners(SWT.Show, show);
		for (MenuItem i : menu.getItems()) {
			if (i.getText().replace("&", "").split("\t")[0].equals(text)) {
				return i;
			}
		}
		throw new AssertionError("no menu item " + text + " in " + java.util.Arrays.stream(menu.getItems()).map(MenuItem::getText).toList());
	}

	@Test
	void windowShowViewModelsOpensTheViewWhichIsAShortcutOfTheSegSensePerspective() {
		Ui.run(() -> page().resetPerspective());
		assertTrue(Ui.on(() -> java.util.Arrays.asList(page().getShowViewShortcuts()).contains(ModelsView.ID)), "a view shortcut of the perspective");
		assertEquals(null, Ui.on(() -> page().findView(ModelsView.ID)), "not open after a reset (it opens when asked)");
		Ui.run(() -> {
			Menu bar = page().getWorkbenchWindow().getShell().getMenuBar();
			MenuItem window = item(bar, "Window");
			MenuItem showView = item(window.getMenu(), "Show View");
			MenuItem models = item(showView.getMenu(), "Models");
			item(showView.getMenu(), "Other\u2026");
			models.notifyListeners(SWT.Selection, new Event());
		});
		Ui.waitUntil(() -> page().findView(ModelsView.ID) != null, "the Models view open after Window > Show View > Models");
	}

	@Test
	void followsTheWorkspaceAndRevealsAModelInTheProjectExplorer() throws Exception {
		TinySavedModels.write(dir.resolve("models/a"), false);
		IProject project = project("models-follow", dir);
		ModelsView view = open();
		Control root = root(view);
		Ui.waitUntil(() -> listed(root).equals(List.of("models-follow/models/a")), "models/a listed");

		// a model written outside the workbench appears once the workspace sees it; a deleted one disappears
		TinySavedModels.write(dir.resolve("models/b"), false);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		Ui.waitUntil(() -> listed(root).equals(List.of("models-follow/models/a", "models-follow/models/b")), "models/b listed after it was added");
		select(root, "models/b");
		project.getFolder("models/a").delete(true, null);
		Ui.waitUntil(() -> listed(root).equals(List.of("models-follow/models/b")), "models/a gone after it was deleted");
		assertEquals("models/b", Ui.on(() -> EditorUi.<Table>find(root, ModelsView.LIST).getSelection()[0].getText(0)), "the selection stays");

		// a closed project's models go, an opened one's come back
		project.close(null);
		Ui.waitUntil(() -> listed(root).isEmpty(), "no models with the project closed");
		project.open(null);
		Ui.waitUntil(() -> listed(root).equals(List.of("models-follow/models/b")), "models/b back with the project open");

		// double-click: the Project Explorer shows and selects the model's folder
		select(root, "models/b");
		Ui.run(() -> EditorUi.send(EditorUi.find(root, ModelsView.LIST), SWT.DefaultSelection));
		IFolder b = project.getFolder("models/b");
		Ui.waitUntil(() -> {
			IViewPart v = page().findView(SegSensePerspective.PROJECT_EXPLORER);
			return v instanceof CommonNavigator n && n.getCommonViewer().getStructuredSelection().getFirstElement() instanceof IFolder f
					&& f.equals(b);
		}, "models/b selected in the Project Explorer");
		// the view's selection adapts to the folder (the Properties view shows the folder's properties)
		Object selected = Ui.on(() -> ((IStructuredSelection) page().findView(ModelsView.ID).getSite().getSelectionProvider().getSelection())
				.getFirstElement());
		assertEquals(b, org.eclipse.core.runtime.Adapters.adapt(selected, IResource.class));
	}
}
