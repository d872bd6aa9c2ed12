// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.results;

import java.awt.BasicStroke;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.segsense.report.analysis.Analysis;
import org.segsense.report.analysis.Analysis.Curve;
import org.segsense.report.analysis.RunData;
import org.segsense.report.analysis.RunData.Axis;
import org.segsense.report.analysis.RunData.Metric;
import org.segsense.report.render.Charts;
import org.segsense.report.sections.ChangeSection;
import org.segsense.report.sections.CurvesSection;

/**
 * The sensitivity curves of a run: choosers for axis, metric and label and for the quantity (the mean metric, or its
 * paired change from the baseline), and the report's chart of that choice — the same series
 * ({@link CurvesSection#series}, {@link ChangeSection#series}: mean over cases with its 95 % interval band, one per
 * variant, the baseline at the unperturbed value) drawn by the same {@link Charts#intervalJFreeChart}.
 * With two runs ({@link #setAnalyses}: the compare editor) each variant has a series per run: run A solid, run B dashed
 * in the same colour, the legend naming the run. A click on a data point tells the {@link #onPoint} listener the
 * run, the curve and the swept value (null for the baseline drawn at the unperturbed value).
 * Widget data keys: {@code segsense.results.curves.axis|metric|label} on the combos, {@code segsense.results.curves.change}
 * on the change button, {@value ChartCanvas#KEY_CHART} on the chart.
 */
final class CurvesPanel extends Composite {

	private final Combo axis, metric, label;
	private final Button mean, change;
	private final ChartCanvas canvas;
	private final Label caption;
	private Analysis analysis;
	private List<Analysis> runs = List.of();
	private List<String> runNames = List.of();
	private final List<int[]> seriesRun = new ArrayList<>(); // per series: {run index}
	private final List<Curve> seriesCurve = new ArrayList<>();
	private Consumer<PointChoice> onPoint;
	private Runnable onChoice = () -> { };

	/**
	 * A clicked data point.
	 *
	 * @param run the run's index (0 = the results editor's run, or run A)
	 * @param curve the curve of the point's series
	 * @param value the swept value, or null for the baseline (drawn at the unperturbed value)
	 */
	record PointChoice(int run, Curve curve, Double value) {
	}

