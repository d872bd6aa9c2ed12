// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.spi;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

import org.segsense.metrics.LabelMetrics;
import org.segsense.metrics.SegmentationMetrics;
import org.segsense.metrics.distance.EuclideanDistanceTransform;

/**
 * Everything a {@link ContributedMetric} may look at for one label of one job: the built-in
 * measurements, the grid, the two binary masks and — computed on first request and then shared by every
 * metric of the label — their surfaces and Euclidean distance maps.
 *
 * <p>Conventions (the same as {@link SegmentationMetrics} and {@code segsense metrics --conventions}):
 * <ul>
 * <li>Arrays are flat, in ITK order (axis 0 fastest), on a grid of 1 to 3 axes ({@link #size()}), with
 * the spacing {@link #spacing()} in mm. A = prediction, B = reference; a mask holds 1 for the label's
 * voxels and 0 elsewhere.</li>
 * <li>A surface voxel is an object voxel with at least one face neighbour outside the object; the grid
 * border counts as outside.</li>
 * <li>{@code distanceTo…} maps give every voxel the Euclidean distance in mm between its centre and the
 * centre of the nearest object voxel (0 inside; {@code +∞} everywhere when the mask is empty).</li>
 * <li>{@code depthIn…} maps give every object voxel the distance in mm to the nearest voxel centre
 * outside the object, with the grid padded by one layer of background (so an object voxel on the grid
 * border has depth ≤ its spacing); 0 outside the object.</li>
 * </ul>
 *
 * <p>Returned arrays are shared, not copied: a metric must not modify them. One input serves one label on
 * one thread at a time (SegSense evaluates the metrics of a label one after another); its lazy values are
 * computed at most once ({@link #transformsComputed()} counts the distance transforms run).
 */
public final class MetricInput {

	private final LabelMetrics measured;
	private final double voxelVolumeMl;
	private final int[] size;
	private final double[] spacing;
	private final Supplier<byte[]> predictionSource;
	private final Supplier<byte[]> referenceSource;
	private byte[] prediction;
	private byte[] reference;
	private byte[] predictionSurface;
	private byte[] referenceSurface;
	private double[] distanceToPrediction;
	private double[] distanceToReference;
	private double[] depthInPrediction;
	private double[] depthInReference;
	private int transforms;

	private MetricInput(LabelMetrics measured, double voxelVolumeMl, int[] size, double[] spacing, Supplier<byte[]> prediction,
			Supplier<byte[]> reference) {
		this.measured = Objects.requireNonNull(measured, "measured");
		this.voxelVolumeMl = voxelVolumeMl;
		this.size = size;
		this.spacing = spacing;
		this.predictionSource = prediction;
		this.referenceSource = reference;
	}

	/**
	 * An input with images; the masks are produced on first request (at most once each).
	 *
	 * @param measured   the built-in measurements of the label
	 * @param size       grid size (1 to 3 axes)
	 * @param spacing    spacing in mm, one per axis
	 * @param prediction produces the prediction mask (length = product of {@code size})
	 * @param reference  produces the reference mask
	 * @return the input
	 */
	public static MetricInput lazy(LabelMetrics measured, int[] size, double[] spacing, Supplier<byte[]> prediction,
			Supplier<byte[]> reference) {
		if (size.length < 1 || size.length > 3 || spacing.length != size.length) {
			throw new IllegalArgumentException("size and spacing must have 1 to 3 equal-length axes: " + Arrays.toString(size) + ", "
					+ Arrays.toString(spacing));
		}
		double ml = 1e-3;
		for (double s : spacing) {
			ml *= s;
		}
		return new MetricInput(measured, ml, size.clone(), spacing.clone(), Objects.requireNonNull(prediction),
				Objects.requireNonNull(reference));
	}

	/** An input with the given masks (used as they are, not copied). */
	public static MetricInput of(LabelMetrics measured, int[] size, double[] spacing, byte[] prediction, byte[] reference) {
		return lazy(measured, size, spacing, () -> prediction, () -> reference);
	}

	/**
	 * An input of measurements only, for callers that have no images (a metric that asks for a mask
	 * then fails, and its value is reported as undefined with the reason).
	 */
	public static MetricInput measurementsOnly(LabelMetrics measured, double voxelVolumeMl) {
		return new MetricInput(measured, voxelVolumeMl, null, null, null, null);
	}

	/** @return the built-in metrics and voxel counts of the label */
	public LabelMetrics measured() {
		return measured;
	}

	/** @return the label value */
	public int label() {
		return measured.label();
	}

