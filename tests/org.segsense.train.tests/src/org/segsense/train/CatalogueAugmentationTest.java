// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.train.augment.Augmentations;
import org.segsense.train.augment.PerturbationAugmentation;

/** The perturbation catalogue as the training augmentation pipeline. */
class CatalogueAugmentationTest {

	@TempDir
	Path dir;

	private static final double[] MM = { 1, 1, 1 };

	@Test
	void stepsParseValidateAndDescribeThemselves() {
		PerturbationAugmentation a = PerturbationAugmentation.parse("rotation:rz=-10..10,p=0.5", PerturbationCatalog.installed(), MM);
		assertEquals("rotation(rz=-10..10,p=0.5)", a.describe());
		assertEquals("intensity-shift(shift=0.25,p=1)",
				PerturbationAugmentation.parse("intensity-shift:shift=0.25", PerturbationCatalog.installed(), MM).describe());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> PerturbationAugmentation.parse("rotation:rz=-300..10", PerturbationCatalog.installed(), MM));
		assertTrue(e.getMessage().contains("[-180, 180] degrees"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> PerturbationAugmentation.parse("twirl", PerturbationCatalog.installed(), MM));
		assertTrue(e.getMessage().contains("Unknown perturbation 'twirl'"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
				() -> PerturbationAugmentation.parse("rotation:rz=a..b", PerturbationCatalog.installed(), MM));
		assertTrue(e.getMessage().contains("not a number"), e.getMessage());
	}

	@Test
	void aSpatialStepMovesLabelsWithThePatch() {
		int n = 9;
		float[] image = new float[n * n * n];
		byte[] labels = new byte[n * n * n];
		for (int z = 0; z < n; z++) {
			for (int x = 5; x < 9; x++) { // a slab at high x, one row y = 4
				image[(z * n + 4) * n + x] = 10;
				labels[(z * n + 4) * n + x] = 1;
			}
		}
		PerturbationAugmentation quarter = PerturbationAugmentation.parse("rotation:rz=90", PerturbationCatalog.installed(), MM);
		quarter.apply(image, labels, new int[] { n, n, n }, 1, new SplittableRandom(1));
		for (int y = 5; y < 9; y++) { // +90° about z: the slab now lies at high y, x = 4
			assertEquals(1, labels[(3 * n + y) * n + 4], "y " + y);
			assertEquals(10, image[(3 * n + y) * n + 4], 1e-4);
		}
		assertEquals(0, labels[(3 * n + 4) * n + 7]);
	}

	@Test
	void probabilityZeroNeverApplies() {
		float[] image = new float[8 * 8 * 8];
		java.util.Arrays.fill(image, 3);
		float[] before = image.clone();
		PerturbationAugmentation never = PerturbationAugmentation.parse("intensity-scale:factor=2,p=0", PerturbationCatalog.installed(), MM);
		for (int i = 0; i < 20; i++) {
			never.apply(image, new byte[512], new int[] { 8, 8, 8 }, 1, new SplittableRandom(i));
		}
		assertArrayEquals(before, image);
	}

	@Test
	void aModelTrainedWithThePipelineRecordsIt() throws Exception {
		var pipeline = Augmentations.chain(List.of(Augmentations.parse("intensity"),
				PerturbationAugmentation.parse("rotation:rz=-10..10,p=0.5", PerturbationCatalog.installed(), MM),
				PerturbationAugmentation.parse("gaussian-noise:sigma=0..0.2", PerturbationCatalog.installed(), MM)));
		TrainingOptions o = TrainingOptions.defaults(new UNet3D(4, 2)).withPatchSize(16, 16, 16).withIterations(4).withSeed(2).withThreads(2)
				.withAugmentation(pipeline);
		TrainedModel m = Trainer.train(List.of(SyntheticCases.trainingCase(3)), o, null);
		Path out = dir.resolve("augmented");
		m.export(out);
		Properties p = new Properties();
		try (var r = java.nio.file.Files.newBufferedReader(out.resolve("segsense-model.properties"))) {
			p.load(r);
		}
		String aug = p.getProperty("augmentation");
		assertTrue(aug.contains("rotation(rz=-10..10,p=0.5)") && aug.contains("gaussian-noise(sigma=0..0.2,p=1)") && aug.startsWith("intensity"),
				aug);
	}
}
