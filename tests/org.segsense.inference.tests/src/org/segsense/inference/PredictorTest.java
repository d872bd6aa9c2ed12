// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.inference.preprocess.Normalization;
import org.segsense.inference.tiling.Blending;

/** The predictor around a plain-Java fully convolutional model ({@link BoxFilterEngine}). */
class PredictorTest {

	private static final Path HERE = Path.of("box");

	/** A bright ellipsoid (≈ 100) in noise (≈ 0), odd sizes, anisotropic spacing. */
	static Image ellipsoid(int nx, int ny, int nz, long seed) {
		ImageGeometry g = new ImageGeometry(new long[] { nx, ny, nz }, new double[] { 0.9, 1.1, 2.0 }, new double[] { -10, 5, 0 },
				ImageGeometry.identity(3));
		SplittableRandom r = new SplittableRandom(seed);
		float[] v = new float[nx * ny * nz];
		for (int z = 0, i = 0; z < nz; z++) {
			for (int y = 0; y < ny; y++) {
				for (int x = 0; x < nx; x++, i++) {
					double dx = (x - nx / 2.0) / (nx / 3.0), dy = (y - ny / 2.0) / (ny / 3.5), dz = (z - nz / 2.0) / (nz / 3.0);
					v[i] = (float) ((dx * dx + dy * dy + dz * dz < 1 ? 100 : 0) + 10 * r.nextGaussian());
				}
			}
		}
		return Image.of(g, v);
	}

	@Test
	void wholeVolumeLabelsTheEllipsoid() throws Exception {
		Image im = ellipsoid(30, 27, 21, 1);
		BoxFilterEngine.Model m = BoxFilterEngine.model(HERE, OutputKind.PROBABILITIES, 1, null, null);
		Prediction p = new Predictor(m, PredictorOptions.defaults()).predict(im);
		assertEquals(1, m.calls, "one call for the whole volume");
		assertEquals(2, p.probabilities().components());
		assertEquals(PixelType.UINT8, p.labels().pixelType());
		assertTrue(p.labels().geometry().sameGridAs(im.geometry(), 0), "labels on the input grid");
		byte[] labels = p.labels().bytes();
		float[] prob = p.probabilities().floats();
		float[] in = im.floats();
		int agree = 0;
		for (int i = 0; i < labels.length; i++) {
			assertEquals(1f, prob[2 * i] + prob[2 * i + 1], 1e-6f, "probabilities sum to 1");
			assertEquals(prob[2 * i + 1] > prob[2 * i] ? 1 : 0, labels[i], "argmax");
			agree += (labels[i] == 1) == (in[i] > 50) ? 1 : 0;
		}
		assertTrue(agree > 0.9 * labels.length, "the box filter finds the ellipsoid: " + agree + " of " + labels.length);
		assertTrue(p.engineNanos() > 0 && p.totalNanos() >= p.engineNanos());
	}

	@Test
	void tiledEqualsWholeVolumeForAFullyConvolutionalModel() throws Exception {
		Image im = ellipsoid(37, 29, 23, 2);
		BoxFilterEngine.Model whole = BoxFilterEngine.model(HERE, OutputKind.PROBABILITIES, 1, null, null);
		float[] ref = new Predictor(whole, PredictorOptions.defaults()).predict(im).probabilities().floats();
		for (Blending b : Blending.values()) {
			for (int[] overlap : new int[][] { { 0, 0, 0 }, { 3, 2, 4 } }) {
				BoxFilterEngine.Model tiled = BoxFilterEngine.model(HERE, OutputKind.PROBABILITIES, 1, null, null);
				PredictorOptions o = PredictorOptions.defaults().withTile(new int[] { 11, 12, 13 }).withMargin(new int[] { 1, 2, 1 })
						.withOverlap(overlap, b).withBatchSize(4);
				Prediction p = new Predictor(tiled, o).predict(im);
				assertTrue(p.tiles() > 8, "several tiles: " + p.tiles());
				assertEquals(4, tiled.largestBatch, "batched");
				assertArrayEquals(ref, p.probabilities().floats(), 1e-5f, b + " overlap " + java.util.Arrays.toString(overlap));
			}
		}
	}

