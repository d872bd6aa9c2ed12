// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.phantom;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;

/**
 * A fibre phantom with ground truth, for the TractSeg arm: K bundles as tubes of varying radius along
 * smooth random 3-D curves ({@link FibreBundle}) inside a brain-like mask, and per voxel up to 3
 * fibre-orientation peaks ({@link org.segsense.image.Peaks}, vectors in LPS) derived from them.
 * <p>
 * What it models: bundle 1 is placed freely near the centre; each further bundle is anchored at a
 * random point of the previous one (bundle 2 in the middle third of bundle 1, later ones at 20–38 % or
 * 62–80 % of the previous bundle's length, away from where it meets its own predecessor) and either <b>crosses</b> it (odd bundles: at 50–90°)
 * or <b>kisses</b> it (even bundles: touching it side by side, within 10° of parallel). The brain mask is
 * an ellipsoid with a gently lobed surface; bundles are clipped to it. In a voxel of a bundle the fibre
 * direction is the tube's tangent, tilted away from the axis by {@code fanning}·ρ (ρ = distance from the
 * axis / radius: angular dispersion that fans out towards the surface). Each bundle contributes a
 * volume fraction f = clamp((r − d)/spacing + ½, ½, 1) (d the distance to the axis, r the radius);
 * bundles whose directions in a voxel are within {@link FibrePhantomOptions#MERGE_DEGREES} merge into
 * one peak (f-weighted, sign-aligned mean direction, summed f), as fODF lobes merge. Amplitudes are the
 * fractions divided by max(1, Σf); then each peak is tilted by half-normal angular noise of mean
 * {@code noise} degrees and its amplitude multiplied by max(0, 1 + amplitudeNoise·n). Peaks are sorted
 * by amplitude, the 3 largest kept. Voxels outside every bundle have no peak.
 * <p>
 * What it does not model: no diffusion signal, no fODF or CSD (peaks are set directly), no spurious
 * peaks in grey matter or CSF, no partial-volume with other tissue, no anatomy (bundle names are
 * {@code bundle_1} …). Random numbers come from one {@link SplittableRandom} seeded with the seed and
 * drawn in a fixed order, so a seed gives the same images bit for bit.
 */
public final class FibrePhantom {

	/**
	 * The phantom.
	 *
	 * @param options the settings
	 * @param peaks the peak image (float32, 9 components: 3 peaks in LPS)
	 * @param mask the brain mask (uint8 0/1)
	 * @param bundleMasks one uint8 0/1 mask per bundle (they overlap where bundles cross or kiss)
	 * @param bundles the bundles' axes (names, relations, curves)
	 */
	public record Result(FibrePhantomOptions options, Image peaks, Image mask, List<Image> bundleMasks, List<FibreBundle> bundles) {
	}

	private FibrePhantom() {
	}

	/**
	 * Generates a phantom.
	 *
	 * @param o the settings
	 * @return the phantom
	 */
	public static Result generate(FibrePhantomOptions o) {
		SplittableRandom random = new SplittableRandom(o.seed());
		int[] n = o.size();
		double s = o.spacing();
		double[] origin = { -(n[0] - 1) * s / 2, -(n[1] - 1) * s / 2, -(n[2] - 1) * s / 2 };
		ImageGeometry g = new ImageGeometry(new long[] { n[0], n[1], n[2] }, new double[] { s, s, s }, origin, ImageGeometry.identity(3));
		double[] semi = { 0.40 * n[0] * s, 0.45 * n[1] * s, 0.42 * n[2] * s };
		byte[] brain = brainMask(g, semi, random);
		List<FibreBundle> bundles = placeBundles(o, semi, random);
		List<BundleVoxels> voxels = new ArrayList<>();
		for (FibreBundle b : bundles) {
			voxels.add(BundleVoxels.rasterise(b, g, brain, o.fanningDegrees()));
		}
		float[] peaks = PeakSynthesis.peaks(voxels, (int) g.voxelCount(), s, o, random);
		List<Image> masks = new ArrayList<>();
		for (BundleVoxels v : voxels) {
			byte[] m = new byte[(int) g.voxelCount()];
			for (int i : v.voxels()) {
				m[i] = 1;
			}
			masks.add(Image.ofUInt8(g, m));
		}
		return new Result(o, Image.of(g, PixelType.FLOAT32, 9, peaks), Image.ofUInt8(g, brain), List.copyOf(masks), List.copyOf(bundles));
	}

