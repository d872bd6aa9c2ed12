// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageIO;

/**
 * {@code segsense staple --bundles}: binary STAPLE of each bundle alone for raters of overlapping bundles (4-D files,
 * one volume per bundle, or bundle folders). Volume k of the output must equal, value for value, the one-label
 * {@code segsense staple} of the raters' bundle-k masks as 3-D files.
 */
class BundleStapleCommandTest {

	private static final ImageGeometry GRID = new ImageGeometry(new long[] { 14, 12, 10 }, new double[] { 2, 2, 2 }, new double[] { -13, -11, -9 },
			new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 });
	private static final ImageGeometry GRID4 = new ImageGeometry(new long[] { 14, 12, 10, 2 }, new double[] { 2, 2, 2, 1 },
			new double[] { -13, -11, -9, 0 }, new double[] { 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1 });

	@TempDir
	Path dir;

	/** Rater r's mask of bundle b: two overlapping boxes, each rater's edges moved at random (seeded). */
	private static byte[] mask(int rater, int bundle) {
		SplittableRandom random = new SplittableRandom(31L * rater + bundle);
		int x0 = (bundle == 0 ? 2 : 6) + random.nextInt(-1, 2), x1 = (bundle == 0 ? 9 : 12) + random.nextInt(-1, 2);
		byte[] m = new byte[(int) GRID.voxelCount()];
		for (int z = 2; z < 8; z++) {
			for (int y = 3; y < 9 + random.nextInt(0, 2); y++) {
				for (int x = x0; x < x1; x++) {
					m[(z * 12 + y) * 14 + x] = 1;
				}
			}
		}
		return m;
	}

	@Test
	void eachVolumeIsTheOneLabelStapleOfThatBundle() throws Exception {
		List<String> raters = new ArrayList<>();
		for (int r = 0; r < 3; r++) {
			if (r == 2) { // the third rater as TractSeg's bundle folder
				Path folder = Files.createDirectories(dir.resolve("rater2/bundle_segmentations"));
				for (int b = 0; b < 2; b++) {
					ImageIO.write(Image.ofUInt8(GRID, mask(r, b)), folder.resolve("bundle_" + (b + 1) + ".nii.gz"));
				}
				raters.add(folder.toString());
			} else {
				byte[] all = new byte[(int) GRID.voxelCount() * 2];
				for (int b = 0; b < 2; b++) {
					System.arraycopy(mask(r, b), 0, all, b * (int) GRID.voxelCount(), (int) GRID.voxelCount());
				}
				Path file = dir.resolve("rater" + r + ".nii.gz");
				ImageIO.write(Image.of(GRID4, PixelType.UINT8, 1, all), file);
				raters.add(file.toString());
			}
		}
		Path out = dir.resolve("bundles-staple.nii.gz");
		List<String> args = new ArrayList<>(List.of("staple", "--bundles", out.toString()));
		args.addAll(raters);
		Cli.Result r = Cli.run(args.toArray(String[]::new));
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().contains("Binary STAPLE per bundle: 2 bundles, 3 raters"), r::toString);
		Image consensus = ImageIO.read(out);
		assertArrayEquals(new long[] { 14, 12, 10, 2 }, consensus.geometry().size());
		assertEquals(PixelType.FLOAT32, consensus.pixelType());
		int n = (int) GRID.voxelCount();
		for (int b = 0; b < 2; b++) {
			List<String> one = new ArrayList<>(List.of("staple", dir.resolve("one-" + b + ".nii.gz").toString()));
			for (int rater = 0; rater < 3; rater++) {
				Path f = dir.resolve("r" + rater + "-b" + b + ".nii.gz");
				ImageIO.write(Image.ofUInt8(GRID, mask(rater, b)), f);
				one.add(f.toString());
			}
			assertEquals(0, Cli.run(one.toArray(String[]::new)).exitCode());
			float[] alone = ImageIO.read(dir.resolve("one-" + b + ".nii.gz")).floats();
			float[] volume = new float[n];
			System.arraycopy(consensus.floats(), b * n, volume, 0, n);
			assertArrayEquals(alone, volume, "bundle " + (b + 1) + " equals its one-label STAPLE");
		}
		// the bundles overlap, so pooling them (no --bundles) would be another estimate: the command says so
		Cli.Result pooled = Cli.run("staple", dir.resolve("pooled.nii.gz").toString(), raters.get(0), raters.get(1));
		assertEquals(0, pooled.exitCode(), pooled::toString);
		assertTrue(pooled.err().contains("add --bundles"), pooled::toString);
	}

	@Test
	void differentBundleCountsAreRefusedNamingTheFile() throws Exception {
		Path two = dir.resolve("two.nii.gz");
		ImageIO.write(Image.of(GRID4, PixelType.UINT8, 1, new byte[(int) GRID.voxelCount() * 2]), two);
		ImageGeometry g3 = new ImageGeometry(new long[] { 14, 12, 10, 3 }, new double[] { 2, 2, 2, 1 }, new double[] { -13, -11, -9, 0 },
				new double[] { 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1 });
		Path three = dir.resolve("three.nii.gz");
		ImageIO.write(Image.of(g3, PixelType.UINT8, 1, new byte[(int) GRID.voxelCount() * 3]), three);
		Path out = dir.resolve("out.nii.gz");
		Cli.Result r = Cli.run("staple", "--bundles", out.toString(), two.toString(), three.toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("three.nii.gz holds 3 bundle(s)") && r.err().contains("same bundles"), r::toString);
		assertTrue(Files.notExists(out), "nothing written");
		Cli.Result multi = Cli.run("staple", "--bundles", "--multilabel", out.toString(), two.toString(), two.toString());
		assertEquals(2, multi.exitCode(), multi::toString);
	}
}
