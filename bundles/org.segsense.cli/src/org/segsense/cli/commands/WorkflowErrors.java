// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.workflows.WorkflowException;

/** Maps the services' exceptions to the CLI's: bad input exits 2, a failure 1; the problems follow the message. */
final class WorkflowErrors {

	private WorkflowErrors() {
	}

	static CliException cli(WorkflowException e) {
		String msg = e.getMessage() + (e.problems().isEmpty() ? "" : "\n  " + String.join("\n  ", e.problems()));
		return new CliException(e.badInput() ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE, msg, e);
	}
}
