// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.perturb.PerturbationInput;

/**
 * Peak images under the spatial perturbations (reorientation, sign-symmetric interpolation) and the
 * peak perturbations, against closed forms. Tolerances: 1e-5 for float32 geometry, exact (bitwise)
 * for drop and flip, and for angular noise ±0.4° on the mean of 8000 angles (≈ 4.7 standard errors
 * at 10°) and ±5 % on their SD.
 */
class PeakPerturbationTest {

	static final List<String> PEAK_IDS = List.of("peak-angle-noise", "peak-amplitude-scale", "peak-amplitude-noise", "peak-drop", "peak-axis-flip");

	/** n³ voxels, unit spacing, identity direction, k random peaks per voxel with random signs and lengths. */
	static Image randomPeaks(int n, int k, long seed) {
		ImageGeometry g = new ImageGeometry(new long[] { n, n, n }, new double[] { 1, 1, 1 }, new double[] { -5, 3, 8 }, ImageGeometry.identity(3));
		SplittableRandom r = new SplittableRandom(seed);
		float[] v = new float[n * n * n * 3 * k];
		for (int i = 0; i < v.length; i++) {
			v[i] = (float) r.nextGaussian();
		}
		return Image.of(g, PixelType.FLOAT32, 3 * k, v);
	}

	/** A 9³ field rotated 90° about z equals the array rotation (x, y) ← (y, 8 − x) with vectors (−y, x, z). */
	@Test
	void rotationBy90DegreesIsTheArrayRotationWithRotatedVectors() {
		Image in = randomPeaks(9, 2, 1);
		float[] out = Volumes.apply("rotation", in, Map.of("rz", 90.0)).image().floats();
		float[] a = in.floats();
		for (int z = 0; z < 9; z++) {
			for (int y = 0; y < 9; y++) {
				for (int x = 0; x < 9; x++) {
					int o = ((z * 9 + y) * 9 + x) * 6, s = ((z * 9 + (8 - x)) * 9 + y) * 6;
					for (int p = 0; p < 6; p += 3) {
						float[] expected = { -a[s + p + 1], a[s + p], a[s + p + 2] };
						float[] got = Arrays.copyOfRange(out, o + p, o + p + 3);
						assertArrayEquals(expected, got, 1e-5f, "voxel " + x + "," + y + "," + z + " peak " + p / 3);
					}
				}
			}
		}
	}

