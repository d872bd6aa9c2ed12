// SPDX-License-Identifier: EPL-2.0
package org.segsense.simpleitk;

/** An error SimpleITK raised while running an operation (its message, without the C++ source location). */
public final class SimpleItkException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SimpleItkException(String message, Throwable cause) {
		super(message, cause);
	}
}
