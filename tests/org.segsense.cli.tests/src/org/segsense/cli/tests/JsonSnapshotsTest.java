// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot checker itself: what it normalises (and what not), and how a mismatch reads. */
class JsonSnapshotsTest {

	@TempDir
	Path dir;

	@Test
	void onlyTheTemporaryFolderAndTheNamedKeysAreNormalisedAndEveryKeyStays() {
		String json = "{\n  \"runDir\": \"" + dir.resolve("runs/a") + "\",\n  \"wallMs\": 12.5,\n  \"done\": 24,\n  \"engineFraction\": null,\n"
				+ "  \"nested\": {\"wallMs\": [1, 2], \"x\": -1.5e-3},\n  \"files\": [\"b\", \"a\"],\n  \"note\": \"tab\\there \\u00e9\"\n}";
		String n = JsonSnapshots.in(dir).volatileKeys("wallMs", "engineFraction").normalise(json,
				List.of("runDir", "wallMs", "done", "engineFraction", "nested", "files", "note"));
		assertEquals("""
				{
				  "runDir": "<TMP>/runs/a",
				  "wallMs": "<volatile>",
				  "done": 24,
				  "engineFraction": "<volatile>",
				  "nested": {
				    "wallMs": "<volatile>",
				    "x": -1.5e-3
				  },
				  "files": [
				    "b",
				    "a"
				  ],
				  "note": "tab\\there é"
				}
				""", n);
		String sorted = JsonSnapshots.in(dir).unordered("files").normalise("{\"files\": [\"b\", \"a\", \"c\"]}", null);
		assertTrue(sorted.contains("\"a\",\n    \"b\",\n    \"c\""), sorted);
	}

	@Test
	void invalidJsonAndOtherTopLevelKeysFail() {
		JsonSnapshots s = JsonSnapshots.in(dir);
		for (String bad : List.of("{\"a\": 1,}", "{\"a\": NaN}", "{\"a\": 1} trailing", "{\"a\": 1, \"a\": 2}", "{\"a\": 01}", "", "{\"a\": \"x\ny\"}")) {
			AssertionError e = assertThrows(AssertionError.class, () -> s.normalise(bad, null), bad);
			assertTrue(e.getMessage().contains("Not valid JSON"), e.getMessage());
		}
		assertThrows(AssertionError.class, () -> s.normalise("{\"b\": 1, \"a\": 2}", List.of("a", "b")), "order of the keys");
		assertThrows(AssertionError.class, () -> s.normalise("{\"a\": 1}", List.of("a", "b")), "a missing key");
		assertThrows(AssertionError.class, () -> s.normalise("[1]", List.of("a")), "not an object");
	}

	@Test
	void aMismatchShowsADiffAndHowToUpdate() throws Exception {
		Path file = dir.resolve("x.json");
		Files.writeString(file, "{\n  \"a\": 1,\n  \"b\": \"old\",\n  \"c\": true\n}\n");
		JsonSnapshots s = JsonSnapshots.in(dir);
		s.compare(file, "x", "{\"a\": 1, \"b\": \"old\", \"c\": true}", List.of("a", "b", "c")); // same content, other layout: passes
		AssertionError e = assertThrows(AssertionError.class, () -> s.compare(file, "x", "{\"a\": 1, \"b\": \"new\", \"c\": true}", null));
		assertTrue(e.getMessage().contains("    3 -   \"b\": \"old\",") && e.getMessage().contains("    3 +   \"b\": \"new\","), e.getMessage());
		assertTrue(e.getMessage().contains("-Dsnapshots.update=true"), e.getMessage());
		AssertionError missing = assertThrows(AssertionError.class, () -> s.compare(dir.resolve("none.json"), "none", "{}", null));
		assertTrue(missing.getMessage().contains("No snapshot"), missing.getMessage());
	}
}
