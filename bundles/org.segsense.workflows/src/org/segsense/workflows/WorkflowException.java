// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows;

import java.util.List;

import org.segsense.engine.StudyRunException;
import org.segsense.report.ReportException;

/**
 * Why a service could not do its work: bad input (a file, a study or an option the user must fix; the CLI
 * exits 2) or a failure of the work itself (exit 1). The message names the file, the problem and the fix.
 */
public final class WorkflowException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final boolean badInput;
	private final List<String> problems;

	public WorkflowException(boolean badInput, String message, List<String> problems, Throwable cause) {
		super(message, cause);
		this.badInput = badInput;
		this.problems = problems == null ? List.of() : List.copyOf(problems);
	}

	/** @return bad input (exit 2) */
	public static WorkflowException badInput(String message) {
		return new WorkflowException(true, message, List.of(), null);
	}

	/** @return bad input (exit 2) */
	public static WorkflowException badInput(String message, Throwable cause) {
		return new WorkflowException(true, message, List.of(), cause);
	}

	/** @return a failure of the work (exit 1) */
	public static WorkflowException failure(String message, Throwable cause) {
		return new WorkflowException(false, message, List.of(), cause);
	}

	/** The engine's exception, with its kind and problems. */
	public static WorkflowException of(StudyRunException e) {
		return new WorkflowException(e.badInput(), e.getMessage(), e.problems(), e);
	}

	/** The report's exception, with its kind. */
	public static WorkflowException of(ReportException e) {
		return new WorkflowException(e.badInput(), e.getMessage(), List.of(), e);
	}

	/** @return true for bad input (exit 2), false for a failure (exit 1) */
	public boolean badInput() {
		return badInput;
	}

	/** @return the individual problems behind the message (e.g. the errors of an invalid study), possibly empty */
	public List<String> problems() {
		return problems;
	}
}
