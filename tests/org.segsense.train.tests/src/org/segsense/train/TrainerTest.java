// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.LabelImages;
import org.segsense.inference.DeviceChoice;
import org.segsense.inference.InferenceEngines;
import org.segsense.inference.LoadOptions;
import org.segsense.inference.ModelDescriptor;
import org.segsense.inference.OutputKind;
import org.segsense.inference.Prediction;
import org.segsense.inference.Predictor;
import org.segsense.inference.PredictorOptions;
import org.segsense.inference.preprocess.Normalization;
import org.segsense.inference.spi.EngineModel;
import org.segsense.train.augment.Augmentations;

/**
 * Training in OSGi: a small U-Net learns the synthetic ellipsoid task, its export runs through the
 * TensorFlow engine and the Predictor; reproducibility; DeepMedic; errors; cancellation.
 */
class TrainerTest {

	@TempDir
	static Path dir;

	static Path unetDir;
	static TrainedModel unet;
	static long unetMillis;

	static final LoadOptions CPU = LoadOptions.defaults().withDevice(DeviceChoice.CPU).withThreads(2);

	static List<TrainingCase> cases() {
		return List.of(SyntheticCases.trainingCase(1), SyntheticCases.trainingCase(2));
	}

	@BeforeAll
	static void trainUNet() throws Exception {
		TrainingOptions o = TrainingOptions.defaults(new UNet3D(8, 2)).withPatchSize(16, 16, 16).withIterations(250)
				.withLearningRate(0.003).withSeed(7).withThreads(2).withAugmentation(Augmentations.parse("intensity+flip"));
		long t0 = System.nanoTime();
		unet = Trainer.train(cases(), o, null);
		unetMillis = (System.nanoTime() - t0) / 1_000_000;
		unetDir = dir.resolve("unet");
		unet.export(unetDir);
		System.out.println("U-Net: " + unet.parameterCount() + " parameters, 250 iterations in " + unetMillis + " ms, final loss "
				+ unet.finalLoss());
	}

	@Test
	void theTrainedUNetSegmentsAHeldOutVolumeThroughTheInferenceEngine() throws Exception {
		Image[] test = SyntheticCases.ellipsoid(32, 32, 32, 99);
		try (EngineModel m = InferenceEngines.installed().load(unetDir, CPU)) {
			Prediction p = new Predictor(m, PredictorOptions.defaults()).predict(test[0]);
			assertEquals(Normalization.ZSCORE, new Predictor(m, PredictorOptions.defaults()).effectiveNormalization());
			byte[] predicted = toBytes(LabelImages.toInts(p.labels()));
			double dice = SyntheticCases.dice(predicted, test[1].bytes());
			System.out.println("U-Net Dice on the held-out volume: " + dice);
			assertTrue(dice > 0.9, "Dice " + dice);
			assertEquals(test[0].geometry(), p.labels().geometry());
		}
	}

	@Test
	void theExportTakesSizesThatAreNoMultipleOfFour() throws Exception {
		Image[] test = SyntheticCases.ellipsoid(29, 26, 23, 5);
		try (EngineModel m = InferenceEngines.installed().load(unetDir, CPU)) {
			float[] out = m.run(Normalization.ZSCORE.apply(test[0].floats(), null), 1, 23, 26, 29);
			assertEquals(23 * 26 * 29 * 2, out.length);
			for (int i = 0; i < out.length; i += 2) {
				assertEquals(1.0, out[i] + out[i + 1], 1e-5);
			}
			Prediction p = new Predictor(m, PredictorOptions.defaults()).predict(test[0]);
			double dice = SyntheticCases.dice(toBytes(LabelImages.toInts(p.labels())), test[1].bytes());
			assertTrue(dice > 0.85, "Dice " + dice);
		}
	}

	/**
	 * Tiles of a trained U-Net equal the whole volume when they start on its pooling grid (sizeMultiple)
	 * and discard its receptive-field radius at inner edges — both read from the model's metadata.
	 */
	@Test
	void tiledInferenceOfTheUNetEqualsWholeVolume() throws Exception {
		Image[] test = SyntheticCases.ellipsoid(74, 70, 66, 11); // no multiple of 4: the last tiles reach past the border
		try (EngineModel m = InferenceEngines.installed().load(unetDir, CPU)) {
			assertEquals("26", m.descriptor().metadata().get("receptiveFieldRadius"));
			assertEquals("4", m.descriptor().metadata().get("sizeMultiple"));
			float[] whole = new Predictor(m, PredictorOptions.defaults()).predict(test[0]).probabilities().floats();
			Predictor tiled = new Predictor(m, PredictorOptions.defaults().withTile(new int[] { 60, 60, 60 }).withBatchSize(2));
			assertArrayEquals(new int[] { 26, 26, 26 }, tiled.effectiveMargin());
			Prediction p = tiled.predict(test[0]);
			assertTrue(p.tiles() >= 8, "tiles: " + p.tiles());
			float[] t = p.probabilities().floats();
			double max = 0;
			for (int i = 0; i < t.length; i++) {
				max = Math.max(max, Math.abs(t[i] - whole[i]));
			}
			System.out.println("U-Net tiled (" + p.tiles() + " tiles of 60^3) vs whole: max |diff| = " + max);
			assertTrue(max <= 1e-5, "max |tiled − whole| = " + max);
		}
	}

