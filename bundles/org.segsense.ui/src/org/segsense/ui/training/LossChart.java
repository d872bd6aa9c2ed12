// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * A live training-loss chart drawn with SWT's GC: one line per network (variant and seed), loss against
 * iteration, linear axes from 0 to the largest loss and iteration seen, a legend with each network's last loss.
 * {@link #add} may be called from any thread; the canvas repaints at most every 100 ms.
 */
final class LossChart {

	private static final RGB[] PALETTE = { new RGB(31, 119, 180), new RGB(214, 39, 40), new RGB(44, 160, 44), new RGB(148, 103, 189),
			new RGB(255, 127, 14), new RGB(23, 190, 207), new RGB(140, 86, 75), new RGB(127, 127, 127) };

	private final Canvas canvas;
	private final Map<String, List<double[]>> series = new LinkedHashMap<>();
	private volatile boolean repaintPending;
	private int maxIteration = 1;

	LossChart(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		canvas.setData(org.segsense.ui.editor.Ids.KEY, TrainingIds.CHART);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> paint(e.gc));
	}

	Canvas control() {
		return canvas;
	}

	/** Forgets every series (a new training starts). */
	void clear() {
		synchronized (series) {
			series.clear();
			maxIteration = 1;
		}
		canvas.redraw();
	}

	/** Adds a point of network {@code name}; any thread. */
	void add(String name, int iteration, int iterations, double loss) {
		synchronized (series) {
			series.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] { iteration, loss });
			maxIteration = Math.max(maxIteration, iterations);
		}
		if (!repaintPending) {
			repaintPending = true;
			Display d = canvas.getDisplay();
			d.asyncExec(() -> d.timerExec(100, () -> {
				repaintPending = false;
				if (!canvas.isDisposed()) {
					canvas.redraw();
				}
			}));
		}
	}

	/** @return the number of points of each series (for tests) */
	Map<String, Integer> counts() {
		Map<String, Integer> m = new LinkedHashMap<>();
		synchronized (series) {
			series.forEach((k, v) -> m.put(k, v.size()));
		}
		return m;
	}

	private void paint(GC gc) {
		Map<String, List<double[]>> copy = new LinkedHashMap<>();
		int maxIt;
		synchronized (series) {
			series.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
			maxIt = maxIteration;
		}
		Rectangle r = canvas.getClientArea();
		Display d = canvas.getDisplay();
		gc.setAntialias(SWT.ON);
		gc.setForeground(d.getSystemColor(SWT.COLOR_BLACK));
		int left = 60, right = 200, top = 24, bottom = 28;
		int w = r.width - left - right, h = r.height - top - bottom;
		gc.drawText("Training loss per network", left, 4, true);
		if (w < 20 || h < 20) {
			return;
		}
		double maxLoss = copy.values().stream().flatMap(List::stream).mapToDouble(p -> p[1]).filter(Double::isFinite).max().orElse(1);
		maxLoss = maxLoss <= 0 ? 1 : niceCeiling(maxLoss);
		gc.setForeground(d.getSystemColor(SWT.COLOR_GRAY));
		for (int i = 0; i <= 5; i++) {
			int y = top + h - h * i / 5;
			gc.drawLine(left, y, left + w, y);
			String label = new java.math.BigDecimal(maxLoss * i / 5).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
			Point ext = gc.textExtent(label);
			gc.setForeground(d.getSystemColor(SWT.COLOR_BLACK));
			gc.drawText(label, left - ext.x - 6, y - ext.y / 2, true);
			gc.setForeground(d.getSystemColor(SWT.COLOR_GRAY));
		}
		gc.setForeground(d.getSystemColor(SWT.COLOR_BLACK));
		gc.drawLine(left, top + h, left + w, top + h);
		gc.drawLine(left, top, left, top + h);
		for (int i = 0; i <= 4; i++) {
			long it = Math.round(1 + (maxIt - 1) * i / 4.0);
			int x = left + (int) Math.round(w * (it - 1) / (double) Math.max(1, maxIt - 1));
			String label = String.valueOf(it);
			gc.drawLine(x, top + h, x, top + h + 4);
			gc.drawText(label, x - gc.textExtent(label).x / 2, top + h + 6, true);
		}
		gc.drawText("iteration", left + w + 12, top + h + 6, true);
		int k = 0;
		for (Map.Entry<String, List<double[]>> e : copy.entrySet()) {
			Color c = new Color(d, PALETTE[k % PALETTE.length]);
			gc.setForeground(c);
			gc.setLineWidth(2);
			List<double[]> pts = e.getValue();
			int[] poly = new int[pts.size() * 2];
			for (int i = 0; i < pts.size(); i++) {
				poly[2 * i] = left + (int) Math.round(w * (pts.get(i)[0] - 1) / Math.max(1, maxIt - 1));
				double loss = Double.isFinite(pts.get(i)[1]) ? pts.get(i)[1] : maxLoss;
				poly[2 * i + 1] = top + h - (int) Math.round(h * loss / maxLoss);
			}
			if (pts.size() == 1) {
				gc.fillOval(poly[0] - 2, poly[1] - 2, 5, 5);
			} else {
				gc.drawPolyline(poly);
			}
			int ly = top + 4 + 18 * k;
			gc.drawLine(left + w + 12, ly + 8, left + w + 32, ly + 8);
			gc.setLineWidth(1);
			gc.setForeground(d.getSystemColor(SWT.COLOR_BLACK));
			double last = pts.isEmpty() ? Double.NaN : pts.get(pts.size() - 1)[1];
			gc.drawText(String.format(Locale.ROOT, "%s  %.3f", e.getKey(), last), left + w + 38, ly, true);
			c.dispose();
			k++;
		}
		if (copy.isEmpty()) {
			gc.setForeground(d.getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawText("Train the augmentation study to see each network's loss here.", left + 20, top + h / 2 - 8, true);
		}
	}

	/** @return 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten, at least {@code v} */
	static double niceCeiling(double v) {
		double p = Math.pow(10, Math.floor(Math.log10(v)));
		for (double m : new double[] { 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 }) {
			if (m * p >= v) {
				return m * p;
			}
		}
		return 10 * p;
	}
}
