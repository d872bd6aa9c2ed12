// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.store.ResultStore;
import org.segsense.image.io.ImageIO;
import org.segsense.image.util.Sha256;

/**
 * Every file of an input image is checksummed: a study over a detached-header image ({@code .nhdr} +
 * {@code .raw}) records both files in the provenance, and when only the voxel data change, {@code --resume}
 * refuses and {@code reproduce} reports the change, both naming the {@code .raw} file.
 */
class InputChecksumTest {

	@TempDir
	Path dir;

	private static Path study(Path project) throws Exception {
		Path file = project.resolve("detached.segsense");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="%s" id="detached" seed="7">
				  <cases id="c1">
				    <channels name="t1" path="images/c1.nhdr"/>
				    <labelImage path="images/c1_label.mhd"/>
				  </cases>
				  <modelVariants id="tight"><savedModel path="models/tight"/></modelVariants>
				  <axes id="scale" perturbationType="intensity-scale" sweptParameter="factor">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0.9 1.1"/>
				  </axes>
				  <design xsi:type="segsense:OneAtATimeDesign"/>
				  <reference xsi:type="segsense:GroundTruthReference"/>
				  <metrics id="dice" metricType="dice"/>
				  <execution threads="1" device="cpu"/>
				</segsense:Study>
				""".formatted(TestStudies.NS), StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void aChangedDataFileBehindADetachedHeaderIsDetectedAndNamed() throws Exception {
		Path project = dir.resolve("project");
		Files.createDirectories(project);
		TestStudies.writeCase(project, "c1", 1);
		TestStudies.boxModel(project.resolve("models/tight"), 150f);
		ImageIO.write(ImageIO.read(project.resolve("images/c1.nii.gz")), project.resolve("images/c1.nhdr"));
		ImageIO.write(ImageIO.read(project.resolve("images/c1_label.nii.gz")), project.resolve("images/c1_label.mhd"));
		Path study = study(project);
		Path run = dir.resolve("run");
		RunSummary first = StudyRunner.run(study, RunOptions.in(run).withThreads(1), null);
		assertEquals(3, first.done(), first.toString());

		// the provenance holds every file of both images, each with its SHA-256
		Map<String, String> provenance;
		try (ResultStore s = ResultStore.open(run.resolve(ResultStore.FILE))) {
			provenance = s.provenance();
		}
		for (String f : List.of("images/c1.nhdr", "images/c1.raw", "images/c1_label.mhd", "images/c1_label.raw")) {
			assertEquals(Sha256.of(project.resolve(f)), provenance.get("file." + f), f + " in " + provenance.keySet());
		}
		String json = Files.readString(run.resolve("provenance.json"), StandardCharsets.UTF_8);
		assertTrue(json.contains("\"file.images/c1.raw\""), json);

		// change one voxel of the data file, not the header
		Path raw = project.resolve("images/c1.raw");
		byte[] b = Files.readAllBytes(raw);
		b[b.length / 2] ^= 0x40;
		Files.write(raw, b);
		String header = Sha256.of(project.resolve("images/c1.nhdr"));
		assertEquals(header, provenance.get("file.images/c1.nhdr"), "the header itself is unchanged");

		StudyRunException refused = assertThrows(StudyRunException.class,
				() -> StudyRunner.run(study, RunOptions.in(run).withResume(true).withThreads(1), null));
		String all = refused.getMessage() + "\n" + String.join("\n", refused.problems());
		assertTrue(refused.badInput(), all);
		assertTrue(all.contains("have changed") && all.contains("file images/c1.raw: sha256 " + provenance.get("file.images/c1.raw")), all);
		assertFalse(all.contains("file images/c1.nhdr"), "only the changed file is named: " + all);

		Reproduction.Report report = Reproduction.reproduce(run, 0, 1, null, null, null);
		assertFalse(report.agrees(), report.toString());
		assertEquals(1, report.changedInputs().size(), report.changedInputs().toString());
		assertTrue(report.changedInputs().get(0).startsWith("file images/c1.raw has changed"), report.changedInputs().toString());
	}

	@Test
	void aDataFileOutsideTheProjectFolderIsRefusedAtTheStart() throws Exception {
		Path project = dir.resolve("project2");
		Files.createDirectories(project);
		TestStudies.writeCase(project, "c1", 1);
		Files.createDirectories(project.resolve("models/tight"));
		Files.writeString(project.resolve("models/tight/saved_model.pb"), "not used");
		ImageIO.write(ImageIO.read(project.resolve("images/c1.nii.gz")), project.resolve("images/c1.nhdr"));
		ImageIO.write(ImageIO.read(project.resolve("images/c1_label.nii.gz")), project.resolve("images/c1_label.mhd"));
		Path elsewhere = dir.resolve("elsewhere.raw");
		Files.move(project.resolve("images/c1.raw"), elsewhere);
		Path nhdr = project.resolve("images/c1.nhdr");
		Files.writeString(nhdr, Files.readString(nhdr, StandardCharsets.ISO_8859_1).replace("data file: c1.raw", "data file: " + elsewhere),
				StandardCharsets.ISO_8859_1);
		org.segsense.model.Study loaded = StudyRunner.loadValid(study(project), project);
		StudyRunException e = assertThrows(StudyRunException.class, () -> Provenance.checksums(loaded, project));
		assertTrue(e.badInput());
		assertTrue(e.getMessage().contains("lies outside the header's folder") && e.getMessage().contains("'images/c1.nhdr'"), e.getMessage());
	}
}
