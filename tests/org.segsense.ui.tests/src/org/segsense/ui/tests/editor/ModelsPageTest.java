// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.model.FileReference;
import org.segsense.model.LabelDefinition;
import org.segsense.model.ModelVariant;
import org.segsense.model.NormalizationMethod;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;
import org.segsense.ui.editor.Ids;
import org.segsense.ui.editor.StudyEditor;
import org.segsense.ui.tests.viewer.Ui;

/**
 * The Models page driven through its widgets: the inspection of a tiny real SavedModel (signature, tensor shapes,
 * safety verdict) computed in the background by the model inspection service; an unsafe model's verdict; a
 * missing model folder's message; tiling, normalisation and a label colour edited as undoable commands, saved
 * and reloaded.
 */
class ModelsPageTest {

	@TempDir
	Path dir;

	private StudyEditor editor;

	@AfterEach
	void close() {
		Editors.close(editor);
	}

	private static ModelVariant variant(String id, String path) {
		SegsenseFactory f = SegsenseFactory.eINSTANCE;
		ModelVariant v = f.createModelVariant();
		v.setId(id);
		v.setName("Variant " + id);
		FileReference r = f.createFileReference();
		r.setPath(path);
		v.setSavedModel(r);
		v.setNormalization(NormalizationMethod.ZSCORE);
		String[][] labels = {{"0", "background", ""}, {"1", "tumour", "#00FF00"}, {"2", "oedema", ""}};
		for (String[] l : labels) {
			LabelDefinition d = f.createLabelDefinition();
			d.setValue(Integer.parseInt(l[0]));
			d.setName(l[1]);
			d.setColour(l[2].isEmpty() ? null : l[2]);
			v.getLabels().add(d);
		}
		return v;
	}

	private Path study() throws Exception {
		TinySavedModels.write(dir.resolve("models/tiny"), false);
		TinySavedModels.write(dir.resolve("models/hostile"), true);
		Study s = StudyResources.newStudy("models-test");
		s.getModelVariants().add(variant("tiny", "models/tiny"));
		s.getModelVariants().add(variant("hostile", "models/hostile"));
		s.getModelVariants().add(variant("gone", "models/missing"));
		Path file = dir.resolve("models-test.segsense");
		StudyResources.save(s, file);
		return file;
	}

	private static String inspection(Control page, String expected) {
		Ui.waitUntil(() -> EditorUi.<Text>find(page, Ids.INSPECTION).getText().contains(expected), "an inspection showing " + expected);
		return EditorUi.on(() -> EditorUi.<Text>find(page, Ids.INSPECTION).getText());
	}

	private static void select(Control page, int row) {
		Ui.run(() -> {
			Table t = EditorUi.find(page, Ids.VARIANTS);
			t.setSelection(row);
			EditorUi.send(t, org.eclipse.swt.SWT.Selection);
		});
	}

