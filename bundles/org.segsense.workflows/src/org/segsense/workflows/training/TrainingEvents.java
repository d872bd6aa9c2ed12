// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

/** Structured training events for a user interface (progress and cancellation go through the monitor). */
public interface TrainingEvents {

	/** Ignores every event. */
	TrainingEvents NONE = new TrainingEvents() {
	};

	/** Training is about to start; {@code description} is one line (architecture, cases, iterations, …). */
	default void started(String description) {
	}

	/**
	 * One optimiser step was done.
	 *
	 * @param iteration 1 … iterations
	 * @param loss the batch loss of this step
	 * @param elapsedSeconds since training started
	 */
	default void step(int iteration, int iterations, double loss, double elapsedSeconds) {
	}
}
