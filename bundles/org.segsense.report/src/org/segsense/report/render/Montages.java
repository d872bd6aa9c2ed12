// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.segsense.image.Image;

/**
 * Slice montages of one job, drawn with java.awt into a PNG: one axial slice (constant k) of the input,
 * the perturbed input, the prediction over the image it was scored on and the reference over the same
 * image. The slice is the one with the most reference foreground. Intensities share one window (the
 * input slice's 1st–99th percentile), so intensity perturbations stay visible; voxels are drawn with
 * their physical aspect ratio.
 */
public final class Montages {

	/** Panel height in pixels. */
	public static final int PANEL = 200;

	private static final Color[] LABEL_COLOURS = { new Color(255, 60, 60), new Color(60, 200, 60), new Color(70, 120, 255), new Color(255, 200, 0),
			new Color(220, 80, 255), new Color(0, 220, 220) };

	private Montages() {
	}

	/**
	 * A panel to draw.
	 *
	 * @param title caption above the panel
	 * @param image the intensity image (first component)
	 * @param labels a label image on the same grid to overlay, or null
	 */
	public record Panel(String title, Image image, Image labels) {
	}

	/**
	 * Draws panels side by side as a PNG.
	 *
	 * @param heading text above the panels
	 * @param panels the panels (3-D images; 2-D images are one slice)
	 * @param sliceFrom the label image whose largest-foreground slice is shown (same size as the panels along k, else the middle slice)
	 * @return the PNG bytes
	 * @throws IOException when the PNG encoder fails
	 */
	public static byte[] png(String heading, List<Panel> panels, Image sliceFrom) throws IOException {
		Charts.ensureHeadless();
		double[] window = window(panels.get(0).image(), slice(sliceFrom, panels.get(0).image()));
		int header = 22, caption = 18, gap = 6;
		int[] widths = new int[panels.size()];
		int total = gap;
		for (int i = 0; i < panels.size(); i++) {
			Image im = panels.get(i).image();
			double w = im.geometry().size(0) * im.geometry().spacing(0), h = im.geometry().size(1) * im.geometry().spacing(1);
			widths[i] = (int) Math.max(16, Math.round(PANEL * w / h));
			total += widths[i] + gap;
		}
		BufferedImage out = new BufferedImage(total, header + caption + PANEL + gap, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, out.getWidth(), out.getHeight());
		g.setColor(Color.DARK_GRAY);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
		g.drawString(heading, gap, 16);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		int x = gap;
		for (int i = 0; i < panels.size(); i++) {
			Panel p = panels.get(i);
			int k = slice(sliceFrom, p.image());
			BufferedImage slice = render(p.image(), p.labels(), k, window);
			g.setColor(Color.DARK_GRAY);
			g.drawString(p.title(), x, header + caption - 5);
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
			g.drawImage(slice, x, header + caption, x + widths[i], header + caption + PANEL, 0, 0, slice.getWidth(), slice.getHeight(), null);
			x += widths[i] + gap;
		}
		g.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (!javax.imageio.ImageIO.write(out, "png", bytes)) {
			throw new IOException("no PNG writer in this Java runtime");
		}
		return bytes.toByteArray();
	}

	/** @return the k of the slice with the most foreground of {@code labels}, mapped onto {@code target}'s size */
	static int slice(Image labels, Image target) {
		long nz = target.dimension() < 3 ? 1 : target.geometry().size(2);
		if (labels == null || labels.dimension() < 3 || labels.geometry().size(2) != nz) {
			return (int) (nz / 2);
		}
		long nx = labels.geometry().size(0), ny = labels.geometry().size(1);
		int best = (int) (nz / 2);
		long bestCount = 0;
		for (int k = 0; k < nz; k++) {
			long count = 0;
			for (long i = k * nx * ny, end = i + nx * ny; i < end; i++) {
				if (labels.getDouble(i, 0) != 0) {
					count++;
				}
			}
			if (count > bestCount) {
				bestCount = count;
				best = k;
			}
		}
		return best;
	}

	/** @return {low, high}: the 1st and 99th percentile of the slice */
	static double[] window(Image image, int k) {
		int nx = (int) image.geometry().size(0), ny = (int) image.geometry().size(1);
		double[] v = new double[nx * ny];
		long base = (long) k * nx * ny;
		for (int i = 0; i < v.length; i++) {
			v[i] = image.getDouble(base + i, 0);
		}
		Arrays.sort(v);
		double lo = v[(int) Math.floor(0.01 * (v.length - 1))], hi = v[(int) Math.ceil(0.99 * (v.length - 1))];
		return new double[] { lo, hi > lo ? hi : lo + 1 };
	}

	static BufferedImage render(Image image, Image labels, int k, double[] window) {
		int nx = (int) image.geometry().size(0), ny = (int) image.geometry().size(1);
		long nz = image.dimension() < 3 ? 1 : image.geometry().size(2);
		int kk = (int) Math.min(Math.max(0, k), nz - 1);
		boolean overlay = labels != null && labels.geometry().size(0) == nx && labels.geometry().size(1) == ny
				&& (labels.dimension() < 3 ? 1 : labels.geometry().size(2)) == nz;
		BufferedImage out = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_RGB);
		long base = (long) kk * nx * ny;
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				long idx = base + (long) j * nx + i;
				double t = (image.getDouble(idx, 0) - window[0]) / (window[1] - window[0]);
				int grey = (int) Math.round(255 * Math.min(1, Math.max(0, t)));
				int r = grey, g = grey, b = grey;
				if (overlay) {
					int l = (int) labels.getDouble(idx, 0);
					if (l != 0) {
						Color c = LABEL_COLOURS[Math.floorMod(l - 1, LABEL_COLOURS.length)];
						r = (int) (0.55 * grey + 0.45 * c.getRed());
						g = (int) (0.55 * grey + 0.45 * c.getGreen());
						b = (int) (0.55 * grey + 0.45 * c.getBlue());
					}
				}
				// index j = 0 at the bottom of the panel (a plot's y axis), as most viewers show an axial slice
				out.setRGB(i, ny - 1 - j, (r << 16) | (g << 8) | b);
			}
		}
		return out;
	}
}
