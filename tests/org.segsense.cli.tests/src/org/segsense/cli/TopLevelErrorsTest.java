// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Errors reach the top of the command line (issue 12, item 4): picocli hands only Exceptions to the
 * execution handler, so an OutOfMemoryError used to reach Equinox, which logged it and exited 0 with no
 * output. Now every Throwable gives one message and exit 1; with --json also a JSON error object.
 */
class TopLevelErrorsTest {

	@Command(name = "oom")
	static final class Oom implements java.util.concurrent.Callable<Integer> {
		@Override
		public Integer call() {
			throw new OutOfMemoryError("Java heap space");
		}
	}

	@Command(name = "overflow")
	static final class Overflow implements java.util.concurrent.Callable<Integer> {
		@Override
		public Integer call() {
			throw new StackOverflowError();
		}
	}

	@Command(name = "needs-tf")
	static final class NeedsTensorFlow implements java.util.concurrent.Callable<Integer> {
		@Override
		public Integer call() {
			// what the JVM throws when the optional TensorFlow engine is not installed
			throw new NoClassDefFoundError("org/segsense/inference/tensorflow/ModelInspection");
		}
	}

	private record Outcome(int code, String out, String err) {
	}

	private static Outcome run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine cl = SegSenseCli.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true));
		cl.addSubcommand(new Oom());
		cl.addSubcommand(new Overflow());
		cl.addSubcommand(new NeedsTensorFlow());
		int code = SegSenseCli.execute(cl, args);
		return new Outcome(code, out.toString(), err.toString());
	}

	@Test
	void anOutOfMemoryErrorExitsOneWithOneMessage() {
		Outcome o = run("oom");
		assertEquals(ExitCodes.FAILURE, o.code(), o::toString);
		assertTrue(o.err().startsWith("segsense: out of memory (Java heap space)") && o.err().contains("SEGSENSE_JAVA_OPTS"), o::toString);
		assertEquals(1, o.err().lines().count(), o::toString);
	}

	/** Without the optional TensorFlow feature a command that needs it says so (was: "internal error"). */
	@Test
	void aMissingTensorFlowFeatureIsNamedNotAnInternalError() {
		Outcome o = run("needs-tf");
		assertEquals(ExitCodes.FAILURE, o.code(), o::toString);
		assertTrue(o.err().startsWith("segsense: this command needs the TensorFlow feature"), o::toString);
		assertTrue(o.err().contains("ModelInspection is missing") && o.err().contains("image, staple, metrics and perturb run without it"), o::toString);
		assertFalse(o.err().contains("internal error"), o::toString);
		assertFalse(SegSenseCli.isOptionalFeature(new NoClassDefFoundError("org/segsense/image/Image")));
	}

	@Test
	void withJsonTheErrorIsAJsonObjectOnStdout() {
		Outcome o = run("oom", "--json");
		assertEquals(ExitCodes.FAILURE, o.code(), o::toString);
		assertTrue(o.out().contains("\"error\": \"out of memory (Java heap space)") && o.out().contains("\"exitCode\": 1"), o::toString);
	}

	@Test
	void anyOtherErrorIsAnInternalErrorExitingOne() {
		Outcome o = run("overflow");
		assertEquals(ExitCodes.FAILURE, o.code(), o::toString);
		assertTrue(o.err().contains("internal error: java.lang.StackOverflowError") && o.err().contains("--debug"), o::toString);
		assertFalse(o.err().contains("\tat "), o::toString);
	}

	@Test
	void usageErrorsWithJsonAreJsonToo() {
		Outcome o = run("--json", "--frobnicate");
		assertEquals(ExitCodes.BAD_INPUT, o.code(), o::toString);
		assertTrue(o.out().contains("\"exitCode\": 2") && o.out().contains("frobnicate"), o::toString);
	}
}
