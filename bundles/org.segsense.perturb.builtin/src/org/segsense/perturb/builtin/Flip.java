// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import java.util.SplittableRandom;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.transform.AffineTransform;
import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.spi.Perturbation;
import org.segsense.perturb.Voxels;

/**
 * {@code flip}: mirrors the voxel order along index axis {@code axis} (0 = i, 1 = j, 2 = k) — exact, no
 * interpolation; labels likewise. In physical space that is the reflection through the plane through
 * the image centre perpendicular to the axis' direction d; vectors of vector images are reflected
 * with it ({@code v − 2 (v·d) d}).
 */
public final class Flip implements Perturbation {

	@Override
	public PerturbationResult apply(PerturbationInput in, ParameterValues p, SplittableRandom random) {
		Voxels.requireVolume(in, "flip");
		int axis = (int) p.get("axis");
		Image im = in.image();
		float[] v = flip(Voxels.copy(im), Voxels.size(im), im.components(), axis);
		ImageGeometry g = im.geometry();
		double[] d = { g.direction(0, axis), g.direction(1, axis), g.direction(2, axis) };
		double[] reflect = new double[9];
		for (int r = 0; r < 3; r++) {
			for (int c = 0; c < 3; c++) {
				reflect[r * 3 + c] = (r == c ? 1 : 0) - 2 * d[r] * d[c];
			}
		}
		if (im.components() % 3 == 0) {
			Voxels.reorientVectors(v, im.components(), reflect);
		}
		Image labels = null;
		if (in.labels() != null) {
			labels = in.labels().copy();
			flipInPlace(labels, axis);
		}
		// perturbed point → original point: the same reflection about the centre
		double[] centre = org.segsense.image.resample.Resampling.imageCentre(g);
		AffineTransform t = new AffineTransform(reflect, new double[3], centre);
		return new PerturbationResult(Voxels.like(im, v), labels, t);
	}

	static float[] flip(float[] v, int[] n, int nc, int axis) {
		float[] out = new float[v.length];
		int volume = n[0] * n[1] * n[2];
		int volumes = v.length / (volume * nc);
		for (int vol = 0; vol < volumes; vol++) {
			for (int z = 0; z < n[2]; z++) {
				for (int y = 0; y < n[1]; y++) {
					for (int x = 0; x < n[0]; x++) {
						int sx = axis == 0 ? n[0] - 1 - x : x, sy = axis == 1 ? n[1] - 1 - y : y, sz = axis == 2 ? n[2] - 1 - z : z;
						int o = (vol * volume + (z * n[1] + y) * n[0] + x) * nc;
						int s = (vol * volume + (sz * n[1] + sy) * n[0] + sx) * nc;
						System.arraycopy(v, s, out, o, nc);
					}
				}
			}
		}
		return out;
	}

	/** Flips an image of any pixel type in place, through doubles (exact for every type). */
	private static void flipInPlace(Image labels, int axis) {
		int[] n = Voxels.size(labels);
		int nc = labels.components();
		long count = labels.voxelCount();
		double[] all = new double[(int) count * nc];
		for (int i = 0; i < count; i++) {
			for (int c = 0; c < nc; c++) {
				all[i * nc + c] = labels.getDouble(i, c);
			}
		}
		int volume = n[0] * n[1] * n[2];
		for (int i = 0; i < count; i++) {
			int vol = i / volume, r = i % volume;
			int x = r % n[0], y = (r / n[0]) % n[1], z = r / (n[0] * n[1]);
			int sx = axis == 0 ? n[0] - 1 - x : x, sy = axis == 1 ? n[1] - 1 - y : y, sz = axis == 2 ? n[2] - 1 - z : z;
			int s = vol * volume + (sz * n[1] + sy) * n[0] + sx;
			for (int c = 0; c < nc; c++) {
				labels.setDouble(i, c, all[s * nc + c]);
			}
		}
	}
}
