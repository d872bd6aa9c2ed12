// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.model.Case;
import org.segsense.model.FactorialDesign;
import org.segsense.model.ModelVariant;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.testing.studies.SyntheticProjects;
import org.segsense.ui.editor.DefaultAxis;
import org.segsense.ui.projects.NewStudyWizard;
import org.segsense.workflows.study.StudyService;
import org.segsense.workflows.study.StudyServiceImpl;

/**
 * New SegSense Study with choices: the project's paired cases, its SavedModel folders and the catalogue's
 * perturbations are offered; the study written holds exactly the ticked ones (axes as the editor's Add makes
 * them), validates, and the page says what would not validate while nothing is chosen.
 */
class NewStudyChoicesTest {

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

	private static void tick(Table table, String firstColumn) {
		for (TableItem item : table.getItems()) {
			if (item.getText(0).equals(firstColumn)) {
				item.setChecked(true);
				Event e = new Event();
				e.item = item;
				e.detail = SWT.CHECK;
				table.notifyListeners(SWT.Selection, e);
				return;
			}
		}
		throw new AssertionError(firstColumn + " is not offered");
	}

	private static String otherThanTestGain(Table axes) {
		return column(axes).stream().filter(t -> !t.startsWith("Test gain")).findFirst().orElseThrow();
	}

	private static List<String> column(Table table) {
		return java.util.Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList();
	}

	@Test
	void writesAValidStudyWithExactlyTheChosenCasesVariantsAndAxes() throws Exception {
		IProject project = ProjectWizardsTest.newProject("lab-choices", "first", tmp, null);
		Path folder = project.getLocation().toFile().toPath();
		for (String id : List.of("c1", "c2", "c3")) {
			SyntheticProjects.writeCase(folder, id, id.hashCode());
			Files.move(folder.resolve("images/" + id + ".nii.gz"), folder.resolve("images/" + id + "_image.nii.gz"));
		}
		for (String m : List.of("tight", "wide")) {
			SyntheticProjects.boxModel(folder.resolve("models/" + m), 150f);
			Files.writeString(folder.resolve("models/" + m + "/saved_model.pb"), "");
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, null);

		NewStudyWizard wizard = new NewStudyWizard();
		Shell shell = Gui.on(() -> {
			wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
			dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			return dialog.getShell();
		});
		Gui.run(() -> {
			((Text) Gui.byId(shell, "study.id")).setText("chosen");
			Gui.click(Gui.button(shell, "Next >"));
		});
		Table cases = Gui.on(() -> Gui.byId(shell, "study.cases"));
		Table variants = Gui.on(() -> Gui.byId(shell, "study.variants"));
		Table axes = Gui.on(() -> Gui.byId(shell, "study.axes"));
		assertEquals(List.of("c1", "c2", "c3"), Gui.on(() -> column(cases)), "the project's cases, paired by name");
		assertEquals("c1_label.nii.gz", Gui.on(() -> cases.getItem(0).getText(2)));
		assertEquals(List.of("tight", "wide"), Gui.on(() -> column(variants)), "the project's SavedModel folders");
		List<String> offered = Gui.on(() -> column(axes));
		assertEquals(PerturbationCatalog.installed().all().size(), offered.size(), "every installed perturbation: " + offered);
		assertTrue(offered.contains("Test gain (test-gain)"), "a contributed perturbation is offered: " + offered);
		String empty = Gui.on(() -> ((Label) Gui.byId(shell, "study.validation")).getText());
		assertTrue(empty.startsWith("The study will not validate yet") && empty.contains("no cases"), empty);
		assertEquals(IMessageProvider.WARNING, (int) Gui.on(() -> ((IWizardPage) dialog.getCurrentPage()) instanceof org.eclipse.jface.wizard.WizardPage p
				? p.getMessageType() : -1));

		Gui.run(() -> {
			tick(cases, "c1");
			tick(cases, "c3");
			tick(variants, "tight");
			tick(axes, "Test gain (test-gain)");
			tick(axes, otherThanTestGain(axes));
			Combo design = Gui.byId(shell, "study.design");
			design.select(1);
			design.notifyListeners(SWT.Modify, new Event());
		});
		String first = Gui.on(() -> otherThanTestGain(axes));
		String valid = Gui.on(() -> ((Label) Gui.byId(shell, "study.validation")).getText());
		assertTrue(valid.startsWith("The study validates"), valid);
		Gui.run(() -> Gui.screenshot(shell, "new-study-choices"));
		Gui.run(() -> Gui.click(Gui.button(shell, "Finish")));
		Gui.waitUntil(shell::isDisposed, "the wizard to close");

		Path file = folder.resolve("chosen.segsense");
		Study study = new StudyServiceImpl().load(file);
		assertEquals(List.of("c1", "c3"), study.getCases().stream().map(Case::getId).toList());
		Case c3 = study.getCases().get(1);
		assertEquals("images/c3_image.nii.gz", c3.getChannels().get(0).getPath());
		assertEquals("t1", c3.getChannels().get(0).getName());
		assertEquals("images/c3_label.nii.gz", c3.getLabelImage().getPath());
		assertEquals(List.of("tight"), study.getModelVariants().stream().map(ModelVariant::getId).toList());
		assertEquals("models/tight", study.getModelVariants().get(0).getSavedModel().getPath());
		PerturbationCatalog catalog = PerturbationCatalog.installed();
		String firstId = first.substring(first.lastIndexOf('(') + 1, first.length() - 1);
		Study scratch = StudyResources.newStudy("s");
		List<PerturbationAxis> expected = List.of(DefaultAxis.of(catalog.require("test-gain"), scratch), DefaultAxis.of(catalog.require(firstId), scratch));
		assertEquals(2, study.getAxes().size());
		for (PerturbationAxis e : expected) {
			PerturbationAxis actual = study.getAxes().stream().filter(a -> a.getPerturbationType().equals(e.getPerturbationType())).findFirst()
					.orElseThrow(() -> new AssertionError("no axis of " + e.getPerturbationType()));
			assertTrue(EcoreUtil.equals(e, actual), "the axis of " + e.getPerturbationType() + " is the editor's default axis");
		}
		assertTrue(study.getDesign() instanceof FactorialDesign);
		StudyService.Validation v = new StudyServiceImpl().validate(file, null);
		assertTrue(v.valid(), String.valueOf(v.problems()));
		assertNotNull(project.getFile("chosen.segsense"));
	}
}
