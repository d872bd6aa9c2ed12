// SPDX-License-Identifier: EPL-2.0
package org.segsense.simpleitk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.util.Sha256;
import org.segsense.testing.ProgramOutput;
import org.segsense.testing.Programs;
import org.segsense.testing.Repository;

/**
 * releng/simpleitk/build.sh without compiling: the cache key (SHA-256 of the archive's and the comment-free
 * script's SHA-256s), the instant answer of a cached build, and the bad-input exits.
 */
class BuildScriptTest {

	private static final Path SCRIPT = Repository.path("releng/simpleitk/build.sh");

	private static ProgramOutput run(Path cache, String... args) {
		List<String> cmd = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
		cmd.addAll(List.of(args));
		return Programs.run(cmd, Map.of("SEGSENSE_SIMPLEITK_CACHE", cache.toString()), Duration.ofMinutes(2));
	}

	@Test
	void aCachedBuildIsAnsweredAtOnceWithItsFolder(@TempDir Path dir) throws Exception {
		Path archive = Files.writeString(dir.resolve("SimpleITK-fake.tar.gz"), "not really an archive");
		// Sha256.hex(bytes) is the SHA-256 of the bytes, as hex
		String scriptSha = Sha256.hex((Files.readAllLines(SCRIPT).stream().filter(l -> !l.strip().startsWith("#"))
				.collect(Collectors.joining("\n")) + "\n").getBytes(StandardCharsets.UTF_8));
		String key = Sha256.hex((Sha256.of(archive) + "\n" + scriptSha + "\n").getBytes(StandardCharsets.UTF_8)).substring(0, 16);
		Path cached = Files.createDirectories(dir.resolve("cache").resolve(key));
		for (String f : new String[] {"simpleitk.jar", "libSimpleITKJava.so", "build-info.txt"}) {
			Files.writeString(cached.resolve(f), "x");
		}
		long start = System.nanoTime();
		ProgramOutput out = run(dir.resolve("cache"), archive.toString());
		assertEquals(0, out.exitCode(), out::stderr);
		assertEquals(cached.toString(), out.stdout().strip());
		assertTrue(System.nanoTime() - start < 20e9, "a cached build takes no time");
	}

	@Test
	void aMissingArchiveOrNoArgumentIsBadUsage(@TempDir Path dir) {
		ProgramOutput missing = run(dir, dir.resolve("none.tar.gz").toString());
		assertEquals(2, missing.exitCode());
		assertTrue(missing.stderr().contains("no such file"), missing::stderr);
		ProgramOutput none = run(dir);
		assertEquals(2, none.exitCode());
		assertTrue(none.stderr().contains("usage"), none::stderr);
	}
}
