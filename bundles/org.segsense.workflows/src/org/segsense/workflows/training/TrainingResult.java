// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What was trained.
 *
 * @param out the model folder written
 * @param architecture the architecture's description
 * @param iterations optimiser steps
 * @param seed the training seed
 * @param finalLoss mean loss of the last 10 iterations
 * @param losses the loss of every iteration
 * @param seconds training time
 * @param parameters trainable parameters
 * @param labelValues label values of the output channels
 * @param weightsSha256 SHA-256 over the weights (names and float bits, in name order): equal for equal models
 * @param metadata the model's SegSense metadata
 * @param cases the training cases' names
 */
public record TrainingResult(Path out, String architecture, int iterations, long seed, double finalLoss, float[] losses, double seconds,
		long parameters, int[] labelValues, String weightsSha256, Map<String, String> metadata, List<String> cases) {
}
