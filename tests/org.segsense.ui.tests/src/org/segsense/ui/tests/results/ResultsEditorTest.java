// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.ui.results.ResultsEditor;
import org.segsense.ui.tests.viewer.Ui;

/**
 * The results editor on a synthetic run (three cases, variants A and B, one axis swept over four values, dice and
 * hd95; one failed job). The curves are checked against the results store read directly (mean over cases and the
 * 95 % Student-t interval with t quantiles written out here), the jobs table's filters and sort against the store's
 * jobs, and Export HTML Report against the files it writes.
 */
class ResultsEditorTest {

	/** t(0.975, df) for df = 1, 2. */
	static final Map<Integer, Double> T975 = Map.of(1, 12.706204736174703, 2, 4.302652729911275);

	@TempDir
	static Path dir;
	static Path run;

	@BeforeAll
	static void write() throws Exception {
		run = SyntheticRuns.write(dir, 3);
	}

	@AfterEach
	void close() {
		Ui.run(() -> ResultsUi.page().closeAllEditors(false));
	}

	/** variant → x (baseline at 1.0) → stored values over cases, read from the store without the report's code. */
	static Map<String, TreeMap<Double, List<Double>>> stored(String metric) throws Exception {
		Map<String, TreeMap<Double, List<Double>>> out = new TreeMap<>();
		try (ResultStore store = ResultStore.open(run.resolve(ResultStore.FILE))) {
			Map<String, JobRecord> jobs = new HashMap<>();
			for (JobRecord j : store.jobs()) {
				jobs.put(j.key(), j);
			}
			for (ResultRow r : store.results()) {
				JobRecord j = jobs.get(r.jobKey());
				if (r.metric().equals(metric) && j.status() == JobStatus.DONE) {
					out.computeIfAbsent(j.variant(), v -> new TreeMap<>()).computeIfAbsent(j.value() == null ? 1.0 : j.value(), x -> new ArrayList<>())
							.add(r.value());
				}
			}
		}
		return out;
	}

	static void assertChartHolds(JFreeChart chart, Map<String, TreeMap<Double, List<Double>>> expected) {
		YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
		assertEquals(expected.size(), data.getSeriesCount(), "one series per variant");
		for (int s = 0; s < data.getSeriesCount(); s++) {
			TreeMap<Double, List<Double>> points = expected.get((String) data.getSeriesKey(s));
			assertNotNull(points, "series " + data.getSeriesKey(s));
			assertEquals(points.size(), data.getItemCount(s), "points of " + data.getSeriesKey(s));
			int i = 0;
			for (Map.Entry<Double, List<Double>> e : points.entrySet()) {
				double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
				double mean = java.util.Arrays.stream(v).sum() / v.length;
				double ss = java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum();
				double half = T975.get(v.length - 1) * Math.sqrt(ss / (v.length - 1)) / Math.sqrt(v.length);
				String where = data.getSeriesKey(s) + " at " + e.getKey();
				assertEquals(e.getKey(), data.getXValue(s, i), 0, where);
				assertEquals(mean, data.getYValue(s, i), 1e-12, where);
				assertEquals(mean - half, data.getStartYValue(s, i), 1e-9, where);
				assertEquals(mean + half, data.getEndYValue(s, i), 1e-9, where);
				i++;
			}
		}
	}

	static void select(Combo c, String item) {
		c.select(c.indexOf(item));
		Ui.send(c, SWT.Selection, new Event());
	}