	/** An ellipsoid of semi-axes {@code semi} (mm) about the centre with a gently lobed surface. */
	private static byte[] brainMask(ImageGeometry g, double[] semi, SplittableRandom random) {
		double phase1 = random.nextDouble(0, 2 * Math.PI), phase2 = random.nextDouble(0, 2 * Math.PI);
		int nx = (int) g.size(0), ny = (int) g.size(1), nz = (int) g.size(2);
		byte[] m = new byte[nx * ny * nz];
		for (int z = 0, i = 0; z < nz; z++) {
			for (int y = 0; y < ny; y++) {
				for (int x = 0; x < nx; x++, i++) {
					double[] p = g.indexToPhysical(new double[] { x, y, z });
					double u = p[0] / semi[0], v = p[1] / semi[1], w = p[2] / semi[2];
					double rho = Math.sqrt(u * u + v * v + w * w);
					double azimuth = Math.atan2(v, u), elevation = Math.atan2(w, Math.hypot(u, v));
					double surface = 1 + 0.04 * Math.sin(3 * azimuth + phase1) + 0.03 * Math.cos(2 * elevation + phase2);
					m[i] = (byte) (rho <= surface ? 1 : 0);
				}
			}
		}
		return m;
	}

	/** Bundle 1 free near the centre; bundle k+1 crosses (odd) or kisses (even) bundle k. */
	private static List<FibreBundle> placeBundles(FibrePhantomOptions o, double[] semi, SplittableRandom random) {
		double s = o.spacing();
		double minSemi = Math.min(semi[0], Math.min(semi[1], semi[2]));
		double step = s / 4;
		List<FibreBundle> out = new ArrayList<>();
		for (int b = 0; b < o.bundles(); b++) {
			String name = "bundle_" + (b + 1);
			double length = random.nextDouble(1.8, 2.5) * minSemi;
			double bend = 0.15 * length;
			double r0 = random.nextDouble(1.5, 2.5) * s;
			if (b == 0) {
				double[] anchor = new double[3];
				for (int k = 0; k < 3; k++) {
					anchor[k] = random.nextDouble(-0.2, 0.2) * semi[k];
				}
				double[] d = Vectors.unit(new double[] { random.nextGaussian(), random.nextGaussian(), random.nextGaussian() });
				out.add(FibreBundle.through(name, "free", anchor, d, length, bend, r0, step, random));
				continue;
			}
			FibreBundle prev = out.get(b - 1);
			// bundle 2 meets bundle 1 in its middle third; later bundles meet theirs away from its middle,
			// where it meets its own predecessor, so crossings and kisses stay apart
			double f = b == 1 ? random.nextDouble(0.35, 0.65) : random.nextBoolean() ? random.nextDouble(0.2, 0.38) : random.nextDouble(0.62, 0.8);
			double[] anchor = prev.pointAt(f), t = prev.tangentAt(f);
			boolean cross = b % 2 == 1;
			double angle = cross ? random.nextDouble(50, 90) : random.nextDouble(0, 10);
			double[] d = Vectors.tilt(t, Math.toRadians(angle), random.nextDouble(0, 2 * Math.PI));
			if (cross) {
				out.add(FibreBundle.through(name, "crosses " + prev.name(), anchor, d, length, bend, r0, step, random));
			} else {
				// side by side: the axes a distance r_prev + r_new apart at the anchor, along a normal of both
				double[][] e = Vectors.perpendicular(t);
				double psi = random.nextDouble(0, 2 * Math.PI);
				double[] normal = new double[3];
				for (int k = 0; k < 3; k++) {
					normal[k] = Math.cos(psi) * e[0][k] + Math.sin(psi) * e[1][k];
				}
				FibreBundle nb = FibreBundle.through(name, "kisses " + prev.name(), anchor, d, length, bend, r0, step, random);
				double gap = prev.radiusAt(f) + nb.radiusAt(0.5);
				out.add(nb.shifted(new double[] { gap * normal[0], gap * normal[1], gap * normal[2] }));
			}
		}
		return out;
	}
}
