// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.LabelImages;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.metrics.spi.MetricInput;

/**
 * {@link SegmentationMetrics} on {@link Image}s: checks that prediction and reference share one grid,
 * reads their labels and uses the grid's spacing, so distances are in mm and volumes in ml. Contributed
 * metrics of a label share one {@link MetricInput}: its masks, surfaces and distance maps are computed
 * the first time a metric asks and then reused by the others.
 */
public final class ImageMetrics {

	/** Grids closer than this (relative to the spacing, as ITK's coordinate tolerance) count as equal. */
	public static final double GRID_TOLERANCE = 1e-6;

	private ImageMetrics() {
	}

	/** The metrics of one label, with their catalog values (built-in and contributed). */
	public record Result(LabelMetrics measured, Map<String, Double> values, Map<String, String> notes) {
	}

	/**
	 * Every catalog metric for each label.
	 *
	 * @param prediction     predicted label image
	 * @param reference      reference label image on the same grid
	 * @param labels         labels to score, or null for every non-zero label in either image
	 * @param nsdToleranceMm NSD tolerance τ in mm
	 * @param catalog        the metrics to report ({@link MetricCatalog#installed()} for all)
	 * @return label → result, in the order of {@code labels} (ascending when null)
	 * @throws IllegalArgumentException for different grids, non-label images or more than three dimensions
	 */
	public static Map<Integer, Result> compute(Image prediction, Image reference, int[] labels, double nsdToleranceMm,
			MetricCatalog catalog) {
		ImageGeometry grid = prediction.geometry();
		if (!grid.sameGridAs(reference.geometry(), GRID_TOLERANCE)) {
			throw new IllegalArgumentException("prediction and reference are not on the same grid (" + grid + " vs "
					+ reference.geometry() + "); resample one onto the other first");
		}
		if (grid.dimension() > 3) {
			throw new IllegalArgumentException("metrics are defined for 2-D and 3-D label images, not " + grid.dimension() + "-D");
		}
		int[] size = LabelImages.intSize(grid);
		double[] spacing = grid.spacing();
		double voxelMl = LabelImages.voxelVolumeMl(grid);
		// uint8 label maps with given labels (a study's usual case) are scored without an int[] copy of each image
		boolean bytes = labels != null && prediction.pixelType() == PixelType.UINT8 && reference.pixelType() == PixelType.UINT8
				&& prediction.components() == 1 && reference.components() == 1;
		int[] p = bytes ? null : LabelImages.toInts(prediction);
		int[] r = bytes ? null : LabelImages.toInts(reference);
		int[] chosen = labels != null ? labels : SegmentationMetrics.labelsPresent(p, r);
		Map<Integer, Result> results = new LinkedHashMap<>();
		for (int label : chosen) {
			LabelMetrics measured = bytes
					? SegmentationMetrics.compute(prediction.bytes(), reference.bytes(), size, spacing, label, nsdToleranceMm)
					: SegmentationMetrics.compute(p, r, size, spacing, label, nsdToleranceMm);
			Map<String, String> notes = new LinkedHashMap<>();
			// contributed metrics get the masks (and surfaces, distance maps) only when one asks for them
			MetricInput input = bytes
					? MetricInput.lazy(measured, size, spacing, () -> mask(prediction.bytes(), label), () -> mask(reference.bytes(), label))
					: MetricInput.lazy(measured, size, spacing, () -> mask(p, label), () -> mask(r, label));
			Map<String, Double> values = catalog.evaluate(input, notes);
			results.put(label, new Result(measured, values, notes));
		}
		return results;
	}

	private static byte[] mask(byte[] labels, int label) {
		byte[] m = new byte[labels.length];
		for (int i = 0; i < m.length; i++) {
			m[i] = (labels[i] & 0xff) == label ? (byte) 1 : 0;
		}
		return m;
	}

	private static byte[] mask(int[] labels, int label) {
		byte[] m = new byte[labels.length];
		for (int i = 0; i < m.length; i++) {
			m[i] = labels[i] == label ? (byte) 1 : 0;
		}
		return m;
	}
}