	@Test
	void aSecondLoadGivesBitwiseTheSameOutput() throws Exception {
		Image[] test = SyntheticCases.ellipsoid(32, 32, 32, 42);
		float[] a, b;
		try (EngineModel m = InferenceEngines.installed().load(unetDir, CPU)) {
			a = new Predictor(m, PredictorOptions.defaults()).predict(test[0]).probabilities().floats();
		}
		try (EngineModel m = InferenceEngines.installed().load(unetDir, CPU)) {
			b = new Predictor(m, PredictorOptions.defaults()).predict(test[0]).probabilities().floats();
		}
		assertArrayEquals(a, b);
	}

	@Test
	void theMetadataDescribesTheTraining() throws Exception {
		try (EngineModel m = InferenceEngines.installed().load(unetDir, CPU)) {
			ModelDescriptor d = m.descriptor();
			assertEquals(OutputKind.PROBABILITIES, d.outputKind());
			assertEquals(Normalization.ZSCORE, d.normalization());
			assertArrayEquals(new int[] { 0, 1 }, d.labelValues());
			assertEquals(1, d.inputChannels());
			assertEquals(2, d.outputChannels());
			assertEquals("image", d.input().name());
			assertEquals("probabilities", d.output().name());
			var meta = d.metadata();
			assertEquals("intensity(shiftSd=0.1,scaleSd=0.1)+flip(axes=zyx,p=0.5)", meta.get("augmentation"));
			assertEquals(new UNet3D(8, 2).describe(), meta.get("architecture"));
			assertEquals("7", meta.get("seed"));
			assertEquals("250", meta.get("iterations"));
			assertEquals("16,16,16", meta.get("patchSize"));
			assertEquals("0.003", meta.get("learningRate"));
			assertEquals("250", meta.get("foregroundPatches"), "half of 250 × 2 patches on foreground");
			assertTrue(meta.get("trainedWith").startsWith("SegSense 0.1.0"), meta.get("trainedWith"));
			assertEquals("2", meta.get("trainingCases"));
			assertEquals(64, meta.get("trainingCase.0.sha256").length());
			assertEquals("32,32,32", meta.get("trainingCase.1.size"));
		}
	}

	@Test
	void theSameSeedGivesBitwiseTheSameWeightsAndAnotherSeedOthers() throws Exception {
		TrainingOptions o = TrainingOptions.defaults(new UNet3D(4, 2)).withPatchSize(16, 16, 16).withIterations(30).withThreads(2)
				.withSeed(11).withAugmentation(Augmentations.parse("intensity+flip"));
		TrainedModel a = Trainer.train(cases(), o, null);
		TrainedModel b = Trainer.train(cases(), o, null);
		TrainedModel c = Trainer.train(cases(), o.withSeed(12), null);
		assertArrayEquals(a.lossHistory(), b.lossHistory());
		for (String name : a.weightNames()) {
			assertArrayEquals(a.weight(name), b.weight(name), name);
		}
		assertFalse(Arrays.equals(a.weight("enc0/conv1/kernel"), c.weight("enc0/conv1/kernel")));
		Path da = dir.resolve("seed-a"), db = dir.resolve("seed-b");
		a.export(da);
		b.export(db);
		Image[] test = SyntheticCases.ellipsoid(24, 24, 24, 3);
		float[] pa, pb;
		try (EngineModel m = InferenceEngines.installed().load(da, CPU)) {
			pa = new Predictor(m, PredictorOptions.defaults()).predict(test[0]).probabilities().floats();
		}
		try (EngineModel m = InferenceEngines.installed().load(db, CPU)) {
			pb = new Predictor(m, PredictorOptions.defaults()).predict(test[0]).probabilities().floats();
		}
		assertArrayEquals(pa, pb);
	}

	@Test
	void deepMedicTrainsAndExportsAModelOfTheInputSize() throws Exception {
		TrainingOptions o = TrainingOptions.defaults(new DeepMedic3D(4, 3)).withPatchSize(18, 18, 18).withIterations(40)
				.withLearningRate(0.003).withThreads(2).withSeed(5).withDiceWeight(0.5);
		TrainedModel m = Trainer.train(cases(), o, null);
		float[] loss = m.lossHistory();
		double first = (loss[0] + loss[1] + loss[2] + loss[3] + loss[4]) / 5, last = m.finalLoss();
		assertTrue(last < first * 0.8, "loss " + first + " → " + last + ": " + Arrays.toString(loss));
		Path out = dir.resolve("deepmedic");
		m.export(out);
		try (EngineModel em = InferenceEngines.installed().load(out, CPU)) {
			assertEquals(2, em.descriptor().outputChannels());
			assertEquals("deepmedic", em.descriptor().metadata().get("architectureId"));
			assertEquals("crossentropy+0.5*softDice", em.descriptor().metadata().get("loss"));
			float[] input = new float[2 * 20 * 17 * 23];
			float[] y = em.run(input, 2, 20, 17, 23);
			assertEquals(2 * 20 * 17 * 23 * 2, y.length);
		}
	}

