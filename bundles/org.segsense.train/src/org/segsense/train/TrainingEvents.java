// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

/**
 * The structured events of a training that a front end shows (a loss curve): called on the training
 * thread. Progress (a unit per iteration) and cancellation go through the training's
 * {@link org.eclipse.core.runtime.IProgressMonitor}, not through here.
 */
public interface TrainingEvents {

	/** Events nobody listens to. */
	TrainingEvents NONE = new TrainingEvents() {
	};

	/** @param step the iteration just done, with its loss */
	default void step(TrainingProgress step) {
	}
}
