// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.phantom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.Peaks;
import org.segsense.image.io.ImageIO;
import org.segsense.image.io.PeakIO;

/**
 * The fibre phantom: reproducible per seed, bundle masks consistent with the peaks (checked against the
 * bundles' axes by brute force, independent of the generator's rasterisation), crossings with two
 * peaks, kissing bundles touching.
 */
class FibrePhantomTest {

	@TempDir
	Path dir;

	static FibrePhantomOptions clean(long seed) {
		return new FibrePhantomOptions(new int[] { 48, 48, 40 }, 2, 5, seed, 0, 0, 10);
	}

	@Test
	void theSameSeedGivesTheSameBytesAndAnotherSeedOtherPeaks() throws Exception {
		FibrePhantomOptions o = new FibrePhantomOptions(new int[] { 32, 32, 24 }, 2.5, 4, 7, 3, 0.05, 10);
		List<Path> a = FibrePhantomFiles.write(FibrePhantom.generate(o), dir.resolve("a"));
		List<Path> b = FibrePhantomFiles.write(FibrePhantom.generate(o), dir.resolve("b"));
		assertEquals(4 + 3, a.size());
		for (int i = 0; i < a.size(); i++) {
			assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).getFileName().toString());
		}
		FibrePhantomOptions other = new FibrePhantomOptions(new int[] { 32, 32, 24 }, 2.5, 4, 8, 3, 0.05, 10);
		List<Path> c = FibrePhantomFiles.write(FibrePhantom.generate(other), dir.resolve("c"));
		assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.get(0)), Files.readAllBytes(c.get(0))));
		// the files read back: 4-D peaks in world RAS, masks on the same grid
		Image peaks = PeakIO.read(a.get(0), Peaks.Frame.WORLD_RAS);
		assertArrayEquals(FibrePhantom.generate(o).peaks().floats(), peaks.floats(), 1e-7f);
		assertArrayEquals(new long[] { 32, 32, 24, 9 }, ImageIO.read(a.get(0)).geometry().size());
		assertTrue(ImageIO.read(dir.resolve("a/bundle_segmentations/bundle_4.nii.gz")).geometry().sameGridAs(peaks.geometry(), 1e-6));
		assertTrue(Files.readString(dir.resolve("a/phantom.json")).contains("\"kisses bundle_1\"") == false);
		assertTrue(Files.readString(dir.resolve("a/phantom.json")).contains("\"crosses bundle_1\""));
	}

	/**
	 * Without noise, every voxel of a bundle has a peak within the fanning angle (10°) of the bundle's
	 * tangent at the nearest axis point (+ 0.01° round-off) where it is the only bundle, within fanning
	 * + the merge angle (25°) where bundles overlap; no voxel outside the bundles has a peak; bundles lie
	 * in the brain mask.
	 */
	@Test
	void bundleMasksMatchThePeaks() {
		for (long seed : new long[] { 1, 2, 3 }) {
			FibrePhantom.Result p = FibrePhantom.generate(clean(seed));
			ImageGeometry g = p.peaks().geometry();
			float[] peaks = p.peaks().floats();
			int voxels = (int) g.voxelCount();
			int[] count = overlapCount(p);
			int checked = 0;
			for (int v = 0; v < voxels; v++) {
				boolean any = peaks[v * 9] != 0 || peaks[v * 9 + 1] != 0 || peaks[v * 9 + 2] != 0;
				assertEquals(count[v] > 0, any, "seed " + seed + " voxel " + v + ": peaks exactly inside the bundles");
				if (count[v] > 0) {
					assertEquals(1, p.mask().bytes()[v], "bundles inside the brain");
				}
			}
			for (int b = 0; b < p.bundles().size(); b++) {
				FibreBundle fb = p.bundles().get(b);
				byte[] m = p.bundleMasks().get(b).bytes();
				for (int v = 0; v < voxels; v++) {
					if (m[v] == 0 || count[v] > 3) {
						continue;
					}
					double[] t = nearestTangent(fb, g.indexToPhysical(index(g, v)));
					double limit = count[v] == 1 ? 10.01 : 10 + FibrePhantomOptions.MERGE_DEGREES + 0.01;
					double best = 90;
					for (int j = 0; j < 3; j++) {
						double[] q = { peaks[v * 9 + 3 * j], peaks[v * 9 + 3 * j + 1], peaks[v * 9 + 3 * j + 2] };
						if (Vectors.norm(q) > 0) {
							best = Math.min(best, Vectors.axialAngle(q, t));
						}
					}
					assertTrue(best <= limit, "seed " + seed + " " + fb.name() + " voxel " + v + ": nearest peak " + best + "°, limit " + limit);
					checked++;
				}
			}
			assertTrue(checked > 1000, "checked " + checked + " voxels");
		}
	}

	/** Where bundle 2 crosses bundle 1 (and no other bundle is), a voxel has exactly 2 peaks. */
	@Test
	void crossingsHaveTwoPeaksAndKissingBundlesTouch() {
		for (long seed : new long[] { 1, 2, 3 }) {
			FibrePhantom.Result p = FibrePhantom.generate(clean(seed));
			int[] count = overlapCount(p);
			byte[] b1 = p.bundleMasks().get(0).bytes(), b2 = p.bundleMasks().get(1).bytes(), b3 = p.bundleMasks().get(2).bytes();
			float[] peaks = p.peaks().floats();
			int crossing = 0;
			for (int v = 0; v < b1.length; v++) {
				if (b1[v] != 0 && b2[v] != 0 && count[v] == 2) {
					int n = 0;
					for (int j = 0; j < 3; j++) {
						n += peaks[v * 9 + 3 * j] != 0 || peaks[v * 9 + 3 * j + 1] != 0 || peaks[v * 9 + 3 * j + 2] != 0 ? 1 : 0;
					}
					assertEquals(2, n, "seed " + seed + " crossing voxel " + v);
					crossing++;
				}
			}
			assertTrue(crossing >= 5, "seed " + seed + ": " + crossing + " crossing voxels");
			assertEquals("crosses bundle_1", p.bundles().get(1).relation());
			assertEquals("kisses bundle_2", p.bundles().get(2).relation());
			assertTrue(touch(p.peaks().geometry(), b2, b3), "seed " + seed + ": bundle 3 touches bundle 2");
		}
	}

	@Test
	void settingsOutOfRangeAreRefusedByName() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new FibrePhantomOptions(new int[] { 64, 64, 8 }, 2, 5, 1, 3, 0.05, 10));
		assertTrue(e.getMessage().contains("size") && e.getMessage().contains("16"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> new FibrePhantomOptions(new int[] { 64, 64, 48 }, 2, 0, 1, 3, 0.05, 10));
		assertTrue(e.getMessage().contains("bundles"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> new FibrePhantomOptions(new int[] { 64, 64, 48 }, 2, 5, 1, 90, 0.05, 10));
		assertTrue(e.getMessage().contains("noise (degrees)") && e.getMessage().contains("45"), e.getMessage());
	}

	static int[] overlapCount(FibrePhantom.Result p) {
		int[] count = new int[(int) p.mask().voxelCount()];
		for (Image m : p.bundleMasks()) {
			byte[] b = m.bytes();
			for (int v = 0; v < b.length; v++) {
				count[v] += b[v];
			}
		}
		return count;
	}

	static double[] index(ImageGeometry g, int v) {
		int nx = (int) g.size(0), ny = (int) g.size(1);
		return new double[] { v % nx, (v / nx) % ny, v / (nx * ny) };
	}

	/** Brute force over every axis point. */
	static double[] nearestTangent(FibreBundle b, double[] p) {
		int best = 0;
		double d = Double.POSITIVE_INFINITY;
		for (int i = 0; i < b.points().length; i++) {
			double e = Vectors.distance(p, b.points()[i]);
			if (e < d) {
				d = e;
				best = i;
			}
		}
		return b.tangents()[best];
	}

	/** @return true if a voxel of b is in a or one of its 26 neighbours is */
	static boolean touch(ImageGeometry g, byte[] a, byte[] b) {
		int nx = (int) g.size(0), ny = (int) g.size(1), nz = (int) g.size(2);
		List<Integer> in = new ArrayList<>();
		for (int v = 0; v < b.length; v++) {
			if (b[v] != 0) {
				in.add(v);
			}
		}
		for (int v : in) {
			int x = v % nx, y = (v / nx) % ny, z = v / (nx * ny);
			for (int dz = -1; dz <= 1; dz++) {
				for (int dy = -1; dy <= 1; dy++) {
					for (int dx = -1; dx <= 1; dx++) {
						int X = x + dx, Y = y + dy, Z = z + dz;
						if (X >= 0 && Y >= 0 && Z >= 0 && X < nx && Y < ny && Z < nz && a[(Z * ny + Y) * nx + X] != 0) {
							return true;
						}
					}
				}
			}
		}
		return false;
	}
}
