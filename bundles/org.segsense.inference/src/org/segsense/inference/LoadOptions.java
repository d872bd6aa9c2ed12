// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import java.util.Objects;

/**
 * How an engine loads a model.
 *
 * @param device where to run it
 * @param threads CPU threads for one model (intra-op), 0 for the engine's default (all cores)
 * @param allowUnsafeOps true to load a model whose graph contains file-system, network or process
 *        operations (refused by default: a SavedModel is a program)
 */
public record LoadOptions(DeviceChoice device, int threads, boolean allowUnsafeOps) {

	public LoadOptions {
		Objects.requireNonNull(device, "device");
		if (threads < 0) {
			throw new IllegalArgumentException("threads must be 0 (engine default) or positive, not " + threads);
		}
	}

	/** @return auto device, default threads, unsafe operations refused */
	public static LoadOptions defaults() {
		return new LoadOptions(DeviceChoice.AUTO, 0, false);
	}

	/** @return a copy with another device */
	public LoadOptions withDevice(DeviceChoice d) {
		return new LoadOptions(d, threads, allowUnsafeOps);
	}

	/** @return a copy with another thread count */
	public LoadOptions withThreads(int n) {
		return new LoadOptions(device, n, allowUnsafeOps);
	}

	/** @return a copy that allows or refuses unsafe operations */
	public LoadOptions withAllowUnsafeOps(boolean allow) {
		return new LoadOptions(device, threads, allow);
	}
}