	@Test
	void theCurvesHoldTheNumbersOfTheResultsStore() throws Exception {
		ResultsEditor editor = ResultsUi.open(run);
		assertNull(editor.error());
		Control area = Ui.on(() -> ResultsUi.area(editor));
		JFreeChart dice = Ui.on(() -> (JFreeChart) ResultsUi.find(area, "segsense.results.chart").getData("segsense.results.chart"));
		assertNotNull(dice, "a chart is shown");
		assertTrue(dice.getTitle().getText().startsWith("dice"), dice.getTitle().getText());
		assertChartHolds(dice, stored("dice"));
		XYPlot plot = dice.getXYPlot();
		List<?> markers = new ArrayList<>(plot.getDomainMarkers(Layer.FOREGROUND));
		assertEquals(1, markers.size(), "the unperturbed value is marked");
		assertEquals(1.0, ((ValueMarker) markers.get(0)).getValue(), 0);
		assertEquals("unperturbed", ((Marker) markers.get(0)).getLabel());
		Ui.run(() -> Ui.screenshot(area, "results-curves"));

		// the metric chooser: hd95
		JFreeChart hd95 = Ui.on(() -> {
			select(ResultsUi.find(area, "segsense.results.curves.metric"), "hd95");
			return (JFreeChart) ResultsUi.find(area, "segsense.results.chart").getData("segsense.results.chart");
		});
		assertTrue(hd95.getTitle().getText().startsWith("hd95"), hd95.getTitle().getText());
		assertChartHolds(hd95, stored("hd95"));

		// change from baseline: the mean of the paired differences, 0 at the unperturbed value
		JFreeChart change = Ui.on(() -> {
			Button b = ResultsUi.find(area, "segsense.results.curves.change");
			Button m = ResultsUi.find(area, "segsense.results.curves.mean");
			m.setSelection(false);
			b.setSelection(true);
			Ui.send(b, SWT.Selection, new Event());
			return (JFreeChart) ResultsUi.find(area, "segsense.results.chart").getData("segsense.results.chart");
		});
		YIntervalSeriesCollection d = (YIntervalSeriesCollection) change.getXYPlot().getDataset();
		Map<String, TreeMap<Double, List<Double>>> h = stored("hd95");
		for (int s = 0; s < d.getSeriesCount(); s++) {
			TreeMap<Double, List<Double>> points = h.get((String) d.getSeriesKey(s));
			List<Double> base = points.get(1.0);
			List<Double> at = points.get(0.5);
			double expected = 0;
			for (int c = 0; c < 3; c++) {
				expected += (at.get(c) - base.get(c)) / 3;
			}
			assertEquals(0.5, d.getXValue(s, 0), 0);
			assertEquals(expected, d.getYValue(s, 0), 1e-12, "Δ of " + d.getSeriesKey(s));
			assertEquals(0, d.getYValue(s, 2), 0, "Δ is 0 at the unperturbed value");
		}
	}

	@Test
	void theReportTablesAreFilled() {
		ResultsEditor editor = ResultsUi.open(run);
		Control area = Ui.on(() -> ResultsUi.area(editor));
		int curves = editor.analysis().curves().size();
		assertEquals(4, curves, "2 variants × 2 metrics");
		Ui.run(() -> {
			CTabFolder tabs = (CTabFolder) ResultsUi.find(area, "segsense.results.jobs").getParent().getParent();
			for (CTabItem item : tabs.getItems()) {
				if ("Tables".equals(item.getData("segsense.results.tab"))) {
					tabs.setSelection(item);
				}
			}
		});
		Ui.run(() -> Ui.screenshot(area, "results-tables"));
		Ui.run(() -> {
			Table change = ResultsUi.find(area, "segsense.results.table.change");
			Table tolerance = ResultsUi.find(area, "segsense.results.table.tolerance");
			Table comparisons = ResultsUi.find(area, "segsense.results.table.comparisons");
			assertEquals(curves * SyntheticRuns.VALUES.length, change.getItemCount());
			assertEquals(curves, tolerance.getItemCount());
			assertEquals(2, comparisons.getItemCount(), "A vs B for dice and hd95");
			var a = editor.analysis().comparisons().get(0);
			assertEquals(org.segsense.report.render.Html.pValue(a.holmP()), comparisons.getItem(0).getText(9));
			var t = editor.analysis().tolerances().get(0);
			assertEquals(org.segsense.report.render.Html.range(t.range()), tolerance.getItem(0).getText(9));
		});
	}

