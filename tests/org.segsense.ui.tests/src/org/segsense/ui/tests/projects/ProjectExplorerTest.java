// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.projects;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultStore;
import org.segsense.ui.SegSensePerspective;

/**
 * The SegSense perspective's views, and the Project Explorer over a project: studies, images, and a run
 * folder labelled with the status and job counts of its results store.
 */
class ProjectExplorerTest {

	@TempDir
	Path tmp;

	@AfterEach
	void deleteProjects() throws Exception {
		for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			p.delete(true, true, new NullProgressMonitor());
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@Test
	void perspectiveHasTheProjectExplorerPropertiesProblemsAndProgress() {
		Gui.run(() -> page().resetPerspective());
		for (String id : List.of(SegSensePerspective.PROJECT_EXPLORER, IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROBLEM_VIEW,
				SegSensePerspective.PROGRESS)) {
			assertNotNull(Gui.on(() -> page().findViewReference(id)), "the perspective lacks the view " + id);
		}
		Gui.run(() -> Gui.screenshot(page().getWorkbenchWindow().getShell(), "perspective-empty-workspace"));
	}

	@Test
	void runFolderShowsItsStatusAndJobCounts() throws Exception {
		IProject project = ProjectWizardsTest.newProject("lab-runs", "cerebellum", tmp, null);
		Path run = project.getLocation().toFile().toPath().resolve("runs/cerebellum-20261204-2100");
		java.nio.file.Files.createDirectories(run);
		try (ResultStore store = ResultStore.open(run.resolve(ResultStore.FILE))) {
			store.putMeta(Map.of("status", "incomplete", "jobs.study", "4", "jobs.shard", "4"));
			store.commit(job(0, JobStatus.DONE), List.of(), List.of());
			store.commit(job(1, JobStatus.DONE), List.of(), List.of());
			store.commit(job(2, JobStatus.FAILED), List.of(), List.of());
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		IFolder folder = project.getFolder("runs/cerebellum-20261204-2100");
		assertTrue(folder.exists());

		CommonNavigator explorer = Gui.on(() -> {
			try {
				page().resetPerspective();
				return (CommonNavigator) page().showView(SegSensePerspective.PROJECT_EXPLORER);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError(e);
			}
		});
		Gui.run(() -> {
			explorer.getCommonViewer().expandToLevel(folder, 0);
			explorer.getCommonViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(folder), true);
		});
		String expected = "cerebellum-20261204-2100  [incomplete, 2/4 jobs, 1 failed]";
		Gui.waitUntil(() -> {
			Item item = (Item) explorer.getCommonViewer().testFindItem(folder);
			return item instanceof TreeItem t && t.getText().equals(expected);
		}, "the run folder labelled '" + expected + "'");
		Gui.run(() -> explorer.getCommonViewer().expandToLevel(project, 1));
		Gui.run(() -> Gui.screenshot(page().getWorkbenchWindow().getShell(), "perspective-with-project"));
	}

	private static JobRecord job(int index, JobStatus status) {
		return new JobRecord(index, "k" + index, "c1", "v", null, null, null, null, 1L, status, null, null, JobRecord.Timings.NONE);
	}
}