	/** Negating any input peaks leaves every output peak the same up to its sign. */
	@Test
	void interpolationIsSignSymmetric() {
		Image in = randomPeaks(10, 3, 2);
		float[] negated = in.floats().clone();
		SplittableRandom r = new SplittableRandom(3);
		for (int i = 0; i < negated.length; i += 3) {
			if (r.nextBoolean()) {
				negated[i] = -negated[i];
				negated[i + 1] = -negated[i + 1];
				negated[i + 2] = -negated[i + 2];
			}
		}
		Image flipped = Image.of(in.geometry(), PixelType.FLOAT32, 9, negated);
		for (Map<String, Double> rotation : List.of(Map.of("rz", 17.0, "rx", -8.0), Map.<String, Double>of())) {
			for (String id : List.of("rotation", "translation")) {
				Map<String, Double> p = id.equals("rotation") ? rotation : Map.of("tx", 0.3, "ty", -0.45, "tz", 0.7);
				float[] a = Volumes.apply(id, in, p).image().floats(), b = Volumes.apply(id, flipped, p).image().floats();
				int opposite = 0;
				for (int i = 0; i < a.length; i += 3) {
					boolean same = Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) < 1e-5;
					boolean negative = Math.abs(a[i] + b[i]) + Math.abs(a[i + 1] + b[i + 1]) + Math.abs(a[i + 2] + b[i + 2]) < 1e-5;
					assertTrue(same || negative, id + " element " + i + ": " + a[i] + "," + a[i + 1] + "," + a[i + 2] + " vs " + b[i] + "," + b[i + 1]
							+ "," + b[i + 2]);
					opposite += same ? 0 : 1;
				}
				assertTrue(opposite > 0, "some outputs have the other sign, so the test saw negated references");
			}
		}
	}

	/**
	 * One direction stored with random signs, moved by half a voxel: sign-aligned interpolation keeps
	 * the amplitude 2 everywhere (component-wise interpolation would cancel it to 0 where neighbours
	 * disagree).
	 */
	@Test
	void oneDirectionWithRandomSignsKeepsItsAmplitude() {
		ImageGeometry g = new ImageGeometry(new long[] { 8, 8, 8 }, new double[] { 1, 1, 1 }, new double[3], ImageGeometry.identity(3));
		float[] v = new float[512 * 3];
		SplittableRandom r = new SplittableRandom(4);
		double[] u = { 2 / Math.sqrt(3), 2 / Math.sqrt(3), -2 / Math.sqrt(3) };
		for (int i = 0; i < 512; i++) {
			int s = r.nextBoolean() ? 1 : -1;
			for (int c = 0; c < 3; c++) {
				v[i * 3 + c] = (float) (s * u[c]);
			}
		}
		float[] out = Volumes.apply("translation", Image.of(g, PixelType.FLOAT32, 3, v), Map.of("tx", 0.5, "ty", 0.5, "tz", 0.5)).image().floats();
		for (int z = 1; z < 8; z++) {
			for (int y = 1; y < 8; y++) {
				for (int x = 1; x < 8; x++) {
					int o = ((z * 8 + y) * 8 + x) * 3;
					double len = Math.sqrt(out[o] * out[o] + out[o + 1] * out[o + 1] + out[o + 2] * out[o + 2]);
					assertEquals(2, len, 1e-5, "voxel " + x + "," + y + "," + z);
					assertEquals(1, Math.abs((out[o] * u[0] + out[o + 1] * u[1] + out[o + 2] * u[2]) / (2 * len)), 1e-6);
				}
			}
		}
	}

	/**
	 * Resolution degradation of a peak image: one direction stored with random signs keeps amplitude 2
	 * in every voxel (component-wise averaging would shrink it), and negating random input peaks changes
	 * outputs only by sign.
	 */
	@Test
	void resolutionDegradationIsSignSymmetric() {
		ImageGeometry g = new ImageGeometry(new long[] { 6, 5, 10 }, new double[] { 1, 1, 1 }, new double[3], ImageGeometry.identity(3));
		float[] v = new float[300 * 3];
		SplittableRandom r = new SplittableRandom(12);
		double[] u = { 0, 1.2, 1.6 };
		for (int i = 0; i < 300; i++) {
			int s = r.nextBoolean() ? 1 : -1;
			for (int c = 0; c < 3; c++) {
				v[i * 3 + c] = (float) (s * u[c]);
			}
		}
		float[] out = Volumes.apply("resolution", Image.of(g, PixelType.FLOAT32, 3, v), Map.of("axis", 2.0, "factor", 3.0)).image().floats();
		for (int i = 0; i < out.length; i += 3) {
			double len = Math.sqrt(out[i] * out[i] + out[i + 1] * out[i + 1] + out[i + 2] * out[i + 2]);
			assertEquals(2, len, 1e-5, "voxel " + i / 3);
			assertEquals(0, out[i], 1e-6);
		}
		Image in = randomPeaks(9, 3, 13);
		float[] negated = in.floats().clone();
		for (int i = 0; i < negated.length; i += 3) {
			if (r.nextBoolean()) {
				for (int c = 0; c < 3; c++) {
					negated[i + c] = -negated[i + c];
				}
			}
		}
		Map<String, Double> p = Map.of("axis", 1.0, "factor", 4.0);
		float[] a = Volumes.apply("resolution", in, p).image().floats();
		float[] b = Volumes.apply("resolution", Image.of(in.geometry(), PixelType.FLOAT32, 9, negated), p).image().floats();
		for (int i = 0; i < a.length; i += 3) {
			boolean same = Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) < 1e-5;
			boolean negative = Math.abs(a[i] + b[i]) + Math.abs(a[i + 1] + b[i + 1]) + Math.abs(a[i + 2] + b[i + 2]) < 1e-5;
			assertTrue(same || negative, "element " + i);
		}
	}

	/** Anisotropic scaling maps a tangent (1, 1, 0)/√2 to (2, 1, 0)/√5 with its amplitude kept. */
	@Test
	void anisotropicScalingReorientsPeakDirections() {
		ImageGeometry g = new ImageGeometry(new long[] { 7, 7, 7 }, new double[] { 1, 1, 1 }, new double[3], ImageGeometry.identity(3));
		float[] v = new float[343 * 3];
		for (int i = 0; i < 343; i++) {
			v[i * 3] = 3;
			v[i * 3 + 1] = 3;
		}
		float[] out = Volumes.apply("scaling", Image.of(g, PixelType.FLOAT32, 3, v), Map.of("sx", 2.0)).image().floats();
		int centre = ((3 * 7 + 3) * 7 + 3) * 3;
		double a = 3 * Math.sqrt(2);
		assertArrayEquals(new float[] { (float) (a * 2 / Math.sqrt(5)), (float) (a / Math.sqrt(5)), 0 }, Arrays.copyOfRange(out, centre, centre + 3),
				1e-5f);
	}

	@Test
	void angularNoiseHasTheRequestedMeanAngleAndKeepsAmplitudes() {
		Image in = randomPeaks(20, 1, 5);
		float[] a = in.floats();
		float[] b = Volumes.apply("peak-angle-noise", PerturbationInput.of(in), Map.of("degrees", 10.0), 7).image().floats();
		double sum = 0, sum2 = 0;
		int n = a.length / 3;
		for (int i = 0; i < a.length; i += 3) {
			double la = Math.sqrt(a[i] * a[i] + a[i + 1] * a[i + 1] + a[i + 2] * a[i + 2]);
			double lb = Math.sqrt(b[i] * b[i] + b[i + 1] * b[i + 1] + b[i + 2] * b[i + 2]);
			assertEquals(la, lb, 1e-5 * la);
			double cos = (a[i] * b[i] + a[i + 1] * b[i + 1] + a[i + 2] * b[i + 2]) / (la * lb);
			double angle = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
			sum += angle;
			sum2 += angle * angle;
		}
		double mean = sum / n, sd = Math.sqrt(sum2 / n - mean * mean);
		assertEquals(10, mean, 0.4, "mean angle");
		// half-normal: SD / mean = sqrt(pi/2 - 1)
		assertEquals(Math.sqrt(Math.PI / 2 - 1), sd / mean, 0.05 * Math.sqrt(Math.PI / 2 - 1), "spread");
		float[] again = Volumes.apply("peak-angle-noise", PerturbationInput.of(in), Map.of("degrees", 10.0), 7).image().floats();
		assertArrayEquals(b, again, "same seed, same noise");
		assertFalse(Arrays.equals(b, Volumes.apply("peak-angle-noise", PerturbationInput.of(in), Map.of("degrees", 10.0), 8).image().floats()));
	}

	@Test
	void amplitudeScaleAndNoise() {
		Image in = randomPeaks(20, 1, 6);
		float[] a = in.floats();
		float[] s = Volumes.apply("peak-amplitude-scale", in, Map.of("factor", 0.5)).image().floats();
		for (int i = 0; i < a.length; i++) {
			assertEquals(a[i] * 0.5f, s[i], 0);
		}
		float[] b = Volumes.apply("peak-amplitude-noise", PerturbationInput.of(in), Map.of("sigma", 0.1), 9).image().floats();
		double sum = 0, sum2 = 0;
		int n = a.length / 3;
		for (int i = 0; i < a.length; i += 3) {
			double la = Math.sqrt(a[i] * a[i] + a[i + 1] * a[i + 1] + a[i + 2] * a[i + 2]);
			double lb = Math.sqrt(b[i] * b[i] + b[i + 1] * b[i + 1] + b[i + 2] * b[i + 2]);
			double dot = a[i] * b[i] + a[i + 1] * b[i + 1] + a[i + 2] * b[i + 2];
			assertTrue(lb == 0 || dot / (la * lb) > 1 - 1e-6, "direction kept at " + i);
			double ratio = lb / la;
			sum += ratio;
			sum2 += ratio * ratio;
		}
		double mean = sum / n, sd = Math.sqrt(sum2 / n - mean * mean);
		assertEquals(1, mean, 0.005); // SE 0.1/sqrt(8000) = 0.0011
		assertEquals(0.1, sd, 0.005);
	}

	@Test
	void dropAndAxisFlipAreExact() {
		Image in = randomPeaks(5, 3, 10);
		float[] a = in.floats();
		for (int keep = 1; keep <= 3; keep++) {
			float[] d = Volumes.apply("peak-drop", in, Map.of("keep", (double) keep)).image().floats();
			for (int i = 0; i < a.length; i++) {
				assertEquals(i % 9 < 3 * keep ? a[i] : 0f, d[i], 0, "keep " + keep + " element " + i);
			}
		}
		for (int axis = 0; axis < 3; axis++) {
			float[] f = Volumes.apply("peak-axis-flip", in, Map.of("axis", (double) axis)).image().floats();
			for (int i = 0; i < a.length; i++) {
				assertEquals(i % 3 == axis ? -a[i] : a[i], f[i], 0, "axis " + axis + " element " + i);
			}
		}
	}

	@Test
	void peakPerturbationsAreCataloguedAndTheirDefaultsChangeNothing() {
		Image in = randomPeaks(6, 3, 11);
		Image labels = Image.ofUInt8(in.geometry(), new byte[216]);
		for (String id : PEAK_IDS) {
			assertTrue(PerturbationCatalog.installed().byId(id).isPresent(), id);
			float[] b = Volumes.apply(id, new PerturbationInput(in, labels, null), Map.of(), 3).image().floats();
			assertArrayEquals(in.floats(), b, id);
		}
	}

	@Test
	void peakPerturbationsRefuseScalarImagesWithOneClearMessage() {
		Image scalar = Volumes.ramp(Volumes.grid(4, 4, 4, 1, 1, 1));
		for (String id : PEAK_IDS) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Volumes.apply(id, scalar, Map.of()));
			assertTrue(e.getMessage().contains("'" + id + "'") && e.getMessage().contains("1 component(s)") && e.getMessage().contains("PeakIO"),
					e.getMessage());
		}
	}
}
