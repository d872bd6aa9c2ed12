package org.segsense.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.segsense.cli.commands.RootCommand;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Entry point of the command line, independent of how the JVM was started: the Equinox
 * application and the tests both call {@link #execute(String[], PrintStream, PrintStream)}.
 */
public final class SegSenseCli {

	private SegSenseCli() {
	}

	/**
	 * Parses and runs one command line.
	 *
	 * @return the exit code: 0 ok, 1 failure of the work, 2 bad usage or bad input
	 */
	public static int execute(String[] args, PrintStream out, PrintStream err) {
		PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
		PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
		try {
			return newCommandLine(outWriter, errWriter).execute(args);
		} finally {
			outWriter.flush();
			errWriter.flush();
		}
	}

	/** A configured picocli command line writing to the given streams. */
	public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(new RootCommand());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setParameterExceptionHandler(USAGE_ERROR);
		commandLine.setExecutionExceptionHandler(WORK_ERROR);
		return commandLine;
	}

	/** Unknown options, missing arguments and the like: one line, a hint, exit 2. */
	private static final IParameterExceptionHandler USAGE_ERROR = (ParameterException ex, String[] args) -> {
		CommandLine cmd = ex.getCommandLine();
		PrintWriter err = cmd.getErr();
		err.println("segsense: " + ex.getMessage());
		CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
		err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
		return ExitCodes.BAD_INPUT;
	};

	/** Exceptions from a command: the message for a {@link CliException}, a short report otherwise. */
	private static final IExecutionExceptionHandler WORK_ERROR = (Exception ex, CommandLine cmd, ParseResult parsed) -> {
		PrintWriter err = cmd.getErr();
		boolean debug = RootCommand.of(cmd).debug;
		if (ex instanceof CliException cli) {
			err.println("segsense: " + cli.getMessage());
			if (debug) {
				ex.printStackTrace(err);
			}
			return cli.exitCode();
		}
		err.println("segsense: internal error: " + ex);
		if (debug) {
			ex.printStackTrace(err);
		} else {
			err.println("Run again with --debug for the stack trace, and report it with the command you ran.");
		}
		return ExitCodes.FAILURE;
	};
}
