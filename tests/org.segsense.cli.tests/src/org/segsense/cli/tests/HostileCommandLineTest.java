// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.io.ImageIO;
import org.segsense.inference.tensorflow.bench.InferenceBenchmark;

/**
 * Hostile command lines and study files through the commands (issue 12, items 4, 6, 8, 9, 12, 13, 15): one
 * clear message, the right exit code, bounded time, nothing written where it must not be.
 */
class HostileCommandLineTest {

	private static final String NS = "http://segsense.org/model/study/1.0";

	@TempDir
	Path dir;
	Path project;
	Path study;

	/** A study whose files exist (dummy bytes: validation and the run's checks never read them). */
	@BeforeEach
	void writeStudy() throws Exception {
		project = Files.createDirectories(dir.resolve("project"));
		Files.createDirectories(project.resolve("images"));
		Files.createDirectories(project.resolve("models/unet"));
		Files.writeString(project.resolve("images/c1.nii.gz"), "x");
		Files.writeString(project.resolve("images/c1_label.nii.gz"), "x");
		Files.writeString(project.resolve("models/unet/segsense-model.properties"), "receptiveFieldRadius=8\n");
		study = write("s1", "images/c1.nii.gz", "", "<metrics id=\"dice\" metricType=\"dice\"/>",
				"<sweep xsi:type=\"segsense:ExplicitSweep\" values=\"1.2\"/>");
	}

