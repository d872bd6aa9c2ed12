// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.function.Consumer;

/**
 * What one stage of a job hands the next: the value to go on with, or the job's end — failed (with the
 * outcome to commit) or interrupted (nothing to commit). A stage runs only on a value; an ended job
 * passes the later stages untouched.
 *
 * @param <T> the value's type
 */
sealed interface Step<T> {

	/** One stage: a value in, the next value out. */
	@FunctionalInterface
	interface Stage<T, U> {
		U apply(T value) throws Exception;
	}

	/** @return the job after {@code stage}, or ended when the stage threw */
	<U> Step<U> then(Stage<T, U> stage);

	/** Hands on the value of a job that went through, or the outcome of one that failed; nothing when interrupted. */
	void end(Consumer<T> value, Consumer<Outcome> failure);

	/** @return whether the job was interrupted */
	boolean interrupted();

	/** @return the job after its first stage */
	static <T> Step<T> start(Job job, Stage<Job, T> first) {
		return new Next<>(job, job).then(first);
	}

	/** A job with a value to go on with. */
	record Next<T>(Job job, T value) implements Step<T> {
		@Override
		public <U> Step<U> then(Stage<T, U> stage) {
			try {
				return new Next<>(job, stage.apply(value));
			} catch (Exception | OutOfMemoryError e) {
				return ended(job, e);
			}
		}

		@Override
		public void end(Consumer<T> v, Consumer<Outcome> failure) {
			v.accept(value);
		}

		@Override
		public boolean interrupted() {
			return false;
		}
	}

	/** A job that failed. */
	record Failed<T>(Outcome outcome) implements Step<T> {
		@Override
		public <U> Step<U> then(Stage<T, U> stage) {
			return new Failed<>(outcome);
		}

		@Override
		public void end(Consumer<T> value, Consumer<Outcome> failure) {
			failure.accept(outcome);
		}

		@Override
		public boolean interrupted() {
			return false;
		}
	}

	/** A job whose thread was interrupted (the run is cancelled). */
	record Interrupted<T>(Job job) implements Step<T> {
		@Override
		public <U> Step<U> then(Stage<T, U> stage) {
			return new Interrupted<>(job);
		}

		@Override
		public void end(Consumer<T> value, Consumer<Outcome> failure) {
		}

		@Override
		public boolean interrupted() {
			return true;
		}
	}

	private static <U> Step<U> ended(Job job, Throwable e) {
		if (e instanceof InterruptedException || e instanceof org.eclipse.core.runtime.OperationCanceledException
				|| Thread.currentThread().isInterrupted()
				|| e instanceof java.nio.channels.ClosedByInterruptException) {
			Thread.currentThread().interrupt();
			return new Interrupted<>(job);
		}
		return new Failed<>(Outcome.failed(job, e));
	}
}
