// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.model.Device;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;
import org.segsense.ui.editor.Ids;

/**
 * The Execution page driven through its widgets: threads (0 = all cores, negative decorated until fixed)
 * and device; undo/redo; save, reload and compare; a study without execution settings gets them with the
 * first edit, in one undoable command.
 */
class ExecutionPageTest {

	@TempDir
	Path dir;

	private EditorSession session;

	@AfterEach
	void close() {
		if (session != null) {
			session.close();
		}
	}

	private static String text(Control page, String id) {
		return EditorUi.on(() -> EditorUi.<Text>find(page, id).getText());
	}

	@Test
	void threadsAndDeviceAreEditedValidatedUndoneAndSaved() throws Exception {
		Path file = ReferenceAndMetricsPageTest.study(dir);
		session = new EditorSession(file);
		Study study = session.editor.study();
		Control page = session.page(Ids.EXECUTION_PAGE);
		assertEquals("0", text(page, Ids.THREADS));
		String tip = EditorUi.on(() -> EditorUi.<Text>find(page, Ids.THREADS).getToolTipText());
		assertTrue(tip.contains("0 uses all cores (" + Runtime.getRuntime().availableProcessors() + " on this machine)"), tip);
		List<String> devices = EditorUi.on(() -> Arrays.asList(EditorUi.<Combo>find(page, Ids.DEVICE).getItems()));
		assertEquals(3, devices.size());
		assertTrue(devices.get(0).startsWith("auto") && devices.get(2).startsWith("gpu"), devices.toString());
		assertTrue(EditorUi.on(() -> EditorUi.<Combo>find(page, Ids.DEVICE).getText()).startsWith("auto"));

		EditorUi.run(() -> EditorUi.type(EditorUi.find(page, Ids.THREADS), "-2"));
		assertEquals(-2, study.getExecution().getThreads());
		assertTrue(EditorSession.decorated(page, Ids.THREADS), "negative threads are an error");
		assertTrue(EditorSession.decoration(page, Ids.THREADS).contains("negative"), EditorSession.decoration(page, Ids.THREADS));
		EditorUi.run(() -> EditorUi.type(EditorUi.find(page, Ids.THREADS), "4"));
		assertEquals(4, study.getExecution().getThreads());
		assertFalse(EditorSession.decorated(page, Ids.THREADS), "fixed: the decoration is gone");
		EditorUi.run(() -> EditorUi.type(EditorUi.find(page, Ids.THREADS), "2.5"));
		assertEquals(4, study.getExecution().getThreads(), "not a whole number: unchanged");
		assertEquals("4", text(page, Ids.THREADS));
		EditorUi.run(() -> EditorUi.choose(EditorUi.find(page, Ids.DEVICE), 2));
		assertEquals(Device.GPU, study.getExecution().getDevice());
		EditorUi.on(() -> EditorUi.screenshot(session.container(), "editor-execution"));

		session.undo();
		assertEquals(Device.AUTO, study.getExecution().getDevice(), "undo: the device is back");
		assertTrue(EditorUi.on(() -> EditorUi.<Combo>find(page, Ids.DEVICE).getText()).startsWith("auto"), "the combo follows");
		session.undo();
		assertEquals(-2, study.getExecution().getThreads());
		assertEquals("-2", text(page, Ids.THREADS));
		assertTrue(EditorSession.decorated(page, Ids.THREADS), "the error is back with the value");
		session.redo();
		session.redo();
		assertEquals(4, study.getExecution().getThreads());
		assertEquals(Device.GPU, study.getExecution().getDevice());

		EditorUi.run(() -> session.editor.doSave(null));
		assertFalse(EditorUi.on(session.editor::isDirty));
		Study reloaded = StudyResources.load(file);
		assertTrue(EcoreUtil.equals(study, reloaded), "the file holds what was edited");
		assertEquals(4, reloaded.getExecution().getThreads());
		assertEquals(Device.GPU, reloaded.getExecution().getDevice());
	}

	@Test
	void aStudyWithoutExecutionSettingsGetsThemWithTheFirstEdit() throws Exception {
		Path file = dir.resolve("no-execution.segsense");
		Study s = StudyResources.newStudy("no-execution");
		s.setExecution(null);
		StudyResources.save(s, file);
		session = new EditorSession(file);
		Study study = session.editor.study();
		Control page = session.page(Ids.EXECUTION_PAGE);
		assertEquals("0", text(page, Ids.THREADS), "the defaults are shown");
		EditorUi.run(() -> EditorUi.type(EditorUi.find(page, Ids.THREADS), "0"));
		assertNull(study.getExecution(), "the default typed: nothing to add");
		assertFalse(EditorUi.on(session.editor::isDirty));
		EditorUi.run(() -> EditorUi.type(EditorUi.find(page, Ids.THREADS), "3"));
		assertNotNull(study.getExecution());
		assertEquals(3, study.getExecution().getThreads());
		assertEquals(Device.AUTO, study.getExecution().getDevice());
		session.undo();
		assertNull(study.getExecution(), "one command: undo removes the settings again");
		assertEquals("0", text(page, Ids.THREADS));
		EditorUi.run(() -> EditorUi.choose(EditorUi.find(page, Ids.DEVICE), 1));
		assertEquals(Device.CPU, study.getExecution().getDevice());
		assertEquals(0, study.getExecution().getThreads());
	}
}