	private Path write(String name, String channel, String variantAttributes, String metrics, String sweep) throws Exception {
		Path file = project.resolve(name + ".segsense");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="%s" id="%s">
				  <cases id="c1">
				    <channels name="t1" path="%s"/>
				    <labelImage path="images/c1_label.nii.gz"/>
				  </cases>
				  <modelVariants id="unet" %s><savedModel path="models/unet"/></modelVariants>
				  <axes id="scale" perturbationType="intensity-scale" sweptParameter="factor">%s</axes>
				  <design xsi:type="segsense:OneAtATimeDesign"/>
				  <reference xsi:type="segsense:GroundTruthReference"/>
				  %s
				  <execution threads="1" device="cpu"/>
				</segsense:Study>
				""".formatted(NS, name, channel, variantAttributes, sweep, metrics), StandardCharsets.UTF_8);
		return file;
	}

	private static List<String> listing(Path folder) throws Exception {
		try (Stream<Path> s = Files.list(folder)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	// ------------------------------------------------------------------ item 4

	@Test
	void aBillionStepSweepIsInvalidQuicklyInValidateAndRun() throws Exception {
		Path huge = write("huge", "images/c1.nii.gz", "", "<metrics id=\"dice\" metricType=\"dice\"/>",
				"<sweep xsi:type=\"segsense:RangeSweep\" start=\"0.5\" stop=\"1.5\" steps=\"1000000000\"/>");
		Cli.Result v = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run("study", "validate", huge.toString()));
		assertEquals(2, v.exitCode(), v::toString);
		assertTrue(v.out().contains("1,000,000,000 values, more than the limit of 10,000 per sweep"), v::toString);
		Cli.Result j = Cli.run("study", "validate", "--json", huge.toString());
		assertTrue(j.exitCode() == 2 && j.out().contains("\"valid\": false"), j::toString);
		Path runDir = dir.resolve("run-huge");
		Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run("run", huge.toString(), "--out", runDir.toString()));
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("limit of 10,000 per sweep"), r::toString);
		assertFalse(Files.exists(runDir));
	}

	// ------------------------------------------------------------------ item 6

	@Test
	void runRefusesFoldersThatAreNotRunFolders() throws Exception {
		Path mine = Files.createDirectories(dir.resolve("mine"));
		Files.writeString(mine.resolve("results.csv"), "keep me");
		List<String> projectBefore = listing(project);
		for (String out : new String[] { mine.toString(), project.toString(), "", "/" }) {
			Cli.Result r = Cli.run("run", study.toString(), "--out", out);
			assertEquals(2, r.exitCode(), () -> "--out '" + out + "': " + r);
			assertTrue(r.err().contains("is not empty and is not a run folder") && r.err().contains("Choose a new folder with --out"), r::toString);
		}
		assertEquals("keep me", Files.readString(mine.resolve("results.csv")));
		assertEquals(List.of("results.csv"), listing(mine));
		assertEquals(projectBefore, listing(project));
	}

	// ------------------------------------------------------------------ item 8

	@Test
	void validateWarnsAndRunRefusesFilesOutsideTheProject() throws Exception {
		Path outside = Files.createDirectories(dir.resolve("outside"));
		Files.writeString(outside.resolve("secret.nii.gz"), "x");
		Path escaping = write("escaping", "../outside/secret.nii.gz", "", "<metrics id=\"dice\" metricType=\"dice\"/>",
				"<sweep xsi:type=\"segsense:ExplicitSweep\" values=\"1.2\"/>");
		Cli.Result v = Cli.run("study", "validate", escaping.toString());
		assertEquals(0, v.exitCode(), v::toString);
		assertTrue(v.out().contains("WARNING") && v.out().contains("outside the project directory"), v::toString);
		Path runDir = dir.resolve("run-escaping");
		Cli.Result r = Cli.run("run", escaping.toString(), "--out", runDir.toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("../outside/secret.nii.gz") && r.err().contains("--allow-outside-project"), r::toString);
		assertFalse(Files.exists(runDir));
	}

	// ------------------------------------------------------------------ item 9

	@Test
	void validateReportsWhatRunWouldReject() throws Exception {
		Files.createDirectories(project.resolve("images/folder.nii.gz"));
		Path[] bad = {
				write("metric", "images/c1.nii.gz", "", "<metrics id=\"m\" metricType=\"dicey\"/>", "<sweep xsi:type=\"segsense:ExplicitSweep\" values=\"1.2\"/>"),
				write("nsd", "images/c1.nii.gz", "", "<metrics id=\"n\" metricType=\"nsd\"><parameters name=\"tolerance\" value=\"two\"/></metrics>",
						"<sweep xsi:type=\"segsense:ExplicitSweep\" values=\"1.2\"/>"),
				write("tile", "images/c1.nii.gz", "tileSize=\"8\"", "<metrics id=\"dice\" metricType=\"dice\"/>",
						"<sweep xsi:type=\"segsense:ExplicitSweep\" values=\"1.2\"/>"),
				write("folder", "images/folder.nii.gz", "", "<metrics id=\"dice\" metricType=\"dice\"/>",
						"<sweep xsi:type=\"segsense:ExplicitSweep\" values=\"1.2\"/>") };
		String[] expected = { "unknown metric 'dicey'", "is not a finite number of millimetres", "too small for the model's margin of 8",
				"is a folder, not an image file" };
		for (int i = 0; i < bad.length; i++) {
			Cli.Result v = Cli.run("study", "validate", bad[i].toString());
			assertEquals(2, v.exitCode(), v::toString);
			assertTrue(v.out().contains(expected[i]), v::toString);
			Path runDir = dir.resolve("run-" + i);
			Cli.Result r = Cli.run("run", bad[i].toString(), "--out", runDir.toString());
			assertEquals(2, r.exitCode(), r::toString);
			assertTrue(r.err().contains(expected[i]), r::toString);
			assertFalse(Files.exists(runDir));
		}
	}

	// ------------------------------------------------------------------ item 12

	@Test
	void aRunFolderPathTooLongForTheStoreIsABadInputNamingTheLimit() {
		Path runDir = dir.resolve("x".repeat(250)).resolve("y".repeat(250));
		Cli.Result r = Cli.run("run", study.toString(), "--out", runDir.toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("opens only paths of up to 504 bytes"), r::toString);
		assertFalse(Files.exists(dir.resolve("x".repeat(250))));
	}

	// ------------------------------------------------------------------ item 13

	@Test
	void aFifoAsTheStudyFileIsRefusedAtOnce() throws Exception {
		Path fifo = dir.resolve("fifo.segsense");
		Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
		assertEquals(0, p.waitFor());
		Cli.Result v = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Cli.run("study", "validate", fifo.toString()));
		assertEquals(2, v.exitCode(), v::toString);
		assertTrue(v.err().contains("not a regular file"), v::toString);
		Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Cli.run("run", fifo.toString(), "--out", dir.resolve("r").toString()));
		assertEquals(2, r.exitCode(), r::toString);
	}

	// ------------------------------------------------------------------ item 15

	@Test
	void studyNewWhereNoFolderCanBeMadeIsAFailureWithAClearMessage() throws Exception {
		Path file = Files.writeString(dir.resolve("a-file"), "x");
		Cli.Result r = Cli.run("study", "new", file.resolve("sub/study.segsense").toString());
		assertEquals(1, r.exitCode(), r::toString);
		assertFalse(r.err().contains("internal error"), r::toString);
		assertTrue(r.err().contains("Choose a folder you can write to") && r.err().contains("a-file"), r::toString);
	}

	@Test
	void aCrossDocumentHrefPrintsNoJavaObjectIds() throws Exception {
		Path file = project.resolve("href.segsense");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
				xmlns:segsense="%s" id="s">
				  <cases id="c1"><channels name="t1" path="images/c1.nii.gz"/></cases>
				  <modelVariants id="m"><savedModel path="models/unet"/></modelVariants>
				  <reference xsi:type="segsense:MajorityVoteReference">
				    <raters href="other.segsense#//@modelVariants.0"/>
				    <raters xsi:type="segsense:Case" href="other.segsense#//@cases.0"/>
				  </reference>
				</segsense:Study>
				""".formatted(NS), StandardCharsets.UTF_8);
		Cli.Result v = Cli.run("study", "validate", file.toString());
		assertEquals(2, v.exitCode(), v::toString);
		assertTrue(v.err().contains("other.segsense"), v::toString);
		assertFalse(v.err().matches("(?s).*\\w+@[0-9a-f]{4,}.*"), v::toString);
	}

	@Test
	void inferWithATileSmallerThanTwiceTheMarginIsBadUsage() throws Exception {
		Path model = InferenceBenchmark.export(dir.resolve("bench-model"), 5);
		ImageGeometry grid = new ImageGeometry(new long[] { 14, 12, 10 }, new double[] { 1, 1, 1 }, new double[] { 0, 0, 0 }, ImageGeometry.identity(3));
		float[] v = new float[14 * 12 * 10];
		SplittableRandom r = new SplittableRandom(1);
		for (int i = 0; i < v.length; i++) {
			v[i] = (float) r.nextGaussian();
		}
		Path image = dir.resolve("t1.nii.gz");
		ImageIO.write(Image.of(grid, v), image);
		Cli.Result t = Cli.run("infer", "--model", model.toString(), image.toString(), dir.resolve("seg.nii.gz").toString(), "--tile", "6,6,6",
				"--margin", "4");
		assertEquals(2, t.exitCode(), t::toString);
		assertFalse(t.err().contains("internal error"), t::toString);
		assertTrue(t.err().contains("too small for margin 4") && t.err().contains("--tile"), t::toString);
		assertFalse(Files.exists(dir.resolve("seg.nii.gz")));
	}
}
