// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;

/** Every perturbation against a closed-form expectation. */
class ClosedFormTest {

	@Test
	void integerVoxelTranslationIsAnIndexShift() {
		ImageGeometry g = Volumes.grid(12, 10, 8, 2, 1, 3);
		Image in = Volumes.ramp(g);
		byte[] lab = new byte[(int) g.voxelCount()];
		lab[(3 * 10 + 4) * 12 + 5] = 7;
		PerturbationResult r = Volumes.apply("translation", new PerturbationInput(in, Image.ofUInt8(g, lab), null),
				Map.of("tx", 4.0, "ty", -1.0, "tz", 3.0), 1); // +2, −1, +1 voxels
		float[] a = in.floats(), b = r.image().floats();
		for (int z = 1; z < 8; z++) {
			for (int y = 0; y < 9; y++) {
				for (int x = 2; x < 12; x++) {
					assertEquals(a[((z - 1) * 10 + (y + 1)) * 12 + (x - 2)], b[(z * 10 + y) * 12 + x], 1e-4, "voxel " + x + "," + y + "," + z);
				}
			}
		}
		assertEquals(0, b[0], 0, "uncovered voxels get 0");
		assertEquals(7, r.labels().bytes()[(4 * 10 + 3) * 12 + 7], "labels moved by nearest neighbour");
		assertEquals(PixelType.UINT8, r.labels().pixelType());
		double[] p = { 10, 20, 30 }, q = new double[3];
		r.perturbedToOriginal().transformPoint(p, q);
		assertArrayEquals(new double[] { 6, 21, 27 }, q, 1e-12, "perturbed point → original point");
	}

	@Test
	void quarterTurnAboutZIsAnArrayRotation() {
		ImageGeometry g = Volumes.grid(9, 9, 5, 1, 1, 1);
		Image in = Volumes.ramp(g);
		float[] b = Volumes.apply("rotation", in, Map.of("rz", 90.0)).image().floats();
		float[] a = in.floats();
		for (int z = 0; z < 5; z++) {
			for (int y = 0; y < 9; y++) {
				for (int x = 0; x < 9; x++) {
					// content rotated by +90° about z: out(x, y) = in(y, 8 − x)
					assertEquals(a[(z * 9 + (8 - x)) * 9 + y], b[(z * 9 + y) * 9 + x], 1e-3, x + "," + y + "," + z);
				}
			}
		}
	}

	@Test
	void vectorsRotateAndReflectWithTheImage() {
		ImageGeometry g = Volumes.grid(7, 7, 7, 1, 1, 1);
		float[] v = new float[7 * 7 * 7 * 3];
		for (int i = 0; i < v.length; i += 3) {
			v[i] = 1; // the x unit vector everywhere
		}
		Image field = Image.of(g, PixelType.FLOAT32, 3, v);
		float[] rotated = Volumes.apply("rotation", field, Map.of("rz", 90.0)).image().floats();
		int centre = ((3 * 7 + 3) * 7 + 3) * 3;
		assertEquals(0, rotated[centre], 1e-6);
		assertEquals(1, rotated[centre + 1], 1e-6, "x rotated by +90° about z is y");
		float[] flipped = Volumes.apply("flip", field, Map.of("axis", 0.0)).image().floats();
		assertEquals(-1, flipped[centre], 0, "a flip along x reverses x components");
	}

	@Test
	void flipTwiceIsTheIdentityAndReversesTheAxis() {
		ImageGeometry g = Volumes.grid(6, 5, 4, 1, 2, 3);
		Image in = Volumes.ramp(g);
		for (int axis = 0; axis < 3; axis++) {
			PerturbationResult once = Volumes.apply("flip", in, Map.of("axis", (double) axis));
			float[] f = once.image().floats();
			assertEquals(in.floats()[0], f[axis == 0 ? 5 : axis == 1 ? 4 * 6 : 3 * 30], 0, "axis " + axis);
			Image twice = Volumes.apply("flip", once.image(), Map.of("axis", (double) axis)).image();
			assertArrayEquals(in.floats(), twice.floats(), 0f);
			double[] first = g.indexToPhysical(new double[] { 0, 0, 0 }), q = new double[3];
			once.perturbedToOriginal().transformPoint(first, q);
			double[] mirrored = g.indexToPhysical(new double[] { axis == 0 ? 5 : 0, axis == 1 ? 4 : 0, axis == 2 ? 3 : 0 });
			assertArrayEquals(mirrored, q, 1e-9);
		}
	}

