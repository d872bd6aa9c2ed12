// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

/**
 * A model could not be loaded or run. The message is meant for the user: it names the model or file,
 * the problem and what to do about it.
 */
public class InferenceException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message the problem and the fix */
	public InferenceException(String message) {
		super(message);
	}

	/**
	 * @param message the problem and the fix
	 * @param cause the underlying error
	 */
	public InferenceException(String message, Throwable cause) {
		super(message, cause);
	}
}
