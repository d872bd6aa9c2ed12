// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.segsense.inference.tiling.Blending;
import org.segsense.inference.tiling.TilePlan;

class TilePlanTest {

	@Test
	void keptPartsCoverEveryVoxel() {
		int[][] cases = { { 37, 29, 23 }, { 64, 64, 64 }, { 5, 100, 17 } };
		for (int[] vol : cases) {
			for (int[] overlap : new int[][] { { 0, 0, 0 }, { 2, 5, 1 } }) {
				TilePlan p = TilePlan.of(vol, new int[] { 16, 20, 12 }, false, new int[] { 2, 3, 1 }, overlap, Blending.UNIFORM);
				int[] cover = new int[vol[0] * vol[1] * vol[2]];
				for (TilePlan.Tile t : p.tiles()) {
					int[] s = t.start();
					for (int a = 0; a < 3; a++) {
						assertTrue(s[a] >= 0 && s[a] + p.tileSize()[a] <= Math.max(vol[a], p.tileSize()[a]), "tile inside the volume");
					}
					for (int z = t.keepFrom()[2]; z < t.keepTo()[2]; z++) {
						for (int y = t.keepFrom()[1]; y < t.keepTo()[1]; y++) {
							for (int x = t.keepFrom()[0]; x < t.keepTo()[0]; x++) {
								cover[((s[2] + z) * vol[1] + s[1] + y) * vol[0] + s[0] + x]++; // {x, y, z}
							}
						}
					}
				}
				for (int c : cover) {
					assertTrue(c >= 1, "every voxel kept by at least one tile");
				}
			}
		}
	}

	@Test
	void shortAxesShrinkUnlessTheTileIsFixed() {
		TilePlan free = TilePlan.of(new int[] { 5, 40, 8 }, new int[] { 16, 16, 16 }, false, new int[] { 2, 2, 2 }, new int[3],
				Blending.UNIFORM);
		assertEquals(5, free.tileSize()[0]);
		assertEquals(16, free.tileSize()[1]);
		assertEquals(8, free.tileSize()[2]);
		// y: 40 voxels, step 16 − 4 = 12 → starts 0, 12, 24 (moved back from 36 to 24)
		assertEquals(3, free.tiles().size());
		assertEquals(24, free.tiles().get(2).start()[1]);
		TilePlan fixed = TilePlan.of(new int[] { 5, 40, 8 }, new int[] { 16, 16, 16 }, true, new int[] { 2, 2, 2 }, new int[3],
				Blending.UNIFORM);
		assertEquals(16, fixed.tileSize()[0]);
		assertTrue(TilePlan.of(new int[] { 9, 9, 9 }, new int[] { 9, 9, 9 }, false, new int[3], new int[3], Blending.UNIFORM).isWholeVolume());
	}

	/** Every triple is {x, y, z}; tiles run with x fastest, z slowest. */
	@Test
	void triplesAreXyzAndXVariesFastest() {
		// x: 40 voxels, tile 16, step 16 → starts 0, 16, 24; y, z: one tile each
		TilePlan p = TilePlan.of(new int[] { 40, 20, 10 }, new int[] { 16, 32, 32 }, false, new int[3], new int[3], Blending.UNIFORM);
		assertArrayEquals(new int[] { 16, 20, 10 }, p.tileSize(), "short axes y and z shrink to the volume");
		assertArrayEquals(new int[] { 40, 20, 10 }, p.volume());
		assertEquals(3, p.tiles().size());
		assertArrayEquals(new int[] { 16, 0, 0 }, p.tiles().get(1).start());
		assertArrayEquals(new int[] { 24, 0, 0 }, p.tiles().get(2).start());
		assertArrayEquals(new int[] { 16, 20, 10 }, p.tiles().get(2).keepTo());
		// two tiles along x and along z: the second tile moves along x, the third along z
		TilePlan q = TilePlan.of(new int[] { 20, 8, 20 }, new int[] { 10, 8, 10 }, false, new int[3], new int[3], Blending.UNIFORM);
		assertArrayEquals(new int[] { 10, 0, 0 }, q.tiles().get(1).start());
		assertArrayEquals(new int[] { 0, 0, 10 }, q.tiles().get(2).start());
		// the weights of axis 2 (z) have the z tile length
		TilePlan g = TilePlan.of(new int[] { 64, 64, 8 }, new int[] { 32, 32, 8 }, false, new int[3], new int[3], Blending.GAUSSIAN);
		assertTrue(g.weight(2, 7) > 0 && g.weight(0, 31) > 0, "z keeps its 8 voxels, x and y tiles have 32");
		assertThrows(ArrayIndexOutOfBoundsException.class, () -> g.weight(2, 8));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> TilePlan.of(new int[] { 64, 64, 64 }, new int[] { 16, 32, 32 }, false, new int[] { 8, 1, 1 }, new int[3], Blending.UNIFORM));
		assertTrue(e.getMessage().startsWith("Along x "), e.getMessage());
	}

	@Test
	void gaussianWeightsPeakInTheCentre() {
		TilePlan p = TilePlan.of(new int[] { 64, 64, 64 }, new int[] { 32, 32, 32 }, false, new int[3], new int[] { 8, 8, 8 }, Blending.GAUSSIAN);
		assertEquals(1.0, p.weight(0, 15), 0.01);
		assertTrue(p.weight(0, 0) < 0.02 && p.weight(0, 0) >= 1e-3f);
	}

	@Test
	void tooSmallTilesAreRefused() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> TilePlan.of(new int[] { 64, 64, 64 }, new int[] { 16, 16, 16 }, false, new int[] { 8, 1, 1 }, new int[3], Blending.UNIFORM));
		assertTrue(e.getMessage().contains("too small"), e.getMessage());
	}
}
