// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.JobReplay;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.image.Image;
import org.segsense.testing.studies.SyntheticProjects;
import org.segsense.ui.results.ResultsEditor;
import org.segsense.ui.tests.viewer.Ui;
import org.segsense.workflows.run.RunRequest;
import org.segsense.workflows.run.RunServiceImpl;

/**
 * Drill-down on a real run (two synthetic cases, two box-filter models of org.segsense.testing.studies, plain Java,
 * no TensorFlow): double-clicking a job of the jobs table recomputes it and shows its overlay. The overlay's
 * predicted voxels are exactly the replayed job's prediction, its reference voxels the reference, and the Dice
 * counted from it equals the Dice the run stored for that job.
 */
class DrillDownTest {

	@TempDir
	Path dir;

	@AfterEach
	void close() {
		Ui.run(() -> ResultsUi.page().closeAllEditors(false));
	}

	/** @return a finished run (two cases c1, c2; box-filter variants tight and wide; scale.factor 0.8 and 1.2; dice) in {@code dir}/run */
	static Path tinyRun(Path dir) throws Exception {
		Path project = SyntheticProjects.project(dir.resolve("project"));
		Path study = project.resolve("study.segsense");
		Files.writeString(study, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="tiny" seed="7">
				  <cases id="c1"><channels name="t1" path="images/c1.nii.gz"/><labelImage path="images/c1_label.nii.gz"/></cases>
				  <cases id="c2"><channels name="t1" path="images/c2.nii.gz"/><labelImage path="images/c2_label.nii.gz"/></cases>
				  <modelVariants id="tight"><savedModel path="models/tight"/></modelVariants>
				  <modelVariants id="wide"><savedModel path="models/wide"/></modelVariants>
				  <axes id="scale" perturbationType="intensity-scale" sweptParameter="factor">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0.8 1.2"/>
				  </axes>
				  <design xsi:type="segsense:OneAtATimeDesign"/>
				  <reference xsi:type="segsense:GroundTruthReference"/>
				  <metrics id="dice" metricType="dice"/>
				  <execution threads="1" device="cpu"/>
				</segsense:Study>
				""", StandardCharsets.UTF_8);
		Path run = dir.resolve("run");
		new RunServiceImpl().start(RunRequest.of(study, run), null, null);
		return run;
	}

	@Test
	void doubleClickOnAJobShowsItsPredictionAgainstTheReference() throws Exception {
		Path run = tinyRun(dir);
		String key = "case=c1|variant=wide|scale.factor=1.2";
		double storedDice;
		try (ResultStore store = ResultStore.open(run.resolve(ResultStore.FILE))) {
			storedDice = store.results().stream().filter(r -> r.jobKey().equals(key) && r.metric().equals("dice")).findFirst()
					.map(ResultRow::value).orElseThrow(() -> new AssertionError("no dice of " + key));
		}

		ResultsEditor editor = ResultsUi.open(run);
		Control area = Ui.on(() -> ResultsUi.area(editor));
		Ui.run(() -> {
			Table table = ResultsUi.find(area, "segsense.results.jobs");
			CTabFolder tabs = (CTabFolder) table.getParent().getParent();
			for (CTabItem item : tabs.getItems()) {
				if ("Jobs".equals(item.getData("segsense.results.tab"))) {
					tabs.setSelection(item);
				}
			}
			int found = -1;
			for (int i = 0; i < table.getItemCount(); i++) {
				var it = table.getItem(i);
				if (it.getText(1).equals("c1") && it.getText(2).equals("wide") && it.getText(4).equals("1.2")) {
					found = i;
				}
			}
			assertTrue(found >= 0, "the job's row");
			table.setSelection(found);
			Ui.send(table, SWT.DefaultSelection, new Event());
		});
		assertNotNull(editor.drillDownJob(), "double-click starts the drill-down");
		editor.drillDownJob().join(120_000, null);
		assertTrue(editor.drillDownJob().getResult().isOK(), String.valueOf(editor.drillDownJob().getResult()));
		Ui.waitUntil(() -> ResultsUi.find(area, "segsense.results.job") != null
				&& ResultsUi.find(area, "segsense.results.job").getData("segsense.results.job.overlay") != null, "the job view");
		Image overlay = Ui.on(() -> (Image) ResultsUi.find(area, "segsense.results.job").getData("segsense.results.job.overlay"));

		JobReplay.Images[] replayed = new JobReplay.Images[1];
		JobReplay.replay(run, List.of(key), im -> replayed[0] = im);
		Image prediction = replayed[0].prediction(), reference = replayed[0].reference();
		assertEquals(prediction.geometry(), overlay.geometry());
		long agree = 0, predOnly = 0, refOnly = 0;
		for (long i = 0; i < overlay.voxelCount(); i++) {
			int o = (int) overlay.getDouble(i, 0);
			boolean p = prediction.getDouble(i, 0) != 0, r = reference.getDouble(i, 0) != 0;
			assertEquals(p, o == 1 || o == 2, "prediction at voxel " + i);
			assertEquals(r, o == 1 || o == 3, "reference at voxel " + i);
			agree += o == 1 ? 1 : 0;
			predOnly += o == 2 ? 1 : 0;
			refOnly += o == 3 ? 1 : 0;
		}
		assertTrue(agree > 0 && predOnly + refOnly > 0, "a job with both agreement and disagreement: " + agree + ", " + predOnly + ", " + refOnly);
		assertEquals(storedDice, 2.0 * agree / (2.0 * agree + predOnly + refOnly), 1e-12, "Dice counted from the overlay vs the stored Dice");
		Ui.waitUntil(() -> !((org.segsense.ui.viewer.ImageViewer) findViewer(area)).isBusy(), "the viewer to draw");
		Ui.run(() -> Ui.screenshot(area, "results-drilldown"));
	}

	private static Control findViewer(Control area) {
		Control view = ResultsUi.find(area, "segsense.results.job");
		return ((org.eclipse.swt.widgets.Composite) view).getChildren()[0];
	}
}
