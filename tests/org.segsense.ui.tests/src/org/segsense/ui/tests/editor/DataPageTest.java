// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.model.Case;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;
import org.segsense.testing.studies.SyntheticProjects;
import org.segsense.ui.editor.Ids;
import org.segsense.ui.editor.StudyEditor;
import org.segsense.ui.tests.viewer.Ui;

/**
 * The Data page driven through its widgets: add a case through the Add Case dialog, its thumbnail rendered off
 * the UI thread, remove it, undo and redo, save and reload; bad input (unreadable file, duplicate id) refused
 * in the dialog naming the file and the fix; a folder imported by pattern as one undoable command.
 */
class DataPageTest {

	private static final String UNDO = "org.eclipse.ui.edit.undo";
	private static final String REDO = "org.eclipse.ui.edit.redo";

	@TempDir
	Path dir;

	private StudyEditor editor;

	@AfterEach
	void close() {
		Ui.run(() -> Editors.dialog(Ids.CASE_DIALOG).ifPresent(Shell::close));
		Ui.run(() -> Editors.dialog(Ids.IMPORT_DIALOG).ifPresent(Shell::close));
		Editors.close(editor);
	}

	private Path study(String... caseIds) throws Exception {
		SyntheticProjects.writeCase(dir, "c1", 1);
		SyntheticProjects.writeCase(dir, "c2", 2);
		Study s = StudyResources.newStudy("data-test");
		for (String id : caseIds) {
			Case c = org.segsense.model.SegsenseFactory.eINSTANCE.createCase();
			c.setId(id);
			org.segsense.model.ImageChannel ch = org.segsense.model.SegsenseFactory.eINSTANCE.createImageChannel();
			ch.setName("image");
			ch.setPath("images/" + id + ".nii.gz");
			if (id.equals("c1")) {
				ch.setChecksum("sha256:" + "0".repeat(64)); // recorded for the channel only
			}
			c.getChannels().add(ch);
			org.segsense.model.FileReference label = org.segsense.model.SegsenseFactory.eINSTANCE.createFileReference();
			label.setPath("images/" + id + "_label.nii.gz");
			c.setLabelImage(label);
			s.getCases().add(c);
		}
		Path file = dir.resolve("data-test.segsense");
		StudyResources.save(s, file);
		return file;
	}

	private static void fill(Shell dialog, String id, String text) {
		Ui.run(() -> EditorUi.<Text>find(dialog, id).setText(text));
	}

	private static int rows(Control page) {
		return EditorUi.on(() -> EditorUi.<Table>find(page, Ids.CASES).getItemCount());
	}

