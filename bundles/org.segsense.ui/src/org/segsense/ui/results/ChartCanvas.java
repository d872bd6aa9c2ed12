// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.results;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;

/**
 * Shows a JFreeChart — the very chart object the HTML report draws ({@code Charts.intervalJFreeChart}) — at the
 * canvas's size: JFreeChart draws into an off-screen AWT image (headless, as in the report), which is copied into
 * an SWT image and redrawn only when the chart or the size changes. A click (mouse button 1) on a data point — within
 * {@value #HIT} pixels of it, the nearest one — tells the {@link #onPoint} listener its series and item index; the
 * cursor is a hand over a point. Widget data {@value #KEY_CHART}: the chart shown.
 */
final class ChartCanvas extends Canvas {

	static final String KEY_CHART = "segsense.results.chart";

	/** The largest distance in pixels between a click and the data point it selects. */
	static final int HIT = 8;

	private JFreeChart chart;
	private Image image;
	private ChartRenderingInfo info;
	private java.util.function.BiConsumer<Integer, Integer> onPoint;

	ChartCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		addListener(SWT.Paint, e -> {
			if (ensureImage()) {
				e.gc.drawImage(image, 0, 0);
			}
		});
		addListener(SWT.MouseDown, e -> {
			int[] hit = e.button == 1 && onPoint != null ? itemAt(e.x, e.y) : null;
			if (hit != null) {
				onPoint.accept(hit[0], hit[1]);
			}
		});
		addListener(SWT.MouseMove, e -> {
			boolean over = onPoint != null && itemAt(e.x, e.y) != null;
			setCursor(over ? getDisplay().getSystemCursor(SWT.CURSOR_HAND) : null);
		});
		addListener(SWT.Dispose, e -> disposeImage());
	}

	/** Draws the chart at the canvas's size unless the image is up to date; @return false when there is nothing to draw */
	private boolean ensureImage() {
		Rectangle area = getClientArea();
		if (chart == null || area.width < 10 || area.height < 10) {
			return false;
		}
		if (image == null || image.getBounds().width != area.width || image.getBounds().height != area.height) {
			disposeImage();
			ChartRenderingInfo drawn = new ChartRenderingInfo();
			image = new Image(getDisplay(), render(chart, area.width, area.height, drawn));
			info = drawn;
		}
		return true;
	}

	/** Tells {@code listener} the series and item index of a clicked data point (null: points are not clickable). */
	void onPoint(java.util.function.BiConsumer<Integer, Integer> listener) {
		onPoint = listener;
	}

	/** @return {series, item} of the data point nearest to the pixel (x, y) within {@value #HIT} pixels, or null */
	int[] itemAt(int x, int y) {
		if (!ensureImage()) {
			return null;
		}
		XYPlot plot = chart.getXYPlot();
		XYDataset data = plot.getDataset();
		int[] best = null;
		double bestD = HIT * HIT + 1e-9;
		for (int s = 0; data != null && s < data.getSeriesCount(); s++) {
			for (int i = 0; i < data.getItemCount(s); i++) {
				double[] p = toPixel(s, i);
				double d = (p[0] - x) * (p[0] - x) + (p[1] - y) * (p[1] - y);
				if (d <= bestD) {
					bestD = d;
					best = new int[] { s, i };
				}
			}
		}
		return best;
	}

	/** @return the pixel {x, y} on this canvas where a data point is drawn (NaN when the chart is not drawn) */
	double[] toPixel(int series, int item) {
		if (!ensureImage()) {
			return new double[] { Double.NaN, Double.NaN };
		}
		XYPlot plot = chart.getXYPlot();
		XYDataset data = plot.getDataset();
		Rectangle2D area = info.getPlotInfo().getDataArea();
		return new double[] { plot.getDomainAxis().valueToJava2D(data.getXValue(series, item), area, plot.getDomainAxisEdge()),
				plot.getRangeAxis().valueToJava2D(data.getYValue(series, item), area, plot.getRangeAxisEdge()) };
	}

	/** Shows a chart (null: none). */
	void setChart(JFreeChart c) {
		chart = c;
		setData(KEY_CHART, c);
		disposeImage();
		redraw();
	}

	JFreeChart chart() {
		return chart;
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
			info = null;
		}
	}

	/** @return the chart drawn at width × height pixels as SWT image data (24-bit RGB); {@code info} receives the layout (may be null) */
	static ImageData render(JFreeChart chart, int width, int height, ChartRenderingInfo info) {
		BufferedImage awt = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = awt.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
		} finally {
			g.dispose();
		}
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] line = new int[width];
		for (int y = 0; y < height; y++) {
			awt.getRGB(0, y, width, 1, line, 0, width);
			for (int x = 0; x < width; x++) {
				line[x] &= 0xFFFFFF;
			}
			data.setPixels(0, y, width, line, 0);
		}
		return data;
	}
}
