// SPDX-License-Identifier: EPL-2.0
package org.segsense.backend;

/**
 * A backend was asked for that this installation does not have, or an input needs one (a DICOM folder
 * needs {@code simpleitk}); the message names the backend and how to add it. Callers report it as bad
 * usage (exit 2).
 */
public final class BackendUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public BackendUnavailableException(String message) {
		super(message);
	}

	public BackendUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
