// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.model.AggregationPolicy;
import org.segsense.model.BinaryStapleReference;
import org.segsense.model.EvaluationSpace;
import org.segsense.model.GroundTruthReference;
import org.segsense.model.MetricSpec;
import org.segsense.model.ModelVariant;
import org.segsense.model.MultiLabelStapleReference;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;
import org.segsense.ui.editor.Ids;

/**
 * The Reference and metrics page driven through its widgets: switch the reference kind (keeping raters and
 * shared parameters), choose raters, set STAPLE parameters, add, edit and remove metrics (the NSD tolerance
 * from the generated form; a metric contributed by this fragment is offered), the evaluation space and the
 * aggregation; undo/redo; save, reload and compare; invalid values decorated until fixed.
 */
class ReferenceAndMetricsPageTest {

	static final String BINARY = "Binary STAPLE of raters (per label)";
	static final String MULTI = "Multi-label STAPLE of raters";
	static final String GROUND_TRUTH = "Ground truth (each case's label image)";

	@TempDir
	Path dir;

	private EditorSession session;

	@AfterEach
	void close() {
		if (session != null) {
			session.close();
		}
	}

	/** A starter study (ground truth; dice, hd95, hd95Pooled, nsd with tolerance 2) with three model variants. */
	static Path study(Path dir) throws Exception {
		Path file = dir.resolve("reference-test.segsense");
		Study s = StudyResources.newStudy("reference-test");
		for (String id : List.of("m1", "m2", "m3")) {
			ModelVariant v = SegsenseFactory.eINSTANCE.createModelVariant();
			v.setId(id);
			v.setName("U-Net " + id);
			s.getModelVariants().add(v);
		}
		StudyResources.save(s, file);
		return file;
	}

	private static void choose(Control page, String id, String item) {
		EditorUi.run(() -> {
			Combo c = EditorUi.find(page, id);
			int i = Arrays.asList(c.getItems()).indexOf(item);
			if (i < 0) {
				throw new AssertionError(item + " not offered: " + Arrays.toString(c.getItems()));
			}
			EditorUi.choose(c, i);
		});
	}

	private static void check(Control page, String id, boolean on) {
		EditorUi.run(() -> {
			Button b = EditorUi.find(page, id);
			b.setSelection(on);
			EditorUi.send(b, SWT.Selection);
		});
	}

	private static void type(Control page, String id, String text) {
		EditorUi.run(() -> EditorUi.type(EditorUi.find(page, id), text));
	}

	private static String text(Control page, String id) {
		return EditorUi.on(() -> EditorUi.<Text>find(page, id).getText());
	}

