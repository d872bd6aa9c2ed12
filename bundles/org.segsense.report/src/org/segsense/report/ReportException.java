// SPDX-License-Identifier: EPL-2.0
package org.segsense.report;

/** A report could not be written; the message names the file and what to do. */
public final class ReportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final boolean badInput;

	private ReportException(boolean badInput, String message, Throwable cause) {
		super(message, cause);
		this.badInput = badInput;
	}

	/** The input is wrong (not a run folder, a damaged store): the user can fix it. */
	public static ReportException badInput(String message, Throwable cause) {
		return new ReportException(true, message, cause);
	}

	/** Writing the report failed. */
	public static ReportException failure(String message, Throwable cause) {
		return new ReportException(false, message, cause);
	}

	/** @return true for bad input (exit code 2), false for a failure of the work (exit code 1) */
	public boolean badInput() {
		return badInput;
	}
}
