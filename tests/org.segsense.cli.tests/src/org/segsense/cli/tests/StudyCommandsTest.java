// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;

/** {@code segsense study new} and {@code segsense study validate}: files, messages, exit codes. */
class StudyCommandsTest {

	@TempDir
	Path dir;

	private static final String NS = "http://segsense.org/model/study/1.0";

	/** A study that is valid once its files exist: one case with a label, one model variant. */
	private Path writeCompleteStudy(Path file, boolean createFiles) throws IOException {
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="%s" id="s1">
				  <cases id="c1">
				    <channels name="t1" path="images/c1.nii.gz"/>
				    <labelImage path="images/c1_label.nii.gz"/>
				  </cases>
				  <modelVariants id="unet"><savedModel path="models/unet"/></modelVariants>
				  <design xsi:type="segsense:OneAtATimeDesign"/>
				  <reference xsi:type="segsense:GroundTruthReference"/>
				  <metrics id="dice" metricType="dice"/>
				  <execution/>
				</segsense:Study>
				""".formatted(NS), StandardCharsets.UTF_8);
		if (createFiles) {
			Path project = file.getParent();
			Files.createDirectories(project.resolve("images"));
			Files.createDirectories(project.resolve("models/unet"));
			Files.writeString(project.resolve("images/c1.nii.gz"), "x");
			Files.writeString(project.resolve("images/c1_label.nii.gz"), "x");
		}
		return file;
	}

	@Test
	void newWritesALoadableStarterStudyNamedAfterTheFile() throws Exception {
		Path file = dir.resolve("sub/my study.segsense");
		Cli.Result r = Cli.run("study", "new", file.toString());
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().contains("Created study 'my-study'"), r::toString);
		Study study = StudyResources.load(file);
		assertEquals("my-study", study.getId());
		// dice, hd95, nsd and hd95Pooled (so that the report's conventions section has its pair); failure-inclusive
		assertEquals(4, study.getMetrics().size());
		assertEquals(org.segsense.model.AggregationPolicy.WORST_CASE, study.getAggregation());
	}

	@Test
	void newTakesAnExplicitIdAndPrintsJson() {
		Path file = dir.resolve("a.segsense");
		Cli.Result r = Cli.run("study", "new", "--id", "brain-t1", "--json", file.toString());
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().contains("\"id\": \"brain-t1\""), r::toString);
	}

	@Test
	void newRefusesToOverwriteAndKeepsTheOldFile() throws IOException {
		Path file = dir.resolve("keep.segsense");
		Files.writeString(file, "precious");
		Cli.Result r = Cli.run("study", "new", file.toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("already exists") && r.err().contains("--force"), r::toString);
		assertEquals("precious", Files.readString(file));
		assertEquals(0, Cli.run("study", "new", "--force", file.toString()).exitCode());
		assertTrue(Files.readString(file).contains(NS));
	}

	@Test
	void newRefusesAFolder() {
		Cli.Result r = Cli.run("study", "new", dir.toString());
		assertEquals(2, r.exitCode(), r::toString);
	}

	@Test
	void starterStudyIsInvalidWithObjectPathsAndExitsTwo() {
		Path file = dir.resolve("starter.segsense");
		assertEquals(0, Cli.run("study", "new", file.toString()).exitCode());
		Cli.Result r = Cli.run("study", "validate", file.toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.out().contains("ERROR  /study[id=starter]/cases:"), r::toString);
		assertTrue(r.out().contains("ERROR  /study[id=starter]/modelVariants:"), r::toString);
		assertTrue(r.out().contains("starter.segsense: invalid (2 errors, 0 warnings)"), r::toString);
	}

	@Test
	void completeStudyIsValid() throws IOException {
		Path file = writeCompleteStudy(dir.resolve("s1.segsense"), true);
		Cli.Result r = Cli.run("study", "validate", file.toString());
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().contains("s1.segsense: valid (0 errors"), r::toString);
	}

	@Test
	void axesAreCheckedAgainstTheInstalledPerturbations() throws IOException {
		Path file = writeCompleteStudy(dir.resolve("s1.segsense"), true);
		String withAxes = Files.readString(file).replace("<design ", "<axes id=\"rot\" perturbationType=\"rotation\" sweptParameter=\"rz\">"
				+ "<sweep xsi:type=\"segsense:ExplicitSweep\" values=\"0 5 10\"/></axes>\n  <design ");
		Files.writeString(file, withAxes);
		Cli.Result ok = Cli.run("study", "validate", file.toString());
		assertEquals(0, ok.exitCode(), ok::toString);
		Files.writeString(file, withAxes.replace("values=\"0 5 10\"", "values=\"0 5 400\""));
		Cli.Result range = Cli.run("study", "validate", file.toString());
		assertEquals(2, range.exitCode(), range::toString);
		assertTrue(range.out().contains("/axes[id=rot]/sweep") && range.out().contains("180"), range::toString);
		Files.writeString(file, withAxes.replace("perturbationType=\"rotation\"", "perturbationType=\"rotate\""));
		Cli.Result unknown = Cli.run("study", "validate", file.toString());
		assertEquals(2, unknown.exitCode(), unknown::toString);
		assertTrue(unknown.out().contains("rotate"), unknown::toString);
	}

	@Test
	void missingReferencedFileIsAnErrorAtItsPath() throws IOException {
		Path file = writeCompleteStudy(dir.resolve("s1.segsense"), false);
		Cli.Result r = Cli.run("study", "validate", "--json", file.toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.out().contains("\"valid\": false"), r::toString);
		assertTrue(r.out().contains("/study[id=s1]/cases[id=c1]/labelImage"), r::toString);
		assertTrue(r.out().contains("c1_label.nii.gz"), r::toString);
	}

	@Test
	void projectOptionResolvesRelativePathsElsewhere() throws IOException {
		Path project = Files.createDirectories(dir.resolve("project"));
		writeCompleteStudy(project.resolve("s1.segsense"), true);
		Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
		Path copy = Files.copy(project.resolve("s1.segsense"), elsewhere.resolve("s1.segsense"));
		assertEquals(2, Cli.run("study", "validate", copy.toString()).exitCode());
		Cli.Result r = Cli.run("study", "validate", "--project", project.toString(), copy.toString());
		assertEquals(0, r.exitCode(), r::toString);
	}

	@Test
	void malformedFileIsOneMessageNamingTheFileAndLine() throws IOException {
		Path file = dir.resolve("broken.segsense");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<segsense:Study xmlns:segsense=\"" + NS + "\" id=\"x\">\n<cases>\n");
		Cli.Result r = Cli.run("study", "validate", file.toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().startsWith("segsense: "), r::toString);
		assertTrue(r.err().contains("broken.segsense"), r::toString);
		assertFalse(r.err().contains("\tat "), "no stack trace without --debug: " + r);
	}

	@Test
	void debugAddsTheStackTrace() throws IOException {
		Path file = dir.resolve("broken.segsense");
		Files.writeString(file, "not xml at all");
		Cli.Result r = Cli.run("study", "validate", "--debug", file.toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("\tat "), r::toString);
	}

	@Test
	void newerFormatVersionAsksForAnUpgrade() throws IOException {
		Path file = dir.resolve("future.segsense");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<segsense:Study xmlns:segsense=\"http://segsense.org/model/study/7.0\" id=\"x\"/>\n");
		Cli.Result r = Cli.run("study", "validate", file.toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("7.0") && r.err().contains("1.0"), r::toString);
		assertTrue(r.err().toLowerCase().contains("upgrade"), r::toString);
	}

	@Test
	void externalEntityIsRefusedWithoutReadingTheFile() throws IOException {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-CONTENT");
		Path file = dir.resolve("xxe.segsense");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE s [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ "<segsense:Study xmlns:segsense=\"" + NS + "\" id=\"x\" name=\"&x;\"/>\n");
		Cli.Result r = Cli.run("study", "validate", file.toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("xxe.segsense"), r::toString);
		assertFalse(r.out().contains("TOP-SECRET") || r.err().contains("TOP-SECRET"), r::toString);
	}

	@Test
	void missingFileIsBadInput() {
		Cli.Result r = Cli.run("study", "validate", dir.resolve("nothere.segsense").toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("nothere.segsense"), r::toString);
	}

	@Test
	void missingArgumentIsBadUsage() {
		Cli.Result r = Cli.run("study", "validate");
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("Missing required parameter: 'FILE'"), r::toString);
	}
}