	@Test
	void scalingAboutTheCentreMapsPointsAsExpected() {
		ImageGeometry g = Volumes.grid(11, 11, 11, 1, 1, 1);
		PerturbationResult r = Volumes.apply("scaling", Volumes.ramp(g), Map.of("sx", 2.0, "sy", 2.0, "sz", 2.0));
		double[] c = g.indexToPhysical(new double[] { 5, 5, 5 }), p = { c[0] + 4, c[1], c[2] }, q = new double[3];
		r.perturbedToOriginal().transformPoint(p, q);
		assertArrayEquals(new double[] { c[0] + 2, c[1], c[2] }, q, 1e-12, "content twice as large: 4 mm out shows 2 mm in");
	}

	@Test
	void intensityShiftScaleContrastAndGammaMoments() {
		ImageGeometry g = Volumes.grid(30, 30, 30, 1, 1, 1);
		Image in = Volumes.gaussian(g, 100, 10, 7);
		float[] a = in.floats();
		double m = Volumes.mean(a), s = Volumes.sd(a);
		float[] shifted = Volumes.apply("intensity-shift", in, Map.of("shift", 2.0)).image().floats();
		assertEquals(m + 2 * s, Volumes.mean(shifted), 1e-3);
		assertEquals(s, Volumes.sd(shifted), 1e-3);
		float[] scaled = Volumes.apply("intensity-scale", in, Map.of("factor", 1.5)).image().floats();
		assertEquals(1.5 * m, Volumes.mean(scaled), 1e-3);
		assertEquals(1.5 * s, Volumes.sd(scaled), 1e-3);
		float[] offset = Volumes.apply("intensity-offset", in, Map.of("offset", -30.0)).image().floats();
		assertEquals(m - 30, Volumes.mean(offset), 1e-3);
		float[] stretched = Volumes.apply("contrast", in, Map.of("factor", 2.0)).image().floats();
		assertEquals(m, Volumes.mean(stretched), 1e-3);
		assertEquals(2 * s, Volumes.sd(stretched), 1e-3);

		float[] ramp = new float[101];
		for (int i = 0; i < ramp.length; i++) {
			ramp[i] = i / 100f;
		}
		float[] gam = Volumes.apply("gamma", Image.of(new ImageGeometry(new long[] { 101, 1, 1 }, new double[] { 1, 1, 1 }, new double[3],
				ImageGeometry.identity(3)), ramp), Map.of("gamma", 2.0)).image().floats();
		for (int i = 0; i < ramp.length; i++) {
			assertEquals(ramp[i] * ramp[i], gam[i], 1e-6, "gamma 2 on [0, 1] is x²");
		}
	}

	@Test
	void noiseStatistics() {
		ImageGeometry g = Volumes.grid(40, 40, 40, 1, 1, 1);
		Image in = Volumes.gaussian(g, 100, 10, 3);
		double s = Volumes.sd(in.floats());
		float[] noisy = Volumes.apply("gaussian-noise", PerturbationInput.of(in), Map.of("sigma", 0.5), 11).image().floats();
		float[] diff = new float[noisy.length];
		for (int i = 0; i < diff.length; i++) {
			diff[i] = noisy[i] - in.floats()[i];
		}
		assertEquals(0, Volumes.mean(diff), 0.05, "zero-mean noise");
		assertEquals(0.5 * s, Volumes.sd(diff), 0.02 * 0.5 * s, "noise SD = sigma × ROI SD (±2 %)");

		// Rician: on zero signal the magnitude is Rayleigh with mean σ·sqrt(π/2); the ROI fixes σ
		float[] zeros = new float[(int) g.voxelCount()];
		byte[] roi = new byte[zeros.length];
		for (int i = 0; i < zeros.length; i += 2) {
			zeros[i] = 90;
			zeros[i + 1] = 110;
			roi[i] = roi[i + 1] = (byte) (i < zeros.length / 2 ? 1 : 0);
		}
		for (int i = zeros.length / 2; i < zeros.length; i++) {
			zeros[i] = 0;
		}
		Image half = Image.of(g, zeros); // ROI: the first half, values 90/110: SD exactly 10
		float[] ric = Volumes.apply("rician-noise", new PerturbationInput(half, null, roi), Map.of("sigma", 1.0), 5).image().floats();
		double sum = 0;
		int n = 0;
		for (int i = zeros.length / 2; i < zeros.length; i++) {
			sum += ric[i];
			n++;
		}
		assertEquals(10 * Math.sqrt(Math.PI / 2), sum / n, 0.01 * 12.53, "Rayleigh mean of the background (±1 %)");
		for (float f : ric) {
			assertTrue(f >= 0, "magnitudes are non-negative");
		}
	}

