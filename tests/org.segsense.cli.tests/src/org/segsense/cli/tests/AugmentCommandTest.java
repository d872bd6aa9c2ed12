// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.io.ImageIO;

/** {@code segsense augment}: a one-network study end to end with --json, its resume, and its errors' exit codes. */
class AugmentCommandTest {

	@TempDir
	Path dir;

	private Path project(String architecture) throws Exception {
		ImageGeometry g = new ImageGeometry(new long[] { 16, 16, 16 }, new double[] { 1, 1, 1 }, new double[3], ImageGeometry.identity(3));
		SplittableRandom r = new SplittableRandom(1);
		float[] v = new float[16 * 16 * 16];
		byte[] l = new byte[v.length];
		for (int z = 0, i = 0; z < 16; z++) {
			for (int y = 0; y < 16; y++) {
				for (int x = 0; x < 16; x++, i++) {
					boolean in = x >= 5 && x < 11 && y >= 4 && y < 12 && z >= 6 && z < 10;
					l[i] = (byte) (in ? 1 : 0);
					v[i] = (float) ((in ? 100 : 0) + 50 + 10 * r.nextGaussian());
				}
			}
		}
		Files.createDirectories(dir.resolve("data"));
		ImageIO.write(Image.of(g, v), dir.resolve("data/a.nii.gz"));
		ImageIO.write(Image.ofUInt8(g, l), dir.resolve("data/a-labels.nii.gz"));
		Path file = dir.resolve("study.segsense");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="s">
				  <cases id="a"><channels name="t1" path="data/a.nii.gz"/><labelImage path="data/a-labels.nii.gz"/></cases>
				  <augmentationStudies id="aug">
				    <variants id="v" name="V" architecture="%s" seed="5">
				      <training iterations="2" patchSize="8" batchSize="1" baseFilters="2" depth="1"/>
				    </variants>
				  </augmentationStudies>
				</segsense:Study>
				""".formatted(architecture));
		return file;
	}

	@Test
	void trainsAddsAndResumesWithJson() throws Exception {
		Path file = project("unet");
		Cli.Result r = Cli.run("augment", file.toString(), "--json", "--threads", "1");
		assertEquals(0, r.exitCode(), r::toString);
		String json = r.out().replaceAll("\\s+", "");
		assertTrue(json.contains("\"augmentationStudy\":\"aug\"") && json.contains("\"trained\":1") && json.contains("\"reused\":0")
				&& json.contains("\"modelVariant\":\"aug-v-s5\""), r::toString);
		assertTrue(Files.readString(file).contains("aug-v-s5"), "the study has the new model variant");
		assertTrue(Files.isRegularFile(dir.resolve("models/aug/v/seed-5/segsense-training.json")));

		Cli.Result again = Cli.run("augment", file.toString(), "--threads", "1");
		assertEquals(0, again.exitCode(), again::toString);
		assertTrue(again.out().contains("0 network(s) trained, 1 reused"), again::toString);
	}

	@Test
	void trainsTractSegVariantsOnAFibrePhantomWithTheBundlesAsLabels() throws Exception {
		Cli.Result ph = Cli.run("phantom", "fibres", dir.resolve("phantom").toString(), "--size", "16,16,16", "--bundles", "2", "--seed", "3");
		assertEquals(0, ph.exitCode(), ph::toString);
		Path file = dir.resolve("tracts.segsense");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="t">
				  <cases id="p"><channels name="peaks" path="phantom/peaks.nii.gz"/><labelImage path="phantom/bundle_segmentations"/></cases>
				  <augmentationStudies id="aug">
				    <variants id="none" architecture="tractseg" seed="5">
				      <training iterations="3" patchSize="16" batchSize="2" baseFilters="2" depth="1"/>
				    </variants>
				    <variants id="rotation" architecture="tractseg" seed="5">
				      <training iterations="3" patchSize="16" batchSize="2" baseFilters="2" depth="1"/>
				      <augmentation><steps perturbationType="rotation" probability="0.5"><ranges name="rz" minimum="-10" maximum="10"/></steps></augmentation>
				    </variants>
				  </augmentationStudies>
				</segsense:Study>
				""");
		Cli.Result r = Cli.run("augment", file.toString(), "--threads", "1");
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().contains("2 network(s) trained, 0 reused"), r::toString);
		String saved = Files.readString(file);
		assertTrue(saved.contains("aug-none-s5") && saved.contains("aug-rotation-s5"), saved);
		assertTrue(saved.contains("name=\"bundle_1\"") && saved.contains("name=\"bundle_2\""), "the bundles are the labels: " + saved);

		Cli.Result again = Cli.run("augment", file.toString(), "--threads", "1");
		assertEquals(0, again.exitCode(), again::toString);
		assertTrue(again.out().contains("0 network(s) trained, 2 reused"), again::toString);
	}

	@Test
	void badInputExitsWithTwoNamingTheFileAndTheFix() throws Exception {
		Path file = project("resnet");
		Cli.Result r = Cli.run("augment", file.toString(), "--threads", "1");
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains(file.toString()) && r.err().contains("resnet") && r.err().contains("unet, deepmedic or tractseg"), r::toString);

		Cli.Result study = Cli.run("augment", file.toString(), "--augmentation-study", "nope");
		assertEquals(2, study.exitCode(), study::toString);
		assertTrue(study.err().contains("no augmentation study 'nope'") && study.err().contains("--augmentation-study"), study::toString);

		Cli.Result missing = Cli.run("augment", dir.resolve("missing.segsense").toString());
		assertEquals(2, missing.exitCode(), missing::toString);
		assertTrue(missing.err().contains("missing.segsense"), missing::toString);
	}
}
