// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.List;

/**
 * A run could not start or finish. {@link #badInput()} tells a problem of the input (invalid study,
 * changed files, a run folder in use; exit code 2) from a failure of the work (exit code 1). The
 * message is for the user: it names the file, the problem and what to do.
 */
public class StudyRunException extends Exception {

	private static final long serialVersionUID = 1L;

	private final boolean badInput;
	private final List<String> problems;

	public StudyRunException(boolean badInput, String message, List<String> problems, Throwable cause) {
		super(message, cause);
		this.badInput = badInput;
		this.problems = List.copyOf(problems);
	}

	/** @return a bad-input exception */
	public static StudyRunException badInput(String message) {
		return new StudyRunException(true, message, List.of(), null);
	}

	/** @return a bad-input exception with a cause */
	public static StudyRunException badInput(String message, Throwable cause) {
		return new StudyRunException(true, message, List.of(), cause);
	}

	/** @return a failure of the work */
	public static StudyRunException failure(String message, Throwable cause) {
		return new StudyRunException(false, message, List.of(), cause);
	}

	/** @return true for bad input (exit 2), false for a failure of the work (exit 1) */
	public boolean badInput() {
		return badInput;
	}

	/** @return the individual problems (e.g. validation errors), possibly empty */
	public List<String> problems() {
		return problems;
	}
}
