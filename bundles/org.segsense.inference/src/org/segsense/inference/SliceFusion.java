// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.segsense.inference.spi.EngineModel;

/**
 * Slice-wise inference of a 2-D model on a 3-D volume, in one or more orientations, fused by the mean
 * (TractSeg: x, y and z slices, mean of the sigmoid probabilities, then the threshold).
 * <p>
 * Declared in the model metadata: {@code dimensions=2} (the network takes 2-D slices
 * {@code [batch, rows, cols, channels]}), {@code sliceOrientations} (the axes the slices are cut across,
 * comma-separated from {@code x, y, z}; default all three) and {@code fusion} ({@code mean}, the only
 * one).
 * <p>
 * <b>Slice convention</b> (training must cut slices the same way, {@link #sliceShape}): a slice across
 * axis a keeps the two other axes in image order, the slower one as rows, the faster as columns — across
 * z: rows y, columns x; across y: rows z, columns x; across x: rows z, columns y. Rows and columns are
 * zero-padded at their far end up to a multiple of the model's {@code sizeMultiple} (a pooling network's
 * grid) and cropped after.
 * <p>
 * Engine contract for a 2-D model: {@link EngineModel#run}{@code (input, batch, nz, ny, nx)} applies the
 * 2-D network to each of the {@code batch·nz} slices of {@code ny × nx} (the memory of
 * {@code [batch, z, y, x, c]} is that of {@code [batch·z, y, x, c]}); here batch is 1 and z the slice
 * index.
 *
 * @param orientations the slicing axes, 0 = x, 1 = y, 2 = z, in order
 */
public record SliceFusion(int[] orientations) {

	/** Values per engine call, at most (slices are sent in chunks). */
	static final int MAX_CALL_VALUES = 1 << 23;

	public SliceFusion {
		orientations = orientations.clone();
	}

	@Override
	public int[] orientations() {
		return orientations.clone();
	}

	/**
	 * @param location the model folder (named in messages)
	 * @param metadata the model's metadata
	 * @return the fusion for a {@code dimensions=2} model, or null for a 3-D one (no or {@code 3})
	 * @throws IllegalArgumentException naming the file and key for a bad value
	 */
	public static SliceFusion of(Path location, Map<String, String> metadata) {
		String dim = metadata.getOrDefault("dimensions", "3").trim();
		String where = (location == null ? "" : "The model " + location + " (") + ModelDescriptor.METADATA_FILE + (location == null ? "" : ")");
		if (dim.equals("3")) {
			return null;
		}
		if (!dim.equals("2")) {
			throw new IllegalArgumentException(where + ": dimensions=" + dim + " is neither 2 (a slice network) nor 3. Fix the key dimensions.");
		}
		String fusion = metadata.getOrDefault("fusion", "mean").trim();
		if (!fusion.equalsIgnoreCase("mean")) {
			throw new IllegalArgumentException(where + ": fusion=" + fusion + " is not supported; the orientations are fused by 'mean'.");
		}
		String[] parts = metadata.getOrDefault("sliceOrientations", "x,y,z").split(",", -1);
		int[] axes = new int[parts.length];
		boolean[] seen = new boolean[3];
		for (int i = 0; i < parts.length; i++) {
			int a = "xyz".indexOf(parts[i].trim().toLowerCase(Locale.ROOT));
			if (parts[i].trim().length() != 1 || a < 0 || seen[a]) {
				throw new IllegalArgumentException(where + ": sliceOrientations=" + metadata.get("sliceOrientations")
						+ " must list distinct axes from x, y, z (e.g. x,y,z).");
			}
			seen[a] = true;
			axes[i] = a;
		}
		return new SliceFusion(axes);
	}

	/**
	 * @param size volume size {x, y, z}
	 * @param axis slicing axis (0 = x)
	 * @return {slices, rows, cols} of the unpadded slice stack
	 */
	public static int[] sliceShape(int[] size, int axis) {
		return switch (axis) {
		case 0 -> new int[] { size[0], size[2], size[1] };
		case 1 -> new int[] { size[1], size[2], size[0] };
		default -> new int[] { size[2], size[1], size[0] };
		};
	}

	/** @return the voxel index (x fastest) of slice s, row r, column c across {@code axis} (the slice convention above) */
	public static int voxel(int[] size, int axis, int s, int r, int c) {
		int x, y, z;
		switch (axis) {
		case 0 -> { x = s; z = r; y = c; }
		case 1 -> { y = s; z = r; x = c; }
		default -> { z = s; y = r; x = c; }
		}
		return (z * size[1] + y) * size[0] + x;
	}

	/**
	 * Runs the model slice-wise in one orientation.
	 *
	 * @param model the 2-D model
	 * @param volume {@code [z, y, x, cin]}, channel fastest
	 * @param size {x, y, z}
	 * @param cin input channels
	 * @param axis slicing axis
	 * @param multiple rows and columns are padded to a multiple of this
	 * @return the raw output {@code [z, y, x, k]} and k in {@code k[0]}
	 * @throws InferenceException when the engine fails or returns the wrong size
	 */
	static float[] run(EngineModel model, float[] volume, int[] size, int cin, int axis, int multiple, int[] k) throws InferenceException {
		int[] sh = sliceShape(size, axis);
		int rows = roundUp(sh[1], multiple), cols = roundUp(sh[2], multiple);
		int perSlice = rows * cols;
		int chunk = Math.max(1, Math.min(sh[0], MAX_CALL_VALUES / Math.max(1, perSlice * Math.max(cin, 4))));
		int voxels = size[0] * size[1] * size[2];
		float[] out = null;
		for (int first = 0; first < sh[0]; first += chunk) {
			int n = Math.min(chunk, sh[0] - first);
			float[] in = new float[n * perSlice * cin];
			for (int s = 0; s < n; s++) {
				for (int r = 0; r < sh[1]; r++) {
					for (int c = 0; c < sh[2]; c++) {
						System.arraycopy(volume, voxel(size, axis, first + s, r, c) * cin, in, ((s * rows + r) * cols + c) * cin, cin);
					}
				}
			}
			float[] res = model.run(in, 1, n, rows, cols);
			long per = (long) n * perSlice;
			if (k[0] <= 0) {
				k[0] = res.length % per == 0 ? (int) (res.length / per) : -1;
			}
			if (k[0] <= 0 || res.length != per * k[0]) {
				throw new InferenceException("The 2-D model " + model.descriptor().location() + " returned " + res.length + " values for " + n
						+ " slices of " + rows + "×" + cols + "; it must return [slices, rows, cols, classes] of its input's size ('same' padding).");
			}
			int kk = k[0];
			if (out == null) {
				out = new float[voxels * kk];
			}
			for (int s = 0; s < n; s++) {
				for (int r = 0; r < sh[1]; r++) {
					for (int c = 0; c < sh[2]; c++) {
						System.arraycopy(res, ((s * rows + r) * cols + c) * kk, out, voxel(size, axis, first + s, r, c) * kk, kk);
					}
				}
			}
		}
		return out;
	}

	private static int roundUp(int n, int m) {
		return (n + m - 1) / m * m;
	}

	@Override
	public String toString() {
		StringBuilder b = new StringBuilder();
		for (int a : orientations) {
			b.append(b.length() == 0 ? "" : ",").append("xyz".charAt(a));
		}
		return "2-D slices across " + b + ", mean fusion";
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof SliceFusion f && Arrays.equals(f.orientations, orientations);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(orientations);
	}
}
