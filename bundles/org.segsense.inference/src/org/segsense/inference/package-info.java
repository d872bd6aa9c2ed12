// SPDX-License-Identifier: EPL-2.0
/**
 * Engine-neutral inference: run a segmentation network on an {@link org.segsense.image.Image}.
 *
 * <p><b>Tensor layout.</b> Every tensor SegSense hands to an engine, and every tensor it expects back, is
 * float32 in the layout {@code [batch, z, y, x, channel]}, row-major with the channel fastest. That is
 * exactly the memory order of a SegSense image with {@code components = channel} (x varies fastest
 * among voxels, components are interleaved per voxel), so one volume is one tensor without reordering.
 * Axis z is the image's third axis as stored in the file (not a physical direction).
 *
 * <p><b>Pieces.</b> {@link org.segsense.inference.ModelDescriptor} says what a model takes and returns
 * (read from its signature); {@link org.segsense.inference.preprocess.Normalization} prepares the input
 * intensities; {@link org.segsense.inference.tiling.TilePlan} cuts volumes larger than the tile into
 * overlapping tiles whose outputs are blended back; {@link org.segsense.inference.Predictor} ties them
 * together and turns the network's output into probabilities and a label map. Engines (TensorFlow is
 * one) implement {@link org.segsense.inference.spi.InferenceEngine} and are contributed through the
 * extension point {@code org.segsense.inference.engines}; see {@link org.segsense.inference.InferenceEngines}.
 */
package org.segsense.inference;
