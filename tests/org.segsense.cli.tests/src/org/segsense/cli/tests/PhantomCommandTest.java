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
import org.segsense.image.Peaks;
import org.segsense.image.io.ImageIO;
import org.segsense.image.io.PeakIO;

/** {@code segsense phantom fibres}: files in TractSeg's layout, reproducible, bad options exit 2 by name. */
class PhantomCommandTest {

	@TempDir
	Path dir;

	@Test
	void writesPeaksMaskAndBundleMasksReproducibly() throws Exception {
		String[] options = { "--size", "24,24,20", "--bundles", "3", "--seed", "4", "--spacing", "3" };
		Cli.Result a = Cli.run(concat("phantom", "fibres", dir.resolve("a").toString(), options));
		assertEquals(0, a.exitCode(), a.toString());
		assertTrue(a.out().contains("3-bundle fibre phantom"), a.out());
		Cli.Result b = Cli.run(concat("--json", "phantom", "fibres", dir.resolve("b").toString(), options));
		assertEquals(0, b.exitCode(), b.toString());
		assertTrue(b.out().contains("\"files\""), b.out());
		for (String f : new String[] { "peaks.nii.gz", "mask.nii.gz", "bundle_segmentations/bundle_1.nii.gz",
				"bundle_segmentations/bundle_3.nii.gz", "phantom.json" }) {
			assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
		}
		assertArrayEquals(new long[] { 24, 24, 20, 9 }, ImageIO.read(dir.resolve("a/peaks.nii.gz")).geometry().size());
		Image peaks = PeakIO.read(dir.resolve("a/peaks.nii.gz"), Peaks.Frame.WORLD_RAS);
		assertEquals(3, Peaks.count(peaks));
		assertEquals(3.0, peaks.geometry().spacing(0), 1e-6);
	}

	@Test
	void outOfRangeOptionsExitWithCode2AndNameTheSetting() {
		Cli.Result r = Cli.run("phantom", "fibres", dir.resolve("x").toString(), "--size", "8,8,8");
		assertEquals(2, r.exitCode(), r.toString());
		assertTrue(r.err().contains("size") && r.err().contains("16"), r.err());
		r = Cli.run("phantom", "fibres", dir.resolve("x").toString(), "--noise", "60");
		assertEquals(2, r.exitCode(), r.toString());
		assertTrue(r.err().contains("noise (degrees)") && r.err().contains("45"), r.err());
		assertTrue(!Files.exists(dir.resolve("x")), "nothing written on bad input");
	}

	/**
	 * {@code perturb --peaks} on the phantom's peak file: a 90° rotation about z (24 × 24 in-plane, so the
	 * grid maps onto itself) moves voxel (y, 23 − x) to (x, y) and turns each RAS vector into (−y, x, z)
	 * (Rz commutes with the RAS/LPS flip); an axis flip negates volume 0, 3 and 6 exactly.
	 */
	@Test
	void perturbWithPeaksRotatesThePeakFileWithItsVectors() throws Exception {
		Path d = dir.resolve("p");
		assertEquals(0, Cli.run("phantom", "fibres", d.toString(), "--size", "24,24,16", "--bundles", "3", "--seed", "5").exitCode());
		Path in = d.resolve("peaks.nii.gz"), rot = dir.resolve("rot.nii.gz"), flip = dir.resolve("flip.nii.gz");
		Cli.Result r = Cli.run("perturb", in.toString(), rot.toString(), "--peaks", "--type", "rotation", "--set", "rz=90");
		assertEquals(0, r.exitCode(), r.toString());
		float[] a = ImageIO.read(in).floats(), b = ImageIO.read(rot).floats();
		int n = 24 * 24 * 16;
		int moved = 0;
		for (int z = 0; z < 16; z++) {
			for (int y = 0; y < 24; y++) {
				for (int x = 0; x < 24; x++) {
					int o = (z * 24 + y) * 24 + x, s = (z * 24 + (23 - x)) * 24 + y;
					for (int p = 0; p < 9; p += 3) {
						float[] expected = { -a[(p + 1) * n + s], a[p * n + s], a[(p + 2) * n + s] };
						float[] got = { b[p * n + o], b[(p + 1) * n + o], b[(p + 2) * n + o] };
						assertArrayEquals(expected, got, 1e-5f, "voxel " + x + "," + y + "," + z + " peak " + p / 3);
						moved += expected[0] != 0 ? 1 : 0;
					}
				}
			}
		}
		assertTrue(moved > 100, "the phantom has peaks: " + moved);
		r = Cli.run("perturb", in.toString(), flip.toString(), "--peaks", "--type", "peak-axis-flip", "--set", "axis=0");
		assertEquals(0, r.exitCode(), r.toString());
		float[] f = ImageIO.read(flip).floats();
		for (int i = 0; i < a.length; i++) {
			assertEquals((i / n) % 3 == 0 ? -a[i] : a[i], f[i], 0, "element " + i);
		}
		r = Cli.run("perturb", d.resolve("mask.nii.gz").toString(), flip.toString(), "--peaks", "--type", "peak-drop");
		assertEquals(2, r.exitCode(), r.toString());
		assertTrue(r.err().contains("mask.nii.gz") && r.err().contains("3·k volumes") && r.err().contains("--peaks"), r.err());
	}

	private static String[] concat(String a, String b, String c, String... rest) {
		String[] out = new String[3 + rest.length];
		out[0] = a;
		out[1] = b;
		out[2] = c;
		System.arraycopy(rest, 0, out, 3, rest.length);
		return out;
	}

	private static String[] concat(String a, String b, String c, String d, String... rest) {
		String[] out = new String[4 + rest.length];
		out[0] = a;
		out[1] = b;
		out[2] = c;
		out[3] = d;
		System.arraycopy(rest, 0, out, 4, rest.length);
		return out;
	}
}