	@Test
	void theReferenceKindRatersAndStapleParametersAreEditedUndoneAndSaved() throws Exception {
		Path file = study(dir);
		session = new EditorSession(file);
		Study study = session.editor.study();
		Control page = session.page(Ids.REFERENCE_PAGE);
		List<String> kinds = EditorUi.on(() -> Arrays.asList(EditorUi.<Combo>find(page, Ids.REFERENCE_KIND).getItems()));
		assertEquals(List.of(GROUND_TRUTH, "Majority vote of raters", BINARY, MULTI), kinds, "the installed reference strategies");
		assertEquals(GROUND_TRUTH, EditorUi.on(() -> EditorUi.<Combo>find(page, Ids.REFERENCE_KIND).getText()));
		assertFalse(EditorUi.on(() -> EditorUi.exists(page, Ids.RATERS)), "ground truth has no raters");

		// Ground truth -> binary STAPLE: one command; every variant starts as a rater.
		choose(page, Ids.REFERENCE_KIND, BINARY);
		BinaryStapleReference binary = assertInstanceOf(BinaryStapleReference.class, study.getReference());
		assertEquals(study.getModelVariants(), binary.getRaters());
		for (String id : List.of("m1", "m2", "m3")) {
			assertTrue(EditorUi.on(() -> EditorUi.<Button>find(page, Ids.RATER + id).getSelection()), id);
		}
		assertEquals("U-Net m1 (m1)", EditorUi.on(() -> EditorUi.<Button>find(page, Ids.RATER + "m1").getText()));
		String tip = EditorUi.on(() -> EditorUi.<Text>find(page, Ids.REFERENCE_PARAMETER + "confidenceWeight").getToolTipText());
		assertTrue(tip.contains("ITK ConfidenceWeight") && tip.contains("> 0") && tip.contains("default 1"), tip);
		assertTrue(EditorUi.on(() -> EditorUi.exists(page, Ids.REFERENCE_PARAMETER + "maxIterations")));
		assertFalse(EditorUi.on(() -> EditorUi.exists(page, Ids.REFERENCE_PARAMETER + "terminationThreshold")), "a multi-label parameter");

		// Raters: fewer than two is an error on the raters until fixed; order follows the study's.
		assertFalse(EditorSession.decorated(page, Ids.RATERS));
		check(page, Ids.RATER + "m1", false);
		check(page, Ids.RATER + "m3", false);
		assertEquals(List.of(study.getModelVariants().get(1)), binary.getRaters());
		assertTrue(EditorSession.decorated(page, Ids.RATERS), "one rater is not a consensus");
		assertTrue(EditorSession.decoration(page, Ids.RATERS).contains("at least two"), EditorSession.decoration(page, Ids.RATERS));
		type(page, Ids.REFERENCE_PARAMETER + "maxIterations", "-3");
		assertTrue(EditorSession.decorated(page, Ids.REFERENCE_PARAMETER + "maxIterations"), "a negative iteration limit");
		EditorUi.on(() -> EditorUi.screenshot(session.container(), "editor-reference-invalid"));
		check(page, Ids.RATER + "m1", true);
		assertEquals(List.of(study.getModelVariants().get(0), study.getModelVariants().get(1)), binary.getRaters(), "in the study's order");
		assertFalse(EditorSession.decorated(page, Ids.RATERS), "fixed: the decoration is gone");

		// STAPLE parameters; an invalid one is decorated until fixed.
		type(page, Ids.REFERENCE_PARAMETER + "confidenceWeight", "0");
		assertEquals(0.0, binary.getConfidenceWeight());
		assertTrue(EditorSession.decorated(page, Ids.REFERENCE_PARAMETER + "confidenceWeight"));
		assertTrue(EditorSession.decoration(page, Ids.REFERENCE_PARAMETER + "confidenceWeight").contains("positive"));
		type(page, Ids.REFERENCE_PARAMETER + "confidenceWeight", "2.5");
		assertEquals(2.5, binary.getConfidenceWeight());
		assertFalse(EditorSession.decorated(page, Ids.REFERENCE_PARAMETER + "confidenceWeight"));
		type(page, Ids.REFERENCE_PARAMETER + "maxIterations", "40");
		assertEquals(40, binary.getMaxIterations());
		type(page, Ids.REFERENCE_PARAMETER + "maxIterations", "many");
		assertEquals(40, binary.getMaxIterations(), "text that does not parse changes nothing");
		assertEquals("40", text(page, Ids.REFERENCE_PARAMETER + "maxIterations"), "and the model's value comes back");

		// Scoring also against the truth: a check box with the model's documentation.
		assertFalse(EditorUi.on(() -> EditorUi.<Button>find(page, Ids.REFERENCE_PARAMETER + "scoreAgainstTruth").getSelection()));
		assertTrue(EditorUi.on(() -> EditorUi.<Button>find(page, Ids.REFERENCE_PARAMETER + "scoreAgainstTruth").getToolTipText()).contains("@truth"));
		check(page, Ids.REFERENCE_PARAMETER + "scoreAgainstTruth", true);
		assertTrue(binary.isScoreAgainstTruth());

		// Binary -> multi-label STAPLE keeps the raters, the iteration limit and the truth scoring.
		choose(page, Ids.REFERENCE_KIND, MULTI);
		MultiLabelStapleReference multi = assertInstanceOf(MultiLabelStapleReference.class, study.getReference());
		assertTrue(multi.isScoreAgainstTruth(), "scoring against the truth kept");
		assertTrue(EditorUi.on(() -> EditorUi.<Button>find(page, Ids.REFERENCE_PARAMETER + "scoreAgainstTruth").getSelection()), "the box follows");
		assertEquals(binary.getRaters(), multi.getRaters(), "raters kept");
		assertEquals(40, multi.getMaxIterations(), "the iteration limit kept");
		assertEquals("40", text(page, Ids.REFERENCE_PARAMETER + "maxIterations"));
		assertFalse(EditorUi.on(() -> EditorUi.exists(page, Ids.REFERENCE_PARAMETER + "confidenceWeight")), "a binary STAPLE parameter");
		assertEquals("ITK's default", EditorUi.on(() -> EditorUi.<Text>find(page, Ids.REFERENCE_PARAMETER + "undecidedLabel").getMessage()));
		type(page, Ids.REFERENCE_PARAMETER + "terminationThreshold", "1e-4");
		assertEquals(1e-4, multi.getTerminationThreshold());
		type(page, Ids.REFERENCE_PARAMETER + "undecidedLabel", "9");
		assertTrue(multi.isSetUndecidedLabel());
		assertEquals(9, multi.getUndecidedLabel());
		type(page, Ids.REFERENCE_PARAMETER + "undecidedLabel", "");
		assertFalse(multi.isSetUndecidedLabel(), "empty: unset, ITK's default");
		EditorUi.on(() -> EditorUi.screenshot(session.container(), "editor-reference"));

		// Undo and redo through the workbench's commands.
		session.undo();
		assertEquals(9, multi.getUndecidedLabel(), "undo: the undecided label is back");
		assertEquals("9", text(page, Ids.REFERENCE_PARAMETER + "undecidedLabel"), "the field follows");
		session.undo();
		session.undo();
		assertFalse(multi.isSetUndecidedLabel());
		assertEquals(1e-5, multi.getTerminationThreshold());
		session.undo();
		assertEquals(binary, study.getReference(), "undo: binary STAPLE again, the same object");
		assertEquals("2.5", text(page, Ids.REFERENCE_PARAMETER + "confidenceWeight"));
		assertEquals(BINARY, EditorUi.on(() -> EditorUi.<Combo>find(page, Ids.REFERENCE_KIND).getText()));
		session.redo();
		assertEquals(multi, study.getReference(), "redo: multi-label STAPLE again");
		assertEquals(MULTI, EditorUi.on(() -> EditorUi.<Combo>find(page, Ids.REFERENCE_KIND).getText()));

		// Save and reload.
		EditorUi.run(() -> session.editor.doSave(null));
		assertFalse(EditorUi.on(session.editor::isDirty));
		Study reloaded = StudyResources.load(file);
		assertTrue(EcoreUtil.equals(study, reloaded), "the file holds what was edited");
		MultiLabelStapleReference r = assertInstanceOf(MultiLabelStapleReference.class, reloaded.getReference());
		assertEquals(List.of("m1", "m2"), r.getRaters().stream().map(ModelVariant::getId).toList());
		assertEquals(40, r.getMaxIterations());

		// Back to ground truth: no raters to keep, the iteration limit has nowhere to go.
		choose(page, Ids.REFERENCE_KIND, GROUND_TRUTH);
		assertInstanceOf(GroundTruthReference.class, study.getReference());
		assertFalse(EditorUi.on(() -> EditorUi.exists(page, Ids.RATERS)));
	}

