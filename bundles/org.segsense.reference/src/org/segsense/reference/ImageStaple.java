// SPDX-License-Identifier: EPL-2.0
package org.segsense.reference;

import java.util.List;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.LabelImages;
import org.segsense.image.PixelType;

/**
 * STAPLE on {@link Image}s: checks that all raters share one grid, reads their labels and returns the
 * consensus as an image on that grid, with ITK 5.2's semantics ({@link BinaryStaple}, {@link MultiLabelStaple}).
 */
public final class ImageStaple {

	/** Grids closer than this (relative to the spacing, as ITK's coordinate tolerance) count as equal. */
	public static final double GRID_TOLERANCE = 1e-6;

	private ImageStaple() {
	}

	/** Binary STAPLE's foreground probability map (float32 or float64) and the per-rater estimates. */
	public record BinaryResult(Image probability, BinaryStaple.Result details) {
	}

	/** Multi-label STAPLE's label map and confusion matrices. */
	public record MultiLabelResult(Image labels, MultiLabelStaple.Result details) {
	}

	/**
	 * Binary STAPLE, computed in double as SimpleITK does, with the map stored as float32 (half the memory;
	 * relative rounding ≤ 6e-8).
	 *
	 * @param raters     two or more label images on one grid
	 * @param foreground the label value that means foreground
	 * @param options    ITK's settings and SegSense's extras (ROI, disagreement-only)
	 * @throws IllegalArgumentException for fewer than two raters, different grids or non-label images
	 */
	public static BinaryResult binary(List<Image> raters, int foreground, BinaryStaple.Options options) {
		return binary(raters, foreground, options, PixelType.FLOAT32);
	}

	/**
	 * Binary STAPLE, computed in double as SimpleITK does.
	 *
	 * @param mapType {@link PixelType#FLOAT64} for SimpleITK's double map, {@link PixelType#FLOAT32} to round it
	 * @throws IllegalArgumentException for fewer than two raters, different grids, non-label images or another
	 *                                  map type
	 */
	public static BinaryResult binary(List<Image> raters, int foreground, BinaryStaple.Options options, PixelType mapType) {
		if (mapType != PixelType.FLOAT32 && mapType != PixelType.FLOAT64) {
			throw new IllegalArgumentException("the STAPLE probability map is float32 or float64, not " + mapType.jsonName());
		}
		ImageGeometry grid = commonGrid(raters);
		BinaryStaple.Result result = BinaryStaple.run(labels(raters), foreground, options);
		Image map = mapType == PixelType.FLOAT64 ? Image.of(grid, result.probability().toDoubles())
				: Image.of(grid, result.probability().toFloats());
		return new BinaryResult(map, result);
	}

	/**
	 * Multi-label STAPLE. The label map keeps the first rater's integer pixel type when every output
	 * label (the undecided label included) fits into it, else int16 or int32.
	 *
	 * @throws IllegalArgumentException for fewer than two raters, different grids or non-label images
	 */
	public static MultiLabelResult multiLabel(List<Image> raters, MultiLabelStaple.Options options) {
		ImageGeometry grid = commonGrid(raters);
		MultiLabelStaple.Result result = MultiLabelStaple.run(labels(raters), options);
		int max = result.undecidedLabel();
		int min = 0;
		for (int label : result.labels()) {
			max = Math.max(max, label);
			min = Math.min(min, label);
		}
		PixelType type = raters.get(0).pixelType();
		if (!type.isInteger() || max > type.maxValue() || min < type.minValue()) {
			type = max <= Short.MAX_VALUE && min >= Short.MIN_VALUE ? PixelType.INT16 : PixelType.INT32;
		}
		return new MultiLabelResult(Image.of(grid, result.labels()).convert(type), result);
	}

	private static ImageGeometry commonGrid(List<Image> raters) {
		if (raters.size() < 2) {
			throw new IllegalArgumentException("STAPLE needs at least two raters, got " + raters.size());
		}
		ImageGeometry grid = raters.get(0).geometry();
		for (int i = 1; i < raters.size(); i++) {
			if (!grid.sameGridAs(raters.get(i).geometry(), GRID_TOLERANCE)) {
				throw new IllegalArgumentException("rater " + (i + 1) + " is not on the grid of rater 1 (" + raters.get(i).geometry()
						+ " vs " + grid + "); resample it first");
			}
		}
		return grid;
	}

	private static int[][] labels(List<Image> raters) {
		int[][] labels = new int[raters.size()][];
		for (int i = 0; i < labels.length; i++) {
			labels[i] = LabelImages.toInts(raters.get(i));
		}
		return labels;
	}
}
