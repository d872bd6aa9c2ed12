package org.segsense.train;

/** Receives training progress; {@link #cancelled()} is polled before every iteration. */
@FunctionalInterface
public interface TrainingListener {

	/** A listener that ignores everything. */
	TrainingListener SILENT = p -> {
	};

	/** Called after every iteration. */
	void progress(TrainingProgress progress);

	/** @return true to stop before the next iteration ({@link Trainer#train} then throws a cancelled {@link TrainingException}) */
	default boolean cancelled() {
		return false;
	}
}
