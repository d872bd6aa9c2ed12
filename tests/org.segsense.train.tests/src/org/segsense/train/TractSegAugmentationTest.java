// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

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
import org.segsense.image.Peaks;
import org.segsense.image.PixelType;
import org.segsense.image.VolumeStacks;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.train.augment.PerturbationAugmentation;
import org.segsense.train.augment.VolumeAugmentation;

/**
 * Whole-case augmentation of TractSeg training ({@link TractSegTrainer}, {@link VolumeAugmentation}): a rotation of a
 * peak case gives the network exactly what the catalogue's rotation gives the engine at study time (peaks in LPS,
 * back in the file's RAS frame), equals the closed form of a 90° rotation (array rotated, vectors rotated, masks
 * moved by the same index map), and augmentation and training are reproducible per seed.
 */
class TractSegAugmentationTest {

	static final int N = TractSegTrainerTest.N;
	static final double[] MM = { 1, 1, 1 };

	/** The phantom of {@link TractSegTrainerTest}, its vectors taken as LPS, as a peak case read from an MRtrix (RAS) file. */
	static TractSegTrainer.Case peakCase(String name) {
		Image[] ph = TractSegTrainerTest.phantom(1);
		return new TractSegTrainer.Case(name, List.of(ph[0]), ph[1], Map.of(0, Peaks.Frame.WORLD_RAS));
	}

	static VolumeAugmentation steps(String... specs) {
		return new VolumeAugmentation(Arrays.stream(specs).map(s -> PerturbationAugmentation.parse(s, PerturbationCatalog.installed(), MM)).toList());
	}

	@Test
	void aRotatedPeakCaseIsWhatTheCataloguesRotationGivesTheEngine() throws Exception {
		TractSegTrainer.Case c = peakCase("rot");
		TractSegTrainer.Prepared aug = TractSegTrainer.augment(c, steps("rotation:rx=-20..20,ry=-20..20,rz=-20..20"), new SplittableRandom(11));

		// the same draw, applied directly by the catalogue as the engine does: LPS peak image in, file frame (RAS) to the model
		SplittableRandom r = new SplittableRandom(11);
		long stepSeed = r.nextLong();
		SplittableRandom s = new SplittableRandom(stepSeed);
		s.nextDouble(); // the probability draw
		double rx = -20 + 40 * s.nextDouble(), ry = -20 + 40 * s.nextDouble(), rz = -20 + 40 * s.nextDouble();
		PerturbationResult direct = PerturbationCatalog.installed().require("rotation")
				.apply(new PerturbationInput(c.channels().get(0), c.bundles(), null), Map.of("rx", rx, "ry", ry, "rz", rz), new SplittableRandom(0));
		float[] expected = VolumeStacks.toComponents(Peaks.toVolumes(direct.image(), Peaks.Frame.WORLD_RAS)).toFloatArray();
		assertArrayEquals(expected, aug.image(), "the network sees the engine's perturbed peaks, in the file's frame");
		float[] masks = direct.labels().toFloatArray();
		for (int i = 0; i < masks.length; i++) {
			assertEquals(masks[i] != 0 ? 1f : 0f, aug.target()[i], "bundle masks moved with the peaks at " + i);
		}
		assertFalse(Arrays.equals(TractSegTrainer.arrays(c).image(), aug.image()), "the rotation changed the input");
	}

	@Test
	void aNinetyDegreeRotationRotatesArrayAndVectorsAndMovesTheMasks() throws Exception {
		TractSegTrainer.Case c = peakCase("rz90");
		float[] file = TractSegTrainer.arrays(c).image(); // the stored numbers: RAS vectors
		float[] mask = TractSegTrainer.arrays(c).target();
		TractSegTrainer.Prepared aug = TractSegTrainer.augment(c, steps("rotation:rz=90"), new SplittableRandom(3));
		// content rotated by Rz(90°) about the centre: output voxel (i, j, k) shows input voxel (j, N−1−i, k); in RAS as in LPS
		// Rz(90°) takes (x, y, z) to (−y, x, z) (diag(−1, −1, 1) commutes with Rz). A peak is an axis: compare up to its sign.
		double worst = 0;
		for (int k = 0; k < N; k++) {
			for (int j = 0; j < N; j++) {
				for (int i = 0; i < N; i++) {
					int out = (k * N + j) * N + i, in = (k * N + (N - 1 - i)) * N + j;
					for (int p = 0; p < 3; p++) {
						float vx = file[in * 9 + 3 * p], vy = file[in * 9 + 3 * p + 1], vz = file[in * 9 + 3 * p + 2];
						float[] e = { -vy, vx, vz };
						double plus = 0, minus = 0;
						for (int d = 0; d < 3; d++) {
							plus = Math.max(plus, Math.abs(aug.image()[out * 9 + 3 * p + d] - e[d]));
							minus = Math.max(minus, Math.abs(aug.image()[out * 9 + 3 * p + d] + e[d]));
						}
						worst = Math.max(worst, Math.min(plus, minus));
					}
					for (int b = 0; b < 2; b++) {
						assertEquals(mask[in * 2 + b], aug.target()[out * 2 + b], "bundle " + b + " at " + i + "," + j + "," + k);
					}
				}
			}
		}
		System.out.printf("TractSegAugmentationTest: 90° rotation, largest peak error %.2e%n", worst);
		assertTrue(worst < 1e-4, "peaks rotated with the content: largest error " + worst);
	}

