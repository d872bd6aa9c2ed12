// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

/**
 * Training could not be done; the message says what and how to fix it. (A cancelled training throws
 * {@link org.eclipse.core.runtime.OperationCanceledException} instead.)
 */
public class TrainingException extends Exception {

	private static final long serialVersionUID = 1L;

	private final boolean badInput;

	private TrainingException(String message, Throwable cause, boolean badInput) {
		super(message, cause);
		this.badInput = badInput;
	}

	/** The inputs or settings are unusable (the command line exits with 2). */
	public static TrainingException badInput(String message) {
		return new TrainingException(message, null, true);
	}

	/** The work failed (TensorFlow error, divergence, I/O; exit 1). */
	public static TrainingException failure(String message, Throwable cause) {
		return new TrainingException(message, cause, false);
	}

	/** @return true when the inputs or settings were unusable */
	public boolean badInput() {
		return badInput;
	}
}
