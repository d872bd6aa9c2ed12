// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.JobReplay;
import org.segsense.image.Image;
import org.segsense.ui.results.ResultsEditor;
import org.segsense.ui.tests.viewer.Ui;

/**
 * Drill-down from a point of a curve, on a real run (two cases, box-filter variants tight and wide, plain Java): a
 * click on the point of variant wide at scale.factor = 1.2 (at the pixel where the chart draws it) opens the job of its
 * first case, c1, whose prediction equals — voxel for voxel — the prediction {@link JobReplay} recomputes for that job;
 * the Jobs tab lists the point's two jobs and the job view names the other case. A click away from every point opens
 * nothing.
 */
class CurvePointDrillDownTest {

	@TempDir
	Path dir;

	@AfterEach
	void close() {
		Ui.run(() -> ResultsUi.page().closeAllEditors(false));
	}

	@Test
	void clickingAPointOpensTheJobOfItsFirstCaseWithTheReplayedPrediction() throws Exception {
		Path run = DrillDownTest.tinyRun(dir);
		ResultsEditor editor = ResultsUi.open(run);
		Control area = Ui.on(() -> ResultsUi.area(editor));
		Control canvas = Ui.on(() -> ResultsUi.find(area, "segsense.results.chart"));
		JFreeChart chart = Ui.on(() -> (JFreeChart) canvas.getData("segsense.results.chart"));
		assertNotNull(chart);
		// the pixel of (wide, 1.2), computed here from the chart's axes and the data area JFreeChart lays out at the canvas's size
		int[] pixel = Ui.on(() -> {
			XYPlot plot = chart.getXYPlot();
			XYDataset data = plot.getDataset();
			int series = -1, item = -1;
			for (int s = 0; s < data.getSeriesCount(); s++) {
				for (int i = 0; i < data.getItemCount(s); i++) {
					if ("wide".equals(data.getSeriesKey(s)) && data.getXValue(s, i) == 1.2) {
						series = s;
						item = i;
					}
				}
			}
			assertTrue(series >= 0, "the point (wide, 1.2) is drawn");
			var size = canvas.getSize();
			org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
			java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(size.x, size.y, java.awt.image.BufferedImage.TYPE_INT_RGB);
			java.awt.Graphics2D g = img.createGraphics();
			chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, size.x, size.y), info);
			g.dispose();
			java.awt.geom.Rectangle2D area2 = info.getPlotInfo().getDataArea();
			ValueAxis x = plot.getDomainAxis(), y = plot.getRangeAxis();
			return new int[] { (int) Math.round(x.valueToJava2D(data.getXValue(series, item), area2, plot.getDomainAxisEdge())),
					(int) Math.round(y.valueToJava2D(data.getYValue(series, item), area2, plot.getRangeAxisEdge())) };
		});

		// a click far from every point (the chart's top-left corner) opens nothing
		Ui.run(() -> click(canvas, 3, 3));
		assertNull(editor.drillDownJob(), "a click beside the points opens no job");

		Ui.run(() -> click(canvas, pixel[0], pixel[1]));
		assertNotNull(editor.drillDownJob(), "a click on the point starts the drill-down");
		editor.drillDownJob().join(120_000, null);
		assertTrue(editor.drillDownJob().getResult().isOK(), String.valueOf(editor.drillDownJob().getResult()));
		Ui.waitUntil(() -> ResultsUi.find(area, "segsense.results.job") != null
				&& ResultsUi.find(area, "segsense.results.job").getData("segsense.results.job.images") != null, "the job view");
		JobReplay.Images shown = Ui.on(() -> (JobReplay.Images) ResultsUi.find(area, "segsense.results.job").getData("segsense.results.job.images"));
		String key = "case=c1|variant=wide|scale.factor=1.2";
		assertEquals(key, shown.jobKey(), "the first case's job of the point");

		JobReplay.Images[] replayed = new JobReplay.Images[1];
		JobReplay.replay(run, List.of(key), im -> replayed[0] = im);
		Image expected = replayed[0].prediction(), got = shown.prediction();
		assertEquals(expected.geometry(), got.geometry());
		long labelled = 0;
		for (long i = 0; i < expected.voxelCount(); i++) {
			assertEquals(expected.getDouble(i, 0), got.getDouble(i, 0), 0, "prediction at voxel " + i);
			labelled += expected.getDouble(i, 0) != 0 ? 1 : 0;
		}
		assertTrue(labelled > 0, "a prediction with labelled voxels");

		Ui.run(() -> {
			Table jobs = ResultsUi.find(area, "segsense.results.jobs");
			assertEquals(2, jobs.getItemCount(), "the Jobs tab lists the point's jobs (c1 and c2)");
			for (int i = 0; i < 2; i++) {
				assertEquals("wide", jobs.getItem(i).getText(2));
				assertEquals("1.2", jobs.getItem(i).getText(4));
			}
			String note = (String) ResultsUi.find(area, "segsense.results.job").getData("segsense.results.job.note");
			assertTrue(note.contains("c1 (1 of 2)") && note.contains("c2"), note);
			Label count = ResultsUi.find(area, "segsense.results.jobs.count");
			assertTrue(count.getText().startsWith("2 of "), count.getText());
		});
		Ui.waitUntil(() -> !((org.segsense.ui.viewer.ImageViewer) ((org.eclipse.swt.widgets.Composite) ResultsUi.find(area, "segsense.results.job"))
				.getChildren()[0]).isBusy(), "the viewer to draw");
		Ui.run(() -> Ui.screenshot(area, "results-point-drilldown"));
	}

	private static void click(Control canvas, int x, int y) {
		Event e = new Event();
		e.button = 1;
		e.x = x;
		e.y = y;
		Ui.send(canvas, SWT.MouseDown, e);
	}
}
