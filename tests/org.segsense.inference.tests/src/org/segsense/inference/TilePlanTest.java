package org.segsense.inference;

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
					for (int z = t.keepFrom()[0]; z < t.keepTo()[0]; z++) {
						for (int y = t.keepFrom()[1]; y < t.keepTo()[1]; y++) {
							for (int x = t.keepFrom()[2]; x < t.keepTo()[2]; x++) {
								cover[((s[0] + z) * vol[1] + s[1] + y) * vol[2] + s[2] + x]++;
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
