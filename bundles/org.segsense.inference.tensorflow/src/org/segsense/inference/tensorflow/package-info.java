// SPDX-License-Identifier: EPL-2.0
/**
 * The TensorFlow inference engine ({@link org.segsense.inference.tensorflow.TensorFlowEngine}), contributed to
 * {@code org.segsense.inference.engines}, and SavedModel inspection with its safety verdict
 * ({@link org.segsense.inference.tensorflow.ModelInspection}, {@link org.segsense.inference.tensorflow.OpSafety}).
 */
package org.segsense.inference.tensorflow;
