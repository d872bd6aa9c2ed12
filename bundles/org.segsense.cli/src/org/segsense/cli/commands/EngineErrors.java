package org.segsense.cli.commands;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.engine.StudyRunException;

/** Maps engine exceptions to the CLI's. */
final class EngineErrors {

	private EngineErrors() {
	}

	static CliException cli(StudyRunException e) {
		String msg = e.getMessage() + (e.problems().isEmpty() ? "" : "\n  " + String.join("\n  ", e.problems()));
		return new CliException(e.badInput() ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE, msg, e);
	}
}
