// SPDX-License-Identifier: EPL-2.0
/**
 * The service-provider interface of inference engines: {@link org.segsense.inference.spi.InferenceEngine}
 * loads {@link org.segsense.inference.spi.EngineModel}s that run batches of float32
 * {@code [batch, z, y, x, channel]} tiles. Pre-processing, tiling, blending and post-processing are
 * SegSense's ({@link org.segsense.inference.Predictor}); an engine only runs the network.
 */
package org.segsense.inference.spi;