	@Test
	void metricsFromTheCatalogueWithTheirParametersAndTheEvaluationAreEditedUndoneAndSaved() throws Exception {
		Path file = study(dir);
		session = new EditorSession(file);
		Study study = session.editor.study();
		Control page = session.page(Ids.REFERENCE_PAGE);
		List<String> offered = EditorUi.on(() -> Arrays.asList(EditorUi.<Combo>find(page, Ids.METRIC_ADD_TYPE).getItems()));
		assertTrue(offered.contains("UI test overlap (uiTestOverlap)"), "the contributed metric is offered: " + offered);
		assertTrue(offered.contains("Normalised surface distance (nsd)") && offered.contains("Dice similarity coefficient (dice)"), offered.toString());
		assertEquals(4, EditorUi.on(() -> EditorUi.<Table>find(page, Ids.METRICS).getItemCount()), "the starter's metrics");

		// Add a second NSD: a fresh id, the tolerance field generated with unit, range and default.
		choose(page, Ids.METRIC_ADD_TYPE, "Normalised surface distance (nsd)");
		EditorUi.run(() -> EditorUi.send(EditorUi.find(page, Ids.METRIC_ADD), SWT.Selection));
		assertEquals(5, study.getMetrics().size());
		MetricSpec nsd = study.getMetrics().get(4);
		assertEquals("nsd-2", nsd.getId());
		assertEquals("nsd", nsd.getMetricType());
		assertEquals("nsd-2", text(page, Ids.METRIC_ID), "the new metric is selected");
		EditorUi.run(() -> {
			Text tolerance = EditorUi.find(page, Ids.PARAMETER + "tolerance");
			assertEquals("default 1", tolerance.getMessage());
			assertTrue(tolerance.getToolTipText().contains("\u2265 0 mm"), tolerance.getToolTipText());
		});
		type(page, Ids.PARAMETER + "tolerance", "3");
		assertEquals(1, nsd.getParameters().size());
		assertEquals("tolerance", nsd.getParameters().get(0).getName());
		assertEquals("3", nsd.getParameters().get(0).getValue());
		type(page, Ids.PARAMETER + "tolerance", "-1");
		assertTrue(EditorSession.decorated(page, Ids.PARAMETER + "tolerance"), "a negative tolerance is an error");
		type(page, Ids.PARAMETER + "tolerance", "0.5");
		assertFalse(EditorSession.decorated(page, Ids.PARAMETER + "tolerance"), "fixed: the decoration is gone");
		type(page, Ids.METRIC_LABELS, "1, 2");
		assertEquals(List.of(1, 2), nsd.getLabels());
		type(page, Ids.METRIC_ID, "nsd");
		assertTrue(EditorSession.decorated(page, Ids.METRIC_ID), "two metrics named nsd");
		type(page, Ids.METRIC_ID, "nsd-half");
		assertFalse(EditorSession.decorated(page, Ids.METRIC_ID));
		List<String> row = EditorUi.on(() -> {
			org.eclipse.swt.widgets.TableItem item = EditorUi.<Table>find(page, Ids.METRICS).getItem(4);
			return List.of(item.getText(0), item.getText(1), item.getText(2), item.getText(3));
		});
		assertEquals(List.of("nsd-half", "Normalised surface distance", "tolerance=0.5", "1 2"), row);
		EditorUi.on(() -> EditorUi.screenshot(session.container(), "editor-metrics"));

		// The contributed metric: no parameters; removed again.
		choose(page, Ids.METRIC_ADD_TYPE, "UI test overlap (uiTestOverlap)");
		EditorUi.run(() -> EditorUi.send(EditorUi.find(page, Ids.METRIC_ADD), SWT.Selection));
		assertEquals("uiTestOverlap", study.getMetrics().get(5).getMetricType());
		assertFalse(EditorUi.on(() -> EditorUi.exists(page, Ids.PARAMETER + "tolerance")), "no tolerance for this metric");
		String type = EditorUi.on(() -> EditorUi.<Label>find(page, Ids.METRIC_TYPE).getText());
		assertTrue(type.contains("UI test overlap") && type.contains("org.segsense.ui"), type);
		EditorUi.run(() -> EditorUi.send(EditorUi.find(page, Ids.METRIC_REMOVE), SWT.Selection));
		assertEquals(5, study.getMetrics().size());
		assertFalse(study.getMetrics().stream().anyMatch(m -> "uiTestOverlap".equals(m.getMetricType())));

		// Evaluation space, aggregation, worst value.
		EditorUi.run(() -> EditorUi.choose(EditorUi.find(page, Ids.EVALUATION_SPACE), 1));
		assertEquals(EvaluationSpace.MAP_PREDICTION_BACK, study.getEvaluationSpace());
		EditorUi.run(() -> EditorUi.choose(EditorUi.find(page, Ids.AGGREGATION), 0));
		assertEquals(AggregationPolicy.EXCLUDE, study.getAggregation());
		type(page, Ids.WORST_VALUE, "250");
		assertEquals(250.0, study.getWorstValue());
		type(page, Ids.WORST_VALUE, "");
		assertNull(study.getWorstValue(), "empty: the grid diagonal");
		type(page, Ids.WORST_VALUE, "-5");
		assertTrue(EditorSession.decorated(page, Ids.WORST_VALUE), "a negative worst value is an error");
		assertTrue(EditorSession.decoration(page, Ids.WORST_VALUE).contains("not a finite distance"), EditorSession.decoration(page, Ids.WORST_VALUE));
		type(page, Ids.WORST_VALUE, "300");
		assertTrue(EditorSession.decoration(page, Ids.WORST_VALUE).contains("no effect"), "valid, but unused when excluding: a warning");

		// Undo/redo of the metric edits: select the new metric and step back through its parameter.
		session.undo(); // worst value 300 -> -5
		session.undo(); // -> unset
		session.undo(); // -> 250
		assertEquals(250.0, study.getWorstValue());
		assertEquals("250", text(page, Ids.WORST_VALUE));
		session.undo(); // -> unset
		session.undo(); // aggregation back
		assertEquals(AggregationPolicy.WORST_CASE, study.getAggregation());
		session.undo(); // evaluation space back
		session.undo(); // the removed metric is back
		assertEquals(6, study.getMetrics().size());
		session.undo(); // the contributed metric is gone
		session.undo(); // id nsd -> nsd-2... (nsd-half -> nsd)
		session.undo(); // nsd -> nsd-2
		assertEquals("nsd-2", nsd.getId());
		session.undo(); // labels
		assertTrue(nsd.getLabels().isEmpty());
		session.undo(); // tolerance 0.5 -> -1
		session.undo(); // -> 3
		assertEquals("3", nsd.getParameters().get(0).getValue());
		session.undo(); // the tolerance value is removed
		assertTrue(nsd.getParameters().isEmpty());
		session.redo();
		session.redo();
		session.redo();
		assertEquals("0.5", nsd.getParameters().get(0).getValue(), "redo: the value is back");
		for (int i = 0; i < 11; i++) {
			session.redo();
		}
		assertEquals(300.0, study.getWorstValue(), "redone to the end");
		assertEquals("nsd-half", nsd.getId());
		EditorUi.run(() -> {
			Table t = EditorUi.find(page, Ids.METRICS);
			t.setSelection(4);
			EditorUi.send(t, SWT.Selection);
		});
		assertEquals("0.5", text(page, Ids.PARAMETER + "tolerance"));

		EditorUi.run(() -> session.editor.doSave(null));
		Study reloaded = StudyResources.load(file);
		assertTrue(EcoreUtil.equals(study, reloaded), "the file holds what was edited");
		MetricSpec saved = reloaded.getMetrics().get(4);
		assertEquals("nsd-half", saved.getId());
		assertEquals("0.5", saved.getParameters().get(0).getValue());
		assertEquals(List.of(1, 2), saved.getLabels());
		assertEquals(EvaluationSpace.MAP_PREDICTION_BACK, reloaded.getEvaluationSpace());
		assertEquals(AggregationPolicy.EXCLUDE, reloaded.getAggregation());
		assertEquals(300.0, reloaded.getWorstValue());
	}

