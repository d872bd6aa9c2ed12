// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import org.segsense.inference.InferenceException;
import org.segsense.inference.ModelDescriptor;
import org.segsense.inference.spi.EngineModel;

/**
 * Wall time during which at least one inference-engine call is running, over all workers: what tells
 * whether the inference device waits for the CPU-side stages (1 − busy / wall is the share of wall time
 * outside the engine's calls).
 */
final class BusyClock {

	private int active;
	private long since;
	private long busy;

	synchronized void enter() {
		if (active++ == 0) {
			since = System.nanoTime();
		}
	}

	synchronized void exit() {
		if (--active == 0) {
			busy += System.nanoTime() - since;
		}
	}

	/** @return nanoseconds with at least one call running so far */
	synchronized long busyNanos() {
		return busy + (active > 0 ? System.nanoTime() - since : 0);
	}

	/** @return {@code model} with its {@code run} calls timed on this clock */
	EngineModel clocked(EngineModel model) {
		return new EngineModel() {
			@Override
			public ModelDescriptor descriptor() {
				return model.descriptor();
			}

			@Override
			public String device() {
				return model.device();
			}

			@Override
			public float[] run(float[] input, int batch, int nz, int ny, int nx) throws InferenceException {
				enter();
				try {
					return model.run(input, batch, nz, ny, nx);
				} finally {
					exit();
				}
			}

			@Override
			public long computeNanos() {
				return model.computeNanos();
			}

			@Override
			public void close() {
				model.close();
			}
		};
	}
}