	@Test
	void blurOfAnImpulseIsTheNormalisedGaussian() {
		ImageGeometry g = Volumes.grid(21, 21, 21, 1, 2, 1);
		float[] v = new float[21 * 21 * 21];
		int c = (10 * 21 + 10) * 21 + 10;
		v[c] = 1000;
		float[] b = Volumes.apply("gaussian-blur", Image.of(g, v), Map.of("sigma", 1.5)).image().floats();
		double total = 0;
		for (float f : b) {
			total += f;
		}
		assertEquals(1000, total, 1e-2, "mass preserved");
		double kx = GaussianBlur.kernel(1.5)[5], ky = GaussianBlur.kernel(0.75)[3], kz = kx;
		assertEquals(1000 * kx * ky * kz, b[c], 1e-3, "centre = product of the 1-D kernels' centres (σ in mm / spacing)");
		float[] flat = new float[21 * 21 * 21];
		java.util.Arrays.fill(flat, 5);
		for (float f : Volumes.apply("gaussian-blur", Image.of(g, flat), Map.of("sigma", 3.0)).image().floats()) {
			assertEquals(5, f, 1e-5, "a constant image stays constant");
		}
	}

	@Test
	void biasFieldIsSmoothBoundedAndSeeded() {
		ImageGeometry g = Volumes.grid(20, 18, 16, 1, 1, 1);
		float[] ones = new float[20 * 18 * 16];
		java.util.Arrays.fill(ones, 1);
		Image in = Image.of(g, ones);
		float[] a = Volumes.apply("bias-field", PerturbationInput.of(in), Map.of("strength", 0.4), 9).image().floats();
		float[] b = Volumes.apply("bias-field", PerturbationInput.of(in), Map.of("strength", 0.4), 9).image().floats();
		float[] c = Volumes.apply("bias-field", PerturbationInput.of(in), Map.of("strength", 0.4), 10).image().floats();
		assertArrayEquals(a, b, 0f, "seeded");
		assertTrue(!java.util.Arrays.equals(a, c));
		double maxLog = 0;
		for (int i = 0; i < a.length; i++) {
			maxLog = Math.max(maxLog, Math.abs(Math.log(a[i])));
			if (i % 20 < 19) {
				assertTrue(Math.abs(Math.log(a[i + 1] / a[i])) < 0.2, "smooth between neighbours");
			}
		}
		assertEquals(0.4, maxLog, 1e-5, "max |log gain| = strength");
	}

	@Test
	void resolutionDegradationAveragesSlices() {
		ImageGeometry g = Volumes.grid(6, 5, 12, 1, 1, 1);
		Image ramp = Volumes.ramp(g); // linear along z
		float[] r = Volumes.apply("resolution", ramp, Map.of("axis", 2.0, "factor", 3.0)).image().floats();
		float[] a = ramp.floats();
		for (int z = 1; z <= 10; z++) { // between the first (1) and last (10) thick-slice centres
			assertEquals(a[z * 30 + 7], r[z * 30 + 7], 1e-3, "a linear profile survives, z " + z);
		}
		float[] stripes = new float[6 * 5 * 12];
		for (int i = 0; i < stripes.length; i++) {
			stripes[i] = (i / 30) % 3 == 0 ? 3 : 0; // one bright slice in three
		}
		float[] s = Volumes.apply("resolution", Image.of(g, stripes), Map.of("axis", 2.0, "factor", 3.0)).image().floats();
		for (float f : s) {
			assertEquals(1, f, 1e-5, "thin stripes average out to their mean");
		}
	}

