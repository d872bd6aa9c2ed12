// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A fully convolutional 3-D segmentation network defined in TensorFlow Java graph mode. It maps
 * {@code [batch, z, y, x, inputChannels]} to unnormalised class scores {@code [batch, z, y, x, classes]}
 * of the same size, provided z, y and x are multiples of {@link #sizeMultiple()}; the exported model
 * pads its input to such a multiple inside the graph and crops the output back, so it accepts any size.
 * Implementations are immutable; {@link #describe()} names every setting.
 */
public interface Architecture {

	/** @return the short id used on the command line, e.g. {@code unet} */
	String id();

	/** @return the architecture and all its settings, e.g. {@code unet(baseFilters=8,depth=2,...)}; recorded in model metadata */
	String describe();

	/** @return the spatial sizes the network takes must be multiples of this (pooling factors) */
	int sizeMultiple();

	/**
	 * @return an upper bound of the receptive-field radius in voxels: an output voxel depends on input
	 *         voxels at most this far away along each axis (recorded in the model metadata as
	 *         {@code receptiveFieldRadius}; tiled inference discards that many voxels at inner tile edges)
	 */
	int receptiveFieldRadius();

	/**
	 * Builds the network.
	 *
	 * @param tf ops of the graph
	 * @param input {@code [batch, z, y, x, inputChannels]}
	 * @param inputChannels input channels
	 * @param classes output channels
	 * @param weights where the weights come from (ask in a fixed order)
	 * @return the logits {@code [batch, z, y, x, classes]}
	 */
	Operand<TFloat32> logits(Ops tf, Operand<TFloat32> input, int inputChannels, int classes, WeightSource weights);
}
