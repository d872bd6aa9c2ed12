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
import org.jfree.chart.JFreeChart;

/**
 * Shows a JFreeChart — the very chart object the HTML report draws ({@code Charts.intervalJFreeChart}) — at the
 * canvas's size: JFreeChart draws into an off-screen AWT image (headless, as in the report), which is copied into
 * an SWT image and redrawn only when the chart or the size changes. Widget data {@value #KEY_CHART}: the chart shown.
 */
final class ChartCanvas extends Canvas {

	static final String KEY_CHART = "segsense.results.chart";

	private JFreeChart chart;
	private Image image;

	ChartCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		addListener(SWT.Paint, e -> {
			Rectangle area = getClientArea();
			if (chart == null || area.width < 10 || area.height < 10) {
				return;
			}
			if (image == null || image.getBounds().width != area.width || image.getBounds().height != area.height) {
				disposeImage();
				image = new Image(getDisplay(), render(chart, area.width, area.height));
			}
			e.gc.drawImage(image, 0, 0);
		});
		addListener(SWT.Dispose, e -> disposeImage());
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
		}
	}

	/** @return the chart drawn at width × height pixels as SWT image data (24-bit RGB) */
	static ImageData render(JFreeChart chart, int width, int height) {
		BufferedImage awt = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = awt.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
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
