// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.spi;

import java.nio.file.Path;
import java.util.List;

import org.segsense.inference.InferenceException;
import org.segsense.inference.LoadOptions;

/**
 * An inference engine: loads models of one kind and runs them. Contributed through the extension point
 * {@code org.segsense.inference.engines} (one class, one {@code <engine>} element). Implementations must
 * be thread-safe; each loaded {@link EngineModel} is used by one thread at a time.
 */
public interface InferenceEngine {

	/**
	 * @param modelDir a folder
	 * @return true if this engine recognises the folder as one of its models (e.g. it holds
	 *         {@code saved_model.pb}); cheap, reads no weights
	 */
	boolean recognises(Path modelDir);

	/**
	 * @return the devices this engine can run on, the CPU first
	 * @throws InferenceException when the engine's runtime cannot be started (the message says why)
	 */
	List<Device> devices() throws InferenceException;

	/**
	 * Loads a model.
	 *
	 * @param modelDir the model folder
	 * @param options device, threads, safety
	 * @return the loaded model; the caller closes it
	 * @throws InferenceException with a message naming the folder, the problem and the fix (unreadable
	 *         model, wrong signature, unsafe operations, no GPU although one was asked for, …)
	 */
	EngineModel load(Path modelDir, LoadOptions options) throws InferenceException;

	/**
	 * Runtime details for provenance (library versions, native backend, flags such as oneDNN).
	 *
	 * @return key → value, in a stable order
	 */
	java.util.Map<String, String> runtimeInfo();
}