	/**
	 * A non-cubic tile on an anisotropic image: {@code withTile(96, 64, 32)} is x, y, z, so the engine gets
	 * tensors of z × y × x = 32 × 64 × 96 voxels, two tiles along each axis of a 150 × 100 × 50 image, and
	 * the tiled output equals the whole-volume output.
	 */
	@Test
	void nonCubicTileIsXyzEndToEnd() throws Exception {
		Image im = ellipsoid(150, 100, 50, 10);
		float[] ref = new Predictor(BoxFilterEngine.model(HERE, OutputKind.PROBABILITIES, 1, null, null), PredictorOptions.defaults())
				.predict(im).probabilities().floats();
		BoxFilterEngine.Model tiled = BoxFilterEngine.model(HERE, OutputKind.PROBABILITIES, 1, null, null);
		Prediction p = new Predictor(tiled, PredictorOptions.defaults().withTile(new int[] { 96, 64, 32 }).withMargin(new int[] { 1, 1, 1 })
				.withBatchSize(3)).predict(im);
		assertEquals(8, p.tiles(), "2 × 2 × 2 tiles");
		for (int[] zyx : tiled.callShapes) {
			assertArrayEquals(new int[] { 32, 64, 96 }, zyx, "engine tensors are [batch, z, y, x]");
		}
		assertArrayEquals(ref, p.probabilities().floats(), 1e-5f, "tiled = whole volume");
		assertArrayEquals(p.labels().bytes(), new Predictor(BoxFilterEngine.model(HERE, OutputKind.PROBABILITIES, 1, null, null),
				PredictorOptions.defaults()).predict(im).labels().bytes());
	}

	/** A model whose signature fixes a non-cubic size: read as x, y, z, and tiles of that size reach the engine. */
	@Test
	void fixedNonCubicModelSizeIsReadAsXyz() throws Exception {
		Image im = ellipsoid(40, 30, 20, 11);
		float[] ref = new Predictor(BoxFilterEngine.model(HERE, OutputKind.PROBABILITIES, 1, null, null), PredictorOptions.defaults())
				.predict(im).probabilities().floats();
		BoxFilterEngine.Model fixed = BoxFilterEngine.model(HERE, OutputKind.PROBABILITIES, 1, new int[] { 24, 16, 8 }, null);
		assertArrayEquals(new long[] { -1, 8, 16, 24, 1 }, fixed.descriptor().input().shape(), "tensor shape lists z, y, x");
		assertArrayEquals(new int[] { 24, 16, 8 }, fixed.descriptor().input().fixedSpatialSize(), "fixed size is x, y, z");
		Prediction p = new Predictor(fixed, PredictorOptions.defaults().withMargin(new int[] { 1, 1, 1 })).predict(im);
		for (int[] zyx : fixed.callShapes) {
			assertArrayEquals(new int[] { 8, 16, 24 }, zyx);
		}
		assertTrue(p.tiles() > 8, "tiles: " + p.tiles());
		assertArrayEquals(ref, p.probabilities().floats(), 1e-5f);
	}

	@Test
	void marginSmallerThanTheReceptiveFieldShowsTileSeams() throws Exception {
		Image im = ellipsoid(37, 29, 23, 3);
		float[] ref = new Predictor(BoxFilterEngine.model(HERE, OutputKind.PROBABILITIES, 1, null, null), PredictorOptions.defaults())
				.predict(im).probabilities().floats();
		PredictorOptions noMargin = PredictorOptions.defaults().withTile(new int[] { 11, 12, 13 }).withMargin(new int[3]);
		float[] seams = new Predictor(BoxFilterEngine.model(HERE, OutputKind.PROBABILITIES, 1, null, null), noMargin).predict(im)
				.probabilities().floats();
		double maxDiff = 0;
		for (int i = 0; i < ref.length; i++) {
			maxDiff = Math.max(maxDiff, Math.abs(ref[i] - seams[i]));
		}
		assertTrue(maxDiff > 1e-3, "without a margin the zero padding at tile edges changes the output: " + maxDiff);
	}

	@Test
	void fixedSizeModelGetsPaddedTiles() throws Exception {
		Image im = ellipsoid(20, 9, 14, 4);
		float[] ref = new Predictor(BoxFilterEngine.model(HERE, OutputKind.PROBABILITIES, 1, null, null), PredictorOptions.defaults())
				.predict(im).probabilities().floats();
		BoxFilterEngine.Model fixed = BoxFilterEngine.model(HERE, OutputKind.PROBABILITIES, 1, new int[] { 8, 16, 8 }, null);
		Prediction p = new Predictor(fixed, PredictorOptions.defaults().withMargin(new int[] { 1, 1, 1 })).predict(im);
		// y (9 voxels) is padded to 16 with zeros, which a 'same' zero-padded network also sees at the border
		assertArrayEquals(ref, p.probabilities().floats(), 1e-5f);
	}

	@Test
	void sigmoidThresholdAndLogitsSoftmax() throws Exception {
		Image im = ellipsoid(16, 15, 14, 5);
		Prediction sig = new Predictor(BoxFilterEngine.model(HERE, OutputKind.SIGMOID, 1, null, null),
				PredictorOptions.defaults().withThreshold(0.7)).predict(im);
		Prediction logit = new Predictor(BoxFilterEngine.model(HERE, OutputKind.LOGITS, 1, null, null),
				PredictorOptions.defaults().withThreshold(0.7)).predict(im);
		assertEquals(1, sig.probabilities().components());
		float[] ps = sig.probabilities().floats(), pl = logit.probabilities().floats();
		byte[] ls = sig.labels().bytes();
		for (int i = 0; i < ps.length; i++) {
			assertEquals(ps[i] >= 0.7f ? 1 : 0, ls[i], "threshold");
			assertEquals(ps[i], pl[i], 1e-6f, "sigmoid of the logit equals the sigmoid output");
		}
		assertArrayEquals(ls, logit.labels().bytes());
	}

