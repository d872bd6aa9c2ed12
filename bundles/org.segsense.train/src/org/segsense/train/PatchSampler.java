// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.segsense.train.augment.PatchAugmentation;

/**
 * Class-balanced patch sampling (DeepMedic style). Patch number i (counting over the whole run) is
 * centred on a foreground voxel when {@code floor((i+1)·f) > floor(i·f)} for the foreground fraction f —
 * so exactly a share f of the patches, evenly spread — and on a background voxel otherwise. For each
 * patch a case is drawn uniformly, then a voxel of the wanted kind uniformly among the case's voxels of
 * that kind (a case without foreground gives a background patch, and vice versa). The patch is placed so
 * that the chosen voxel is at its centre, then shifted to lie inside the volume where the volume is
 * at least as large as the patch (the chosen voxel stays inside); along an axis where the volume is
 * smaller, the volume is centred in the patch and the rest is zero intensity, background label.
 * <p>
 * All draws come from the sampling stream given at construction, and each patch's augmentation gets a
 * stream split off the augmentation stream, so a seed fixes every patch.
 */
final class PatchSampler {

	private final List<PreparedCase> cases;
	private final int[] patch;
	private final int channels;
	private final double foregroundFraction;
	private final PatchAugmentation augmentation;
	private final SplittableRandom sampling;
	private final SplittableRandom augmenting;
	private long drawn;
	private long foregroundDrawn;

	PatchSampler(List<PreparedCase> cases, int[] patch, double foregroundFraction, PatchAugmentation augmentation,
			SplittableRandom sampling, SplittableRandom augmenting) {
		this.cases = cases;
		this.patch = patch.clone();
		this.channels = cases.get(0).channels();
		this.foregroundFraction = foregroundFraction;
		this.augmentation = augmentation;
		this.sampling = sampling;
		this.augmenting = augmenting;
	}

	/** @return patches drawn so far that were centred on foreground */
	long foregroundDrawn() {
		return foregroundDrawn;
	}

	/**
	 * Draws the next patch into {@code image} (patch voxels × channels, at {@code imageAt}) and
	 * {@code labels} (patch voxels, at {@code labelAt}), then augments it.
	 */
	void next(float[] image, int imageAt, byte[] labels, int labelAt, float[] imageScratch, byte[] labelScratch) {
		long i = drawn++;
		boolean wantForeground = Math.floor((i + 1) * foregroundFraction) > Math.floor(i * foregroundFraction);
		PreparedCase c = cases.get(sampling.nextInt(cases.size()));
		int centre;
		if (wantForeground && c.foreground().length > 0) {
			centre = c.foreground()[sampling.nextInt(c.foreground().length)];
			foregroundDrawn++;
		} else {
			centre = background(c);
		}
		int[] s = c.size();
		int cz = centre / (s[1] * s[2]), cy = centre / s[2] % s[1], cx = centre % s[2];
		int[] start = { start(cz, s[0], patch[0]), start(cy, s[1], patch[1]), start(cx, s[2], patch[2]) };
		extract(c, start, imageScratch, labelScratch);
		augmentation.apply(imageScratch, labelScratch, patch.clone(), channels, augmenting.split());
		System.arraycopy(imageScratch, 0, image, imageAt, imageScratch.length);
		System.arraycopy(labelScratch, 0, labels, labelAt, labelScratch.length);
	}

	/** A uniformly drawn background voxel (rejection sampling; any voxel when the case is all foreground). */
	private int background(PreparedCase c) {
		int n = c.voxels();
		if (c.foreground().length == n) {
			return sampling.nextInt(n);
		}
		while (true) {
			int v = sampling.nextInt(n);
			if (c.classes()[v] == 0) {
				return v;
			}
		}
	}

	private static int start(int centre, int size, int p) {
		if (size < p) {
			return -((p - size) / 2);
		}
		int s = centre - p / 2;
		return Math.max(0, Math.min(size - p, s));
	}

	private void extract(PreparedCase c, int[] start, float[] img, byte[] lab) {
		int[] s = c.size();
		int ch = channels;
		Arrays.fill(img, 0f);
		Arrays.fill(lab, (byte) 0);
		int x0 = Math.max(0, start[2]), x1 = Math.min(s[2], start[2] + patch[2]);
		if (x1 <= x0) {
			return;
		}
		for (int z = 0; z < patch[0]; z++) {
			int gz = start[0] + z;
			if (gz < 0 || gz >= s[0]) {
				continue;
			}
			for (int y = 0; y < patch[1]; y++) {
				int gy = start[1] + y;
				if (gy < 0 || gy >= s[1]) {
					continue;
				}
				int src = (gz * s[1] + gy) * s[2] + x0;
				int dst = (z * patch[1] + y) * patch[2] + (x0 - start[2]);
				System.arraycopy(c.image(), src * ch, img, dst * ch, (x1 - x0) * ch);
				System.arraycopy(c.classes(), src, lab, dst, x1 - x0);
			}
		}
	}
}