	/**
	 * {@code withPatchSize(16, 8, 4)} is x, y, z: on an image whose intensity is its x index, every patch
	 * reaches the augmentation as a {z, y, x} = {4, 8, 16} buffer whose rows of 16 voxels climb by one (x),
	 * and the metadata records the size x, y, z.
	 */
	@Test
	void nonCubicPatchSizeIsXyz() throws Exception {
		int nx = 40, ny = 20, nz = 12;
		ImageGeometry g = ImageGeometry.of(nx, ny, nz);
		float[] ramp = new float[nx * ny * nz];
		byte[] half = new byte[ramp.length];
		for (int i = 0; i < ramp.length; i++) {
			ramp[i] = i % nx;
			half[i] = (byte) (i % nx >= nx / 2 ? 1 : 0);
		}
		List<int[]> sizes = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		org.segsense.train.augment.PatchAugmentation check = new org.segsense.train.augment.PatchAugmentation() {
			@Override
			public void apply(float[] image, byte[] labels, int[] zyx, int channels, java.util.SplittableRandom random) {
				sizes.add(zyx.clone());
				for (int row = 0; row < zyx[0] * zyx[1]; row++) {
					for (int x = 1; x < zyx[2]; x++) {
						if (image[row * zyx[2] + x] != image[row * zyx[2] + x - 1] + 1) {
							problems.add("row " + row + " at x " + x);
						}
					}
				}
			}

			@Override
			public String describe() {
				return "axis-check";
			}
		};
		TrainingOptions o = TrainingOptions.defaults(new UNet3D(2, 2)).withPatchSize(16, 8, 4).withIterations(2).withBatchSize(2)
				.withThreads(1).withNormalization(Normalization.NONE).withAugmentation(check);
		TrainedModel m = Trainer.train(List.of(TrainingCase.of("ramp", Image.of(g, ramp), Image.ofUInt8(g, half))), o, null);
		assertEquals(4, sizes.size(), "2 iterations × 2 patches");
		for (int[] zyx : sizes) {
			assertArrayEquals(new int[] { 4, 8, 16 }, zyx, "patch buffers are {z, y, x}");
		}
		assertTrue(problems.isEmpty(), "x runs along the rows of 16: " + problems);
		assertEquals("16,8,4", m.metadata().get("patchSize"));
		assertEquals("x,y,z", m.metadata().get("patchSizeOrder"));
		assertEquals("40,20,12", m.metadata().get("trainingCase.0.size"), "case sizes are x, y, z too");
	}

	@Test
	void badInputsAreRefusedWithAMessage() {
		Image[] a = SyntheticCases.ellipsoid(32, 32, 32, 1);
		TrainingOptions o = TrainingOptions.defaults(new UNet3D(2, 2)).withPatchSize(8, 8, 8).withIterations(1).withThreads(1);
		Image shifted = a[1].withGeometry(a[1].geometry().withOrigin(0, 0, 0));
		TrainingException e = assertThrows(TrainingException.class, () -> Trainer.train(List.of(TrainingCase.of("c", a[0], shifted)), o, null));
		assertTrue(e.badInput() && e.getMessage().contains("not on the image's grid"), e.getMessage());
		Image empty = Image.ofUInt8(a[0].geometry(), new byte[32 * 32 * 32]);
		e = assertThrows(TrainingException.class, () -> Trainer.train(List.of(TrainingCase.of("c", a[0], empty)), o, null));
		assertTrue(e.badInput() && e.getMessage().contains("only the value 0"), e.getMessage());
		Image twoD = Image.of(ImageGeometry.of(8, 8), new float[64]);
		e = assertThrows(TrainingException.class,
				() -> Trainer.train(List.of(TrainingCase.of("c", twoD, Image.ofUInt8(twoD.geometry(), new byte[64]))), o, null));
		assertTrue(e.getMessage().contains("3-D"), e.getMessage());
		IllegalArgumentException p = assertThrows(IllegalArgumentException.class, () -> o.withPatchSize(10, 8, 8));
		assertTrue(p.getMessage().contains("multiple of 4"), p.getMessage());
		e = assertThrows(TrainingException.class, () -> Trainer.train(cases(), o.withClassWeights(1, 2, 3), null));
		assertTrue(e.getMessage().contains("class weights"), e.getMessage());
	}

	@Test
	void anExportNeverOverwritesAModel() {
		TrainingException e = assertThrows(TrainingException.class, () -> unet.export(unetDir));
		assertTrue(e.getMessage().contains("already holds a model"), e.getMessage());
		assertTrue(Files.isRegularFile(unetDir.resolve("saved_model.pb")));
	}

	private static byte[] toBytes(int[] v) {
		byte[] b = new byte[v.length];
		for (int i = 0; i < v.length; i++) {
			b[i] = (byte) v[i];
		}
		return b;
	}
}