	@Test
	void aStudyWithoutReferenceIsFlaggedOnTheKindUntilOneIsChosen() throws Exception {
		Path file = dir.resolve("no-reference.segsense");
		Study s = StudyResources.newStudy("no-reference");
		s.setReference(null);
		ModelVariant v = SegsenseFactory.eINSTANCE.createModelVariant();
		v.setId("only");
		s.getModelVariants().add(v);
		StudyResources.save(s, file);
		session = new EditorSession(file);
		Control page = session.page(Ids.REFERENCE_PAGE);
		assertEquals("", EditorUi.on(() -> EditorUi.<Combo>find(page, Ids.REFERENCE_KIND).getText()), "no kind chosen");
		assertTrue(EditorSession.decorated(page, Ids.REFERENCE_KIND));
		assertTrue(EditorSession.decoration(page, Ids.REFERENCE_KIND).contains("no reference strategy"));
		choose(page, Ids.REFERENCE_KIND, "Majority vote of raters");
		assertFalse(EditorSession.decorated(page, Ids.REFERENCE_KIND), "fixed: the decoration is gone");
		assertEquals(session.editor.study().getModelVariants(), ((org.segsense.model.MajorityVoteReference) session.editor.study().getReference()).getRaters());
		assertTrue(EditorSession.decorated(page, Ids.RATERS), "one model variant cannot make a consensus");
		assertTrue(EditorUi.on(() -> EditorUi.exists(page, Ids.REFERENCE_PARAMETER + "undecidedLabel")));
		session.undo();
		assertNull(session.editor.study().getReference(), "undo: no reference again");
		assertTrue(EditorSession.decorated(page, Ids.REFERENCE_KIND));
	}