	@Test
	void normalisationFromMetadataOrOption() throws Exception {
		Image im = ellipsoid(16, 15, 14, 6);
		BoxFilterEngine.Model zs = BoxFilterEngine.model(HERE, OutputKind.SIGMOID, 1, null, Normalization.ZSCORE);
		assertEquals(Normalization.ZSCORE, new Predictor(zs, PredictorOptions.defaults()).effectiveNormalization());
		assertEquals(Normalization.NONE,
				new Predictor(BoxFilterEngine.model(HERE, OutputKind.SIGMOID, 1, null, null), PredictorOptions.defaults())
						.effectiveNormalization(), "an external model gets its input unchanged");
		assertEquals(Normalization.MINMAX,
				new Predictor(zs, PredictorOptions.defaults().withNormalization(Normalization.MINMAX)).effectiveNormalization());
		// z-scored input (|v| of a few units) is far below the box model's threshold of 50: all background
		byte[] labels = new Predictor(zs, PredictorOptions.defaults()).predict(im).labels().bytes();
		for (byte b : labels) {
			assertEquals(0, b);
		}
	}

	@Test
	void multiChannelInputs() throws Exception {
		Image a = ellipsoid(12, 11, 10, 7);
		Image half = Image.of(a.geometry(), a.floats().clone());
		float[] h = half.floats();
		for (int i = 0; i < h.length; i++) {
			h[i] = -h[i] / 2;
		}
		// channel sum = a/2: compare with the one-channel model on a/2
		Image aHalf = Image.of(a.geometry(), a.floats().clone());
		float[] ah = aHalf.floats();
		for (int i = 0; i < ah.length; i++) {
			ah[i] = a.floats()[i] + h[i];
		}
		float[] two = new Predictor(BoxFilterEngine.model(HERE, OutputKind.PROBABILITIES, 2, null, null), PredictorOptions.defaults())
				.predict(List.of(a, half), null, null).probabilities().floats();
		float[] one = new Predictor(BoxFilterEngine.model(HERE, OutputKind.PROBABILITIES, 1, null, null), PredictorOptions.defaults())
				.predict(aHalf).probabilities().floats();
		assertArrayEquals(one, two, 1e-5f);
	}

	@Test
	void clearErrors() {
		Image im = ellipsoid(12, 11, 10, 8);
		BoxFilterEngine.Model two = BoxFilterEngine.model(Path.of("models/t1-flair"), OutputKind.PROBABILITIES, 2, null, null);
		InferenceException e = assertThrows(InferenceException.class, () -> new Predictor(two, PredictorOptions.defaults()).predict(im));
		assertTrue(e.getMessage().contains("models/t1-flair") && e.getMessage().contains("2 input channel")
				&& e.getMessage().contains("1 were given"), e.getMessage());

		Image other = Image.of(im.geometry().withSpacing(1, 1, 1), im.floats());
		e = assertThrows(InferenceException.class, () -> new Predictor(two, PredictorOptions.defaults()).predict(List.of(im, other), null, null));
		assertTrue(e.getMessage().contains("share one grid"), e.getMessage());

		Image flat = Image.of(ImageGeometry.of(5, 4), new float[20]);
		e = assertThrows(InferenceException.class,
				() -> new Predictor(BoxFilterEngine.model(HERE, OutputKind.SIGMOID, 1, null, null), PredictorOptions.defaults()).predict(flat));
		assertTrue(e.getMessage().contains("3-D"), e.getMessage());

		assertThrows(IllegalArgumentException.class, () -> PredictorOptions.defaults().withThreshold(1.5));
		assertThrows(IllegalArgumentException.class, () -> PredictorOptions.defaults().withBatchSize(0));
	}

	@Test
	void cancellationStopsBetweenBatches() {
		Image im = ellipsoid(30, 30, 30, 9);
		PredictorOptions o = PredictorOptions.defaults().withTile(new int[] { 10, 10, 10 }).withMargin(new int[] { 1, 1, 1 });
		// batches of 1 tile: cancelled once the second is done, the third never runs
		org.segsense.testing.RecordingMonitor stopAfterTwo = new org.segsense.testing.RecordingMonitor().cancelOnSubTask(t -> t.startsWith("2/"));
		assertThrows(org.eclipse.core.runtime.OperationCanceledException.class,
				() -> new Predictor(BoxFilterEngine.model(HERE, OutputKind.SIGMOID, 1, null, null), o).predict(List.of(im), null, stopAfterTwo));
		List<String> tiles = stopAfterTwo.subTasks();
		assertEquals("2/" + tiles.get(0).substring(2), tiles.get(1));
		assertEquals(2, tiles.size(), tiles::toString);
	}
}
