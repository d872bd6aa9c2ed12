// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.augment;

/** Structured events of an augmentation study for a user interface (progress and cancellation: the monitor). */
public interface AugmentationEvents {

	/** Ignores every event. */
	AugmentationEvents NONE = new AugmentationEvents() {
	};

	/** Something the user should know (a migrated id, a retraining after a settings change, …). */
	default void note(String text) {
	}

	/** Network {@code index} (1-based) of {@code total} starts training (or is checked for reuse). */
	default void modelStarted(String variantId, long seed, int index, int total) {
	}

	/** One optimiser step of the network being trained. */
	default void step(String variantId, long seed, int iteration, int iterations, double loss, double elapsedSeconds) {
	}

	/** A network is trained or reused, and in the saved study file. */
	default void modelDone(TrainedVariant model) {
	}
}
