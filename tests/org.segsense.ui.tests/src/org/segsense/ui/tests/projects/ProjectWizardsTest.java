// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.model.Case;
import org.segsense.model.Study;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.segsense.ui.projects.ExampleProjectJob;
import org.segsense.ui.projects.ImportCasesWizard;
import org.segsense.ui.projects.NewProjectWizard;
import org.segsense.ui.projects.NewStudyWizard;
import org.segsense.workflows.demo.DemoService;
import org.segsense.workflows.study.StudyServiceImpl;

/**
 * The project wizards driven through their real widgets: New SegSense Project (with a starter study that
 * StudyService loads), New SegSense Study, Import Cases (pairs files by the pattern; refuses unpaired files).
 */
class ProjectWizardsTest {

	@TempDir
	Path tmp;

	private WizardDialog dialog;

	@AfterEach
	void closeDialogAndDeleteProjects() throws Exception {
		if (dialog != null) {
			Gui.run(() -> {
				if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
					dialog.close();
				}
			});
		}
		for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			p.delete(true, true, new NullProgressMonitor());
		}
	}

	private Shell open(IWizard wizard, Object selected) {
		return Gui.on(() -> {
			if (wizard instanceof IWorkbenchWizard w) {
				w.init(PlatformUI.getWorkbench(), selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected));
			}
			Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			dialog = new WizardDialog(parent, wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			return dialog.getShell();
		});
	}

	private void finish(Shell shell) {
		Gui.run(() -> Gui.click(Gui.button(shell, "Finish")));
		Gui.waitUntil(shell::isDisposed, "the wizard to close");
	}

	static IProject newProject(String name, String studyId, Path tmp, String screenshotPrefix) {
		NewProjectWizard wizard = new NewProjectWizard();
		ProjectWizardsTest t = new ProjectWizardsTest();
		Shell shell = t.open(wizard, null);
		Gui.run(() -> {
			Text nameField = Gui.all(shell, Text.class).get(0);
			nameField.setText(name);
			if (screenshotPrefix != null) {
				Gui.screenshot(shell, screenshotPrefix + "-1-name");
			}
			Gui.click(Gui.button(shell, "Next >"));
		});
		Gui.run(() -> {
			Text id = Gui.byId(shell, "project.studyId");
			id.setText(studyId);
			if (screenshotPrefix != null) {
				Gui.screenshot(shell, screenshotPrefix + "-2-contents");
			}
		});
		t.finish(shell);
		return wizard.created();
	}

	@Test
	void newProjectWizardMakesAProjectWhoseStarterStudyLoads() {
		IProject project = newProject("lab-a", "cerebellum", tmp, "wizard-new-project");
		assertNotNull(project, "the wizard made no project");
		assertTrue(project.isOpen());
		Path folder = project.getLocation().toFile().toPath();
		for (String f : List.of("images", "models", "runs")) {
			assertTrue(Files.isDirectory(folder.resolve(f)), f + " is missing");
			assertTrue(project.getFolder(f).exists(), f + " is not in the workspace");
		}
		Path study = folder.resolve("cerebellum.segsense");
		assertTrue(Files.isRegularFile(study), "no study file " + study);
		assertTrue(project.getFile("cerebellum.segsense").exists(), "the workspace does not see the study");
		Study loaded = new StudyServiceImpl().load(study);
		assertEquals("cerebellum", loaded.getId());
	}

	@Test
	void newStudyWizardAddsAStudyToTheSelectedProjectAndRefusesATakenId() {
		IProject project = newProject("lab-b", "first", tmp, null);
		NewStudyWizard wizard = new NewStudyWizard();
		Shell shell = open(wizard, project);
		Gui.run(() -> {
			Text id = Gui.byId(shell, "study.id");
			id.setText("first");
		});
		assertFalse(Gui.on(() -> Gui.button(shell, "Finish").isEnabled()), "a taken study id must not finish");
		assertTrue(Gui.on(() -> dialog.getCurrentPage().getErrorMessage()).contains("first.segsense exists"));
		Gui.run(() -> {
			((Text) Gui.byId(shell, "study.id")).setText("second");
			Gui.screenshot(shell, "wizard-new-study");
		});
		finish(shell);
		Path file = project.getLocation().toFile().toPath().resolve("second.segsense");
		assertEquals("second", new StudyServiceImpl().load(file).getId());
		assertEquals(project.getFile("second.segsense"), wizard.created());
	}

	@Test
	void importCasesPairsFilesByThePatternAndAddsThemToTheStudy() throws Exception {
		IProject project = newProject("lab-c", "study", tmp, null);
		Path source = Files.createDirectories(tmp.resolve("incoming"));
		for (String f : List.of("c01_image.nii.gz", "c01_label.nii.gz", "c01_roi.nii.gz", "c02_image.mha", "c02_label.mha", "notes.txt")) {
			Files.writeString(source.resolve(f), f);
		}
		Shell shell = open(new ImportCasesWizard(), project);
		Gui.run(() -> ((Text) Gui.byId(shell, "import.folder")).setText(source.toString()));
		Table table = Gui.on(() -> Gui.byId(shell, "import.cases"));
		assertEquals(2, (int) Gui.on(table::getItemCount));
		assertEquals(List.of("c01", "c01_image.nii.gz", "c01_label.nii.gz", "c01_roi.nii.gz"),
				Gui.on(() -> List.of(table.getItem(0).getText(0), table.getItem(0).getText(1), table.getItem(0).getText(2), table.getItem(0).getText(3))));
		assertEquals("—", Gui.on(() -> table.getItem(1).getText(3)), "c02 has no ROI mask");
		Gui.run(() -> Gui.screenshot(shell, "wizard-import-cases"));
		finish(shell);

		Path folder = project.getLocation().toFile().toPath();
		Study study = new StudyServiceImpl().load(folder.resolve("study.segsense"));
		assertEquals(List.of("c01", "c02"), study.getCases().stream().map(Case::getId).toList());
		Case c01 = study.getCases().get(0);
		assertEquals("images/c01_image.nii.gz", c01.getChannels().get(0).getPath());
		assertEquals("t1", c01.getChannels().get(0).getName());
		assertEquals("images/c01_label.nii.gz", c01.getLabelImage().getPath());
		assertEquals("images/c01_roi.nii.gz", c01.getRoiMask().getPath());
		assertEquals(null, study.getCases().get(1).getRoiMask());
		assertEquals("c02_label.mha", Files.readString(folder.resolve("images/c02_label.mha")), "the files are copied");
		assertTrue(project.getFile("images/c02_image.mha").exists(), "the workspace sees the copied files");
	}

	@Test
	void importCasesRefusesAFolderWithUnpairedFilesWithOneClearMessage() throws Exception {
		IProject project = newProject("lab-d", "study", tmp, null);
		Path source = Files.createDirectories(tmp.resolve("half"));
		for (String f : List.of("c01_image.nii.gz", "c01_label.nii.gz", "c02_image.nii.gz", "c03_label.nrrd")) {
			Files.writeString(source.resolve(f), f);
		}
		Shell shell = open(new ImportCasesWizard(), project);
		Gui.run(() -> ((Text) Gui.byId(shell, "import.folder")).setText(source.toString()));
		String error = Gui.on(() -> dialog.getCurrentPage().getErrorMessage());
		assertNotNull(error, "unpaired files must be refused");
		assertTrue(error.contains(source.toString()), error);
		assertTrue(error.contains("c02_image.nii.gz (no label map c02_label.*)"), error);
		assertTrue(error.contains("c03_label.nrrd (no image c03_image.*)"), error);
		assertTrue(error.contains("nothing was imported"), error);
		assertEquals(error, Gui.on(() -> ((org.eclipse.swt.widgets.Label) Gui.byId(shell, "import.problem")).getText()),
				"the whole message is shown on the page, not only in the title area's two lines");
		assertFalse(Gui.on(() -> Gui.button(shell, "Finish").isEnabled()));
		assertEquals(0, (int) Gui.on(() -> ((Table) Gui.byId(shell, "import.cases")).getItemCount()));
		Gui.run(() -> Gui.screenshot(shell, "wizard-import-cases-unpaired"));
		// Unticking "every case needs a label map" accepts c02 without one, but c03's label map still has no image.
		Gui.run(() -> Gui.click(Gui.byId(shell, "import.labelRequired")));
		String still = Gui.on(() -> dialog.getCurrentPage().getErrorMessage());
		assertTrue(still.contains("c03_label.nrrd") && !still.contains("c02_image"), still);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		assertFalse(project.getFolder("images").getFile("c01_image.nii.gz").exists(), "nothing may be copied");
	}
	@Test
	void exampleChoiceRunsTheDemoServiceInAJobAndMakesItsFolderAProject() throws Exception {
		// A stand-in DemoService (ranked above the real one): the real demo fetches images and trains for minutes.
		AtomicReference<DemoService.Request> seen = new AtomicReference<>();
		DemoService stub = (request, listener, monitor) -> {
			seen.set(request);
			try {
				Files.createDirectories(request.out().resolve("project/images"));
				Files.writeString(request.out().resolve("project/cerebellum.segsense"), "stub");
				Files.createDirectories(request.out().resolve("runs/cerebellum"));
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			listener.line("stub demo done");
			return null;
		};
		BundleContext context = FrameworkUtil.getBundle(NewProjectWizard.class).getBundleContext();
		ServiceRegistration<DemoService> reg = context.registerService(DemoService.class, stub,
				new Hashtable<>(Map.of(Constants.SERVICE_RANKING, Integer.MAX_VALUE)));
		try {
			NewProjectWizard wizard = new NewProjectWizard();
			Shell shell = open(wizard, null);
			Gui.run(() -> {
				Gui.all(shell, Text.class).get(0).setText("cerebellum-example");
				Gui.click(Gui.button(shell, "Next >"));
			});
			Gui.run(() -> {
				((Button) Gui.byId(shell, "project.starterStudy")).setSelection(false);
				Gui.click(Gui.byId(shell, "project.example"));
				Gui.screenshot(shell, "wizard-new-project-3-example");
			});
			finish(shell);
			assertNotNull(wizard.exampleJob(), "the example choice schedules a job");
			Job.getJobManager().join(ExampleProjectJob.FAMILY, null);
			assertTrue(wizard.exampleJob().getResult().isOK(), String.valueOf(wizard.exampleJob().getResult()));
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("cerebellum-example");
			assertTrue(project.isOpen(), "the example folder is a workspace project");
			Path folder = ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath().resolve("cerebellum-example");
			assertEquals(folder, seen.get().out(), "the demo writes into the project's folder");
			assertTrue(seen.get().quick(), "the example is the quick demo");
			assertTrue(project.getFile("project/cerebellum.segsense").exists());
			assertTrue(project.getFolder("runs/cerebellum").exists());
		} finally {
			reg.unregister();
		}
	}
}
