// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.inference.DeviceChoice;
import org.segsense.inference.InferenceEngines;
import org.segsense.inference.LoadOptions;
import org.segsense.inference.OutputKind;
import org.segsense.inference.Prediction;
import org.segsense.inference.Predictor;
import org.segsense.inference.PredictorOptions;
import org.segsense.inference.spi.EngineModel;

/**
 * TractSeg-like training ({@link TractSegTrainer}): a tiny 2-D U-Net on a synthetic 9-channel peak
 * volume with two crossing (overlapping) bundles; the loss falls, and the export loads and predicts
 * through the TensorFlow engine slice-wise across x, y and z with mean fusion.
 */
class TractSegTrainerTest {

	@TempDir
	Path dir;

	static final int N = 16;

	/** Bundle 0: a tube along x; bundle 1: a tube along y; they cross in the centre. Peaks: their directions. */
	static Image[] phantom(long seed) {
		ImageGeometry g = new ImageGeometry(new long[] { N, N, N }, new double[] { 1, 1, 1 }, new double[3], ImageGeometry.identity(3));
		float[] peaks = new float[N * N * N * 9];
		byte[] masks = new byte[N * N * N * 2];
		SplittableRandom r = new SplittableRandom(seed);
		for (int z = 0, i = 0; z < N; z++) {
			for (int y = 0; y < N; y++) {
				for (int x = 0; x < N; x++, i++) {
					boolean a = sq(y - 7.5) + sq(z - 7.5) < 9, b = sq(x - 7.5) + sq(z - 7.5) < 9;
					masks[2 * i] = (byte) (a ? 1 : 0);
					masks[2 * i + 1] = (byte) (b ? 1 : 0);
					int p = 0;
					if (a) {
						peaks[i * 9 + 3 * p++] = 1f;
					}
					if (b) {
						peaks[i * 9 + 3 * p + 1] = 1f;
					}
					for (int c = 0; c < 9; c++) {
						peaks[i * 9 + c] += (float) (0.05 * r.nextGaussian());
					}
				}
			}
		}
		return new Image[] { Image.of(g, PixelType.FLOAT32, 9, peaks), Image.of(g, PixelType.UINT8, 2, masks) };
	}

	private static double sq(double v) {
		return v * v;
	}

	@Test
	void trainsOnSlicesOfThreeOrientationsAndTheExportRunsThroughTheEngineWithMeanFusion() throws Exception {
		Image[] ph = phantom(1);
		TractSegTrainer.Options o = new TractSegTrainer.Options(new UNet2D(4, 2), 16, 4, 200, 0.01, 7, 2, List.of("AF", "CST"));
		TractSegModel m = TractSegTrainer.train(List.of(new TractSegTrainer.Case("phantom", List.of(ph[0]), ph[1])), o);
		float[] loss = m.lossHistory();
		double first = 0, last = 0;
		for (int i = 0; i < 5; i++) {
			first += loss[i] / 5;
			last += loss[loss.length - 1 - i] / 5;
		}
		System.out.printf("TractSegTrainerTest: loss %.4f (first 5) -> %.4f (last 5)%n", first, last);
		assertTrue(last < 0.7 * first, "the loss falls: " + first + " -> " + last);

		Path model = dir.resolve("tractseg");
		m.export(model);
		try (EngineModel em = InferenceEngines.installed().load(model, LoadOptions.defaults().withDevice(DeviceChoice.CPU))) {
			assertEquals(OutputKind.SIGMOID_MULTILABEL, em.descriptor().outputKind());
			assertEquals(List.of("AF", "CST"), em.descriptor().labelNames());
			assertEquals(3, em.descriptor().sliceFusion().orientations().length);
			Prediction p = new Predictor(em, PredictorOptions.defaults()).predict(List.of(ph[0]), null, null);
			assertEquals(3, p.tiles(), "three orientations");
			assertEquals(2, p.labels().components());
			float[] prob = p.probabilities().floats();
			byte[] truth = ph[1].bytes(), labels = p.labels().bytes();
			int crossing = 0, bothPredicted = 0;
			for (int i = 0; i < truth.length / 2; i++) {
				if (truth[2 * i] != 0 && truth[2 * i + 1] != 0) {
					crossing++;
					bothPredicted += labels[2 * i] != 0 && labels[2 * i + 1] != 0 ? 1 : 0;
				}
			}
			System.out.printf("TractSegTrainerTest: %d of %d crossing voxels labelled with both bundles%n", bothPredicted, crossing);
			assertTrue(bothPredicted > 0.8 * crossing, "overlapping bundles are predicted overlapping");
			for (int b = 0; b < 2; b++) {
				double in = 0, out = 0;
				int nin = 0, nout = 0;
				for (int i = 0; i < truth.length / 2; i++) {
					assertTrue(prob[2 * i + b] >= 0 && prob[2 * i + b] <= 1);
					if (truth[2 * i + b] != 0) {
						in += prob[2 * i + b];
						nin++;
					} else {
						out += prob[2 * i + b];
						nout++;
					}
				}
				System.out.printf("TractSegTrainerTest: bundle %d mean fused probability inside %.3f, outside %.3f%n", b, in / nin, out / nout);
				assertTrue(in / nin > out / nout + 0.5, "bundle " + b + " is found: inside " + in / nin + ", outside " + out / nout);
			}
		}
		assertThrows(TrainingException.class, () -> TractSegTrainer.train(List.of(new TractSegTrainer.Case("phantom", List.of(ph[0]), ph[1])),
				new TractSegTrainer.Options(new UNet2D(4, 2), 16, 4, 1, 0.01, 7, 1, List.of("only-one"))));
	}
}
