// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli;

/**
 * A failure a user can act on: its message is printed as it is (no stack trace unless
 * {@code --debug}) and the command exits with {@link #exitCode()}.
 */
public class CliException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int exitCode;

	public CliException(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	public CliException(int exitCode, String message, Throwable cause) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	/** Bad usage or bad input: exit code 2. */
	public static CliException badInput(String message) {
		return new CliException(ExitCodes.BAD_INPUT, message);
	}

	/** Bad usage or bad input caused by {@code cause}: exit code 2. */
	public static CliException badInput(String message, Throwable cause) {
		return new CliException(ExitCodes.BAD_INPUT, message, cause);
	}

	public int exitCode() {
		return exitCode;
	}
}
