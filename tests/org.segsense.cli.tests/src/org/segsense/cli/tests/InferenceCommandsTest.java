// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageIO;
import org.segsense.inference.InferenceEngines;
import org.segsense.inference.LoadOptions;
import org.segsense.inference.Predictor;
import org.segsense.inference.PredictorOptions;
import org.segsense.inference.spi.EngineModel;
import org.segsense.inference.tensorflow.bench.InferenceBenchmark;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** {@code devices}, {@code model inspect}, {@code infer} and {@code bench inference} through the command line. */
class InferenceCommandsTest {

	@TempDir
	static Path dir;

	static Path model;
	static Path image;

	@BeforeAll
	static void prepare() throws Exception {
		model = InferenceBenchmark.export(dir.resolve("bench-model"), 5);
		ImageGeometry grid = new ImageGeometry(new long[] { 14, 12, 10 }, new double[] { 1.5, 1, 2 }, new double[] { 10, -20, 5 },
				ImageGeometry.identity(3));
		float[] v = new float[14 * 12 * 10];
		SplittableRandom r = new SplittableRandom(3);
		for (int i = 0; i < v.length; i++) {
			v[i] = (float) r.nextGaussian();
		}
		image = dir.resolve("t1.nii.gz");
		ImageIO.write(Image.of(grid, v), image);
	}