	@Test
	void showsTheInspectionOfARealSavedModelAndEditsAsCommands() throws Exception {
		Path file = study();
		editor = Editors.open(file);
		Control page = Editors.page(editor, Ids.MODELS_PAGE);
		assertEquals(3, EditorUi.on(() -> EditorUi.<Table>find(page, Ids.VARIANTS).getItemCount()));
		assertEquals("models/tiny", EditorUi.on(() -> EditorUi.<Text>find(page, Ids.VARIANT_MODEL).getText()));

		String shown = inspection(page, "Verdict:");
		assertTrue(shown.contains("Engine: TensorFlow"), shown);
		assertTrue(shown.contains("Signature serving_default  (called by this variant)"), shown);
		assertTrue(shown.contains("in  image DT_FLOAT [-1, -1, -1, -1, 1] (image:0)"), shown);
		assertTrue(shown.contains("out probabilities DT_FLOAT [-1, -1, -1, -1, 1] (probabilities:0)"), shown);
		assertTrue(shown.contains("Operations: 2 nodes of 2 types"), shown);
		assertTrue(shown.contains("Verdict: safe"), shown);

		// the label map with the viewer's colours: the label's own, else the viewer's palette
		List<String> colours = EditorUi.on(() -> {
			Table t = EditorUi.find(page, Ids.VARIANT_LABELS);
			return List.of(t.getItem(0).getText(2), t.getItem(1).getText(2), t.getItem(2).getText(2));
		});
		assertEquals(List.of("not drawn", "#00FF00", "#3CB44B (palette)"), colours);

		// edits: tiling, normalisation, a label colour — each an undoable command
		ModelVariant tiny = editor.study().getModelVariants().get(0);
		Ui.run(() -> EditorUi.type(EditorUi.find(page, Ids.VARIANT_TILE_SIZE), "32 32 16"));
		Ui.run(() -> EditorUi.type(EditorUi.find(page, Ids.VARIANT_TILE_OVERLAP), "8"));
		assertEquals(List.of(32, 32, 16), tiny.getTileSize());
		assertEquals(List.of(8), tiny.getTileOverlap());
		Ui.run(() -> EditorUi.choose(EditorUi.<Combo>find(page, Ids.VARIANT_NORMALIZATION), NormalizationMethod.MIN_MAX.getValue()));
		assertEquals(NormalizationMethod.MIN_MAX, tiny.getNormalization());
		Ui.run(() -> {
			Table t = EditorUi.find(page, Ids.VARIANT_LABELS);
			t.setSelection(2);
			EditorUi.send(t, org.eclipse.swt.SWT.Selection);
		});
		Ui.run(() -> EditorUi.type(EditorUi.find(page, Ids.VARIANT_LABEL_COLOUR), "#0000FF"));
		assertEquals("#0000FF", tiny.getLabels().get(2).getColour());
		assertEquals("#0000FF", EditorUi.on(() -> EditorUi.<Table>find(page, Ids.VARIANT_LABELS).getItem(2).getText(2)));
		// a colour that is not #RRGGBB is flagged on the field by validation
		Ui.run(() -> EditorUi.type(EditorUi.find(page, Ids.VARIANT_LABEL_COLOUR), "blue"));
		assertTrue(EditorUi.on(() -> ((ControlDecoration) EditorUi.find(page, Ids.VARIANT_LABEL_COLOUR).getData(Ids.DECORATION)).isVisible()));
		Editors.command(editor, "org.eclipse.ui.edit.undo");
		assertEquals("#0000FF", tiny.getLabels().get(2).getColour());
		assertFalse(EditorUi.on(() -> ((ControlDecoration) EditorUi.find(page, Ids.VARIANT_LABEL_COLOUR).getData(Ids.DECORATION)).isVisible()));
		Editors.command(editor, "org.eclipse.ui.edit.undo");
		Editors.command(editor, "org.eclipse.ui.edit.undo");
		assertEquals(NormalizationMethod.ZSCORE, tiny.getNormalization());
		Editors.command(editor, "org.eclipse.ui.edit.redo");
		Editors.command(editor, "org.eclipse.ui.edit.redo");
		assertEquals("#0000FF", tiny.getLabels().get(2).getColour());
		Ui.run(() -> EditorUi.screenshot(page.getParent(), "editor-models"));

		EditorUi.run(() -> editor.doSave(null));
		assertTrue(EcoreUtil.equals(editor.study(), StudyResources.load(file)), "the saved study equals the edited one");
		for (int i = 0; i < 4; i++) {
			Editors.command(editor, "org.eclipse.ui.edit.undo");
		}
		assertEquals(List.of(), tiny.getTileSize(), "undone to the study as it was");
	}

	@Test
	void anUnsafeModelAndAMissingFolderAreReported() throws Exception {
		Path file = study();
		editor = Editors.open(file);
		Control page = Editors.page(editor, Ids.MODELS_PAGE);
		inspection(page, "Verdict: safe");

		select(page, 1);
		String shown = inspection(page, "Verdict: unsafe");
		assertTrue(shown.contains("ReadFile") && shown.contains("not on the allow-list"), shown);

		select(page, 2);
		Path missing = dir.resolve("models/missing").toAbsolutePath().normalize();
		shown = inspection(page, "does not exist");
		assertTrue(shown.startsWith("Model folder " + missing + " does not exist."), shown);
		assertTrue(shown.contains("Set the variant's model path to the folder of a TensorFlow SavedModel"), shown);

		// fixing the path inspects the new folder
		Ui.run(() -> EditorUi.type(EditorUi.find(page, Ids.VARIANT_MODEL), "models/tiny"));
		assertEquals("models/tiny", editor.study().getModelVariants().get(2).getSavedModel().getPath());
		inspection(page, "Verdict: safe");
		// pressing Inspect reads the folder again
		Ui.run(() -> EditorUi.send(EditorUi.find(page, Ids.INSPECT), org.eclipse.swt.SWT.Selection));
		inspection(page, "Verdict: safe");
	}
}
