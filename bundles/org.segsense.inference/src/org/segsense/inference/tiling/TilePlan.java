// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.tiling;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a volume into equally sized tiles and says how much each tile voxel counts when the outputs are
 * put back together.
 *
 * <p>Per axis of length {@code N}, with tile length {@code T}, margin {@code m} and overlap {@code o}:
 * if {@code N ≤ T} there is one tile (the volume, zero-padded to {@code T} when the model needs a fixed
 * size). Otherwise tiles start every {@code step = T − 2m − o} voxels, the last one moved back to end
 * at {@code N}. Of each tile, the {@code m} voxels next to an edge that lies inside the volume are
 * discarded (weight 0): they saw zero padding instead of their true neighbours. With {@code m} at least
 * the network's receptive-field radius, every kept voxel equals the whole-volume output (up to
 * floating-point reordering), which is what makes tiling safe for a fully convolutional network. The
 * kept parts of neighbouring tiles overlap by {@code o} voxels (more for the moved last tile) and are
 * averaged with the {@link Blending} weights.
 *
 * <p>Axis order: every triple here (volume, tile, margin, overlap, tile starts and kept ranges) is
 * <b>{x, y, z}</b>, as image sizes are. The tensor code that copies tiles converts with
 * {@link org.segsense.inference.TensorAxes}.
 */
public final class TilePlan {

	/**
	 * One tile.
	 *
	 * @param start first voxel {x, y, z} in the volume
	 * @param keepFrom first kept voxel, relative to the tile, {x, y, z}
	 * @param keepTo one past the last kept voxel, relative to the tile, {x, y, z}
	 */
	public record Tile(int[] start, int[] keepFrom, int[] keepTo) {
	}

	private final int[] volume;
	private final int[] tile;
	private final List<Tile> tiles;
	private final float[][] axisWeights;

	private TilePlan(int[] volume, int[] tile, List<Tile> tiles, float[][] axisWeights) {
		this.volume = volume;
		this.tile = tile;
		this.tiles = tiles;
		this.axisWeights = axisWeights;
	}

	/**
	 * @param volume volume size {x, y, z}
	 * @param tile tile size {x, y, z}; a tile larger than the volume along an axis stays that large
	 *        (the volume is padded) when {@code fixedTile}, else shrinks to the volume
	 * @param fixedTile true when the model accepts only this tile size
	 * @param margin discarded voxels at inner tile edges {x, y, z}
	 * @param overlap extra overlap of kept parts {x, y, z}
	 * @param blending the weights of kept voxels
	 * @return the plan
	 * @throws IllegalArgumentException when {@code T − 2m − o < 1} on an axis that needs several tiles
	 */
	public static TilePlan of(int[] volume, int[] tile, boolean fixedTile, int[] margin, int[] overlap, Blending blending) {
		return of(volume, tile, fixedTile, margin, overlap, blending, 1);
	}

	/**
	 * As {@link #of(int[], int[], boolean, int[], int[], Blending)}, with tile starts on multiples of
	 * {@code align} (a network's pooling factor: max-pooling with stride 2 gives the same output for a
	 * tile as for the whole volume only if the tile starts on the pooling grid). The step is rounded
	 * down to a multiple of {@code align}, and the last tile starts on the first multiple at or after
	 * {@code N − T}, so it may reach up to {@code align − 1} voxels past the volume (zero-padded, as the
	 * network pads the whole volume to a multiple of {@code align}).
	 *
	 * @param align tile starts are multiples of this (≥ 1)
	 * @return the plan
	 */
	public static TilePlan of(int[] volume, int[] tile, boolean fixedTile, int[] margin, int[] overlap, Blending blending, int align) {
		if (align < 1) {
			throw new IllegalArgumentException("The tile alignment must be at least 1, not " + align + ".");
		}
		int[] t = new int[3];
		List<int[]>[] starts = newListArray();
		for (int a = 0; a < 3; a++) {
			if (volume[a] < 1 || tile[a] < 1 || margin[a] < 0 || overlap[a] < 0) {
				throw new IllegalArgumentException("Tile sizes must be positive and margins/overlaps non-negative (axis " + "xyz".charAt(a)
						+ ": volume " + volume[a] + ", tile " + tile[a] + ", margin " + margin[a] + ", overlap " + overlap[a] + ").");
			}
			t[a] = volume[a] <= tile[a] && !fixedTile ? volume[a] : tile[a];
			int n = volume[a];
			if (n <= t[a]) {
				starts[a].add(new int[] { 0, 0, t[a] });
				continue;
			}
			int step = (t[a] - 2 * margin[a] - overlap[a]) / align * align;
			if (step < 1) {
				throw new IllegalArgumentException("Along " + "xyz".charAt(a) + " the tile (" + t[a] + ") is too small for margin "
						+ margin[a] + " on both sides plus overlap " + overlap[a] + (align > 1 ? " with starts on multiples of " + align : "")
						+ "; use a larger tile or a smaller margin.");
			}
			int lastStart = (n - t[a] + align - 1) / align * align;
			for (int s = 0;; s += step) {
				int begin = Math.min(s, lastStart);
				int keepFrom = begin == 0 ? 0 : margin[a];
				int keepTo = begin + t[a] >= n ? t[a] : t[a] - margin[a];
				starts[a].add(new int[] { begin, keepFrom, keepTo });
				if (begin + t[a] >= n) {
					break;
				}
			}
		}
		List<Tile> tiles = new ArrayList<>();
		for (int[] z : starts[2]) {
			for (int[] y : starts[1]) {
				for (int[] x : starts[0]) {
					tiles.add(new Tile(new int[] { x[0], y[0], z[0] }, new int[] { x[1], y[1], z[1] }, new int[] { x[2], y[2], z[2] }));
				}
			}
		}
		float[][] w = new float[3][];
		for (int a = 0; a < 3; a++) {
			w[a] = new float[t[a]];
			double sigma = t[a] / 8.0, centre = (t[a] - 1) / 2.0;
			for (int i = 0; i < t[a]; i++) {
				// floor of 1e-3 keeps far-from-centre voxels of a single covering tile well defined
				w[a][i] = blending == Blending.GAUSSIAN
						? (float) Math.max(1e-3, Math.exp(-0.5 * ((i - centre) / sigma) * ((i - centre) / sigma)))
						: 1f;
			}
		}
		return new TilePlan(volume.clone(), t, List.copyOf(tiles), w);
	}

	@SuppressWarnings("unchecked")
	private static List<int[]>[] newListArray() {
		return new List[] { new ArrayList<int[]>(), new ArrayList<int[]>(), new ArrayList<int[]>() };
	}

	/** @return the volume size {x, y, z} */
	public int[] volume() {
		return volume.clone();
	}

	/** @return the tile size {x, y, z}, the same for every tile */
	public int[] tileSize() {
		return tile.clone();
	}

	/** @return the tiles, z slowest, x fastest */
	public List<Tile> tiles() {
		return tiles;
	}

	/**
	 * @param axis 0 = x, 1 = y, 2 = z
	 * @param i position in the tile along that axis
	 * @return the blending weight of that position (the product over axes is the voxel weight)
	 */
	public float weight(int axis, int i) {
		return axisWeights[axis][i];
	}

	/** @return true when one tile covers the volume exactly (no padding, no blending) */
	public boolean isWholeVolume() {
		return tiles.size() == 1 && tile[0] == volume[0] && tile[1] == volume[1] && tile[2] == volume[2];
	}
}