	@Test
	void theJobsTableFiltersAndSorts() throws Exception {
		ResultsEditor editor = ResultsUi.open(run);
		Control area = Ui.on(() -> ResultsUi.area(editor));
		int jobs;
		try (ResultStore store = ResultStore.open(run.resolve(ResultStore.FILE))) {
			jobs = store.jobs().size();
		}
		assertEquals(30, jobs);
		Ui.run(() -> {
			CTabFolder tabs = (CTabFolder) ResultsUi.find(area, "segsense.results.jobs").getParent().getParent();
			for (CTabItem item : tabs.getItems()) {
				if ("Jobs".equals(item.getData("segsense.results.tab"))) {
					tabs.setSelection(item);
				}
			}
		});
		Ui.run(() -> {
			Table table = ResultsUi.find(area, "segsense.results.jobs");
			assertEquals(jobs, table.getItemCount());
			select(ResultsUi.find(area, "segsense.results.filter.variant"), "B");
			assertEquals(15, table.getItemCount());
			select(ResultsUi.find(area, "segsense.results.filter.status"), "failed");
			assertEquals(1, table.getItemCount());
			assertEquals("c2", table.getItem(0).getText(1));
			select(ResultsUi.find(area, "segsense.results.filter.status"), "(all)");
			Text value = ResultsUi.find(area, "segsense.results.filter.value");
			value.setText("0.5");
			assertEquals(3, table.getItemCount(), "variant B at 0.5: one job per case");
			value.setText("baseline");
			assertEquals(3, table.getItemCount());
			Text caseId = ResultsUi.find(area, "segsense.results.filter.case");
			caseId.setText("c1");
			assertEquals(1, table.getItemCount());
			caseId.setText("");
			select(ResultsUi.find(area, "segsense.results.filter.variant"), "(all)");
			value.setText("");
			select(ResultsUi.find(area, "segsense.results.filter.axis"), "scale");
			assertEquals(24, table.getItemCount());
			select(ResultsUi.find(area, "segsense.results.filter.axis"), "(all)");
			assertEquals(jobs, table.getItemCount());

			int dice = -1;
			for (int c = 0; c < table.getColumnCount(); c++) {
				if (table.getColumn(c).getText().equals("dice [1]")) {
					dice = c;
				}
			}
			assertTrue(dice > 0, "a dice column");
			Ui.send(table.getColumn(dice), SWT.Selection, new Event());
			assertSorted(table, dice, true);
			assertEquals(SWT.UP, table.getSortDirection());
			Ui.send(table.getColumn(dice), SWT.Selection, new Event());
			assertSorted(table, dice, false);
			assertEquals(SWT.DOWN, table.getSortDirection());
			Ui.send(table.getColumn(1), SWT.Selection, new Event());
			for (int i = 1; i < table.getItemCount(); i++) {
				assertTrue(table.getItem(i - 1).getText(1).compareTo(table.getItem(i).getText(1)) <= 0, "cases ascending at row " + i);
			}
			Ui.send(table.getColumn(dice), SWT.Selection, new Event());
		});
		Ui.run(() -> Ui.screenshot(area, "results-table"));
	}

	/** Every stored dice in order, the failed job (no value, "—") last. */
	static void assertSorted(Table table, int column, boolean up) {
		assertEquals(30, table.getItemCount());
		assertEquals("—", table.getItem(table.getItemCount() - 1).getText(column), "the failed job's missing value sorts last");
		assertEquals("failed", table.getItem(table.getItemCount() - 1).getText(5));
		for (int i = 1; i < table.getItemCount() - 1; i++) {
			double a = Double.parseDouble(table.getItem(i - 1).getText(column));
			double b = Double.parseDouble(table.getItem(i).getText(column));
			assertTrue(up ? a <= b : a >= b, "row " + i + ": " + a + " then " + b);
		}
	}

	@Test
	void exportWritesTheReportAndShowsIt() throws Exception {
		ResultsEditor editor = ResultsUi.open(run);
		Control area = Ui.on(() -> ResultsUi.area(editor));
		Ui.run(() -> {
			Button export = ResultsUi.find(area, ResultsEditor.KEY_EXPORT);
			assertTrue(export.isEnabled());
			Ui.send(export, SWT.Selection, new Event());
		});
		editor.exportJob().join(180_000, null);
		assertTrue(editor.exportJob().getResult().isOK(), String.valueOf(editor.exportJob().getResult()));
		Ui.waitUntil(() -> editor.report() != null, "the report shown");
		Path index = editor.report();
		assertEquals(run.resolve("report").resolve("index.html"), index);
		String html = Files.readString(index);
		assertTrue(html.contains("scale"), "the report covers the axis");
		assertTrue(Files.isRegularFile(index.resolveSibling("assets").resolve("curve-scale-dice-1.svg")), "the curve chart was written");
		assertNotNull(editor.reportShownIn());
		System.out.println("report shown in the " + editor.reportShownIn());
	}

	@Test
	void aFolderThatIsNoRunSaysSoAndTheStoreOpensTheEditor() throws Exception {
		Path empty = Files.createDirectories(dir.resolve("not-a-run"));
		ResultsEditor editor = ResultsUi.open(empty);
		assertNotNull(editor.error());
		assertTrue(editor.error().contains(empty.toString()) && editor.error().contains("is not a run folder"), editor.error());
		var d = Ui.on(() -> PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor(ResultStore.FILE));
		assertEquals(ResultsEditor.ID, d.getId(), "double-click on results.sqlite opens the results editor");
	}
}
