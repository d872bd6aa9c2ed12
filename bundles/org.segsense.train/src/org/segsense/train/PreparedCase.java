// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import java.util.Arrays;

/**
 * A training case ready for sampling: normalised intensities interleaved {@code [z][y][x][c]}, class
 * indices per voxel and the indices of its foreground voxels.
 *
 * @param name the case's name
 * @param size {z, y, x}
 * @param channels channels per voxel
 * @param image normalised intensities
 * @param classes class index per voxel (0 = background)
 * @param foreground voxel indices with class ≠ 0, ascending
 */
record PreparedCase(String name, int[] size, int channels, float[] image, byte[] classes, int[] foreground) {

	static PreparedCase of(String name, int[] size, int channels, float[] image, byte[] classes) {
		int n = 0;
		for (byte c : classes) {
			n += c != 0 ? 1 : 0;
		}
		int[] fg = new int[n];
		for (int i = 0, j = 0; i < classes.length; i++) {
			if (classes[i] != 0) {
				fg[j++] = i;
			}
		}
		return new PreparedCase(name, size, channels, image, classes, fg);
	}

	int voxels() {
		return classes.length;
	}

	@Override
	public String toString() {
		return name + " " + Arrays.toString(size) + "x" + channels;
	}
}
