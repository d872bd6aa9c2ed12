// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.ui.SegSensePerspective;
import org.segsense.ui.runs.RunCommands;
import org.segsense.ui.runs.RunDialog;
import org.segsense.ui.runs.RunJob;
import org.segsense.ui.runs.RunJobs;
import org.segsense.ui.tests.viewer.Ui;

/**
 * The Project Explorer's run commands: Run… on a study file (and not on a run folder), the finished run shown under
 * its project with its status, a second Run into that folder refused in the dialog, Resume… and Reproduce… on the
 * run folder.
 */
class RunCommandsTest {

	@TempDir
	Path tmp;

	private final List<IProject> projects = new ArrayList<>();

	@AfterEach
	void cleanUp() throws Exception {
		Job.getJobManager().join(RunJobs.FAMILY, null);
		for (IProject p : projects) {
			p.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static CommonNavigator explorer() {
		return Ui.on(() -> {
			try {
				return (CommonNavigator) page().showView(SegSensePerspective.PROJECT_EXPLORER);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	private static void select(CommonNavigator nav, IResource r) {
		Ui.run(() -> {
			page().activate(nav);
			nav.selectReveal(new StructuredSelection(r));
		});
		Ui.waitUntil(() -> r.equals(nav.getCommonViewer().getStructuredSelection().getFirstElement()), "the selection of " + r);
	}

	/** Runs a command as the context menu does, without waiting (it opens a modal dialog); returns the dialog. */
	private static Shell command(String id) {
		AtomicReference<Exception> failure = new AtomicReference<>();
		Ui.display().asyncExec(() -> {
			try {
				page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand(id, null);
			} catch (Exception e) {
				failure.set(e);
			}
		});
		Ui.waitUntil(() -> failure.get() != null || RunUi.open(RunDialog.SHELL).isPresent(), "the dialog of " + id);
		if (failure.get() != null) {
			throw new AssertionError(id + " failed: " + failure.get(), failure.get());
		}
		return RunUi.dialog(RunDialog.SHELL);
	}

	private static RunJob latest() {
		List<RunJob> h = RunJobs.history();
		return h.get(h.size() - 1);
	}

	@Test
	void theProjectExplorerRunsAStudyFileAndResumesAndReproducesItsRunFolder() throws Exception {
		Path dir = tmp.resolve("lab-nav");
		RunStudies.study(dir, "nav");
		IProject project = RunStudies.project("lab-nav", dir);
		projects.add(project);
		CommonNavigator nav = explorer();
		IFile file = project.getFile("nav.segsense");
		select(nav, file);

		Shell d = command(RunCommands.RUN);
		assertTrue(Ui.on(() -> RunUi.<Combo>find(d, RunDialog.FOLDER).getText()).matches("runs/nav-\\d{8}-\\d{6}"));
		Ui.run(() -> RunUi.<Combo>find(d, RunDialog.FOLDER).setText("runs/nav-run"));
		RunUi.ok(d, RunDialog.SHELL);
		RunJob run = latest();
		run.join(120_000, null);
		assertNotNull(run.summary(), run.error());
		assertTrue(run.summary().complete());
		Job.getJobManager().join(RunJobs.FAMILY, null);
		IFolder folder = project.getFolder("runs/nav-run");
		assertTrue(folder.exists(), "the run appears under its project");

		// the run folder shows its status (RunDecorator), and Run is not enabled on it
		select(nav, folder);
		Ui.waitUntil(() -> {
			Widget item = nav.getCommonViewer().testFindItem(folder);
			return item instanceof TreeItem t && t.getText().contains("[completed, 24/24 jobs]");
		}, "the run folder's decoration");
		Exception notEnabled = Ui.on(() -> {
			try {
				page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand(RunCommands.RUN, null);
				return null;
			} catch (Exception e) {
				return e;
			}
		});
		assertInstanceOf(NotEnabledException.class, notEnabled, "Run on a run folder");
		Ui.run(() -> RunUi.shot(page().getWorkbenchWindow().getShell(), "runs-explorer", 300));

		// Resume… on the run folder: that folder chosen; every job was done
		Shell r = command(RunCommands.RESUME);
		assertEquals("nav-run", Ui.on(() -> RunUi.<Combo>find(r, RunDialog.FOLDER).getText()));
		RunUi.ok(r, RunDialog.SHELL);
		RunJob resumed = latest();
		assertEquals(RunJob.Kind.RESUME, resumed.kind());
		resumed.join(120_000, null);
		assertNotNull(resumed.summary(), resumed.error());
		assertEquals(RunStudies.JOBS, resumed.summary().skipped());

		// Reproduce… with a tolerance
		Shell p = command(RunCommands.REPRODUCE);
		assertEquals("0", Ui.on(() -> RunUi.<Text>find(p, RunDialog.TOLERANCE).getText()));
		RunUi.ok(p, RunDialog.SHELL);
		RunJob reproduce = latest();
		assertEquals(RunJob.Kind.REPRODUCE, reproduce.kind());
		reproduce.join(120_000, null);
		assertNotNull(reproduce.report(), reproduce.error());
		assertTrue(reproduce.report().agrees(), reproduce.report().toString());

		// a second Run into the same folder is refused in the dialog, with the fix
		select(nav, file);
		Shell again = command(RunCommands.RUN);
		Ui.run(() -> RunUi.<Combo>find(again, RunDialog.FOLDER).setText("runs/nav-run"));
		RunUi.pressLater(Ui.on(() -> RunUi.find(again, org.segsense.ui.editor.Ids.DIALOG_OK)));
		Ui.waitUntil(() -> {
			Object dialog = again.getData();
			return dialog instanceof TitleAreaDialog t && t.getErrorMessage() != null;
		}, "the dialog's error");
		String error = Ui.on(() -> ((TitleAreaDialog) again.getData()).getErrorMessage());
		assertTrue(error.contains("already holds a run") && error.contains("Resume"), error);
		Ui.run(() -> Ui.screenshot(again, "runs-dialog-refused"));
		Ui.run(() -> ((TitleAreaDialog) again.getData()).close());
	}
}
