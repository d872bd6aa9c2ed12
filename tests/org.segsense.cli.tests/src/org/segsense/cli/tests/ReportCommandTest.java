// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** segsense report: exit codes and messages for what is not a run (a real run's report is tested in org.segsense.report.tests). */
class ReportCommandTest {

	@TempDir
	Path dir;

	@Test
	void aFolderThatIsNotARunExitsTwoNamingTheFolderAndTheFix() throws Exception {
		Path empty = Files.createDirectories(dir.resolve("empty"));
		Cli.Result r = Cli.run("report", empty.toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains(empty.toString()) && r.err().contains("segsense run"), r::toString);
		assertFalse(r.err().contains("\tat "), "no stack trace without --debug: " + r);
		assertFalse(Files.exists(empty.resolve("report")), "nothing is written for a bad folder");
	}

	@Test
	void aMissingFolderExitsTwo() {
		Cli.Result r = Cli.run("report", dir.resolve("nowhere").toString(), "--json");
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("nowhere"), r::toString);
	}

	@Test
	void aNegativeMontageCountIsBadUsage() throws Exception {
		Cli.Result r = Cli.run("report", dir.toString(), "--montage-values", "-1");
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("--montage-values"), r::toString);
	}

	@Test
	void aMalformedMontageChoiceIsBadUsage() throws Exception {
		for (String bad : new String[] { "rotation", "rotation=", "=5", "rotation=5,x" }) {
			Cli.Result r = Cli.run("report", dir.toString(), "--montage-at", bad);
			assertEquals(2, r.exitCode(), r::toString);
			assertTrue(r.err().contains("--montage-at " + bad), r::toString);
		}
	}

	@Test
	void helpDescribesTheOptions() {
		Cli.Result r = Cli.run("report", "--help");
		assertEquals(0, r.exitCode(), r::toString);
		for (String o : new String[] { "--out", "--no-montages", "--montage-values", "--montage-at", "--montage-case", "RUN" }) {
			assertTrue(r.out().contains(o), () -> o + ": " + r);
		}
	}
}
