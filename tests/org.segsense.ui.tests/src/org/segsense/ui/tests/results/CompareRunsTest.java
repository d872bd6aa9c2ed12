// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.navigator.CommonNavigator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.StudyRunner;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.report.render.Html;
import org.segsense.ui.SegSensePerspective;
import org.segsense.ui.results.CompareEditor;
import org.segsense.ui.results.ResultsEditor;
import org.segsense.ui.tests.viewer.Ui;

/**
 * Compare two runs: two synthetic runs of one study (runs/a and runs/b; in B the Dice of variant B is lower by a
 * job-dependent amount, one job by far the most) and a run of another study (runs/other). The compare editor's chart
 * holds both runs' series with the means of each results store (read here without the report's code), run B dashed in
 * the colour of the same variant in A; the changes table's top row is the largest |B − A| of the stores and the rows
 * are sorted by it; "Compare with…" offers the other run of the study only; two run folders selected in the Project
 * Explorer offer "Compare Runs"; runs of different studies are refused with a message naming both.
 */
class CompareRunsTest {

	static final String BIGGEST = "case=c2|variant=B|scale.factor=0.5";

	@TempDir
	static Path dir;
	static Path a, b, other;

	@BeforeAll
	static void write() throws Exception {
		a = SyntheticRuns.write(dir, 3, "runs/a", (key, dice) -> dice);
		b = SyntheticRuns.write(dir, 3, "runs/b", (key, dice) -> key.contains("variant=B") ? dice - (key.equals(BIGGEST) ? 0.3 : 0.01 * key.length() % 0.07) : dice);
		other = SyntheticRuns.write(dir, 3, "runs/other", (key, dice) -> dice);
		Path copy = other.resolve(StudyRunner.STUDY_COPY);
		Files.writeString(copy, Files.readString(copy).replaceFirst("id=\"synthetic\"", "id=\"other-study\""), StandardCharsets.UTF_8);
		try (ResultStore s = ResultStore.open(other.resolve(ResultStore.FILE))) {
			s.putMeta(Map.of("study.id", "other-study"));
		}
	}