	CurvesPanel(Composite parent) {
		super(parent, SWT.NONE);
		setLayout(new GridLayout(1, false));
		Composite bar = new Composite(this, SWT.NONE);
		bar.setLayout(new GridLayout(8, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		axis = combo(bar, "Axis:", "axis");
		metric = combo(bar, "Metric:", "metric");
		label = combo(bar, "Label:", "label");
		Composite radios = new Composite(bar, SWT.NONE);
		radios.setLayout(new GridLayout(2, false));
		mean = new Button(radios, SWT.RADIO);
		mean.setText("Mean");
		mean.setSelection(true);
		mean.setData("segsense.results.curves.mean", Boolean.TRUE);
		change = new Button(radios, SWT.RADIO);
		change.setText("Change from baseline");
		change.setData("segsense.results.curves.change", Boolean.TRUE);
		mean.addListener(SWT.Selection, e -> show());
		change.addListener(SWT.Selection, e -> show());
		canvas = new ChartCanvas(this);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas.onPoint((series, item) -> {
			if (onPoint != null && series < seriesCurve.size()) {
				onPoint.accept(choice(series, item));
			}
		});
		caption = new Label(this, SWT.WRAP);
		caption.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
	}

	private Combo combo(Composite bar, String text, String key) {
		new Label(bar, SWT.NONE).setText(text);
		Combo c = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		c.setData("segsense.results.curves." + key, Boolean.TRUE);
		c.addListener(SWT.Selection, e -> show());
		return c;
	}

	/** Shows the curves of an analysis (call on the UI thread). */
	void setAnalysis(Analysis a) {
		setAnalyses(List.of(a), List.of());
	}

	/**
	 * Shows the curves of several runs of one study in one chart (call on the UI thread): the choosers list the first
	 * run's axes, metrics and labels; each series is named "variant (name of its run)".
	 *
	 * @param all the runs' analyses, the first drawn solid, the others dashed
	 * @param names the names of the runs in the legend (empty for a single run: the series are the variants)
	 */
	void setAnalyses(List<Analysis> all, List<String> names) {
		runs = List.copyOf(all);
		runNames = List.copyOf(names);
		Analysis a = runs.get(0);
		analysis = a;
		RunData run = a.run();
		axis.setItems(run.axes().stream().filter(x -> !x.values().isEmpty()).map(Axis::id).toArray(String[]::new));
		metric.setItems(run.metrics().stream().map(Metric::id).toArray(String[]::new));
		label.setItems(run.labels().stream().map(l -> l.value() + " " + l.name()).toArray(String[]::new));
		for (Combo c : List.of(axis, metric, label)) {
			if (c.getItemCount() > 0) {
				c.select(0);
			}
		}
		layout(true, true);
		show();
	}

	/** @return the curves of the current choice in the first run, one per variant (empty when nothing is chosen) */
	List<Curve> curves() {
		return analysis == null ? List.of() : curves(analysis);
	}

	/** @return the curves of the current choice in a run (matched by axis id, metric id and label value), one per variant */
	private List<Curve> curves(Analysis an) {
		if (axis.getSelectionIndex() < 0 || metric.getSelectionIndex() < 0 || label.getSelectionIndex() < 0) {
			return List.of();
		}
		RunData first = analysis.run(), run = an.run();
		String m = first.metrics().get(metric.getSelectionIndex()).id();
		int l = first.labels().get(label.getSelectionIndex()).value();
		var a = run.axes().stream().filter(x -> x.id().equals(axis.getText())).findFirst();
		var mm = run.metrics().stream().filter(x -> x.id().equals(m)).findFirst();
		var ll = run.labels().stream().filter(x -> x.value() == l).findFirst();
		return a.isEmpty() || mm.isEmpty() || ll.isEmpty() ? List.of() : an.curves(a.get(), mm.get(), ll.get());
	}

	/** @return the chosen metric's id, or null */
	String metricId() {
		return analysis == null || metric.getSelectionIndex() < 0 ? null : analysis.run().metrics().get(metric.getSelectionIndex()).id();
	}

	/** @return the chosen label's value, or -1 */
	int labelValue() {
		return analysis == null || label.getSelectionIndex() < 0 ? -1 : analysis.run().labels().get(label.getSelectionIndex()).value();
	}

	/** Runs after each change of the chosen axis, metric, label or quantity (and the first show). */
	void onChoice(Runnable r) {
		onChoice = r;
	}

	/** Tells {@code listener} each clicked data point (null: points are not clickable). */
	void onPoint(Consumer<PointChoice> listener) {
		onPoint = listener;
	}

	/** @return the point of item {@code item} of series {@code series} of the chart shown */
	PointChoice choice(int series, int item) {
		Curve c = seriesCurve.get(series);
		double x = chart().getXYPlot().getDataset().getXValue(series, item);
		boolean swept = c.points().stream().anyMatch(p -> p.value() == x);
		return new PointChoice(seriesRun.get(series)[0], c, swept ? Double.valueOf(x) : null);
	}

	/** @return the pixel {x, y} of a data point on the chart (for tests) */
	double[] pixelOf(int series, int item) {
		return canvas.toPixel(series, item);
	}

	/** @return the chart's canvas */
	ChartCanvas canvas() {
		return canvas;
	}

	private void show() {
		seriesRun.clear();
		seriesCurve.clear();
		boolean delta = change.getSelection();
		List<Charts.Series> series = new ArrayList<>();
		Curve first = null;
		for (int r = 0; r < runs.size(); r++) {
			for (Curve c : curves(runs.get(r))) {
				Charts.Series s = delta ? ChangeSection.series(c) : CurvesSection.series(c);
				if (!runNames.isEmpty()) {
					s = new Charts.Series(s.name() + " (" + runNames.get(r) + ")", s.x(), s.y(), s.lower(), s.upper());
				}
				series.add(s);
				seriesRun.add(new int[] { r });
				seriesCurve.add(c);
				first = first == null ? c : first;
			}
		}
		if (first == null) {
			canvas.setChart(null);
			caption.setText(analysis == null ? "" : "No one-axis perturbed job of this choice is done: there is nothing to plot.");
			onChoice.run();
			return;
		}
		String title = (delta ? "Δ " : "") + first.metric().id() + ", " + first.label().name() + " vs " + first.axis().id();
		JFreeChart chart = Charts.intervalJFreeChart(title, first.axis().parameterLabel(), (delta ? "Δ " : "") + first.metric().label(), series,
				first.axis().baselineValue(), "unperturbed");
		if (runs.size() > 1) {
			// run A solid, the others dashed in the colour of the same variant in run A
			XYItemRenderer renderer = chart.getXYPlot().getRenderer();
			for (int i = 0; i < series.size(); i++) {
				if (seriesRun.get(i)[0] > 0) {
					String variant = seriesCurve.get(i).variant().id();
					for (int j = 0; j < series.size(); j++) {
						if (seriesRun.get(j)[0] == 0 && seriesCurve.get(j).variant().id().equals(variant)) {
							Paint p = renderer.getSeriesPaint(j);
							renderer.setSeriesPaint(i, p);
							if (renderer instanceof org.jfree.chart.renderer.xy.XYLineAndShapeRenderer lines) {
								lines.setSeriesFillPaint(i, p);
							}
						}
					}
					renderer.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 7f, 5f }, 0f));
				}
			}
		}
		canvas.setChart(chart);
		if (runs.size() > 1) {
			caption.setText((delta ? "Paired change from baseline" : "Mean over cases") + " with the 95 % interval (bands). Solid: " + runNames.get(0)
					+ "; dashed: " + String.join(", ", runNames.subList(1, runNames.size())) + ".");
		} else {
			caption.setText((delta ? "Paired change from baseline (value − the same case's unperturbed value)" : "Mean over cases")
					+ " with the 95 % Student-t interval (bands) over " + analysis.run().cases().size()
					+ " case(s); the dashed line marks the unperturbed value, where the baseline jobs are drawn. Aggregation: "
					+ analysis.run().aggregation().describe() + "."
					+ (onPoint != null ? " Click a point to open the job of its first case (the point's other jobs are listed in the Jobs tab)." : ""));
		}
		layout(true, true);
		onChoice.run();
	}

	/** @return the chart shown, or null */
	JFreeChart chart() {
		return canvas.chart();
	}
}
