// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.tensorflow;

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
import org.segsense.inference.InferenceEngines;
import org.segsense.inference.InferenceException;
import org.segsense.inference.LoadOptions;
import org.segsense.inference.OutputKind;
import org.segsense.inference.Prediction;
import org.segsense.inference.Predictor;
import org.segsense.inference.PredictorOptions;
import org.segsense.inference.spi.EngineModel;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * A 2-D SavedModel ({@code [batch, rows, cols, channels]}, conv2d 2×2 'SAME' — TensorFlow pads an even
 * kernel at the far end, so out[r][c] = Σ w00·v[r][c] + w01·v[r][c+1] + w10·v[r+1][c] — minus a bias, a
 * sigmoid per output channel) run through the TensorFlow engine slice-wise across x, y and z with mean
 * fusion, against the same computation by hand.
 */
class SliceModelTest {

	@TempDir
	static Path dir;

	/** Per output channel j: {w00, w01, w10}; w11 = 0. */
	private static final double[][] W = { { 0.8, -1.1, 0.6 }, { -0.4, 1.2, 0.9 } };
	private static final double[] B = { 0.5, 0.1 };

	private static Path sliceModel(Path d, int cin) throws Exception {
		try (Graph g = new Graph(); Session s = new Session(g)) {
			Ops tf = Ops.create(g);
			Placeholder<TFloat32> x = tf.withName("slices").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1, -1, cin)));
			float[] k = new float[2 * 2 * cin * 2]; // [row, col, cin, cout]
			for (int ch = 0; ch < cin; ch++) {
				for (int j = 0; j < 2; j++) {
					k[((0 * 2 + 0) * cin + ch) * 2 + j] = (float) W[j][0];
					k[((0 * 2 + 1) * cin + ch) * 2 + j] = (float) W[j][1];
					k[((1 * 2 + 0) * cin + ch) * 2 + j] = (float) W[j][2];
				}
			}
			Operand<TFloat32> conv = tf.nn.conv2d(x, tf.constant(Shape.of(2, 2, cin, 2), DataBuffers.of(k)), List.of(1L, 1L, 1L, 1L), "SAME");
			Operand<TFloat32> y = tf.withName("bundles").math.sigmoid(tf.math.sub(conv, tf.constant(new float[] { (float) B[0], (float) B[1] })));
			Signature sig = Signature.builder().key(Signature.DEFAULT_KEY).input("slices", x).output("bundles", y).build();
			SavedModelBundle.exporter(d.toString()).withSession(s).withSignature(sig).export();
		}
		return d;
	}

	private static double at(int j, float[] vol, int[] dims, int cin, int[] pos, int rAxis, int cAxis) {
		double sum = 0;
		for (int[] t : new int[][] { { 0, 0, 0 }, { 0, 1, 1 }, { 1, 0, 2 } }) {
			int[] p = pos.clone();
			p[rAxis] += t[0];
			p[cAxis] += t[1];
			if (p[0] < dims[0] && p[1] < dims[1] && p[2] < dims[2]) {
				for (int ch = 0; ch < cin; ch++) {
					sum += W[j][t[2]] * vol[((p[2] * dims[1] + p[1]) * dims[0] + p[0]) * cin + ch];
				}
			}
		}
		return 1 / (1 + Math.exp(-(sum - B[j])));
	}

	@Test
	void aTwoDimensionalModelRunsSliceWiseInThreeOrientationsWithMeanFusion() throws Exception {
		int cin = 3, nx = 7, ny = 5, nz = 6;
		Path m = sliceModel(dir.resolve("slices"), cin);
		TinyModels.writeMetadata(m, "dimensions=2\nfusion=mean\nsliceOrientations=x,y,z\noutputKind=sigmoid-multilabel\n"
				+ "labelNames=AF_left,CST_left\nsizeMultiple=4\n");
		SplittableRandom r = new SplittableRandom(4);
		float[] vol = new float[nx * ny * nz * cin];
		for (int i = 0; i < vol.length; i++) {
			vol[i] = (float) (r.nextDouble() * 2 - 0.5);
		}
		ImageGeometry g = new ImageGeometry(new long[] { nx, ny, nz }, new double[] { 1, 1, 1 }, new double[3], ImageGeometry.identity(3));
		Image im = Image.of(g, PixelType.FLOAT32, cin, vol);
		try (EngineModel model = InferenceEngines.installed().load(m, LoadOptions.defaults())) {
			assertEquals(OutputKind.SIGMOID_MULTILABEL, model.descriptor().outputKind());
			assertEquals(List.of("AF_left", "CST_left"), model.descriptor().labelNames());
			Prediction p = new Predictor(model, PredictorOptions.defaults()).predict(List.of(im), null, null);
			float[] prob = p.probabilities().floats();
			byte[] labels = p.labels().bytes();
			int[] dims = { nx, ny, nz };
			double worst = 0;
			for (int z = 0; z < nz; z++) {
				for (int y = 0; y < ny; y++) {
					for (int x = 0; x < nx; x++) {
						int[] pos = { x, y, z };
						for (int j = 0; j < 2; j++) {
							// across x: rows z, cols y; across y: rows z, cols x; across z: rows y, cols x
							double mean = (at(j, vol, dims, cin, pos, 2, 1) + at(j, vol, dims, cin, pos, 2, 0) + at(j, vol, dims, cin, pos, 1, 0)) / 3;
							int i = ((z * ny + y) * nx + x) * 2 + j;
							worst = Math.max(worst, Math.abs(mean - prob[i]));
							assertEquals(mean, prob[i], 1e-5, "x " + x + " y " + y + " z " + z + " channel " + j);
							assertEquals(mean >= 0.5 ? 1 : 0, labels[i]);
						}
					}
				}
			}
			System.out.println("SliceModelTest: largest |TensorFlow fusion − hand fusion| = " + worst);
		}
		// the same 4-D signature without dimensions=2 is refused, naming the key
		Path plain = sliceModel(dir.resolve("plain"), cin);
		InferenceException e = assertThrows(InferenceException.class, () -> InferenceEngines.installed().load(plain, LoadOptions.defaults()));
		assertTrue(e.getMessage().contains("rank 5") && e.getMessage().contains("dimensions=2"), e.getMessage());
	}
}
