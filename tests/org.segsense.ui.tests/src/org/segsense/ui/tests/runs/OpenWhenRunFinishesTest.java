// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.ui.results.OpenWhenRunFinishes;
import org.segsense.ui.results.ResultsEditor;
import org.segsense.ui.results.ResultsPreferencePage;
import org.segsense.ui.runs.RunJob;
import org.segsense.ui.runs.RunJobs;
import org.segsense.ui.tests.viewer.Ui;
import org.segsense.workflows.run.RunRequest;

/**
 * A run started from the workbench opens its results editor when it finishes — registered by the workbench's startup,
 * switched by the preference {@value OpenWhenRunFinishes#PREFERENCE} (default on; the UI tests start with it off, by
 * the system property of the same name): on, the finished run's results editor opens for its run folder; off, none.
 */
class OpenWhenRunFinishesTest {

	@TempDir
	Path tmp;

	@AfterEach
	void cleanUp() {
		OpenWhenRunFinishes.setEnabled(false);
		Ui.run(() -> page().closeAllEditors(false));
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	/** @return the run folders of the open results editors */
	static List<Path> openResults() {
		return Ui.on(() -> Arrays.stream(page().getEditorReferences()).filter(r -> ResultsEditor.ID.equals(r.getId()))
				.map((IEditorReference r) -> ((ResultsEditor) r.getEditor(true)).runDir()).toList());
	}

	/** Runs the study into {@code out} as a workbench run job and waits until every finished-run listener has been told. */
	static void runAndWait(Path study, Path out) throws Exception {
		List<Path> finished = new CopyOnWriteArrayList<>();
		Runnable off = RunJobs.onFinished(finished::add);
		try {
			RunJob job = RunJobs.run(RunRequest.of(study, out));
			job.join(180_000, null);
			assertNotNull(job.summary(), String.valueOf(job.getResult()));
			Job.getJobManager().join(RunJobs.FAMILY, null);
			Ui.waitUntil(() -> finished.contains(out.toAbsolutePath().normalize()), "the run's finished listeners");
			Ui.run(() -> { });
		} finally {
			off.run();
		}
	}

	@Test
	void aFinishedRunOpensItsResultsWhenThePreferenceIsOn() throws Exception {
		Ui.waitUntil(OpenWhenRunFinishes::installed, "the workbench's startup to register the listener");
		assertFalse(OpenWhenRunFinishes.enabled(), "off in the UI tests (system property), so that other tests' runs open nothing");
		Path study = RunStudies.study(tmp.resolve("lab"), "auto");

		Path quiet = tmp.resolve("lab/runs/quiet").toAbsolutePath().normalize();
		runAndWait(study, quiet);
		assertEquals(List.of(), openResults(), "preference off: no results editor");

		OpenWhenRunFinishes.setEnabled(true);
		assertTrue(OpenWhenRunFinishes.enabled());
		Path shown = tmp.resolve("lab/runs/shown").toAbsolutePath().normalize();
		runAndWait(study, shown);
		Ui.waitUntil(() -> openResults().contains(shown), "the finished run's results editor");
		assertEquals(List.of(shown), openResults());
		ResultsEditor editor = Ui.on(() -> (ResultsEditor) Arrays.stream(page().getEditorReferences())
				.filter(r -> ResultsEditor.ID.equals(r.getId())).findFirst().orElseThrow().getEditor(true));
		editor.loadingJob().join(120_000, null);
		assertEquals(null, editor.error());
		assertEquals(RunStudies.JOBS, editor.analysis().run().doneJobs(), "the editor shows the finished run");
	}

	@Test
	void thePreferencePageSwitchesIt() {
		assertFalse(OpenWhenRunFinishes.enabled());
		Ui.run(() -> {
			org.eclipse.swt.widgets.Shell shell = new org.eclipse.swt.widgets.Shell(Ui.display());
			try {
				ResultsPreferencePage page = new ResultsPreferencePage();
				page.init(PlatformUI.getWorkbench());
				page.createControl(shell);
				org.eclipse.swt.widgets.Button box = find(page.getControl(), ResultsPreferencePage.KEY_OPEN);
				assertNotNull(box);
				assertFalse(box.getSelection(), "shows the preference (off)");
				box.setSelection(true);
				assertTrue(page.performOk());
				assertTrue(OpenWhenRunFinishes.enabled(), "on after OK");
				box.setSelection(false);
				page.performOk();
				assertFalse(OpenWhenRunFinishes.enabled(), "off after OK");
			} finally {
				shell.dispose();
			}
		});
	}

	private static <T extends org.eclipse.swt.widgets.Control> T find(org.eclipse.swt.widgets.Control root, String key) {
		@SuppressWarnings("unchecked")
		T self = root.getData(key) != null ? (T) root : null;
		if (self == null && root instanceof org.eclipse.swt.widgets.Composite c) {
			for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
				T found = find(child, key);
				if (found != null) {
					return found;
				}
			}
		}
		return self;
	}
}
