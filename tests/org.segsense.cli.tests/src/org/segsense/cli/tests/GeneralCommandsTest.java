// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** --help, --version, usage errors, plugins; demo --help (the demo itself: DemoTest and the product smoke test). */
class GeneralCommandsTest {

	@Test
	void helpListsEveryCommandAndTheExitCodes() {
		Cli.Result r = Cli.run("--help");
		assertEquals(0, r.exitCode(), r::toString);
		for (String command : new String[] { "study", "plugins", "workbench", "demo", "--json", "--version" }) {
			assertTrue(r.out().contains(command), () -> "help lacks " + command + ": " + r);
		}
		assertTrue(r.out().contains("bad usage or bad input"), r::toString);
	}

	@Test
	void subcommandHelpShowsItsOwnOptions() {
		Cli.Result r = Cli.run("study", "validate", "--help");
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().contains("--project"), r::toString);
	}

	@Test
	void versionNamesSegSenseAndThePlatform() {
		Cli.Result r = Cli.run("--version");
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().matches("(?s)SegSense 0\\.1\\.0\\.\\d+.*"), r::toString);
		assertTrue(r.out().contains("Equinox 3.24"), r::toString);
		assertTrue(r.out().contains("Java 17") || r.out().contains("Java "), r::toString);
	}

	@Test
	void noCommandPrintsUsageAndExitsTwo() {
		Cli.Result r = Cli.run();
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("Usage: segsense"), r::toString);
	}

	@Test
	void unknownOptionIsABadUsageWithAHint() {
		Cli.Result r = Cli.run("study", "validate", "--frobnicate", "x.segsense");
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r::toString);
		assertTrue(r.err().contains("segsense study validate --help"), r::toString);
		assertFalse(r.err().contains("\tat "), "no stack trace: " + r);
	}

	@Test
	void unknownCommandSuggestsTheNearestOne() {
		Cli.Result r = Cli.run("plugin");
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("plugins"), r::toString);
	}

	@Test
	void pluginsListsTheContributionsOfSegSenseBundles() {
		Cli.Result r = Cli.run("plugins");
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().contains("SegSense extension points:"), r::toString);
		assertTrue(r.out().contains("org.eclipse.core.runtime.applications"), r::toString);
		assertTrue(r.out().contains("org.segsense.cli  org.segsense.cli.app"), r::toString);
		assertTrue(r.out().contains("org.eclipse.emf.ecore.generated_package"), r::toString);
		assertTrue(r.out().contains("org.segsense.model"), r::toString);
	}

	@Test
	void pluginsAsJson() {
		Cli.Result r = Cli.run("plugins", "--json");
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().trim().startsWith("{"), r::toString);
		assertTrue(r.out().contains("\"extensionPoints\": ["), r::toString);
		assertTrue(r.out().contains("\"contributionsToOtherPoints\": ["), r::toString);
		assertTrue(r.out().contains("\"bundle\": \"org.segsense.cli\""), r::toString);
	}

	@Test
	void pluginsAllListsThePlatformsExtensionPointsToo() {
		Cli.Result r = Cli.run("plugins", "--all");
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().contains("org.eclipse.core.runtime.products"), r::toString);
	}
}