	@Test
	void devicesListsTheCpuOfTheTensorFlowEngine() {
		Cli.Result r = Cli.run("devices");
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().contains("engine tensorflow") && r.out().contains("CPU") && r.out().contains("device:CPU:0"), r::toString);
		Cli.Result j = Cli.run("devices", "--json");
		assertTrue(j.out().contains("\"type\": \"CPU\"") && j.out().contains("\"tensorflow\": \"2.18.0\""), j::toString);
	}

	@Test
	void inspectShowsSignatureOperationsAndVerdict() {
		Cli.Result r = Cli.run("model", "inspect", model.toString());
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().contains("signature serving_default") && r.out().contains("in  image DT_FLOAT [-1, -1, -1, -1, 1]")
				&& r.out().contains("Conv3D") && r.out().contains("verdict: safe") && r.out().contains("SHA-256"), r::toString);
		Cli.Result j = Cli.run("model", "inspect", "--json", model.toString());
		assertTrue(j.out().contains("\"safe\": true") && j.out().contains("\"Conv3D\": 5"), j::toString);
	}

	@Test
	void inferWritesLabelsAndProbabilitiesOnTheInputGrid() throws Exception {
		Path labels = dir.resolve("labels.nii.gz");
		Path prob = dir.resolve("prob.nii.gz");
		Cli.Result r = Cli.run("infer", "--model", model.toString(), image.toString(), labels.toString(), "--probabilities", prob.toString(),
				"--device", "cpu", "--json");
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().contains("\"device\": \"/device:CPU:0\"") && r.out().contains("\"normalization\": \"none\""), r::toString);
		Image in = ImageIO.read(image), l = ImageIO.read(labels), p = ImageIO.read(prob);
		assertTrue(l.geometry().sameGridAs(in.geometry(), 1e-6), "labels on the input grid");
		assertEquals(PixelType.UINT8, l.pixelType());
		assertEquals(2, p.components());
		float[] pf = p.floats();
		byte[] lb = l.bytes();
		for (int i = 0; i < lb.length; i++) {
			assertEquals(pf[2 * i + 1] > pf[2 * i] ? 1 : 0, lb[i], "label = argmax of the written probabilities, voxel " + i);
		}
		// the same as the Java API gives
		try (EngineModel m = InferenceEngines.installed().load(model, LoadOptions.defaults())) {
			byte[] api = new Predictor(m, PredictorOptions.defaults()).predict(in).labels().bytes();
			assertArrayEquals(api, lb);
		}
		// tiled through the command line: the same labels (margin ≥ the network's receptive-field radius 4)
		Path tiled = dir.resolve("tiled.nii.gz");
		Cli.Result t = Cli.run("infer", "--model", model.toString(), image.toString(), tiled.toString(), "--tile", "10,10,10", "--margin", "4",
				"--batch", "2");
		assertEquals(0, t.exitCode(), t::toString);
		assertTrue(t.out().contains("tile(s)"), t::toString);
		assertArrayEquals(lb, ImageIO.read(tiled).bytes());
		// --tile is X,Y,Z: 14,12,9 on the 14 × 12 × 10 image cuts only z (2 tiles; read Z,Y,X it would cut x into 6)
		Cli.Result xyz = Cli.run("infer", "--model", model.toString(), image.toString(), tiled.toString(), "--tile", "14,12,9", "--margin",
				"4");
		assertEquals(0, xyz.exitCode(), xyz::toString);
		assertTrue(xyz.out().contains(" 2 tile(s)"), xyz::toString);
		assertArrayEquals(lb, ImageIO.read(tiled).bytes());
		assertTrue(Cli.run("infer", "--help").out().replaceAll("\\s+", " ").contains("X,Y,Z voxels"), "the help states the order");
	}

	@Test
	void inferErrorsNameTheProblem() throws Exception {
		Path out = dir.resolve("never.nii.gz");
		Cli.Result r = Cli.run("infer", "--model", dir.resolve("nope").toString(), image.toString(), out.toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("does not exist"), r::toString);

		r = Cli.run("infer", "--model", model.toString(), image.toString(), image.toString(), out.toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("takes 1 input channel(s)") && r.err().contains("2 were given"), r::toString);

		r = Cli.run("infer", "--model", model.toString(), image.toString(), out.toString(), "--device", "tpu");
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("auto, cpu or gpu"), r::toString);

		Path unsafe = unsafeModel(dir.resolve("unsafe"));
		r = Cli.run("infer", "--model", unsafe.toString(), image.toString(), out.toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("WriteFile: 1 node") && r.err().contains("allow-list") && r.err().contains("--allow-unsafe-ops"), r::toString);
		assertTrue(!Files.exists(out), "nothing written for a refused model");
		Cli.Result inspect = Cli.run("model", "inspect", unsafe.toString());
		assertTrue(inspect.out().contains("verdict: unsafe") && inspect.out().contains("WriteFile: 1 node ('dropFile' in the graph), not on the allow-list"),
				inspect::toString);
		Cli.Result inspectJson = Cli.run("model", "inspect", "--json", unsafe.toString());
		assertTrue(inspectJson.out().contains("\"disallowedOperations\"") && inspectJson.out().contains("\"op\": \"WriteFile\"")
				&& inspectJson.out().contains("\"safe\": false"), inspectJson::toString);
		r = Cli.run("infer", "--model", unsafe.toString(), image.toString(), out.toString(), "--allow-unsafe-ops");
		assertEquals(0, r.exitCode(), r::toString);

		Path notModel = Files.createDirectories(dir.resolve("empty"));
		r = Cli.run("model", "inspect", notModel.toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("no saved_model.pb"), r::toString);
	}

	@Test
	void benchInferenceReportsTimesAndOverhead() {
		Cli.Result r = Cli.run("bench", "inference", "--size", "16", "--runs", "1", "--json");
		assertEquals(0, r.exitCode(), r::toString);
		for (String key : List.of("\"engineSegSense\"", "\"engineTfDefault\"", "\"predictSegSense\"", "\"gflopPerPass\"", "\"overheadFraction\"")) {
			assertTrue(r.out().contains(key), key + " in " + r);
		}
	}

	/** A one-channel identity-like model whose graph also holds a WriteFile operation. */
	private static Path unsafeModel(Path d) throws Exception {
		try (Graph g = new Graph(); Session s = new Session(g)) {
			Ops tf = Ops.create(g);
			Placeholder<TFloat32> x = tf.withName("image").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1, -1, -1, 1)));
			Operand<TFloat32> y = tf.withName("probabilities").math.sigmoid(x);
			tf.withName("dropFile").io.writeFile(tf.constant("/tmp/segsense-should-never-exist"), tf.constant("x"));
			SavedModelBundle.exporter(d.toString()).withSession(s)
					.withSignature(Signature.builder().key(Signature.DEFAULT_KEY).input("image", x).output("probabilities", y).build()).export();
		}
		return d;
	}
}