	@Test
	void addACaseSeeItsThumbnailRemoveUndoRedoSaveAndReload() throws Exception {
		Path file = study();
		editor = Editors.open(file);
		Control page = Editors.page(editor, Ids.DATA_PAGE);
		assertEquals(0, rows(page));

		Shell dialog = Editors.pressForDialog(page, Ids.CASE_ADD, Ids.CASE_DIALOG);
		fill(dialog, Ids.CASE_CHANNELS, dir.resolve("images/c1.nii.gz").toString());
		fill(dialog, Ids.CASE_LABEL, dir.resolve("images/c1_label.nii.gz").toString());
		Editors.ok(dialog);
		Ui.waitUntil(() -> Editors.dialog(Ids.CASE_DIALOG).isEmpty(), "the Add Case dialog to close");

		Study s = editor.study();
		assertEquals(1, s.getCases().size());
		Case c1 = s.getCases().get(0);
		assertEquals("c1", c1.getId(), "the id defaults to the channel file's name");
		assertEquals("images/c1.nii.gz", c1.getChannels().get(0).getPath(), "a file inside the study's folder is referenced relative to it");
		assertEquals("image", c1.getChannels().get(0).getName());
		assertEquals("images/c1_label.nii.gz", c1.getLabelImage().getPath());
		assertEquals(null, c1.getRoiMask());
		assertTrue(EditorUi.on(editor::isDirty));
		assertEquals(1, rows(page));
		String row = EditorUi.on(() -> {
			org.eclipse.swt.widgets.TableItem item = EditorUi.<Table>find(page, Ids.CASES).getItem(0);
			return item.getText(0) + "|" + item.getText(1) + "|" + item.getText(2) + "|" + item.getText(3) + "|" + item.getText(4);
		});
		assertEquals("c1|image: images/c1.nii.gz|images/c1_label.nii.gz|\u2014|not recorded", row);

		// the thumbnail: rendered by a background thread, not empty, the label map drawn over the image
		Label thumbnail = EditorUi.on(() -> EditorUi.<Label>find(page, Ids.CASE_THUMBNAIL));
		Ui.waitUntil(() -> thumbnail.getImage() != null, "the thumbnail");
		String uiThread = EditorUi.on(() -> Thread.currentThread().getName());
		String renderedOn = EditorUi.on(() -> (String) thumbnail.getData("segsense.renderedOn"));
		assertNotNull(renderedOn);
		assertNotEquals(uiThread, renderedOn, "rendered off the UI thread");
		ImageData pixels = EditorUi.on(() -> thumbnail.getImage().getImageData());
		int grey = 0;
		int labelled = 0;
		for (int y = 0; y < pixels.height; y++) {
			for (int x = 0; x < pixels.width; x++) {
				org.eclipse.swt.graphics.RGB p = pixels.palette.getRGB(pixels.getPixel(x, y));
				if (p.red > 20 && p.red == p.green && p.green == p.blue) {
					grey++;
				} else if (p.red > p.green + 40) {
					labelled++; // label 1 in the viewer's first palette colour (#E6194B) at 40 %
				}
			}
		}
		assertTrue(grey > pixels.width * pixels.height / 4, "the image fills the thumbnail: " + grey + " grey pixels");
		assertTrue(labelled > 50, "the label map is drawn over it: " + labelled + " labelled pixels");
		Ui.run(() -> EditorUi.screenshot(page.getParent(), "editor-data"));

		// undo and redo through the workbench's commands
		Editors.command(editor, UNDO);
		assertEquals(0, s.getCases().size());
		assertFalse(EditorUi.on(editor::isDirty));
		Editors.command(editor, REDO);
		assertEquals(List.of("c1"), s.getCases().stream().map(Case::getId).toList());
		assertEquals(1, rows(page));

		// save, reload, compare
		EditorUi.run(() -> editor.doSave(null));
		assertFalse(EditorUi.on(editor::isDirty));
		Study reloaded = StudyResources.load(file);
		assertTrue(EcoreUtil.equals(s, reloaded), "the saved study equals the edited one");

		// remove, undo
		EditorUi.run(() -> EditorUi.send(EditorUi.find(page, Ids.CASE_REMOVE), org.eclipse.swt.SWT.Selection));
		assertEquals(0, s.getCases().size());
		assertEquals(0, rows(page));
		assertTrue(Files.exists(dir.resolve("images/c1.nii.gz")), "removing a case keeps its files");
		Editors.command(editor, UNDO);
		assertEquals(1, s.getCases().size());
		assertTrue(EcoreUtil.equals(reloaded.getCases().get(0), s.getCases().get(0)));
	}

	@Test
	void badInputIsRefusedInTheDialogNamingTheFileAndTheFix() throws Exception {
		Path file = study("c1", "c3"); // c3's image does not exist
		Path garbage = Files.writeString(dir.resolve("notes.nii.gz"), "not an image");
		editor = Editors.open(file);
		Control page = Editors.page(editor, Ids.DATA_PAGE);
		List<String> problems = EditorUi.on(() -> {
			Table t = EditorUi.find(page, Ids.CASES);
			return List.of(t.getItem(0).getText(5), t.getItem(1).getText(5));
		});
		assertEquals("", problems.get(0), "c1 is fine");
		String tooltip = EditorUi.on(() -> {
			Table t = EditorUi.find(page, Ids.CASES);
			org.eclipse.swt.graphics.Rectangle r = t.getItem(1).getBounds(0);
			org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
			e.x = r.x + 2;
			e.y = r.y + r.height / 2;
			Ui.send(t, org.eclipse.swt.SWT.MouseHover, e);
			return t.getToolTipText();
		});
		assertEquals(problems.get(1), tooltip, "hovering a row shows its whole problem text");
		assertEquals(List.of("1 of 2 recorded", "not recorded"), EditorUi.on(() -> {
			Table t = EditorUi.find(page, Ids.CASES);
			return List.of(t.getItem(0).getText(4), t.getItem(1).getText(4));
		}));
		assertTrue(problems.get(1).startsWith("error: ") && problems.get(1).contains("images/c3.nii.gz") && problems.get(1).contains("does not exist"),
				"the case's validation problem is shown in its row: " + problems.get(1));

		Shell dialog = Editors.pressForDialog(page, Ids.CASE_ADD, Ids.CASE_DIALOG);
		fill(dialog, Ids.CASE_ID, "c9");
		fill(dialog, Ids.CASE_CHANNELS, garbage.toString());
		Editors.ok(dialog);
		String error = EditorUi.on(() -> EditorUi.<Label>find(dialog, Ids.DIALOG_ERROR).getText());
		assertTrue(error.contains(garbage.toString()) && error.contains("cannot be read as an image") && error.contains("Choose a readable NIfTI"),
				error);
		assertTrue(EditorUi.on(() -> Editors.dialog(Ids.CASE_DIALOG).isPresent()), "the dialog stays open with what was typed");
		assertEquals(garbage.toString(), EditorUi.on(() -> EditorUi.<Text>find(dialog, Ids.CASE_CHANNELS).getText()));

		fill(dialog, Ids.CASE_ID, "c1");
		fill(dialog, Ids.CASE_CHANNELS, dir.resolve("images/c2.nii.gz").toString());
		Editors.ok(dialog);
		error = EditorUi.on(() -> EditorUi.<Label>find(dialog, Ids.DIALOG_ERROR).getText());
		assertTrue(error.contains("already has a case c1") && error.contains("give another id"), error);
		Ui.run(() -> EditorUi.screenshot(dialog, "editor-data-add"));

		fill(dialog, Ids.CASE_ID, "c2");
		fill(dialog, Ids.CASE_LABEL, dir.resolve("images/missing_label.nii.gz").toString());
		Editors.ok(dialog);
		error = EditorUi.on(() -> EditorUi.<Label>find(dialog, Ids.DIALOG_ERROR).getText());
		assertTrue(error.contains(dir.resolve("images/missing_label.nii.gz").toString()) && error.contains("label map") && error.contains("does not exist"), error);

		Ui.run(() -> Editors.dialog(Ids.CASE_DIALOG).ifPresent(Shell::close));
		assertEquals(List.of("c1", "c3"), editor.study().getCases().stream().map(Case::getId).toList(), "nothing was added");
		assertFalse(EditorUi.on(editor::isDirty));
	}

