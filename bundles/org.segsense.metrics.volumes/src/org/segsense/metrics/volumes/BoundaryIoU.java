// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.volumes;

import org.segsense.metrics.spi.ContributedMetric;
import org.segsense.metrics.spi.MetricInput;

/**
 * Boundary IoU (Cheng, Girshick, Dollár, Berg, Kirillov: "Boundary IoU: Improving object-centric image
 * segmentation evaluation", CVPR 2021): the IoU of the two masks' inner boundary bands,
 * {@code |(G_d ∩ G) ∩ (P_d ∩ P)| / |(G_d ∩ G) ∪ (P_d ∩ P)|}, with G the reference, P the prediction and
 * X_d the voxels within distance d of X's contour.
 *
 * <p>Conventions (SegSense's, stated because the paper leaves the discretisation to its code):
 * <ul>
 * <li>The band X_d ∩ X is every voxel of X whose Euclidean distance in mm, centre to centre, to the nearest
 * voxel outside X is at most d ({@link MetricInput#depthInPrediction()}; the grid border counts as outside,
 * as the paper's code pads the mask with background). The paper's code erodes with a 3×3 square kernel,
 * i.e. a chessboard distance; SegSense uses the Euclidean one, which respects anisotropic spacing.</li>
 * <li>The band width follows the paper's default: d = 2 % of the diagonal of the image grid,
 * {@code d = 0.02 · √Σ (size_k · spacing_k)²} in mm, but never less than the largest spacing (so that
 * every surface voxel is in the band).</li>
 * <li>Both masks empty: undefined (NaN, reported as null). One empty: 0.</li>
 * </ul>
 */
public final class BoundaryIoU implements ContributedMetric {

	/** The band width as a fraction of the grid diagonal (the paper's dilation ratio). */
	public static final double DILATION_RATIO = 0.02;

	@Override
	public double compute(MetricInput input) {
		if (input.measured().predictionVoxels() == 0 && input.measured().referenceVoxels() == 0) {
			return Double.NaN;
		}
		double d = bandWidthMm(input.size(), input.spacing());
		double[] depthP = input.depthInPrediction();
		double[] depthG = input.depthInReference();
		byte[] p = input.predictionMask();
		byte[] g = input.referenceMask();
		long intersection = 0;
		long union = 0;
		for (int i = 0; i < p.length; i++) {
			boolean inP = p[i] != 0 && depthP[i] <= d;
			boolean inG = g[i] != 0 && depthG[i] <= d;
			if (inP && inG) {
				intersection++;
			}
			if (inP || inG) {
				union++;
			}
		}
		return (double) intersection / union;
	}

	/**
	 * @param size the grid size
	 * @param spacing the spacing in mm
	 * @return the band width d in mm: 2 % of the grid diagonal, at least the largest spacing
	 */
	public static double bandWidthMm(int[] size, double[] spacing) {
		double sum = 0;
		double largest = 0;
		for (int k = 0; k < size.length; k++) {
			double extent = size[k] * spacing[k];
			sum += extent * extent;
			largest = Math.max(largest, spacing[k]);
		}
		return Math.max(DILATION_RATIO * Math.sqrt(sum), largest);
	}
}