	@Test
	void thePagesComeAfterPerturbationsAndBeforeSource() throws Exception {
		session = new EditorSession(study(dir));
		int perturbations = session.index(Ids.PERTURBATIONS_PAGE);
		int reference = session.index(Ids.REFERENCE_PAGE);
		int execution = session.index(Ids.EXECUTION_PAGE);
		int source = session.index(Ids.SOURCE_PAGE);
		assertTrue(perturbations < reference && reference == execution - 1 && execution < source,
				perturbations + " " + reference + " " + execution + " " + source);
		assertEquals("Reference and metrics", EditorUi.on(() -> session.editor.findPage(Ids.REFERENCE_PAGE).getTitle()));
	}

	@Test
	void aMetricInstalledWhileTheEditorIsOpenIsOfferedAndGoneWhenUninstalled() throws Exception {
		session = new EditorSession(study(dir));
		Control page = session.page(Ids.REFERENCE_PAGE);
		String item = "FP volume from a plug-in (uiRuntimeFpMl)";
		assertFalse(offered(page).contains(item));
		// A plug-in installed at run time, naming a class of org.segsense.metrics.volumes (the jar holds no code).
		Path jar = org.segsense.testing.TestBundles.pluginJar(dir, "org.segsense.ui.tests.latemetric", "org.segsense.metrics.volumes", """
				<extension point="org.segsense.metrics.metrics">
				   <metric id="uiRuntimeFpMl" name="FP volume from a plug-in" unit="ml" higherIsBetter="false"
				         description="As falsePositiveVolumeMl." class="org.segsense.metrics.volumes.FalsePositiveVolume"/>
				</extension>""");
		org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(ReferenceAndMetricsPageTest.class).getBundleContext();
		org.osgi.framework.Bundle bundle = context.installBundle(jar.toUri().toString());
		try {
			bundle.start();
			org.segsense.testing.TestBundles.await("the editor offers uiRuntimeFpMl", () -> offered(page).contains(item));
		} finally {
			bundle.uninstall();
		}
		org.segsense.testing.TestBundles.await("the editor drops uiRuntimeFpMl", () -> !offered(page).contains(item));
	}

	private static List<String> offered(Control page) {
		return EditorUi.on(() -> Arrays.asList(EditorUi.<Combo>find(page, Ids.METRIC_ADD_TYPE).getItems()));
	}
}
