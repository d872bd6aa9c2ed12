// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.segsense.cli.SegSenseCli;

/** Runs one command line in-process and captures what it printed. */
final class Cli {

	/** Exit code and the two output streams of one command. */
	record Result(int exitCode, String out, String err) {

		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
		}
	}

	private Cli() {
	}

	static Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code;
		try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			code = SegSenseCli.execute(args, outStream, errStream);
		}
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
