// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.io.ImageIO;

/** {@code segsense train}: a short run end to end, and its errors. */
class TrainCommandTest {

	@TempDir
	Path dir;

	private static final ImageGeometry GRID = new ImageGeometry(new long[] { 16, 16, 16 }, new double[] { 1, 1, 1 }, new double[3],
			ImageGeometry.identity(3));

	/** Writes a cube-in-noise case; returns {image, labels}. */
	private Path[] writeCase(String name, long seed) throws Exception {
		SplittableRandom r = new SplittableRandom(seed);
		float[] v = new float[16 * 16 * 16];
		byte[] l = new byte[v.length];
		for (int z = 0, i = 0; z < 16; z++) {
			for (int y = 0; y < 16; y++) {
				for (int x = 0; x < 16; x++, i++) {
					boolean in = x >= 5 && x < 11 && y >= 4 && y < 12 && z >= 6 && z < 10;
					l[i] = (byte) (in ? 2 : 0);
					v[i] = (float) ((in ? 100 : 0) + 50 + 10 * r.nextGaussian());
				}
			}
		}
		Path img = dir.resolve(name + ".nii.gz"), lbl = dir.resolve(name + "-labels.nii.gz");
		ImageIO.write(Image.of(GRID, v), img);
		ImageIO.write(Image.ofUInt8(GRID, l), lbl);
		return new Path[] { img, lbl };
	}

	@Test
	void trainsAShortRunAndWritesAModelWithMetadata() throws Exception {
		Path[] a = writeCase("a", 1), b = writeCase("b", 2);
		Path out = dir.resolve("model");
		Cli.Result r = Cli.run("train", "--image", a[0].toString(), "--labels", a[1].toString(), "--image", b[0].toString(), "--labels",
				b[1].toString(), "--architecture", "unet", "--base-filters", "2", "--patch", "8", "--iterations", "6", "--batch", "1",
				"--seed", "3", "--augment", "intensity+flip", "--threads", "1", "--out", out.toString());
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().contains("iteration 1/6"), r::toString);
		assertTrue(r.out().contains("iteration 6/6"), r::toString);
		assertTrue(r.out().contains("final loss"), r::toString);
		assertTrue(r.out().contains(out.toAbsolutePath().toString()), r::toString);
		assertTrue(Files.isRegularFile(out.resolve("saved_model.pb")));
		Properties p = new Properties();
		try (var in = Files.newBufferedReader(out.resolve("segsense-model.properties"))) {
			p.load(in);
		}
		assertEquals("0,2", p.getProperty("labelValues"));
		assertEquals("zscore", p.getProperty("normalization"));
		assertEquals("probabilities", p.getProperty("outputKind"));
		assertEquals("3", p.getProperty("seed"));
		assertEquals("8,8,8", p.getProperty("patchSize"));
		assertTrue(p.getProperty("augmentation").startsWith("intensity("), p::toString);

