// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Charts of a report, drawn by JFreeChart into JFreeSVG's {@link SVGGraphics2D}: line charts with a
 * shaded interval per series (mean and 95 % CI) and a vertical marker at the unperturbed value.
 */
public final class Charts {

	/** Chart size in SVG user units (pixels). */
	public static final int WIDTH = 560, HEIGHT = 360;

	private static final Paint[] PALETTE = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd),
			new Color(0xff7f0e), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf) };

	private Charts() {
	}

	/** AWT draws without a display: the report runs on servers. */
	public static void ensureHeadless() {
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
	}

	/**
	 * One series of a chart: y with its interval at each x.
	 *
	 * @param name the legend entry
	 * @param x ascending x values
	 * @param y the means (NaN = gap)
	 * @param lower interval lower bounds (NaN = no band at that x)
	 * @param upper interval upper bounds
	 */
	public record Series(String name, double[] x, double[] y, double[] lower, double[] upper) {

		/** @return the series of rows {x, y, lower, upper}, sorted by x */
		public static Series ofRows(String name, List<double[]> rows) {
			List<double[]> sorted = new java.util.ArrayList<>(rows);
			sorted.sort((a, b) -> Double.compare(a[0], b[0]));
			int n = sorted.size();
			double[] x = new double[n], y = new double[n], lo = new double[n], hi = new double[n];
			for (int i = 0; i < n; i++) {
				x[i] = sorted.get(i)[0];
				y[i] = sorted.get(i)[1];
				lo[i] = sorted.get(i)[2];
				hi[i] = sorted.get(i)[3];
			}
			return new Series(name, x, y, lo, hi);
		}
	}

	/**
	 * A line chart with interval bands as an SVG document.
	 *
	 * @param title chart title
	 * @param xLabel x-axis label
	 * @param yLabel y-axis label
	 * @param series one per variant
	 * @param markerX x of the vertical "unperturbed" marker, NaN for none
	 * @param markerLabel the marker's label
	 * @return the SVG document (standalone, with XML declaration)
	 */
	public static String intervalChart(String title, String xLabel, String yLabel, List<Series> series, double markerX, String markerLabel) {
		return toSvg(intervalJFreeChart(title, xLabel, yLabel, series, markerX, markerLabel), WIDTH, HEIGHT);
	}

	/**
	 * The chart of {@link #intervalChart} as a JFreeChart, for drawing elsewhere (the workbench's results editor
	 * draws it on screen): its dataset is a {@link YIntervalSeriesCollection}, one series per element of {@code series}.
	 */
	public static JFreeChart intervalJFreeChart(String title, String xLabel, String yLabel, List<Series> series, double markerX,
			String markerLabel) {
		ensureHeadless();
		YIntervalSeriesCollection data = new YIntervalSeriesCollection();
		for (Series s : series) {
			YIntervalSeries ys = new YIntervalSeries(s.name(), true, true);
			for (int i = 0; i < s.x().length; i++) {
				double y = s.y()[i];
				double lo = Double.isNaN(s.lower()[i]) ? y : s.lower()[i];
				double hi = Double.isNaN(s.upper()[i]) ? y : s.upper()[i];
				ys.add(s.x()[i], y, lo, hi);
			}
			data.addSeries(ys);
		}
		NumberAxis xAxis = new NumberAxis(xLabel);
		xAxis.setAutoRangeIncludesZero(false);
		NumberAxis yAxis = new NumberAxis(yLabel);
		yAxis.setAutoRangeIncludesZero(false);
		DeviationRenderer renderer = new DeviationRenderer(true, true);
		renderer.setAlpha(0.18f);
		for (int i = 0; i < series.size(); i++) {
			Paint p = PALETTE[i % PALETTE.length];
			renderer.setSeriesPaint(i, p);
			renderer.setSeriesFillPaint(i, p);
			renderer.setSeriesStroke(i, new BasicStroke(2f));
		}
		XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(0xdddddd));
		plot.setRangeGridlinePaint(new Color(0xdddddd));
		if (!Double.isNaN(markerX)) {
			ValueMarker marker = new ValueMarker(markerX, new Color(0x555555), new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
					new float[] { 4f, 4f }, 0f));
			marker.setLabel(markerLabel);
			marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
			marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
			marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
			plot.addDomainMarker(marker);
		}
		double[] range = valueRange(series);
		boolean clipped = false;
		if (range != null) {
			yAxis.setRange(range[0], range[1]);
			clipped = range[2] != 0;
		}
		JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		if (clipped) {
			chart.addSubtitle(new org.jfree.chart.title.TextTitle("interval bands wider than the plot are cut at its edges",
					new Font(Font.SANS_SERIF, Font.ITALIC, 10)));
		}
		return chart;
	}

	/**
	 * A chart of paired curves as an SVG document: series {@code solid.get(i)} and {@code dashed.get(i)} share
	 * the palette's colour i, the first drawn solid, the second dashed (e.g. one variant's curve against two
	 * references); bands as {@link #intervalChart}.
	 *
	 * @param solid the first curve of each pair
	 * @param dashed the second curve of each pair, same size
	 * @return the SVG document
	 */
	public static String pairedChart(String title, String xLabel, String yLabel, List<Series> solid, List<Series> dashed, double markerX,
			String markerLabel) {
		if (solid.size() != dashed.size()) {
			throw new IllegalArgumentException("paired charts need as many dashed as solid series");
		}
		List<Series> all = new java.util.ArrayList<>();
		for (int i = 0; i < solid.size(); i++) {
			all.add(solid.get(i));
			all.add(dashed.get(i));
		}
		JFreeChart chart = intervalJFreeChart(title, xLabel, yLabel, all, markerX, markerLabel);
		DeviationRenderer r = (DeviationRenderer) chart.getXYPlot().getRenderer();
		for (int i = 0; i < solid.size(); i++) {
			Paint p = PALETTE[i % PALETTE.length];
			for (int k = 0; k < 2; k++) {
				r.setSeriesPaint(2 * i + k, p);
				r.setSeriesFillPaint(2 * i + k, p);
				r.setSeriesShapesVisible(2 * i + k, true);
			}
			r.setSeriesStroke(2 * i + 1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 7f, 5f }, 0f));
		}
		return toSvg(chart, WIDTH, HEIGHT);
	}

	/**
	 * The y range of an interval chart: the means with their bands, but at most one spread of the means
	 * beyond them on each side (at least a quarter spread), so that a few cases' wide t intervals (t(0.975, 1) = 12.7 for two cases) do not
	 * flatten the curves; 5 % padding.
	 *
	 * @return {low, high, 1 if a band is cut else 0}, or null when there is no finite mean
	 */
	static double[] valueRange(List<Series> series) {
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		double bandLo = Double.POSITIVE_INFINITY, bandHi = Double.NEGATIVE_INFINITY;
		for (Series s : series) {
			for (int i = 0; i < s.y().length; i++) {
				double y = s.y()[i];
				if (Double.isFinite(y)) {
					lo = Math.min(lo, y);
					hi = Math.max(hi, y);
					bandLo = Math.min(bandLo, Double.isFinite(s.lower()[i]) ? s.lower()[i] : y);
					bandHi = Math.max(bandHi, Double.isFinite(s.upper()[i]) ? s.upper()[i] : y);
				}
			}
		}
		if (!Double.isFinite(lo)) {
			return null;
		}
		double spread = hi - lo;
		if (spread == 0) {
			spread = Math.max(Math.abs(hi) * 0.1, 1e-3);
		}
		// the bands up to one spread beyond the means, and at least a quarter spread of room around them
		double low = Math.min(lo - 0.25 * spread, Math.max(bandLo, lo - spread));
		double high = Math.max(hi + 0.25 * spread, Math.min(bandHi, hi + spread));
		double pad = 0.05 * (high - low);
		boolean cut = bandLo < lo - spread || bandHi > hi + spread;
		return new double[] { low - pad, high + pad, cut ? 1 : 0 };
	}

	/** @return the chart drawn as a standalone SVG document */
	public static String toSvg(JFreeChart chart, int width, int height) {
		ensureHeadless();
		SVGGraphics2D g = new SVGGraphics2D(width, height);
		chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n";
	}
}