	/** @return the volume of one voxel in ml (product of the spacing in mm / 1000) */
	public double voxelVolumeMl() {
		return voxelVolumeMl;
	}

	/** @return whether masks, surfaces and distance maps are available */
	public boolean hasImages() {
		return size != null;
	}

	/** @return a copy of the grid size */
	public int[] size() {
		return requireImages().clone();
	}

	/** @return a copy of the spacing in mm */
	public double[] spacing() {
		requireImages();
		return spacing.clone();
	}

	/** @return the prediction mask A */
	public byte[] predictionMask() {
		requireImages();
		if (prediction == null) {
			prediction = checked(predictionSource.get(), "prediction");
		}
		return prediction;
	}

	/** @return the reference mask B */
	public byte[] referenceMask() {
		requireImages();
		if (reference == null) {
			reference = checked(referenceSource.get(), "reference");
		}
		return reference;
	}

	/** @return the surface voxels of A */
	public byte[] predictionSurface() {
		if (predictionSurface == null) {
			predictionSurface = SegmentationMetrics.surface(predictionMask(), size);
		}
		return predictionSurface;
	}

	/** @return the surface voxels of B */
	public byte[] referenceSurface() {
		if (referenceSurface == null) {
			referenceSurface = SegmentationMetrics.surface(referenceMask(), size);
		}
		return referenceSurface;
	}

	/** @return every voxel's distance in mm to the nearest voxel of A */
	public double[] distanceToPrediction() {
		if (distanceToPrediction == null) {
			distanceToPrediction = transform(predictionMask());
		}
		return distanceToPrediction;
	}

	/** @return every voxel's distance in mm to the nearest voxel of B */
	public double[] distanceToReference() {
		if (distanceToReference == null) {
			distanceToReference = transform(referenceMask());
		}
		return distanceToReference;
	}

	/** @return every voxel of A's distance in mm to the nearest voxel outside A (grid border outside); 0 outside A */
	public double[] depthInPrediction() {
		if (depthInPrediction == null) {
			depthInPrediction = depth(predictionMask());
		}
		return depthInPrediction;
	}

	/** @return every voxel of B's distance in mm to the nearest voxel outside B (grid border outside); 0 outside B */
	public double[] depthInReference() {
		if (depthInReference == null) {
			depthInReference = depth(referenceMask());
		}
		return depthInReference;
	}

	/** @return how many distance transforms this input has run so far (each map is computed once) */
	public int transformsComputed() {
		return transforms;
	}

	private double[] transform(byte[] mask) {
		transforms++;
		return EuclideanDistanceTransform.distance(mask, size, spacing);
	}

	/** The distance transform of the complement on a grid padded by one background layer, cropped back. */
	private double[] depth(byte[] mask) {
		int d = size.length;
		int[] padded = new int[d];
		for (int k = 0; k < d; k++) {
			padded[k] = size[k] + 2;
		}
		int n = 1;
		for (int s : padded) {
			n *= s;
		}
		byte[] outside = new byte[n];
		Arrays.fill(outside, (byte) 1);
		int nx = size[0];
		int ny = d > 1 ? size[1] : 1;
		int nz = d > 2 ? size[2] : 1;
		int px = padded[0];
		int py = d > 1 ? padded[1] : 1;
		for (int z = 0; z < nz; z++) {
			for (int y = 0; y < ny; y++) {
				for (int x = 0; x < nx; x++) {
					int p = (x + 1) + px * ((d > 1 ? y + 1 : 0) + py * (d > 2 ? z + 1 : 0));
					outside[p] = mask[x + nx * (y + ny * z)] != 0 ? (byte) 0 : 1;
				}
			}
		}
		transforms++;
		double[] dist = EuclideanDistanceTransform.distance(outside, padded, spacing);
		double[] out = new double[mask.length];
		for (int z = 0; z < nz; z++) {
			for (int y = 0; y < ny; y++) {
				for (int x = 0; x < nx; x++) {
					int p = (x + 1) + px * ((d > 1 ? y + 1 : 0) + py * (d > 2 ? z + 1 : 0));
					out[x + nx * (y + ny * z)] = dist[p];
				}
			}
		}
		return out;
	}

	private int[] requireImages() {
		if (size == null) {
			throw new IllegalStateException("this metric needs the masks, and the caller gave measurements only");
		}
		return size;
	}

	private byte[] checked(byte[] mask, String which) {
		int n = 1;
		for (int s : size) {
			n *= s;
		}
		if (mask == null || mask.length != n) {
			throw new IllegalArgumentException("the " + which + " mask must have " + n + " voxels");
		}
		return mask;
	}
}
