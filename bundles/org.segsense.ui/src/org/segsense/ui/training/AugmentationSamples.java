// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.segsense.image.Image;
import org.segsense.image.PixelType;
import org.segsense.model.AugmentationStep;
import org.segsense.model.ParameterRange;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;

/**
 * Random samples of a variant's catalogue steps on a whole case, for the preview grid. Sample {@code k} draws
 * from {@code SplittableRandom(seed + k)}: per step, as the trainer does per patch, a uniform number below the
 * step's probability applies it, with each ranged parameter drawn uniformly (the catalogue's random mode);
 * spatial steps move the labels with the image. Differences from training, stated in the page's tooltip: the
 * whole case is perturbed (not 3-D patches), and the built-in presets (intensity, flip) are not shown.
 */
final class AugmentationSamples {

	/** One sample: the perturbed case and which steps were applied. */
	record Sample(Image image, Image labels, List<String> applied) {
	}

	private AugmentationSamples() {
	}

	static List<Sample> draw(Image image, Image labels, List<AugmentationStep> steps, PerturbationCatalog catalog, long seed, int count) {
		List<Sample> samples = new ArrayList<>();
		for (int k = 0; k < count; k++) {
			SplittableRandom random = new SplittableRandom(seed + k);
			Image im = image;
			Image lab = labels;
			List<String> applied = new ArrayList<>();
			for (AugmentationStep s : steps) {
				if (random.nextDouble() >= s.getProbability()) {
					continue;
				}
				Map<String, double[]> ranges = new LinkedHashMap<>();
				for (ParameterRange r : s.getRanges()) {
					ranges.put(r.getName(), new double[] { r.getMinimum(), r.getMaximum() });
				}
				PerturbationResult r = catalog.require(s.getPerturbationType()).applyRandom(new PerturbationInput(im, lab, null), ranges, Map.of(),
						random);
				im = r.image();
				lab = r.labels() != null ? r.labels() : lab;
				applied.add(s.getPerturbationType());
			}
			samples.add(new Sample(im, lab, applied));
		}
		return samples;
	}

	/**
	 * The middle axial slice (first channel) in grey, {@code lo}…{@code hi} mapped to black…white, with the
	 * labels' voxels tinted red (35 %); voxel index y grows upwards.
	 */
	static ImageData slice(Image image, Image labels, double lo, double hi) {
		long[] size = image.geometry().size();
		int nx = (int) size[0], ny = (int) size[1], z = (int) (size[2] / 2);
		float[] v = image.convert(PixelType.FLOAT32).floats();
		byte[] l = labels == null ? null : labels.convert(PixelType.UINT8).bytes();
		int c = image.components();
		ImageData data = new ImageData(nx, ny, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		double scale = hi > lo ? 255 / (hi - lo) : 0;
		for (int y = 0; y < ny; y++) {
			for (int x = 0; x < nx; x++) {
				int i = (z * ny + y) * nx + x;
				int g = (int) Math.max(0, Math.min(255, (v[i * c] - lo) * scale));
				boolean label = l != null && l[i] != 0;
				int r = label ? (int) (0.65 * g + 0.35 * 255) : g, gg = label ? (int) (0.65 * g) : g, b = gg;
				data.setPixel(x, ny - 1 - y, (r << 16) | (gg << 8) | b);
			}
		}
		return data;
	}

	/** @return the 1st and 99th percentile of the middle axial slice (first channel): the grey window */
	static double[] window(Image image) {
		long[] size = image.geometry().size();
		int nx = (int) size[0], ny = (int) size[1], z = (int) (size[2] / 2), c = image.components();
		float[] v = image.convert(PixelType.FLOAT32).floats();
		float[] s = new float[nx * ny];
		for (int i = 0; i < s.length; i++) {
			s[i] = v[(z * nx * ny + i) * c];
		}
		java.util.Arrays.sort(s);
		return new double[] { s[(int) (0.01 * (s.length - 1))], s[(int) (0.99 * (s.length - 1))] };
	}
}
