// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

/** A training or augmentation-study error: bad input (exit code 2) or a failure of the work (exit code 1). */
public class TrainingServiceException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final boolean badInput;

	public TrainingServiceException(boolean badInput, String message, Throwable cause) {
		super(message, cause);
		this.badInput = badInput;
	}

	/** @return bad input: a message naming the file or option, the problem and the fix */
	public static TrainingServiceException badInput(String message) {
		return new TrainingServiceException(true, message, null);
	}

	public static TrainingServiceException badInput(String message, Throwable cause) {
		return new TrainingServiceException(true, message, cause);
	}

	public static TrainingServiceException failure(String message, Throwable cause) {
		return new TrainingServiceException(false, message, cause);
	}

	/** @return true for bad input (the user can fix it), false for a failure of the work */
	public boolean badInput() {
		return badInput;
	}
}
