// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

/**
 * The state after one training iteration.
 *
 * @param iteration iterations done (1 … iterations)
 * @param iterations iterations asked for
 * @param loss the loss of this iteration's batch (before the update)
 * @param elapsedNanos time since training started (graph building included)
 */
public record TrainingProgress(int iteration, int iterations, double loss, long elapsedNanos) {

	/** @return elapsed seconds */
	public double elapsedSeconds() {
		return elapsedNanos / 1e9;
	}
}
