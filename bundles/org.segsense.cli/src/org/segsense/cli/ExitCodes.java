// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli;

/** Exit codes of every {@code segsense} command (SPEC.md, "Errors"). */
public final class ExitCodes {

	/** The command did what was asked. */
	public static final int OK = 0;
	/** The work itself failed (e.g. a reproduction mismatch, an I/O failure while writing results). */
	public static final int FAILURE = 1;
	/** Bad usage or bad input (unknown option, malformed or invalid file). */
	public static final int BAD_INPUT = 2;

	private ExitCodes() {
	}
}
