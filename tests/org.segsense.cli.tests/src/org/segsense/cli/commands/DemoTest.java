// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.cli.SegSenseCli;
import org.segsense.testing.Repository;

/**
 * {@code segsense demo}'s bad-input errors (exit 2, nothing written). The demo's parts are tested with the demo
 * service (org.segsense.workflows.tests); the whole demo ({@code --quick}) runs in tests/product/smoke-test.sh.
 */
class DemoTest {

	private static int[] demo(Path dir, StringBuilder err, String... args) {
		ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
		int code;
		try (PrintStream os = new PrintStream(o, true, StandardCharsets.UTF_8); PrintStream es = new PrintStream(e, true, StandardCharsets.UTF_8)) {
			code = SegSenseCli.execute(args, os, es);
		}
		err.append(e.toString(StandardCharsets.UTF_8));
		return new int[] { code };
	}

	@Test
	void aMissingExampleFolderIsBadInput(@TempDir Path dir) {
		StringBuilder err = new StringBuilder();
		int[] r = demo(dir, err, "demo", "--quick", "--example-dir", dir.resolve("nothere").toString(), "--out", dir.resolve("out").toString(),
				"--cache", dir.resolve("cache").toString());
		assertEquals(2, r[0], err::toString);
		assertTrue(err.toString().contains("is not the cerebellum example folder (it has no fetch-data.sh)"), err::toString);
		assertTrue(Files.notExists(dir.resolve("out")), "nothing is written before the inputs are checked");
	}

	@Test
	void aNonEmptyOutputFolderIsRefused(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("something"), "x");
		StringBuilder err = new StringBuilder();
		int[] r = demo(dir, err, "demo", "--quick", "--example-dir", Repository.path("examples/cerebellum").toString(), "--out", dir.toString());
		assertEquals(2, r[0], err::toString);
		assertTrue(err.toString().contains("exists and is not empty"), err::toString);
	}

	@Test
	void anUnknownArmIsAUsageError(@TempDir Path dir) {
		StringBuilder err = new StringBuilder();
		int[] r = demo(dir, err, "demo", "--quick", "--arm", "unet", "--out", dir.resolve("out").toString());
		assertEquals(2, r[0], err::toString);
		assertTrue(err.toString().contains("'unet' is not an arm; give deepmedic, tractseg or all."), err::toString);
		assertTrue(Files.notExists(dir.resolve("out")));
	}

	@Test
	void theTractsArmNeedsTheTractsExampleBesideTheCerebellumOne(@TempDir Path dir) throws IOException {
		Path cerebellum = dir.resolve("examples/cerebellum");
		Files.createDirectories(cerebellum);
		Files.writeString(cerebellum.resolve("fetch-data.sh"), "#!/bin/sh\n");
		StringBuilder err = new StringBuilder();
		int[] r = demo(dir, err, "demo", "--quick", "--arm", "TractSeg", "--example-dir", cerebellum.toString(), "--out", dir.resolve("out").toString(),
				"--cache", dir.resolve("cache").toString());
		assertEquals(2, r[0], err::toString);
		assertTrue(err.toString().contains(dir.resolve("examples/tracts") + " is not the tracts example folder"), err::toString);
		assertTrue(Files.notExists(dir.resolve("out")), "nothing is written before the inputs are checked");
	}
}