	@Test
	void importPairsAFolderAsOneUndoableCommand() throws Exception {
		Path file = study("c1");
		Path folder = Files.createDirectories(dir.resolve("incoming"));
		for (String id : List.of("a", "b")) {
			Files.copy(dir.resolve("images/c2.nii.gz"), folder.resolve(id + "_image.nii.gz"));
			Files.copy(dir.resolve("images/c2_label.nii.gz"), folder.resolve(id + "_label.nii.gz"));
		}
		editor = Editors.open(file);
		Control page = Editors.page(editor, Ids.DATA_PAGE);
		Shell dialog = Editors.pressForDialog(page, Ids.CASE_IMPORT, Ids.IMPORT_DIALOG);
		fill(dialog, Ids.IMPORT_FOLDER, "incoming"); // relative to the study's folder
		assertEquals("2 cases: a, b", EditorUi.on(() -> EditorUi.<Label>find(dialog, Ids.IMPORT_FOUND).getText()));
		Editors.ok(dialog);
		Ui.waitUntil(() -> Editors.dialog(Ids.IMPORT_DIALOG).isEmpty(), "the Import Cases dialog to close");
		Study s = editor.study();
		assertEquals(List.of("c1", "a", "b"), s.getCases().stream().map(Case::getId).toList());
		assertEquals("incoming/a_image.nii.gz", s.getCases().get(1).getChannels().get(0).getPath(), "referenced, not copied");
		assertEquals("image", s.getCases().get(1).getChannels().get(0).getName(), "named like the study's other cases");
		assertEquals("incoming/b_label.nii.gz", s.getCases().get(2).getLabelImage().getPath());
		assertEquals(3, rows(page));

		// the newest selection wins: select a, then b at once; b's thumbnail is shown and stays
		Ui.run(() -> {
			Table t = EditorUi.find(page, Ids.CASES);
			t.setSelection(1);
			EditorUi.send(t, org.eclipse.swt.SWT.Selection);
			t.setSelection(2);
			EditorUi.send(t, org.eclipse.swt.SWT.Selection);
		});
		Label caption = EditorUi.on(() -> EditorUi.<Label>find(page, Ids.CASE_THUMBNAIL_CAPTION));
		Ui.waitUntil(() -> caption.getText().startsWith("Case b, b_image.nii.gz: middle axial slice"), "the thumbnail of case b");
		Thread.sleep(500);
		assertTrue(EditorUi.on(caption::getText).startsWith("Case b,"), EditorUi.on(caption::getText));

		Editors.command(editor, UNDO);
		assertEquals(List.of("c1"), s.getCases().stream().map(Case::getId).toList(), "one undo removes the whole import");

		// a folder whose case is already in the study is refused as a whole
		Files.copy(dir.resolve("images/c2.nii.gz"), folder.resolve("c1_image.nii.gz"));
		Files.copy(dir.resolve("images/c2_label.nii.gz"), folder.resolve("c1_label.nii.gz"));
		Shell again = Editors.pressForDialog(page, Ids.CASE_IMPORT, Ids.IMPORT_DIALOG);
		fill(again, Ids.IMPORT_FOLDER, folder.toString());
		Editors.ok(again);
		String error = EditorUi.on(() -> EditorUi.<Label>find(again, Ids.DIALOG_ERROR).getText());
		assertTrue(error.contains("already has a case c1") && error.contains("c1_image.nii.gz") && error.contains("renaming the file"), error);
		assertEquals(1, s.getCases().size(), "nothing was imported");
	}
}