		// the folder now holds a model: refused, then replaced with --overwrite (JSON summary)
		Cli.Result again = Cli.run("train", "--image", a[0].toString(), "--labels", a[1].toString(), "--base-filters", "2", "--patch", "8",
				"--iterations", "2", "--threads", "1", "--out", out.toString());
		assertEquals(2, again.exitCode(), again::toString);
		assertTrue(again.err().contains("--overwrite"), again::toString);
		Cli.Result json = Cli.run("train", "--json", "--image", a[0].toString(), "--labels", a[1].toString(), "--architecture",
				"deepmedic", "--base-filters", "2", "--patch", "9", "--iterations", "2", "--threads", "1", "--out", out.toString(),
				"--overwrite");
		assertEquals(0, json.exitCode(), json::toString);
		String flat = json.out().replaceAll("\\s", "");
		assertTrue(flat.contains("\"iterations\":2"), json::toString);
		assertTrue(flat.contains("\"finalLoss\":"), json::toString);
		assertTrue(flat.contains("\"architectureId\":\"deepmedic\""), json::toString);
		assertTrue(json.err().contains("iteration 2/2"), json::toString);
	}

	@Test
	void catalogueAugmentationStepsAreRecordedInTheModel() throws Exception {
		Path[] a = writeCase("a", 2);
		Path out = dir.resolve("augmented");
		Cli.Result r = Cli.run("train", "--image", a[0].toString(), "--labels", a[1].toString(), "--base-filters", "2", "--patch", "8",
				"--iterations", "3", "--threads", "1", "--augment", "flip", "--augment-step", "rotation:rz=-10..10,p=0.5", "--augment-step",
				"bias-field:strength=0..0.3", "--out", out.toString());
		assertEquals(0, r.exitCode(), r::toString);
		String meta = Files.readString(out.resolve("segsense-model.properties"));
		assertTrue(meta.contains("augmentation=flip(axes=zyx,p=0.5)+rotation(rz=-10..10,p=0.5)+bias-field(strength=0..0.3,p=1)"), meta);
	}

	@Test
	void badInputExitsWithTwoAndAMessage() throws Exception {
		Path[] a = writeCase("a", 1);
		Path out = dir.resolve("m");
		Cli.Result missing = Cli.run("train", "--image", dir.resolve("nope.nii.gz").toString(), "--labels", a[1].toString(), "--out",
				out.toString());
		assertEquals(2, missing.exitCode(), missing::toString);
		assertTrue(missing.err().contains("nope.nii.gz"), missing::toString);

		Path other = dir.resolve("other-grid.nii.gz");
		ImageIO.write(Image.ofUInt8(GRID.withSpacing(2, 1, 1), new byte[16 * 16 * 16]), other);
		Cli.Result grid = Cli.run("train", "--image", a[0].toString(), "--labels", other.toString(), "--out", out.toString());
		assertEquals(2, grid.exitCode(), grid::toString);
		assertTrue(grid.err().contains("not on the grid"), grid::toString);

		Cli.Result pairs = Cli.run("train", "--image", a[0].toString(), "--image", a[0].toString(), "--labels", a[1].toString(),
				"--out", out.toString());
		assertEquals(2, pairs.exitCode(), pairs::toString);
		assertTrue(pairs.err().contains("one --labels per --image"), pairs::toString);

		Cli.Result patch = Cli.run("train", "--image", a[0].toString(), "--labels", a[1].toString(), "--patch", "10,8,8", "--out",
				out.toString());
		assertEquals(2, patch.exitCode(), patch::toString);
		assertTrue(patch.err().contains("multiple of 4"), patch::toString);
		Cli.Result two = Cli.run("train", "--image", a[0].toString(), "--labels", a[1].toString(), "--patch", "16,8", "--out",
				out.toString());
		assertEquals(2, two.exitCode(), two::toString);
		assertTrue(two.err().contains("--patch takes X,Y,Z or one number"), two::toString);
		assertTrue(Cli.run("train", "--help").out().replaceAll("\\s+", " ").contains("X,Y,Z voxels"), "the help states the order");

		Cli.Result arch = Cli.run("train", "--image", a[0].toString(), "--labels", a[1].toString(), "--architecture", "vnet", "--out",
				out.toString());
		assertEquals(2, arch.exitCode(), arch::toString);
		assertTrue(arch.err().contains("unet, deepmedic or tractseg"), arch::toString);

		Cli.Result step = Cli.run("train", "--image", a[0].toString(), "--labels", a[1].toString(), "--augment-step", "rotation:rz=-999..5",
				"--out", out.toString());
		assertEquals(2, step.exitCode(), step::toString);
		assertTrue(step.err().contains("[-180, 180] degrees"), step::toString);
		assertFalse(Files.exists(out));

		Cli.Result help = Cli.run("train", "--help");
		assertEquals(0, help.exitCode(), help::toString);
		assertTrue(help.out().contains("--learning-rate"), help::toString);
	}
}