	@Test
	void augmentationIsReproduciblePerSeed() throws Exception {
		TractSegTrainer.Case c = peakCase("seeded");
		VolumeAugmentation a = steps("rotation:rx=-20..20,ry=-20..20,rz=-20..20,p=0.8", "peak-amplitude-scale:factor=0.8..1.2,p=0.5",
				"peak-angle-noise:degrees=0..5");
		float[] a1 = TractSegTrainer.augment(c, a, new SplittableRandom(5)).image();
		float[] a2 = TractSegTrainer.augment(c, a, new SplittableRandom(5)).image();
		float[] b = TractSegTrainer.augment(c, a, new SplittableRandom(6)).image();
		assertArrayEquals(a1, a2, "same seed, same augmented case");
		assertFalse(Arrays.equals(a1, b), "another seed, another draw");
		assertEquals("rotation(rx=-20..20,ry=-20..20,rz=-20..20,p=0.8)+peak-amplitude-scale(factor=0.8..1.2,p=0.5)+peak-angle-noise(degrees=0..5,p=1)",
				a.describe());
	}

	@Test
	void trainingWithAugmentationIsReproduciblePerSeedAndRecordsIt() throws Exception {
		List<TractSegTrainer.Case> cases = List.of(peakCase("c"));
		VolumeAugmentation a = steps("rotation:rz=-30..30,p=0.7", "peak-amplitude-scale:factor=0.8..1.2");
		TractSegTrainer.Options o = new TractSegTrainer.Options(new UNet2D(2, 1), 16, 2, 6, 0.01, 7, 1, List.of("AF", "CST")).withAugmentation(a, 2);
		TractSegModel m1 = TractSegTrainer.train(cases, o), m2 = TractSegTrainer.train(cases, o);
		TractSegModel other = TractSegTrainer.train(cases, o.withSeed(8));
		TractSegModel plain = TractSegTrainer.train(cases, new TractSegTrainer.Options(new UNet2D(2, 1), 16, 2, 6, 0.01, 7, 1, List.of("AF", "CST")));
		assertArrayEquals(m1.lossHistory(), m2.lossHistory());
		m1.weights().forEach((n, w) -> assertArrayEquals(w, m2.weights().get(n), n));
		assertFalse(Arrays.equals(m1.lossHistory(), other.lossHistory()), "another seed trains another network");
		assertFalse(Arrays.equals(m1.lossHistory(), plain.lossHistory()), "the augmentation changed what the network saw");
		assertEquals(a.describe(), m1.metadata().get("augmentation"));
		assertEquals("2", m1.metadata().get("augmentEvery"));
		assertEquals("none", plain.metadata().get("augmentation"));
	}

	@Test
	void aStepThatDoesNotSuitTheCaseIsBadInputNamingCaseAndStep() {
		ImageGeometry g = new ImageGeometry(new long[] { N, N, N }, MM, new double[3], ImageGeometry.identity(3));
		Image scalar = Image.of(g, PixelType.FLOAT32, 1, new float[N * N * N]);
		TractSegTrainer.Case c = new TractSegTrainer.Case("t1-only", List.of(scalar), TractSegTrainerTest.phantom(1)[1]);
		TrainingException e = assertThrows(TrainingException.class, () -> TractSegTrainer.augment(c, steps("peak-drop:keep=1"), new SplittableRandom(1)));
		assertTrue(e.badInput());
		assertTrue(e.getMessage().contains("t1-only") && e.getMessage().contains("peak-drop"), e.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> new TractSegTrainer.Options(new UNet2D(2, 1), 16, 2, 6, 0.01, 7, 1, List.of("a")).withAugmentation(VolumeAugmentation.NONE, 0));
		assertThrows(IllegalArgumentException.class, () -> new TractSegTrainer.Case("x", List.of(scalar), scalar, Map.of(0, Peaks.Frame.WORLD_RAS)),
				"a scalar channel is no peak channel");
	}
}
