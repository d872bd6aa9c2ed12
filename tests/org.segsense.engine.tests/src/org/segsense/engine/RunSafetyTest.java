// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.store.ResultStore;
import org.segsense.model.io.StudyResources;
import org.segsense.model.validation.Problem;

/**
 * The run's trust boundaries (issue 12, items 4, 6, 8, 9, 12, 15): which folders a run writes into, files
 * outside the project, store paths SQLite cannot open, the run checks that validation shares, sizes, and
 * resuming from the run's own study copy. Nothing outside the run folder is written.
 */
class RunSafetyTest {

	@TempDir
	static Path dir;
	static Path project;

	@BeforeAll
	static void createProject() throws Exception {
		project = TestStudies.project(dir.resolve("project"));
	}

	/** One case, one variant, one axis value: two jobs. */
	static Path smallStudy(Path folder, String name, String channelPath) throws Exception {
		Path file = folder.resolve(name + ".segsense");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="%s" id="%s" seed="3">
				  <cases id="c1">
				    <channels name="t1" path="%s"/>
				    <labelImage path="images/c1_label.nii.gz"/>
				  </cases>
				  <modelVariants id="tight"><savedModel path="models/tight"/></modelVariants>
				  <axes id="scale" perturbationType="intensity-scale" sweptParameter="factor">
				    <sweep xsi:type="segsense:ExplicitSweep" values="1.2"/>
				  </axes>
				  <design xsi:type="segsense:OneAtATimeDesign"/>
				  <reference xsi:type="segsense:GroundTruthReference"/>
				  <metrics id="dice" metricType="dice"/>
				  <execution threads="1" device="cpu"/>
				</segsense:Study>
				""".formatted(TestStudies.NS, name, channelPath), StandardCharsets.UTF_8);
		return file;
	}

	private static List<String> listing(Path folder) throws Exception {
		try (Stream<Path> s = Files.list(folder)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aMergeIntoAFolderWithTheUsersFilesIsRefusedAndLeavesThemUntouched() throws Exception {
		Path study = smallStudy(project, "merge-target", "images/c1.nii.gz");
		Path run = dir.resolve("runs/merge-source");
		StudyRunner.run(study, RunOptions.in(run), null);
		Path mine = Files.createDirectories(dir.resolve("my-merge-folder"));
		Files.writeString(mine.resolve("notes.txt"), "my notes\n");
		StudyRunException e = assertThrows(StudyRunException.class, () -> RunMerge.merge(List.of(run), mine));
		assertTrue(e.badInput(), e::getMessage);
		assertTrue(e.getMessage().contains(mine.toString()) && e.getMessage().contains("not empty") && e.getMessage().contains("--out"),
				e::getMessage);
		assertEquals(List.of("notes.txt"), listing(mine));
		assertEquals("my notes\n", Files.readString(mine.resolve("notes.txt")));
		Path file = Files.writeString(dir.resolve("a-file"), "x");
		StudyRunException f = assertThrows(StudyRunException.class, () -> RunMerge.merge(List.of(run), file));
		assertTrue(f.getMessage().contains("is a file, not a folder"), f::getMessage);
		StudyRunException g = assertThrows(StudyRunException.class, () -> RunMerge.merge(List.of(run), run));
		assertTrue(g.getMessage().contains("already holds a run"), g::getMessage);
		Path empty = Files.createDirectories(dir.resolve("empty-merge-folder"));
		assertEquals(2, RunMerge.merge(List.of(run), empty).jobs()); // a new or empty folder is fine
	}

	// ------------------------------------------------------------------ item 6: --out

	@Test
	void aFolderWithTheUsersOwnResultsIsRefusedAndLeftUntouched() throws Exception {
		Path study = smallStudy(project, "own", "images/c1.nii.gz");
		Path mine = Files.createDirectories(dir.resolve("my-results"));
		Files.writeString(mine.resolve("results.csv"), "my precious numbers\n");
		StudyRunException e = assertThrows(StudyRunException.class, () -> StudyRunner.run(study, RunOptions.in(mine), null));
		assertTrue(e.badInput(), e::getMessage);
		assertTrue(e.getMessage().contains(mine.toString()) && e.getMessage().contains("is not empty and is not a run folder")
				&& e.getMessage().contains("--out"), e::getMessage);
		assertEquals(List.of("results.csv"), listing(mine));
		assertEquals("my precious numbers\n", Files.readString(mine.resolve("results.csv")));
	}

	@Test
	void theProjectFolderIsRefused() throws Exception {
		Path study = smallStudy(project, "intoproject", "images/c1.nii.gz");
		List<String> before = listing(project);
		StudyRunException e = assertThrows(StudyRunException.class, () -> StudyRunner.run(study, RunOptions.in(project), null));
		assertTrue(e.badInput() && e.getMessage().contains("is not a run folder"), e::getMessage);
		assertEquals(before, listing(project));
	}

	@Test
	void aFileAsTheRunFolderIsRefused() throws Exception {
		Path study = smallStudy(project, "file", "images/c1.nii.gz");
		Path file = Files.writeString(dir.resolve("plain-file"), "x");
		StudyRunException e = assertThrows(StudyRunException.class, () -> StudyRunner.run(study, RunOptions.in(file), null));
		assertTrue(e.badInput() && e.getMessage().contains("is a file, not a folder"), e::getMessage);
	}

	// ------------------------------------------------------------------ item 12: store paths SQLite cannot open

	@Test
	void aRunFolderTooLongForSqliteIsRefusedBeforeAnythingIsCreated() throws Exception {
		Path study = smallStudy(project, "long", "images/c1.nii.gz");
		Path top = dir.resolve("long");
		Path runDir = top.resolve("a".repeat(200)).resolve("b".repeat(200)).resolve("c".repeat(120));
		StudyRunException e = assertThrows(StudyRunException.class, () -> StudyRunner.run(study, RunOptions.in(runDir), null));
		assertTrue(e.badInput() && e.getMessage().contains("bytes") && e.getMessage().contains("shorter run folder"), e::getMessage);
		assertFalse(Files.exists(top), "nothing may be created");
		// just below the limit: the store opens
		Path fits = Files.createDirectories(dir.resolve("fits"));
		int room = ResultStore.MAX_PATH_BYTES - fits.toRealPath().toString().length() - "/results.sqlite".length() - 1;
		Path deep = fits.resolve("d".repeat(Math.min(200, room))).resolve("e".repeat(Math.max(1, room - Math.min(200, room) - 1)));
		Files.createDirectories(deep);
		try (ResultStore s = ResultStore.open(deep.resolve(ResultStore.FILE))) {
			assertTrue(s.meta().containsKey("schema"));
		}
		assertTrue(ResultStore.pathTooLong(deep.resolve(ResultStore.FILE + "x")) != null);
	}

	// ------------------------------------------------------------------ item 8: files outside the project

	@Test
	void aStudyReadingOutsideItsProjectIsRefusedUnlessAllowedAndThenRecorded() throws Exception {
		Path other = Files.createDirectories(dir.resolve("other-project"));
		Files.createDirectories(other.resolve("models"));
		Files.createSymbolicLink(other.resolve("models/tight"), project.resolve("models/tight"));
		Files.createDirectories(other.resolve("images"));
		Files.copy(project.resolve("images/c1_label.nii.gz"), other.resolve("images/c1_label.nii.gz"));
		Path study = smallStudy(other, "outside", "../project/images/c1.nii.gz");
		Path refused = dir.resolve("run-outside-refused");
		StudyRunException e = assertThrows(StudyRunException.class, () -> StudyRunner.run(study, RunOptions.in(refused), null));
		assertTrue(e.badInput(), e::getMessage);
		String all = e.getMessage() + e.problems();
		assertTrue(all.contains("../project/images/c1.nii.gz") && all.contains("--allow-outside-project"), all);
		assertTrue(all.contains("symbolic link"), all); // the model folder is a link out of the project
		assertFalse(Files.exists(refused));

		Path allowed = dir.resolve("run-outside-allowed");
		RunSummary s = StudyRunner.run(study, RunOptions.in(allowed).withAllowOutsideProject(true), null);
		assertTrue(s.complete(), s::toString);
		String provenance = Files.readString(allowed.resolve(StudyRunner.PROVENANCE));
		assertTrue(provenance.contains("\"run.allowOutsideProject\": \"true\"") && provenance.contains("channels[name=t1]"), provenance);
	}

	// ------------------------------------------------------------------ item 15: resume from the run's copy

	@Test
	void resumingFromTheRunsOwnStudyCopyFindsTheProject() throws Exception {
		Path study = smallStudy(project, "copy", "images/c1.nii.gz");
		Path run = dir.resolve("run-copy");
		RunSummary first = StudyRunner.run(study, RunOptions.in(run).withShard(Shard.parse("1/2")), null);
		assertEquals(1, first.done());
		// resume the whole run from RUN/study.segsense, no project folder given: the run's recorded project is used
		Path copy = run.resolve(StudyRunner.STUDY_COPY);
		RunSummary again = StudyRunner.run(copy, RunOptions.in(run).withResume(true).withShard(Shard.parse("1/2")), null);
		assertTrue(again.complete() && again.skipped() == 1, again::toString);
	}

	// ------------------------------------------------------------------ item 9: the checks run and validate share

	@Test
	void unknownMetricsAndTilesSmallerThanTheMarginAreFoundWithoutLoadingTheModel() throws Exception {
		Path p = Files.createDirectories(dir.resolve("checks"));
		Files.createDirectories(p.resolve("images"));
		Files.writeString(p.resolve("images/c1.nii.gz"), "x");
		Files.writeString(p.resolve("images/c1_label.nii.gz"), "x");
		Files.createDirectories(p.resolve("models/tight"));
		Files.writeString(p.resolve("models/tight/segsense-model.properties"), "receptiveFieldRadius=8\n");
		Path file = smallStudy(p, "checks", "images/c1.nii.gz");
		String text = Files.readString(file).replace("<modelVariants id=\"tight\">", "<modelVariants id=\"tight\" tileSize=\"16\">")
				.replace("metricType=\"dice\"", "metricType=\"dicee\"");
		Files.writeString(file, text);
		List<Problem> problems = StudyChecks.problems(StudyResources.load(file), p);
		assertEquals(1, problems.stream().filter(x -> x.code().equals(StudyChecks.UNKNOWN_METRIC) && x.message().contains("'dicee'")).count(),
				problems::toString);
		Problem tile = problems.stream().filter(x -> x.code().equals(StudyChecks.TILE_MARGIN)).findFirst().orElseThrow(() -> new AssertionError(problems));
		assertTrue(tile.message().contains("margin of 8") && tile.message().contains("at least 17"), tile::toString);
		Files.writeString(file, text.replace("tileSize=\"16\"", "tileSize=\"17\""));
		assertTrue(StudyChecks.problems(StudyResources.load(file), p).stream().noneMatch(x -> x.code().equals(StudyChecks.TILE_MARGIN)));
		// and the run refuses the same, before creating its folder
		StudyRunException e = assertThrows(StudyRunException.class, () -> StudyRunner.run(file, RunOptions.in(p.resolve("run")), null));
		assertTrue(String.join("\n", e.problems()).contains("unknown metric 'dicee'"), e::toString);
		assertFalse(Files.exists(p.resolve("run")));
	}

	// ------------------------------------------------------------------ item 4: sizes

	@Test
	void theEnginesPlanRefusesAStudyOverTheLimitsWithoutExpandingIt() throws Exception {
		Path file = smallStudy(project, "huge", "images/c1.nii.gz");
		Files.writeString(file, Files.readString(file).replace("<sweep xsi:type=\"segsense:ExplicitSweep\" values=\"1.2\"/>",
				"<sweep xsi:type=\"segsense:RangeSweep\" start=\"0.5\" stop=\"1.5\" steps=\"2147483647\"/>"));
		var study = StudyResources.load(file);
		StudyRunException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(StudyRunException.class, () -> StudyPlan.expand(study)));
		assertTrue(e.badInput() && e.getMessage().contains("more than the 10000"), e::getMessage);
		StudyRunException r = assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> assertThrows(StudyRunException.class, () -> StudyRunner.run(file, RunOptions.in(dir.resolve("run-huge")), null)));
		assertTrue(String.join("\n", r.problems()).contains("limit of 10,000 per sweep"), r::toString);
		assertFalse(Files.exists(dir.resolve("run-huge")));
		assertTrue(Map.of().isEmpty());
	}
}
