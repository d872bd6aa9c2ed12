// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Where an {@link Architecture} gets its weights from while it builds a graph. During training the
 * trainer hands out variables initialised from Java-generated, seeded values; at export it hands out
 * constants holding the trained values. An architecture asks for its weights in a fixed order with
 * unique names, so that the seed determines the initial weights.
 */
public interface WeightSource {

	/** How a weight is initialised for training. */
	enum Init {
		/** He (Kaiming) normal: N(0, 2 / fanIn), fanIn = product of all dimensions but the last. */
		HE_NORMAL,
		/** Glorot/Xavier-style normal for a layer without ReLU after it: N(0, 1 / fanIn). */
		LECUN_NORMAL,
		/** Zeros (biases). */
		ZEROS
	}

	/**
	 * @param tf the graph's ops
	 * @param name a unique name, e.g. {@code enc0/conv1/kernel}
	 * @param shape the weight's shape
	 * @param init how to initialise it for training
	 * @return the weight (a variable or a constant)
	 */
	Operand<TFloat32> weight(Ops tf, String name, Shape shape, Init init);
}
