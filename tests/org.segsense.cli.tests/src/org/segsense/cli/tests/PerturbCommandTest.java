// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.io.ImageIO;

/** {@code segsense perturb}: list, apply with labels, seeds, errors. */
class PerturbCommandTest {

	@TempDir
	Path dir;

	private Path image() throws Exception {
		ImageGeometry g = new ImageGeometry(new long[] { 10, 8, 6 }, new double[] { 2, 2, 2 }, new double[3], ImageGeometry.identity(3));
		float[] v = new float[480];
		for (int i = 0; i < v.length; i++) {
			v[i] = 1 + i;
		}
		Path f = dir.resolve("in.nii.gz");
		ImageIO.write(Image.of(g, v), f);
		byte[] l = new byte[480];
		l[(2 * 8 + 3) * 10 + 4] = 2;
		ImageIO.write(Image.ofUInt8(g, l), dir.resolve("labels.nii.gz"));
		return f;
	}

	@Test
	void listShowsEveryPerturbationWithUnitsAndRanges() {
		Cli.Result r = Cli.run("perturb", "--list");
		assertEquals(0, r.exitCode(), r::toString);
		for (String id : new String[] { "intensity-shift", "gamma", "rician-noise", "gaussian-blur", "bias-field", "translation", "rotation",
				"scaling", "flip", "resolution", "spike", "ghosting", "motion" }) {
			assertTrue(r.out().contains(id + "  ("), id + " in " + r);
		}
		assertTrue(r.out().contains("--set rz=…  [-180, 180] degrees, default 0"), r::toString);
		Cli.Result j = Cli.run("perturb", "--list", "--json");
		assertTrue(j.out().contains("\"id\": \"motion\"") && j.out().contains("\"unit\": \"mm\""), j::toString);
	}

	@Test
	void translationMovesImageAndLabels() throws Exception {
		Path in = image(), out = dir.resolve("out.nii.gz"), lout = dir.resolve("lout.nii.gz");
		Cli.Result r = Cli.run("perturb", in.toString(), out.toString(), "--type", "translation", "--set", "tx=2", "--set", "tz=-2",
				"--labels", dir.resolve("labels.nii.gz").toString(), "--labels-out", lout.toString());
		assertEquals(0, r.exitCode(), r::toString);
		float[] a = ImageIO.read(in).floats(), b = ImageIO.read(out).floats();
		// +1 voxel in x, −1 in z
		assertEquals(a[(3 * 8 + 2) * 10 + 4], b[(2 * 8 + 2) * 10 + 5], 1e-4);
		assertEquals(2, ImageIO.read(lout).bytes()[(1 * 8 + 3) * 10 + 5]);
	}

	@Test
	void theSeedFixesRandomPerturbations() throws Exception {
		Path in = image(), a = dir.resolve("a.nii.gz"), b = dir.resolve("b.nii.gz"), c = dir.resolve("c.nii.gz");
		assertEquals(0, Cli.run("perturb", in.toString(), a.toString(), "--type", "gaussian-noise", "--set", "sigma=0.3", "--seed", "4").exitCode());
		assertEquals(0, Cli.run("perturb", in.toString(), b.toString(), "--type", "gaussian-noise", "--set", "sigma=0.3", "--seed", "4").exitCode());
		assertEquals(0, Cli.run("perturb", in.toString(), c.toString(), "--type", "gaussian-noise", "--set", "sigma=0.3", "--seed", "5").exitCode());
		assertArrayEquals(ImageIO.read(a).floats(), ImageIO.read(b).floats());
		assertTrue(!java.util.Arrays.equals(ImageIO.read(a).floats(), ImageIO.read(c).floats()));
	}

	@Test
	void badInputGetsClearMessages() throws Exception {
		Path in = image(), out = dir.resolve("never.nii.gz");
		Cli.Result r = Cli.run("perturb", in.toString(), out.toString(), "--type", "swirl");
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("Unknown perturbation 'swirl'") && r.err().contains("--list"), r::toString);
		r = Cli.run("perturb", in.toString(), out.toString(), "--type", "rotation", "--set", "rz=500");
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("[-180, 180] degrees"), r::toString);
		r = Cli.run("perturb", in.toString(), out.toString(), "--type", "rotation", "--set", "rz");
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("NAME=VALUE"), r::toString);
		r = Cli.run("perturb", in.toString(), out.toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(!Files.exists(out));
	}
}
