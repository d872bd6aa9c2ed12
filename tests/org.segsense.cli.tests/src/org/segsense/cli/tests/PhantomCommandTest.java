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
