// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.projects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultStore;
import org.segsense.model.Case;
import org.segsense.model.ImageChannel;
import org.segsense.model.ModelVariant;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.Study;
import org.segsense.model.provider.SegsenseEditPlugin;
import org.segsense.model.provider.SegsenseItemProviderAdapterFactory;
import org.segsense.testing.studies.SyntheticProjects;
import org.segsense.ui.SegSensePerspective;
import org.segsense.workflows.study.StudyServiceImpl;

/**
 * The Project Explorer's SegSense content: a study file with the study icon and its name beside the file name,
 * expanded to its cases, variants and axes with the item providers' labels and icons, refreshed when the file
 * changes; a run folder with the run icon and its status; a SavedModel folder with the model icon; double-click
 * opens the study editor (also on a case of the study) and the image viewer.
 */
class StudyNavigatorTest {

	@TempDir
	Path tmp;

	private final SegsenseItemProviderAdapterFactory items = new SegsenseItemProviderAdapterFactory();

	@AfterEach
	void closeEditorsAndDeleteProjects() throws Exception {
		Gui.run(() -> page().closeAllEditors(false));
		for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			p.delete(true, true, new NullProgressMonitor());
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static CommonNavigator explorer() {
		return Gui.on(() -> {
			try {
				page().resetPerspective();
				return (CommonNavigator) page().showView(SegSensePerspective.PROJECT_EXPLORER);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	private String label(Object o) {
		return ((IItemLabelProvider) items.adapt(o, IItemLabelProvider.class)).getText(o);
	}

	private static ImageData icon(String name) {
		return ImageDescriptor.createFromURL((URL) SegsenseEditPlugin.INSTANCE.getImage("full/obj16/" + name)).getImageData(100);
	}

	private static void assertIcon(String name, Image shown) {
		assertNotNull(shown, "no icon, expected " + name);
		ImageData expected = icon(name);
		ImageData actual = shown.getImageData();
		assertEquals(expected.width, actual.width, name);
		int[] e = new int[expected.width], a = new int[actual.width];
		for (int y = 0; y < expected.height; y++) {
			for (int x = 0; x < expected.width; x++) {
				e[x] = expected.getAlpha(x, y) == 0 && expected.transparentPixel < 0 ? 0 : expected.palette.getRGB(expected.getPixel(x, y)).hashCode();
				a[x] = actual.palette.getRGB(actual.getPixel(x, y)).hashCode();
			}
			if (y == expected.height / 2) {
				assertArrayEquals(e, a, "the middle row of the icon is not " + name + "'s");
			}
		}
	}

	private static Study populate(Path file, String name, String... caseIds) {
		StudyServiceImpl studies = new StudyServiceImpl();
		Study s = studies.load(file);
		s.setName(name);
		s.getCases().clear();
		for (String id : caseIds) {
			Case c = SegsenseFactory.eINSTANCE.createCase();
			c.setId(id);
			ImageChannel ch = SegsenseFactory.eINSTANCE.createImageChannel();
			ch.setName("t1");
			ch.setPath("images/" + id + ".nii.gz");
			c.getChannels().add(ch);
			s.getCases().add(c);
		}
		if (s.getModelVariants().isEmpty()) {
			ModelVariant v = SegsenseFactory.eINSTANCE.createModelVariant();
			v.setId("unet");
			s.getModelVariants().add(v);
			PerturbationAxis a = SegsenseFactory.eINSTANCE.createPerturbationAxis();
			a.setId("noise");
			a.setPerturbationType("gaussianNoise");
			s.getAxes().add(a);
		}
		studies.save(s, file);
		return s;
	}

	private static List<String> childTexts(TreeItem item) {
		return Arrays.stream(item.getItems()).map(TreeItem::getText).toList();
	}

	@Test
	void studyFileShowsItsNameAndIconAndExpandsToItsCasesVariantsAndAxesAndFollowsTheFile() throws Exception {
		IProject project = ProjectWizardsTest.newProject("lab-nav", "cerebellum", tmp, null);
		Path folder = project.getLocation().toFile().toPath();
		Study written = populate(folder.resolve("cerebellum.segsense"), "Cerebellum sensitivity", "c1", "c2");
		SyntheticProjects.boxModel(folder.resolve("models/unet"), 150f);
		Files.writeString(folder.resolve("models/unet/saved_model.pb"), "");
		Path run = Files.createDirectories(folder.resolve("runs/cerebellum-20261204-2100"));
		try (ResultStore store = ResultStore.open(run.resolve(ResultStore.FILE))) {
			store.putMeta(java.util.Map.of("status", "completed", "jobs.study", "1", "jobs.shard", "1"));
			store.commit(new JobRecord(0, "k0", "c1", "unet", null, null, null, null, 1L, JobStatus.DONE, null, null, JobRecord.Timings.NONE),
					List.of(), List.of());
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		IFile file = project.getFile("cerebellum.segsense");
		IFolder model = project.getFolder("models/unet");
		IFolder runFolder = project.getFolder("runs/cerebellum-20261204-2100");

		CommonNavigator explorer = explorer();
		Gui.run(() -> {
			explorer.getCommonViewer().expandToLevel(project, 1);
			explorer.getCommonViewer().expandToLevel(file, 1);
			explorer.getCommonViewer().expandToLevel(model, 0);
		});
		TreeItem item = Gui.on(() -> (TreeItem) explorer.getCommonViewer().testFindItem(file));
		assertNotNull(item, "the study file is not in the Project Explorer");
		assertEquals("cerebellum.segsense \u2014 Cerebellum sensitivity", Gui.on(item::getText));
		Gui.run(() -> assertIcon("Study", item.getImage()));
		// the item providers' labels, with the id where they show none (a variant or axis without a name)
		assertEquals(List.of("Case c1", "Case c2"), List.of(label(written.getCases().get(0)), label(written.getCases().get(1))));
		assertEquals("Model Variant", label(written.getModelVariants().get(0)));
		assertEquals(List.of("Case c1", "Case c2", "Model Variant unet", "Perturbation Axis noise"), Gui.on(() -> childTexts(item)),
				"the study's cases, variants and axes, in that order");
		Gui.run(() -> {
			assertIcon("Case", item.getItems()[0].getImage());
			assertIcon("ModelVariant", item.getItems()[2].getImage());
			assertIcon("PerturbationAxis", item.getItems()[3].getImage());
		});
		Gui.run(() -> explorer.getCommonViewer().expandToLevel(written.getCases().get(0), 1));
		TreeItem modelItem = Gui.on(() -> (TreeItem) explorer.getCommonViewer().testFindItem(model));
		Gui.run(() -> assertIcon("ModelVariant", modelItem.getImage()));
		Gui.run(() -> explorer.getCommonViewer().expandToLevel(runFolder, 0));
		Gui.waitUntil(() -> explorer.getCommonViewer().testFindItem(runFolder) instanceof TreeItem t
				&& t.getText().equals("cerebellum-20261204-2100  [completed, 1/1 jobs]"), "the run folder labelled with its status and job counts");
		Gui.run(() -> assertIcon("RunRecord", ((TreeItem) explorer.getCommonViewer().testFindItem(runFolder)).getImage()));
		Gui.run(() -> explorer.getCommonViewer().expandToLevel(file, 1));
		Gui.run(() -> Gui.screenshot(page().getWorkbenchWindow().getShell(), "explorer-with-study"));

		// The file changes on disk (another tool, or the editor saving; no refresh asked for): the workspace's
		// auto-refresh notices it, and the label and children follow.
		populate(folder.resolve("cerebellum.segsense"), "Renamed", "c3");
		long changed = System.nanoTime();
		Gui.waitUntil(() -> {
			TreeItem t = (TreeItem) explorer.getCommonViewer().testFindItem(file);
			if (t != null && !t.getExpanded()) {
				explorer.getCommonViewer().expandToLevel(file, 1);
			}
			return t != null && t.getText().endsWith("Renamed") && childTexts(t).contains("Case c3") && !childTexts(t).contains("Case c1");
		}, "the study file's label and children to follow the changed file");
		System.out.printf("explorer followed the changed study file after %.1f s%n", (System.nanoTime() - changed) / 1e9);
	}

	@Test
	void doubleClickOpensAStudyInTheStudyEditorAndAnImageInTheViewerAndAStudysCaseItsStudy() throws Exception {
		IProject project = ProjectWizardsTest.newProject("lab-open", "cerebellum", tmp, null);
		Path folder = project.getLocation().toFile().toPath();
		SyntheticProjects.writeCase(folder, "c1", 1);
		populate(folder.resolve("cerebellum.segsense"), "Cerebellum", "c1");
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		IFile study = project.getFile("cerebellum.segsense");
		CommonNavigator explorer = explorer();
		assertEquals("org.segsense.ui.viewer.editor", open(explorer, project.getFile("images/c1.nii.gz"), "c1.nii.gz").getSite().getId());
		assertEquals("org.segsense.ui.editor.study", open(explorer, study, study.getName()).getSite().getId());
		Gui.run(() -> page().closeAllEditors(false));
		Object c1 = Gui.on(() -> {
			explorer.getCommonViewer().expandToLevel(study, 1);
			return ((TreeItem) explorer.getCommonViewer().testFindItem(study)).getItems()[0].getData();
		});
		assertTrue(c1 instanceof Case, String.valueOf(c1));
		assertEquals("org.segsense.ui.editor.study", open(explorer, c1, study.getName()).getSite().getId(), "a case opens its study");
	}

	private static IEditorPart open(CommonNavigator explorer, Object element, String inputName) {
		Gui.run(() -> {
			page().activate(explorer); // the user's click in the Project Explorer activates it
			explorer.getCommonViewer().expandToLevel(element, 0);
			explorer.getCommonViewer().setSelection(new StructuredSelection(element), true);
			TreeItem item = (TreeItem) explorer.getCommonViewer().testFindItem(element);
			Event e = new Event();
			e.item = item;
			explorer.getCommonViewer().getTree().notifyListeners(SWT.DefaultSelection, e);
		});
		try {
			Gui.waitUntil(() -> page().getActiveEditor() != null && page().getActiveEditor().getEditorInput().getName().equals(inputName),
					"an editor on " + inputName + " to open");
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "; open: " + Gui.on(() -> Arrays.stream(page().getEditorReferences())
					.map(r -> r.getId() + ":" + r.getName()).toList()) + ", selection " + Gui.on(() -> explorer.getCommonViewer().getSelection()), e);
		}
		IEditorPart editor = Gui.on(() -> page().getActiveEditor());
		assertTrue(editor != null);
		return editor;
	}
}
