// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import org.segsense.image.Image;

/**
 * The result of {@link Predictor#predict}.
 *
 * @param probabilities float32 on the input grid, one component per output channel (for a one-channel
 *        sigmoid model: the foreground probability)
 * @param labels the label map on the input grid (uint8 when every label value fits, else uint16 or int32); for a
 *        {@link OutputKind#SIGMOID_MULTILABEL} model uint8 with one component (0/1) per output channel
 * @param tiles tiles run
 * @param engineNanos time spent inside the engine's {@code run} calls
 * @param totalNanos time of the whole prediction (normalisation, tiling, engine, blending, labels)
 */
public record Prediction(Image probabilities, Image labels, int tiles, long engineNanos, long totalNanos) {

	/** @return the share of the time spent outside the engine (SegSense's overhead), 0–1 */
	public double overheadFraction() {
		return totalNanos == 0 ? 0 : (totalNanos - engineNanos) / (double) totalNanos;
	}
}
