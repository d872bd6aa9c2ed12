// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.model.ExplicitSweep;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.RangeSweep;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;
import org.segsense.ui.editor.Ids;
import org.segsense.ui.editor.OpenStudyHandler;
import org.segsense.ui.editor.StudyEditor;

/**
 * The study editor driven through its widgets: open a study, add an axis of the perturbation this test
 * fragment contributes (fragment.xml) with its generated form, edit the sweep and a parameter, undo and redo
 * through the workbench's commands, save, reload; a validation error shown on the field and in the
 * Overview's list, gone when fixed. Screenshots of each page go to target/screenshots/.
 */
class StudyEditorTest {

	@TempDir
	Path dir;

	private StudyEditor editor;

	private StudyEditor open(Path file) {
		return EditorUi.on(() -> {
			try {
				IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
				page.getWorkbenchWindow().getShell().setSize(1300, 880);
				StudyEditor e = (StudyEditor) OpenStudyHandler.open(page, file);
				page.setPartState(page.getReference(e), IWorkbenchPage.STATE_MAXIMIZED); // as a user works in it
				return e;
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	private Path starter() throws Exception {
		Path file = dir.resolve("editor-test.segsense");
		Study s = StudyResources.newStudy("editor-test");
		s.setDescription("A study edited by the UI tests.");
		StudyResources.save(s, file);
		return file;
	}

	@AfterEach
	void close() {
		if (editor != null) {
			EditorUi.run(() -> editor.getSite().getPage().closeEditor(editor, false));
		}
	}

	private Control page(String id) {
		return EditorUi.on(() -> {
			editor.setActivePage(id);
			IFormPage p = editor.getActivePageInstance();
			return p.getPartControl();
		});
	}

	/** The editor's page folder, tabs included. */
	private Control container() {
		return editor.getActivePageInstance().getPartControl().getParent();
	}

	private void command(String id) {
		EditorUi.run(() -> {
			try {
				editor.getSite().getService(IHandlerService.class).executeCommand(id, null);
			} catch (Exception e) {
				throw new AssertionError(id + " failed: " + e, e);
			}
		});
	}

	private static boolean decorated(Control c) {
		ControlDecoration d = (ControlDecoration) c.getData(Ids.DECORATION);
		return d != null && d.isVisible();
	}

	@Test
	void addAContributedAxisEditUndoRedoSaveAndReload() throws Exception {
		Path file = starter();
		editor = open(file);
		Control overview = page(Ids.OVERVIEW_PAGE);
		assertEquals("editor-test", EditorUi.on(() -> EditorUi.<Text>find(overview, Ids.NAME).getText()));
		assertFalse(EditorUi.on(editor::isDirty));

		Control perturbations = page(Ids.PERTURBATIONS_PAGE);
		List<String> offered = EditorUi.on(() -> Arrays.asList(EditorUi.<Combo>find(perturbations, Ids.ADD_TYPE).getItems()));
		assertTrue(offered.contains("Test gain (test-gain)"), "the contributed perturbation is offered: " + offered);
		assertTrue(offered.stream().anyMatch(s -> s.endsWith("(intensity-offset)")), "built-in perturbations are offered: " + offered);

		EditorUi.run(() -> {
			EditorUi.choose(EditorUi.find(perturbations, Ids.ADD_TYPE), offered.indexOf("Test gain (test-gain)"));
			EditorUi.send(EditorUi.find(perturbations, Ids.ADD), org.eclipse.swt.SWT.Selection);
		});
		Study study = editor.study();
		assertEquals(1, study.getAxes().size());
		PerturbationAxis axis = study.getAxes().get(0);
		assertEquals("test-gain", axis.getPerturbationType());
		assertEquals("gain", axis.getSweptParameter(), "the first declared parameter is swept");
		RangeSweep range = assertInstanceOf(RangeSweep.class, axis.getSweep());
		assertEquals(1, range.getStart(), "from the declared default");
		assertEquals(10, range.getStop(), "to the declared maximum");
		assertTrue(EditorUi.on(editor::isDirty));

		// The generated form: the other declared parameters, with unit, range, default and description.
		EditorUi.run(() -> {
			assertFalse(EditorUi.exists(perturbations, Ids.PARAMETER + "gain"), "the swept parameter has no fixed field");
			Text bias = EditorUi.find(perturbations, Ids.PARAMETER + "bias");
			assertTrue(bias.getToolTipText().contains("The constant added after the gain."), bias.getToolTipText());
			assertTrue(bias.getToolTipText().contains("[-50, 50] HU"), bias.getToolTipText());
			assertEquals("default 0", bias.getMessage());
			Text passes = EditorUi.find(perturbations, Ids.PARAMETER + "passes");
			assertTrue(passes.getToolTipText().contains("whole numbers"), passes.getToolTipText());
			assertTrue(labels(perturbations).contains("bias (HU):"), labels(perturbations).toString());
		});

		// Edit the sweep: 3 steps, shown values; then an explicit list.
		EditorUi.run(() -> EditorUi.type(EditorUi.find(perturbations, Ids.SWEEP_STEPS), "3"));
		assertEquals(3, range.getSteps());
		assertEquals("1, 5.5, 10  (3 values)", EditorUi.on(() -> EditorUi.<Label>find(perturbations, Ids.SWEEP_SHOWN).getText()));
		EditorUi.run(() -> EditorUi.choose(EditorUi.find(perturbations, Ids.SWEEP_KIND), 0));
		ExplicitSweep explicit = assertInstanceOf(ExplicitSweep.class, axis.getSweep());
		assertEquals(List.of(1.0, 5.5, 10.0), explicit.getValues(), "the range's values become the list");
		EditorUi.run(() -> EditorUi.type(EditorUi.find(perturbations, Ids.SWEEP_LIST), "0.5, 2 4"));
		assertEquals(List.of(0.5, 2.0, 4.0), explicit.getValues());
		EditorUi.run(() -> EditorUi.type(EditorUi.find(perturbations, Ids.PARAMETER + "bias"), "12.5"));
		assertEquals("12.5", axis.getFixedParameters().get(0).getValue());
		EditorUi.run(() -> EditorUi.choose(EditorUi.find(perturbations, Ids.DESIGN), 1));
		assertEquals("FactorialDesign", study.getDesign().eClass().getName());
		EditorUi.run(() -> { });
		EditorUi.on(() -> EditorUi.screenshot(container(), "study-editor-perturbations"));

		// Undo and redo through the workbench's commands (Edit menu, Ctrl+Z, Ctrl+Y).
		command("org.eclipse.ui.edit.undo");
		assertEquals("OneAtATimeDesign", study.getDesign().eClass().getName(), "undo: the design is back");
		command("org.eclipse.ui.edit.undo");
		assertTrue(axis.getFixedParameters().isEmpty(), "undo: the parameter value is gone");
		assertEquals("", EditorUi.on(() -> EditorUi.<Text>find(perturbations, Ids.PARAMETER + "bias").getText()), "the field follows");
		command("org.eclipse.ui.edit.redo");
		assertEquals("12.5", axis.getFixedParameters().get(0).getValue(), "redo: the value is back");
		assertEquals("12.5", EditorUi.on(() -> EditorUi.<Text>find(perturbations, Ids.PARAMETER + "bias").getText()));

		// Save and reload.
		EditorUi.run(() -> editor.doSave(null));
		assertFalse(EditorUi.on(editor::isDirty), "saved: not dirty");
		Study reloaded = StudyResources.load(file);
		assertTrue(EcoreUtil.equals(study, reloaded), "the file holds what was edited");
		PerturbationAxis a = reloaded.getAxes().get(0);
		assertEquals(List.of(0.5, 2.0, 4.0), ((ExplicitSweep) a.getSweep()).getValues());
		assertEquals("bias", a.getFixedParameters().get(0).getName());
		assertEquals("OneAtATimeDesign", reloaded.getDesign().eClass().getName());

		Control source = page(Ids.SOURCE_PAGE);
		String xmi = EditorUi.on(() -> EditorUi.<Text>find(source, Ids.SOURCE).getText());
		assertTrue(xmi.contains("perturbationType=\"test-gain\""), xmi);
		EditorUi.on(() -> EditorUi.screenshot(container(), "study-editor-source"));
	}

	@Test
	void aValidationErrorShowsOnTheFieldAndInTheOverviewUntilFixed() throws Exception {
		editor = open(starter());
		Control perturbations = page(Ids.PERTURBATIONS_PAGE);
		EditorUi.run(() -> {
			Combo types = EditorUi.find(perturbations, Ids.ADD_TYPE);
			EditorUi.choose(types, Arrays.asList(types.getItems()).indexOf("Test gain (test-gain)"));
			EditorUi.send(EditorUi.find(perturbations, Ids.ADD), org.eclipse.swt.SWT.Selection);
		});
		assertFalse(EditorUi.on(() -> decorated(EditorUi.find(perturbations, Ids.SWEEP_STEPS))), "5 steps are fine");

		EditorUi.run(() -> EditorUi.type(EditorUi.find(perturbations, Ids.SWEEP_STEPS), "1"));
		assertTrue(EditorUi.on(() -> decorated(EditorUi.find(perturbations, Ids.SWEEP_STEPS))), "1 step from 1 to 10 is an error");
		String decoration = EditorUi.on(() -> ((ControlDecoration) EditorUi.find(perturbations, Ids.SWEEP_STEPS).getData(Ids.DECORATION))
				.getDescriptionText());
		assertTrue(decoration.contains("only 1 step"), decoration);
		EditorUi.run(() -> EditorUi.type(EditorUi.find(perturbations, Ids.PARAMETER + "bias"), "99"));
		assertTrue(EditorUi.on(() -> decorated(EditorUi.find(perturbations, Ids.PARAMETER + "bias"))), "99 HU is outside [-50, 50]");
		EditorUi.on(() -> EditorUi.screenshot(container(), "study-editor-perturbations-invalid"));

		Control overview = page(Ids.OVERVIEW_PAGE);
		List<String> rows = EditorUi.on(() -> problemRows(overview));
		assertTrue(rows.stream().anyMatch(r -> r.contains("/axes[id=test-gain]/sweep/steps")), rows.toString());
		assertTrue(rows.stream().anyMatch(r -> r.contains("fixedParameters") && r.contains("value")), rows.toString());
		String status = EditorUi.on(() -> EditorUi.<Label>find(overview, Ids.STATUS).getText());
		assertTrue(status.contains("errors"), status);
		EditorUi.on(() -> EditorUi.screenshot(container(), "study-editor-overview"));

		Control perturbations2 = page(Ids.PERTURBATIONS_PAGE);
		EditorUi.run(() -> EditorUi.type(EditorUi.find(perturbations2, Ids.SWEEP_STEPS), "4"));
		EditorUi.run(() -> EditorUi.type(EditorUi.find(perturbations2, Ids.PARAMETER + "bias"), "-20"));
		assertFalse(EditorUi.on(() -> decorated(EditorUi.find(perturbations2, Ids.SWEEP_STEPS))), "fixed: the decoration is gone");
		assertFalse(EditorUi.on(() -> decorated(EditorUi.find(perturbations2, Ids.PARAMETER + "bias"))), "fixed: the decoration is gone");
		List<String> after = EditorUi.on(() -> problemRows(page(Ids.OVERVIEW_PAGE)));
		assertFalse(after.stream().anyMatch(r -> r.contains("/sweep/steps") || r.contains("fixedParameters")), after.toString());
		assertFalse(after.isEmpty(), "the starter study still lacks cases and model variants: " + after);
	}

	private static List<String> problemRows(Control overview) {
		Table t = EditorUi.find(overview, Ids.PROBLEMS);
		return Arrays.stream(t.getItems()).map(i -> i.getText(0) + " " + i.getText(1) + " " + i.getText(2)).toList();
	}

	private static List<String> labels(Control root) {
		java.util.List<String> out = new java.util.ArrayList<>();
		collectLabels(root, out);
		return out;
	}

	private static void collectLabels(Control c, List<String> into) {
		if (c instanceof Label l) {
			into.add(l.getText());
		}
		if (c instanceof org.eclipse.swt.widgets.Composite comp) {
			for (Control child : comp.getChildren()) {
				collectLabels(child, into);
			}
		}
	}

	@Test
	void aFileThatIsNotAStudyOpensNoStudyEditorAndStaysUnchanged() throws Exception {
		Path file = dir.resolve("broken.segsense");
		java.nio.file.Files.writeString(file, "<notAStudy/>");
		Object part = EditorUi.on(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			try {
				org.eclipse.ui.IEditorPart p = OpenStudyHandler.open(page, file);
				if (p != null) {
					page.closeEditor(p, false);
				}
				return p;
			} catch (org.eclipse.ui.PartInitException e) {
				return e; // either way no study editor, and the reason is shown
			}
		});
		assertFalse(part instanceof StudyEditor, String.valueOf(part));
		assertEquals("<notAStudy/>", java.nio.file.Files.readString(file));
	}

	@Test
	void aPerturbationInstalledWhileTheEditorIsOpenIsOfferedAndGoneWhenUninstalled() throws Exception {
		editor = open(starter());
		Control perturbations = page(Ids.PERTURBATIONS_PAGE);
		String item = "Offset from a plug-in (late-offset)";
		assertFalse(offered(perturbations).contains(item));
		// A plug-in installed at run time, naming a class of org.segsense.perturb.builtin (the jar holds no code).
		Path jar = org.segsense.testing.TestBundles.pluginJar(dir, "org.segsense.ui.tests.lateperturbation", "org.segsense.perturb.builtin", """
				<extension point="org.segsense.perturb.perturbations">
				   <perturbation id="late-offset" name="Offset from a plug-in" category="intensity"
				         class="org.segsense.perturb.builtin.IntensityOffset" description="Adds a constant.">
				      <parameter name="offset" unit="intensity" min="-100" max="100" default="0" description="The constant."/>
				   </perturbation>
				</extension>""");
		org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(StudyEditorTest.class).getBundleContext();
		org.osgi.framework.Bundle bundle = context.installBundle(jar.toUri().toString());
		try {
			bundle.start();
			org.segsense.testing.TestBundles.await("the editor offers late-offset", () -> offered(perturbations).contains(item));
		} finally {
			bundle.uninstall();
		}
		org.segsense.testing.TestBundles.await("the editor drops late-offset", () -> !offered(perturbations).contains(item));
	}

	private static List<String> offered(Control perturbations) {
		return EditorUi.on(() -> Arrays.asList(EditorUi.<Combo>find(perturbations, Ids.ADD_TYPE).getItems()));
	}

	/** cases × variants × (1 + settings): 2 × 1 × (1 + steps), refreshed as the sweep is edited. */
	@Test
	void theJobCountFollowsTheSweepAndAFolderThatIsNoRunIsReported() throws Exception {
		Path file = dir.resolve("jobs.segsense");
		Study s = StudyResources.newStudy("jobs");
		for (String id : List.of("c1", "c2")) {
			org.segsense.model.Case c = org.segsense.model.SegsenseFactory.eINSTANCE.createCase();
			c.setId(id);
			s.getCases().add(c);
		}
		org.segsense.model.ModelVariant v = org.segsense.model.SegsenseFactory.eINSTANCE.createModelVariant();
		v.setId("m1");
		s.getModelVariants().add(v);
		StudyResources.save(s, file);
		editor = open(file);
		Control overview = page(Ids.OVERVIEW_PAGE);
		assertEquals("2", EditorUi.on(() -> EditorUi.<Label>find(overview, Ids.JOBS).getText()), "no axes: the unperturbed jobs");
		Control perturbations = page(Ids.PERTURBATIONS_PAGE);
		EditorUi.run(() -> {
			Combo types = EditorUi.find(perturbations, Ids.ADD_TYPE);
			EditorUi.choose(types, Arrays.asList(types.getItems()).indexOf("Test gain (test-gain)"));
			EditorUi.send(EditorUi.find(perturbations, Ids.ADD), org.eclipse.swt.SWT.Selection);
		});
		assertEquals("12", EditorUi.on(() -> EditorUi.<Label>find(overview, Ids.JOBS).getText()), "5 steps");
		EditorUi.run(() -> EditorUi.type(EditorUi.find(perturbations, Ids.SWEEP_STEPS), "3"));
		assertEquals("8", EditorUi.on(() -> EditorUi.<Label>find(overview, Ids.JOBS).getText()), "3 steps");

		EditorUi.run(() -> editor.useInferenceTimesOf(dir));
		String estimate = EditorUi.on(() -> EditorUi.<Label>find(overview, Ids.ESTIMATE).getText());
		assertTrue(estimate.contains("is not a run folder") && estimate.contains(dir.toString()), estimate);
	}

	@Test
	void openStudyIsACommandWithItsHandler() {
		org.eclipse.ui.commands.ICommandService commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
		org.eclipse.core.commands.Command c = commands.getCommand(OpenStudyHandler.COMMAND_ID);
		assertTrue(c.isDefined(), "File > Open Study... is declared");
		assertTrue(c.isHandled(), "and handled");
	}

	@Test
	void everyPageIsThere() {
		Path file;
		try {
			file = starter();
		} catch (Exception e) {
			throw new AssertionError(e);
		}
		editor = open(file);
		for (String id : List.of(Ids.OVERVIEW_PAGE, Ids.PERTURBATIONS_PAGE, Ids.SOURCE_PAGE)) {
			assertNotNull(page(id), id);
		}
	}
}
