// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.spi;

import org.segsense.inference.InferenceException;
import org.segsense.inference.ModelDescriptor;

/**
 * A model loaded by an {@link InferenceEngine}. Not thread-safe: one caller at a time.
 */
public interface EngineModel extends AutoCloseable {

	/** @return what the model takes and returns */
	ModelDescriptor descriptor();

	/** @return the device it runs on, as the engine names it (e.g. {@code /device:CPU:0}) */
	String device();

	/**
	 * Runs the network on a batch of equally sized tiles.
	 *
	 * @param input float32 {@code [batch, z, y, x, channels]}, channel fastest (see the package
	 *        documentation); not kept after the call
	 * @param batch tiles in the batch
	 * @param nz tile size along z
	 * @param ny tile size along y
	 * @param nx tile size along x
	 * @return float32 {@code [batch, z, y, x, outputChannels]}
	 * @throws InferenceException when the engine fails (message: what and how to fix)
	 */
	float[] run(float[] input, int batch, int nz, int ny, int nx) throws InferenceException;

	/**
	 * @return nanoseconds spent inside the engine's own computation (e.g. TensorFlow's session call,
	 *         without SegSense's copies into and out of its tensors) since the model was loaded, or -1
	 *         when the engine does not measure it
	 */
	default long computeNanos() {
		return -1;
	}

	/** Releases native resources. */
	@Override
	void close();
}
