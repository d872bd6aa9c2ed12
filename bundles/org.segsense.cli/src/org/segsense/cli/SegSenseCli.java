// SPDX-License-Identifier: EPL-2.0
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
			return execute(newCommandLine(outWriter, errWriter), args);
		} finally {
			outWriter.flush();
			errWriter.flush();
		}
	}

	/**
	 * Runs {@code args} on a configured command line. Every {@link Throwable} ends here with one message and
	 * exit 1: picocli hands only {@link Exception}s to the execution handler, and an {@link Error} (out of
	 * memory, stack overflow) would otherwise reach Equinox, which logs it and exits 0.
	 */
	static int execute(CommandLine commandLine, String[] args) {
		try {
			return commandLine.execute(args);
		} catch (Throwable t) { // NOPMD: the top of the program; nothing above it reports errors
			boolean json = args != null && java.util.Arrays.asList(args).contains("--json");
			boolean debug = args != null && java.util.Arrays.asList(args).contains("--debug");
			return report(t, commandLine.getOut(), commandLine.getErr(), json, debug);
		}
	}

	/**
	 * Reports a failure: one line on stderr (the stack trace with --debug), and with --json also a JSON object
	 * {@code {"error": MESSAGE, "exitCode": N}} on stdout.
	 *
	 * @return the exit code
	 */
	static int report(Throwable t, PrintWriter out, PrintWriter err, boolean json, boolean debug) {
		int code;
		String message;
		boolean internal = false;
		if (t instanceof CliException cli) {
			code = cli.exitCode();
			message = cli.getMessage();
		} else if (t instanceof OutOfMemoryError oom) {
			code = ExitCodes.FAILURE;
			message = "out of memory (" + oom.getMessage() + "). Give SegSense more memory (e.g. SEGSENSE_JAVA_OPTS=-Xmx8g) or use smaller "
					+ "inputs; nothing was lost that had been written before.";
		} else if (t instanceof NoClassDefFoundError missing && isOptionalFeature(missing)) {
			code = ExitCodes.FAILURE;
			message = "this command needs the TensorFlow feature (bundles org.segsense.inference.tensorflow, org.segsense.tensorflow and "
					+ "org.segsense.train), which this installation lacks (" + missing.getMessage() + " is missing). Install SegSense with its "
					+ "TensorFlow feature; image, staple, metrics and perturb run without it.";
		} else {
			code = ExitCodes.FAILURE;
			message = "internal error: " + t;
			internal = true;
		}
		err.println("segsense: " + message);
		if (debug) {
			t.printStackTrace(err);
		} else if (internal) {
			err.println("Run again with --debug for the stack trace, and report it with the command you ran.");
		}
		err.flush();
		if (json) {
			java.util.Map<String, Object> j = new java.util.LinkedHashMap<>();
			j.put("error", message);
			j.put("exitCode", code);
			out.println(org.segsense.image.util.JsonWriter.write(j));
			out.flush();
		}
		return code;
	}

	/** @return whether a missing class belongs to an optional bundle of the CLI (the TensorFlow engine, TensorFlow, training) */
	static boolean isOptionalFeature(NoClassDefFoundError e) {
		String m = String.valueOf(e.getMessage()).replace('.', '/');
		return m.startsWith("org/segsense/inference/tensorflow/") || m.startsWith("org/segsense/train/") || m.startsWith("org/tensorflow/")
				|| m.startsWith("org/segsense/tensorflow/");
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

	/** Unknown options, missing arguments and the like: one line, a hint, exit 2 (with --json also a JSON error object). */
	private static final IParameterExceptionHandler USAGE_ERROR = (ParameterException ex, String[] args) -> {
		CommandLine cmd = ex.getCommandLine();
		PrintWriter err = cmd.getErr();
		err.println("segsense: " + ex.getMessage());
		CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
		err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
		if (args != null && java.util.Arrays.asList(args).contains("--json")) {
			java.util.Map<String, Object> j = new java.util.LinkedHashMap<>();
			j.put("error", ex.getMessage());
			j.put("exitCode", ExitCodes.BAD_INPUT);
			cmd.getOut().println(org.segsense.image.util.JsonWriter.write(j));
			cmd.getOut().flush();
		}
		return ExitCodes.BAD_INPUT;
	};

	/** Exceptions from a command: the message for a {@link CliException}, a short report otherwise. */
	private static final IExecutionExceptionHandler WORK_ERROR = (Exception ex, CommandLine cmd, ParseResult parsed) -> {
		RootCommand root = RootCommand.of(cmd);
		return report(ex, cmd.getOut(), cmd.getErr(), root.json, root.debug);
	};
}