	@Test
	void kSpaceArtefacts() {
		ImageGeometry g = Volumes.grid(24, 20, 3, 1, 1, 2);
		float[] block = new float[24 * 20 * 3];
		for (int z = 0; z < 3; z++) {
			for (int y = 2; y < 8; y++) {
				for (int x = 6; x < 18; x++) {
					block[(z * 20 + y) * 24 + x] = 100;
				}
			}
		}
		Image in = Image.of(g, block);
		// ghosting, every 2nd phase-encoding line removed (ky = 0 kept): per column the odd-frequency part
		// (x(y) − x(y + ny/2))/2 remains plus the column mean; the block (6 rows of 100 in 20) gives
		// 50 + 30 = 80 on the block, |−50 + 30| = 20 on its ghost ny/2 = 10 rows further, 30 elsewhere
		float[] gh = Volumes.apply("ghosting", in, Map.of("ghosts", 2.0, "intensity", 1.0)).image().floats();
		assertEquals(80, gh[(1 * 20 + 5) * 24 + 12], 1e-3, "the block");
		assertEquals(20, gh[(1 * 20 + 5 + 10) * 24 + 12], 1e-3, "its ghost, shifted by ny/2");
		assertEquals(30, gh[(1 * 20 + 9) * 24 + 12], 1e-3, "other rows of the block's columns: the column mean");
		assertEquals(0, gh[(1 * 20 + 5) * 24 + 2], 1e-3, "columns without signal stay empty");

		float[] sp = Volumes.apply("spike", PerturbationInput.of(in), Map.of("intensity", 0.5), 4).image().floats();
		float[] sp2 = Volumes.apply("spike", PerturbationInput.of(in), Map.of("intensity", 0.5), 4).image().floats();
		assertArrayEquals(sp, sp2, 0f, "seeded");
		int changed = 0;
		for (int i = 0; i < sp.length; i++) {
			changed += Math.abs(sp[i] - block[i]) > 1 ? 1 : 0;
		}
		assertTrue(changed > sp.length / 2, "a spike spreads a stripe pattern over the whole slice: " + changed);

		float[] mo = Volumes.apply("motion", PerturbationInput.of(in), Map.of("degrees", 10.0, "mm", 3.0), 8).image().floats();
		double diff = 0;
		for (int i = 0; i < mo.length; i++) {
			diff += Math.abs(mo[i] - block[i]);
		}
		assertTrue(diff > 1000, "motion changes the image: " + diff);
		assertArrayEquals(mo, Volumes.apply("motion", PerturbationInput.of(in), Map.of("degrees", 10.0, "mm", 3.0), 8).image().floats(), 0f);
	}

	@Test
	void fftMatchesTheDefinitionForAnyLength() {
		for (int n : new int[] { 1, 2, 7, 8, 12, 30, 31 }) {
			double[] re = new double[n], im = new double[n];
			java.util.SplittableRandom r = new java.util.SplittableRandom(n);
			for (int i = 0; i < n; i++) {
				re[i] = r.nextGaussian();
				im[i] = r.nextGaussian();
			}
			double[] fr = re.clone(), fi = im.clone();
			Fft.transform(fr, fi, false);
			for (int k = 0; k < n; k++) {
				double sr = 0, si = 0;
				for (int j = 0; j < n; j++) {
					double a = -2 * Math.PI * k * j / n;
					sr += re[j] * Math.cos(a) - im[j] * Math.sin(a);
					si += re[j] * Math.sin(a) + im[j] * Math.cos(a);
				}
				assertEquals(sr, fr[k], 1e-9, "n " + n + " k " + k);
				assertEquals(si, fi[k], 1e-9);
			}
			Fft.transform(fr, fi, true);
			assertArrayEquals(re, fr, 1e-12);
			assertArrayEquals(im, fi, 1e-12);
		}
	}
}
