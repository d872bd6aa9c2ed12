// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import org.segsense.inference.preprocess.Normalization;
import org.segsense.inference.tiling.Blending;

/**
 * How a {@link Predictor} prepares, tiles and post-processes. Per-axis triples are {x, y, z}, the order
 * of image sizes (the engine's tensors are {z, y, x}; {@link TensorAxes} converts inside the predictor).
 *
 * @param normalization the input normalisation, or null to use the one the model's metadata records
 *        (none for an external model, which then gets its input unchanged)
 * @param tile tile size {x, y, z}, or null: the model's fixed input size if it has one, else the whole
 *        volume in one piece
 * @param margin voxels discarded at inner tile edges {x, y, z}; at least the network's receptive-field
 *        radius for tiled output to equal whole-volume output; null for automatic: the model's
 *        {@code receptiveFieldRadius} metadata, else {@link #DEFAULT_MARGIN}
 * @param overlap extra overlap of the kept tile parts {x, y, z}, blended
 * @param blending weights of overlapping kept voxels
 * @param batchSize tiles per engine call (≥ 1)
 * @param threshold foreground threshold of one-channel sigmoid models
 */
public record PredictorOptions(Normalization normalization, int[] tile, int[] margin, int[] overlap, Blending blending, int batchSize,
		double threshold) {

	/**
	 * Margin per axis for a model that does not record its receptive-field radius (external models).
	 * SegSense's trained models record it ({@code receptiveFieldRadius}), and that is used instead.
	 */
	public static final int DEFAULT_MARGIN = 8;

	public PredictorOptions {
		tile = tile == null ? null : check(tile, "tile", 1);
		margin = margin == null ? null : check(margin, "margin", 0);
		overlap = check(overlap, "overlap", 0);
		if (blending == null) {
			throw new IllegalArgumentException("blending must be given");
		}
		if (batchSize < 1) {
			throw new IllegalArgumentException("The batch size must be at least 1, not " + batchSize + ".");
		}
		if (!(threshold > 0 && threshold < 1)) {
			throw new IllegalArgumentException("The threshold must be between 0 and 1 (exclusive), not " + threshold + ".");
		}
	}

	private static int[] check(int[] v, String what, int min) {
		if (v == null || v.length != 3) {
			throw new IllegalArgumentException("The " + what + " needs 3 numbers (x, y, z).");
		}
		for (int x : v) {
			if (x < min) {
				throw new IllegalArgumentException("Every " + what + " value must be at least " + min + ", not " + x + ".");
			}
		}
		return v.clone();
	}

	/** @return model's normalisation, automatic tile and margin, no extra overlap, uniform blending, batch 1, threshold 0.5 */
	public static PredictorOptions defaults() {
		return new PredictorOptions(null, null, null, new int[3], Blending.UNIFORM, 1, 0.5);
	}

	@Override
	public int[] tile() {
		return tile == null ? null : tile.clone();
	}

	@Override
	public int[] margin() {
		return margin == null ? null : margin.clone();
	}

	@Override
	public int[] overlap() {
		return overlap.clone();
	}

	/** @return a copy with another normalisation (null: the model's) */
	public PredictorOptions withNormalization(Normalization n) {
		return new PredictorOptions(n, tile, margin, overlap, blending, batchSize, threshold);
	}

	/** @return a copy with a tile size {x, y, z} (null: automatic) */
	public PredictorOptions withTile(int[] t) {
		return new PredictorOptions(normalization, t, margin, overlap, blending, batchSize, threshold);
	}

	/** @return a copy with margins {x, y, z} (null: automatic) */
	public PredictorOptions withMargin(int[] m) {
		return new PredictorOptions(normalization, tile, m, overlap, blending, batchSize, threshold);
	}

	/** @return a copy with overlaps {x, y, z} and a blending */
	public PredictorOptions withOverlap(int[] o, Blending b) {
		return new PredictorOptions(normalization, tile, margin, o, b, batchSize, threshold);
	}

	/** @return a copy with a batch size */
	public PredictorOptions withBatchSize(int b) {
		return new PredictorOptions(normalization, tile, margin, overlap, blending, b, threshold);
	}

	/** @return a copy with a threshold */
	public PredictorOptions withThreshold(double t) {
		return new PredictorOptions(normalization, tile, margin, overlap, blending, batchSize, t);
	}
}
