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
 * The Execution page driven through its widgets: threads (0 = all cores, negative decorated until fixed),
 * inference and CPU-stage threads, shards (at least 1) and device; undo/redo; save, reload and compare; a study without execution settings gets them with the
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
		assertEquals("0", text(page, Ids.INFERENCE_THREADS));
		assertEquals("0", text(page, Ids.CPU_THREADS));
		assertEquals("1", text(page, Ids.SHARDS), "one part by default");
		EditorUi.run(() -> EditorUi.type(EditorUi.find(page, Ids.INFERENCE_THREADS), "2"));
		EditorUi.run(() -> EditorUi.type(EditorUi.find(page, Ids.CPU_THREADS), "-1"));
		assertTrue(EditorSession.decorated(page, Ids.CPU_THREADS), "negative CPU-stage threads are an error");
		EditorUi.run(() -> EditorUi.type(EditorUi.find(page, Ids.CPU_THREADS), "3"));
		assertFalse(EditorSession.decorated(page, Ids.CPU_THREADS));
		EditorUi.run(() -> EditorUi.type(EditorUi.find(page, Ids.SHARDS), "0"));
		assertTrue(EditorSession.decoration(page, Ids.SHARDS).contains("below 1"), EditorSession.decoration(page, Ids.SHARDS));
		EditorUi.run(() -> EditorUi.type(EditorUi.find(page, Ids.SHARDS), "8"));
		assertFalse(EditorSession.decorated(page, Ids.SHARDS));
		assertEquals(2, study.getExecution().getInferenceThreads());
		assertEquals(3, study.getExecution().getCpuThreads());
		assertEquals(8, study.getExecution().getShards());
		EditorUi.on(() -> EditorUi.screenshot(session.container(), "editor-execution"));
		// back to the device edit: the shards (0, 8), the CPU threads (-1, 3) and inference threads (2)
		for (int i = 0; i < 5; i++) {
			session.undo();
		}
		assertEquals(1, study.getExecution().getShards());
		assertEquals(0, study.getExecution().getInferenceThreads());
		for (int i = 0; i < 5; i++) {
			session.redo();
		}
		assertEquals(8, study.getExecution().getShards());
		assertEquals("8", text(page, Ids.SHARDS));
		for (int i = 0; i < 5; i++) {
			session.undo();
		}

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
		for (int i = 0; i < 5; i++) {
			session.redo();
		}
		assertEquals(8, study.getExecution().getShards());

		EditorUi.run(() -> session.editor.doSave(null));
		assertFalse(EditorUi.on(session.editor::isDirty));
		Study reloaded = StudyResources.load(file);
		assertTrue(EcoreUtil.equals(study, reloaded), "the file holds what was edited");
		assertEquals(4, reloaded.getExecution().getThreads());
		assertEquals(Device.GPU, reloaded.getExecution().getDevice());
		assertEquals(8, reloaded.getExecution().getShards());
		assertEquals(3, reloaded.getExecution().getCpuThreads());
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