	@AfterEach
	void close() throws Exception {
		Ui.run(() -> ResultsUi.page().closeAllEditors(false));
		for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			p.delete(false, true, new NullProgressMonitor());
		}
	}

	/** job key → stored value of a metric (done jobs) */
	static Map<String, Double> values(Path run, String metric) throws Exception {
		Map<String, Double> out = new TreeMap<>();
		try (ResultStore store = ResultStore.open(run.resolve(ResultStore.FILE))) {
			Map<String, JobRecord> jobs = new HashMap<>();
			store.jobs().forEach(j -> jobs.put(j.key(), j));
			for (ResultRow r : store.results()) {
				if (r.metric().equals(metric) && jobs.get(r.jobKey()).status() == JobStatus.DONE && r.value() != null) {
					out.put(r.jobKey(), r.value());
				}
			}
		}
		return out;
	}

	/** variant → x (baseline at 1.0) → mean over cases of a run's stored values */
	static Map<String, TreeMap<Double, Double>> means(Path run, String metric) throws Exception {
		Map<String, TreeMap<Double, List<Double>>> all = new TreeMap<>();
		try (ResultStore store = ResultStore.open(run.resolve(ResultStore.FILE))) {
			Map<String, JobRecord> jobs = new HashMap<>();
			store.jobs().forEach(j -> jobs.put(j.key(), j));
			for (ResultRow r : store.results()) {
				JobRecord j = jobs.get(r.jobKey());
				if (r.metric().equals(metric) && j.status() == JobStatus.DONE) {
					all.computeIfAbsent(j.variant(), v -> new TreeMap<>()).computeIfAbsent(j.value() == null ? 1.0 : j.value(), x -> new ArrayList<>())
							.add(r.value());
				}
			}
		}
		Map<String, TreeMap<Double, Double>> out = new TreeMap<>();
		all.forEach((v, points) -> points.forEach((x, list) -> out.computeIfAbsent(v, k -> new TreeMap<>()).put(x,
				list.stream().mapToDouble(Double::doubleValue).average().orElseThrow())));
		return out;
	}

	@Test
	void compareWithShowsBothRunsCurvesAndTheLargestChangeFirst() throws Exception {
		ResultsEditor results = ResultsUi.open(a);
		assertEquals(List.of(b.toAbsolutePath().normalize()), Ui.on(results::otherRuns), "the other run of the study, not the other study's run");
		CompareEditor compare = Ui.on(() -> results.compareWith(b));
		assertNotNull(compare);
		compare.loadingJob().join(120_000, null);
		Ui.run(() -> { });
		assertNull(compare.error());
		Control area = Ui.on(() -> ResultsUi.find(compare.getSite().getShell(), "segsense.compare.header").getParent());
		JFreeChart chart = Ui.on(() -> (JFreeChart) ResultsUi.find(area, "segsense.results.chart").getData("segsense.results.chart"));
		assertNotNull(chart, "a chart is shown");

		// four series: variants A and B of run A (solid) and of run B (dashed, same colour as the variant in run A)
		Map<String, Map<String, TreeMap<Double, Double>>> expected = Map.of("run A: a", means(a, "dice"), "run B: b", means(b, "dice"));
		YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
		assertEquals(4, data.getSeriesCount());
		XYItemRenderer renderer = chart.getXYPlot().getRenderer();
		Map<String, Integer> index = new HashMap<>();
		for (int s = 0; s < data.getSeriesCount(); s++) {
			String key = (String) data.getSeriesKey(s);
			index.put(key, s);
			String variant = key.substring(0, key.indexOf(' '));
			String run = key.substring(key.indexOf('(') + 1, key.length() - 1);
			TreeMap<Double, Double> points = expected.get(run).get(variant);
			assertNotNull(points, key);
			assertEquals(points.size(), data.getItemCount(s), key);
			int i = 0;
			for (Map.Entry<Double, Double> e : points.entrySet()) {
				assertEquals(e.getKey(), data.getXValue(s, i), 0, key);
				assertEquals(e.getValue(), data.getYValue(s, i), 1e-12, key + " at " + e.getKey());
				i++;
			}
			float[] dash = ((BasicStroke) renderer.getSeriesStroke(s)).getDashArray();
			assertEquals(run.startsWith("run B"), dash != null, "run B dashed, run A solid: " + key);
		}
		assertEquals(renderer.getSeriesPaint(index.get("B (run A: a)")), renderer.getSeriesPaint(index.get("B (run B: b)")), "one colour per variant");
		assertTrue(Arrays.stream(new int[] { 0, 1, 2, 3 }).mapToObj(s -> (String) data.getSeriesKey(s)).anyMatch(k -> k.equals("A (run B: b)")));

		// the changes: top row the largest |B − A| of the stores, rows sorted by |B − A|
		Map<String, Double> va = values(a, "dice"), vb = values(b, "dice");
		String largest = null;
		for (String k : va.keySet()) {
			if (vb.containsKey(k) && (largest == null || Math.abs(vb.get(k) - va.get(k)) > Math.abs(vb.get(largest) - va.get(largest)))) {
				largest = k;
			}
		}
		assertEquals(BIGGEST, largest);
		String big = largest;
		Ui.run(() -> {
			Table t = ResultsUi.find(area, "segsense.compare.changes");
			assertTrue(t.getItemCount() > 1);
			assertEquals("c2", t.getItem(0).getText(0));
			assertEquals("B", t.getItem(0).getText(1));
			assertEquals("scale", t.getItem(0).getText(2));
			assertEquals(Html.number(0.5), t.getItem(0).getText(3));
			assertEquals(Html.number(va.get(big)), t.getItem(0).getText(4));
			assertEquals(Html.number(vb.get(big)), t.getItem(0).getText(5));
			assertEquals(Html.number(vb.get(big) - va.get(big)), t.getItem(0).getText(6));
			double previous = Double.POSITIVE_INFINITY;
			for (int i = 0; i < t.getItemCount(); i++) {
				double d = Math.abs(Double.parseDouble(t.getItem(i).getText(6).replace('−', '-')));
				assertTrue(d <= previous + 1e-9, "sorted by |B − A| at row " + i);
				previous = d;
			}
			Ui.screenshot(area, "results-compare");
			// the metric chooser drives the chart and the table
			Combo metric = ResultsUi.find(area, "segsense.results.curves.metric");
			ResultsEditorTest.select(metric, "hd95");
			assertTrue(((JFreeChart) ResultsUi.find(area, "segsense.results.chart").getData("segsense.results.chart")).getTitle().getText()
					.startsWith("hd95"));
			assertEquals(Html.number(0), t.getItem(0).getText(6), "hd95 is the same in both runs");
		});
	}

	@Test
	void runsOfDifferentStudiesAreRefusedNamingBoth() throws Exception {
		CompareEditor compare = Ui.on(() -> {
			try {
				return CompareEditor.open(ResultsUi.page(), a, other);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		compare.loadingJob().join(120_000, null);
		Ui.run(() -> { });
		String error = compare.error();
		assertNotNull(error);
		assertTrue(error.contains(a.toAbsolutePath().normalize().toString()) && error.contains("'synthetic'"), error);
		assertTrue(error.contains(other.toAbsolutePath().normalize().toString()) && error.contains("'other-study'"), error);
		Ui.run(() -> {
			Control area = ResultsUi.find(compare.getSite().getShell(), "segsense.compare.header").getParent();
			assertEquals(error, ((Label) ResultsUi.find(area, "segsense.compare.header")).getText());
			assertNull(ResultsUi.find(area, "segsense.results.chart"), "no chart (the canvas holds none)");
			assertEquals(0, ((Table) ResultsUi.find(area, "segsense.compare.changes")).getItemCount(), "no changes");
		});
	}

	@Test
	void twoRunFoldersSelectedInTheProjectExplorerOfferCompareRuns() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("lab-compare");
		IProjectDescription d = ResourcesPlugin.getWorkspace().newProjectDescription("lab-compare");
		d.setLocation(IPath.fromFile(dir.toFile()));
		project.create(d, null);
		project.open(null);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		IFolder fa = project.getFolder("runs/a"), fb = project.getFolder("runs/b"), plain = project.getFolder("project");
		assertTrue(fa.exists() && fb.exists() && plain.exists());
		CommonNavigator explorer = Ui.on(() -> {
			try {
				return (CommonNavigator) ResultsUi.page().showView(SegSensePerspective.PROJECT_EXPLORER);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		assertNull(compareAction(explorer, fa, plain), "no Compare Runs on a run folder and a plain folder");
		assertNull(compareAction(explorer, fa), "no Compare Runs on one run folder");
		IAction action = compareAction(explorer, fa, fb);
		assertNotNull(action, "Compare Runs on two run folders");
		Ui.run(action::run);
		Ui.waitUntil(() -> ResultsUi.page().getActiveEditor() instanceof CompareEditor, "the compare editor to open");
		CompareEditor compare = Ui.on(() -> (CompareEditor) ResultsUi.page().getActiveEditor());
		compare.loadingJob().join(120_000, null);
		assertNull(compare.error());
		assertEquals(a.toRealPath(), compare.comparison().a().runDir().toRealPath());
		assertEquals(b.toRealPath(), compare.comparison().b().runDir().toRealPath());
	}

	/** @return the "Compare Runs" action of the explorer's context menu on a selection of folders, or null */
	private static IAction compareAction(CommonNavigator explorer, IFolder... folders) {
		return Ui.on(() -> {
			for (IFolder f : folders) {
				explorer.getCommonViewer().expandToLevel(f, 0);
			}
			explorer.getCommonViewer().setSelection(new StructuredSelection(folders), true);
			IMenuManager menu = new MenuManager();
			for (java.lang.reflect.Field f : org.eclipse.ui.navigator.ICommonMenuConstants.class.getFields()) {
				if (f.getName().startsWith("GROUP_")) {
					try {
						menu.add(new org.eclipse.jface.action.GroupMarker((String) f.get(null)));
					} catch (IllegalAccessException e) {
						throw new AssertionError(e);
					}
				}
			}
			explorer.getNavigatorActionService().setContext(new org.eclipse.ui.actions.ActionContext(explorer.getCommonViewer().getSelection()));
			explorer.getNavigatorActionService().fillContextMenu(menu);
			return Arrays.stream(menu.getItems()).filter(i -> i instanceof ActionContributionItem).map(i -> ((ActionContributionItem) i).getAction())
					.filter(x -> "Compare Runs".equals(x.getText())).findFirst().orElse(null);
		});
	}
}
