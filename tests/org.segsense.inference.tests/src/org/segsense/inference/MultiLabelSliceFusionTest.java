// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;

/**
 * Multi-label sigmoid outputs ({@link OutputKind#SIGMOID_MULTILABEL}) and slice-wise inference of 2-D
 * models with mean fusion ({@link SliceFusion}), against hand computation with {@link SliceKernelModel}.
 */
class MultiLabelSliceFusionTest {

	private static Image volume(int nx, int ny, int nz, int cin, long seed) {
		ImageGeometry g = new ImageGeometry(new long[] { nx, ny, nz }, new double[] { 1, 1, 2 }, new double[3], ImageGeometry.identity(3));
		SplittableRandom r = new SplittableRandom(seed);
		float[] v = new float[nx * ny * nz * cin];
		for (int i = 0; i < v.length; i++) {
			v[i] = (float) (r.nextDouble() * 6 - 1);
		}
		return Image.of(g, PixelType.FLOAT32, cin, v);
	}

	private static Map<String, String> meta(String... kv) {
		Map<String, String> m = new HashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put(kv[i], kv[i + 1]);
		}
		return m;
	}

	@Test
	void overlappingLabelsStayOverlappingAndTheThresholdAppliesPerChannel() throws Exception {
		// 1×1 "convolution": p0 = sigmoid(v − 1), p1 = sigmoid(v − 3); where v ≥ 3 both bundles are present
		Image im = volume(7, 6, 5, 1, 3);
		float[] v = im.floats();
		for (double[] thr : new double[][] { { 0.5, Double.NaN, 0.5 }, { 0.5, 0.7, 0.7 }, { 0.3, 0.7, 0.3 } }) {
			Map<String, String> m = meta("labelNames", "AF_left,CST_right");
			if (!Double.isNaN(thr[1])) {
				m.put("threshold", Double.toString(thr[1]));
			}
			SliceKernelModel model = new SliceKernelModel(new double[][] { { 1, 0, 0 }, { 1, 0, 0 } }, new double[] { 1, 3 }, 1, false, m);
			Predictor pr = new Predictor(model, PredictorOptions.defaults().withThreshold(thr[0]));
			assertEquals(thr[2], pr.effectiveThreshold(), 0, "option " + thr[0] + ", metadata " + thr[1]);
			Prediction p = pr.predict(im);
			assertEquals(2, p.labels().components(), "one binary component per bundle");
			assertEquals(PixelType.UINT8, p.labels().pixelType());
			byte[] labels = p.labels().bytes();
			float[] prob = p.probabilities().floats();
			int both = 0, onlyFirst = 0;
			for (int i = 0; i < v.length; i++) {
				for (int j = 0; j < 2; j++) {
					double expected = 1 / (1 + Math.exp(-(v[i] - (j == 0 ? 1 : 3))));
					assertEquals(expected, prob[2 * i + j], 1e-6, "probability, channel " + j);
					assertEquals(expected >= thr[2] ? 1 : 0, labels[2 * i + j], "threshold " + thr[2] + ", channel " + j + ", v = " + v[i]);
				}
				both += labels[2 * i] == 1 && labels[2 * i + 1] == 1 ? 1 : 0;
				onlyFirst += labels[2 * i] == 1 && labels[2 * i + 1] == 0 ? 1 : 0;
			}
			assertTrue(both > 5 && onlyFirst > 5, "overlap kept: " + both + " voxels in both, " + onlyFirst + " in the first only");
		}
	}

	@Test
	void aSliceModelAcrossZEqualsThePerSliceResultByHand() throws Exception {
		int nx = 5, ny = 4, nz = 3, cin = 2;
		Image im = volume(nx, ny, nz, cin, 5);
		float[] vol = im.floats();
		double[][] w = { { 0.7, -1.3, 0.4 }, { -0.5, 0.9, 1.1 } };
		double[] b = { 0.2, -0.3 };
		SliceKernelModel model = new SliceKernelModel(w, b, cin, true,
				meta("dimensions", "2", "sliceOrientations", "z", "labelNames", "a,b"));
		Prediction p = new Predictor(model, PredictorOptions.defaults()).predict(List.of(im), null, null);
		float[] prob = p.probabilities().floats();
		for (int z = 0; z < nz; z++) {
			int zz = z;
			SliceKernelModel.Slice s = (r, c, ch) -> r < 0 || c < 0 || r >= ny || c >= nx ? 0 : vol[((zz * ny + r) * nx + c) * cin + ch];
			for (int y = 0; y < ny; y++) {
				for (int x = 0; x < nx; x++) {
					for (int j = 0; j < 2; j++) {
						assertEquals(model.at(j, s, y, x, cin), prob[((z * ny + y) * nx + x) * 2 + j], 1e-6, "z " + z + " y " + y + " x " + x);
					}
				}
			}
		}
		assertEquals(1, p.tiles(), "one orientation");
	}

	@Test
	void meanFusionOfThreeOrientationsEqualsTheHandComputedFusion() throws Exception {
		int nx = 5, ny = 6, nz = 3, cin = 2;
		Image im = volume(nx, ny, nz, cin, 8);
		float[] vol = im.floats();
		double[][] w = { { 0.8, -1.1, 0.6 }, { -0.4, 1.2, 0.9 } };
		double[] b = { 0.5, 0.1 };
		Map<String, String> m = meta("dimensions", "2", "fusion", "mean", "labelNames", "a,b", "sizeMultiple", "4");
		SliceKernelModel model = new SliceKernelModel(w, b, cin, true, m);
		Prediction p = new Predictor(model, PredictorOptions.defaults()).predict(List.of(im), null, null);
		assertEquals(3, model.calls, "one engine call per orientation");
		assertEquals(3, p.tiles());
		float[] prob = p.probabilities().floats();
		byte[] labels = p.labels().bytes();
		double maxFromZ = 0;
		int on = 0;
		for (int z = 0; z < nz; z++) {
			for (int y = 0; y < ny; y++) {
				for (int x = 0; x < nx; x++) {
					int xx = x, yy = y, zz = z;
					// across x: rows z, columns y; across y: rows z, columns x; across z: rows y, columns x
					SliceKernelModel.Slice sx = (r, c, ch) -> r < 0 || c < 0 || r >= nz || c >= ny ? 0 : vol[((r * ny + c) * nx + xx) * cin + ch];
					SliceKernelModel.Slice sy = (r, c, ch) -> r < 0 || c < 0 || r >= nz || c >= nx ? 0 : vol[((r * ny + yy) * nx + c) * cin + ch];
					SliceKernelModel.Slice sz = (r, c, ch) -> r < 0 || c < 0 || r >= ny || c >= nx ? 0 : vol[((zz * ny + r) * nx + c) * cin + ch];
					for (int j = 0; j < 2; j++) {
						double px = model.at(j, sx, z, y, cin), py = model.at(j, sy, z, x, cin), pz = model.at(j, sz, y, x, cin);
						double mean = (px + py + pz) / 3;
						int i = ((z * ny + y) * nx + x) * 2 + j;
						assertEquals(mean, prob[i], 1e-6, "fused probability at x " + x + " y " + y + " z " + z + ", channel " + j);
						assertEquals(mean >= 0.5 ? 1 : 0, labels[i], "mean, then threshold");
						maxFromZ = Math.max(maxFromZ, Math.abs(mean - pz));
						on += labels[i];
					}
				}
			}
		}
		assertTrue(maxFromZ > 0.01, "the orientations differ (the test can tell them apart): " + maxFromZ);
		assertTrue(on > 0 && on < labels.length, "both labels occur");
	}

	@Test
	void badMultiLabelAndSliceMetadataIsRefusedWithTheKeyNamed() throws Exception {
		SliceKernelModel m3 = new SliceKernelModel(new double[][] { { 1, 0, 0 }, { 1, 0, 0 } }, new double[2], 1, false,
				meta("labelNames", "only-one"));
		InferenceException e = assertThrows(InferenceException.class, () -> new Predictor(m3, PredictorOptions.defaults()).predict(volume(3, 3, 3, 1, 1)));
		assertTrue(e.getMessage().contains("labelNames"), e.getMessage());
		for (String[] bad : new String[][] { { "threshold", "1.5" }, { "dimensions", "4" }, { "sliceOrientations", "x,x" }, { "fusion", "max" } }) {
			Map<String, String> md = meta("dimensions", "2", bad[0], bad[1]);
			IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
					() -> new SliceKernelModel(new double[][] { { 1, 0, 0 } }, new double[1], 1, true, md), bad[0]);
			assertTrue(x.getMessage().contains(bad[0]) && x.getMessage().contains(ModelDescriptor.METADATA_FILE), x.getMessage());
		}
		assertEquals("sigmoid-multilabel", OutputKind.SIGMOID_MULTILABEL.cliName());
		assertEquals(OutputKind.SIGMOID_MULTILABEL, OutputKind.fromName("Sigmoid-MultiLabel"));
	}
}
