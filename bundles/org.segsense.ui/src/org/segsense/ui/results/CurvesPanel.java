// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.results;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jfree.chart.JFreeChart;
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
 * Widget data keys: {@code segsense.results.curves.axis|metric|label} on the combos, {@code segsense.results.curves.change}
 * on the change button, {@value ChartCanvas#KEY_CHART} on the chart.
 */
final class CurvesPanel extends Composite {

	private final Combo axis, metric, label;
	private final Button mean, change;
	private final ChartCanvas canvas;
	private final Label caption;
	private Analysis analysis;

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

	/** @return the curves of the current choice, one per variant (empty when nothing is chosen) */
	List<Curve> curves() {
		if (analysis == null || axis.getSelectionIndex() < 0 || metric.getSelectionIndex() < 0 || label.getSelectionIndex() < 0) {
			return List.of();
		}
		RunData run = analysis.run();
		Axis a = run.axes().stream().filter(x -> x.id().equals(axis.getText())).findFirst().orElseThrow();
		return analysis.curves(a, run.metrics().get(metric.getSelectionIndex()), run.labels().get(label.getSelectionIndex()));
	}

	private void show() {
		List<Curve> curves = curves();
		if (curves.isEmpty()) {
			canvas.setChart(null);
			caption.setText(analysis == null ? "" : "No one-axis perturbed job of this choice is done: there is nothing to plot.");
			return;
		}
		Curve first = curves.get(0);
		boolean delta = change.getSelection();
		List<Charts.Series> series = new ArrayList<>();
		for (Curve c : curves) {
			series.add(delta ? ChangeSection.series(c) : CurvesSection.series(c));
		}
		String title = (delta ? "Δ " : "") + first.metric().id() + ", " + first.label().name() + " vs " + first.axis().id();
		JFreeChart chart = Charts.intervalJFreeChart(title, first.axis().parameterLabel(), (delta ? "Δ " : "") + first.metric().label(), series,
				first.axis().baselineValue(), "unperturbed");
		canvas.setChart(chart);
		caption.setText((delta ? "Paired change from baseline (value − the same case's unperturbed value)" : "Mean over cases")
				+ " with the 95 % Student-t interval (bands) over " + analysis.run().cases().size()
				+ " case(s); the dashed line marks the unperturbed value, where the baseline jobs are drawn. Aggregation: "
				+ analysis.run().aggregation().describe() + ".");
		layout(true, true);
	}

	/** @return the chart shown, or null */
	JFreeChart chart() {
		return canvas.chart();
	}
}
