// SPDX-License-Identifier: EPL-2.0
package org.segsense.train.augment;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Random mirroring: for each enabled axis, with probability {@code probability}, the patch is flipped
 * along it, image and labels together. Flipping changes left and right: use it only where the
 * anatomy's labels are symmetric (or for tasks like the synthetic ones in the tests). Vector images
 * (e.g. fibre directions as channels) would need their components flipped too, which this does not do.
 *
 * <p>The axes are given x, y, z (SegSense's public order); the patch buffer is z, y, x (tensor order).
 * The random draws run over z, y, x, so a seed gives the same flips as before the order changed.
 *
 * @param x flip along x
 * @param y flip along y
 * @param z flip along z
 * @param probability chance per enabled axis (0–1)
 */
public record FlipAugmentation(boolean x, boolean y, boolean z, double probability) implements PatchAugmentation {

	/** All three axes, probability 0.5. */
	public static final FlipAugmentation ALL_AXES = new FlipAugmentation(true, true, true, 0.5);

	public FlipAugmentation {
		if (!(probability >= 0 && probability <= 1)) {
			throw new IllegalArgumentException("The flip probability must be between 0 and 1, not " + probability + ".");
		}
	}

	@Override
	public void apply(float[] image, byte[] labels, int[] size, int channels, SplittableRandom random) {
		boolean[] axes = { z, y, x }; // the patch's tensor order
		for (int a = 0; a < 3; a++) {
			// Draw for every axis, enabled or not, so the stream does not depend on the settings' order.
			boolean flip = random.nextDouble() < probability;
			if (axes[a] && flip) {
				flip(image, labels, size, channels, a);
			}
		}
	}

	private static void flip(float[] image, byte[] labels, int[] s, int ch, int axis) {
		int nz = s[0], ny = s[1], nx = s[2];
		for (int zz = 0; zz < nz; zz++) {
			for (int yy = 0; yy < ny; yy++) {
				for (int xx = 0; xx < nx; xx++) {
					int tz = axis == 0 ? nz - 1 - zz : zz, ty = axis == 1 ? ny - 1 - yy : yy, tx = axis == 2 ? nx - 1 - xx : xx;
					int i = (zz * ny + yy) * nx + xx, j = (tz * ny + ty) * nx + tx;
					if (j <= i) {
						continue; // each pair once
					}
					byte l = labels[i];
					labels[i] = labels[j];
					labels[j] = l;
					for (int c = 0; c < ch; c++) {
						float v = image[i * ch + c];
						image[i * ch + c] = image[j * ch + c];
						image[j * ch + c] = v;
					}
				}
			}
		}
	}

	@Override
	public String describe() {
		return String.format(Locale.ROOT, "flip(axes=%s%s%s,p=%s)", z ? "z" : "", y ? "y" : "", x ? "x" : "", probability);
	}
}
