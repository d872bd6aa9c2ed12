// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.tensorflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.segsense.inference.DeviceChoice;
import org.segsense.inference.EngineDescriptor;
import org.segsense.inference.InferenceEngines;
import org.segsense.inference.InferenceException;
import org.segsense.inference.LoadOptions;
import org.segsense.inference.OutputKind;
import org.segsense.inference.Prediction;
import org.segsense.inference.Predictor;
import org.segsense.inference.PredictorOptions;
import org.segsense.inference.preprocess.Normalization;
import org.segsense.inference.spi.Device;
import org.segsense.inference.spi.EngineModel;

/** The TensorFlow engine inside OSGi, on SavedModels written by TensorFlow Java. */
class TensorFlowEngineTest {

	@TempDir
	static Path dir;

	static Path box1;
	static Path box2;

	@BeforeAll
	static void writeModels() throws Exception {
		box1 = TinyModels.boxModel(dir.resolve("box1"), 1, false, false);
		box2 = TinyModels.boxModel(dir.resolve("box2"), 1, true, false);
	}

	static Image ellipsoid(int nx, int ny, int nz, long seed) {
		ImageGeometry g = new ImageGeometry(new long[] { nx, ny, nz }, new double[] { 1, 1.2, 2 }, new double[] { 0, 0, 0 },
				ImageGeometry.identity(3));
		SplittableRandom r = new SplittableRandom(seed);
		float[] v = new float[nx * ny * nz];
		for (int z = 0, i = 0; z < nz; z++) {
			for (int y = 0; y < ny; y++) {
				for (int x = 0; x < nx; x++, i++) {
					double dx = (x - nx / 2.0) / (nx / 3.0), dy = (y - ny / 2.0) / (ny / 3.0), dz = (z - nz / 2.0) / (nz / 3.0);
					v[i] = (float) ((dx * dx + dy * dy + dz * dz < 1 ? 100 : 0) + 10 * r.nextGaussian());
				}
			}
		}
		return Image.of(g, v);
	}

	private static InferenceEngines engines() {
		return InferenceEngines.installed();
	}

	@Test
	void theEngineIsContributedThroughTheExtensionPoint() {
		EngineDescriptor e = engines().byId(TensorFlowEngine.ID).orElseThrow(() -> new AssertionError(engines().all() + " " + engines().problems()));
		assertEquals("org.segsense.inference.tensorflow", e.contributor());
		assertTrue(e.engine() instanceof TensorFlowEngine);
	}

	@Test
	void devicesListTheCpu() throws Exception {
		List<Device> devices = new TensorFlowEngine().devices();
		assertEquals("CPU", devices.get(0).type(), devices.toString());
		assertTrue(devices.get(0).name().contains("CPU:0"), devices.toString());
	}

	@Test
	void descriptorFromTheSignature() throws Exception {
		try (EngineModel m = engines().load(box2, LoadOptions.defaults().withDevice(DeviceChoice.CPU))) {
			assertEquals("serving_default", m.descriptor().signature());
			assertEquals("image", m.descriptor().input().name());
			assertEquals(1, m.descriptor().inputChannels());
			assertEquals(2, m.descriptor().outputChannels());
			assertEquals(OutputKind.PROBABILITIES, m.descriptor().outputKind(), "two channels without metadata: probabilities");
			assertEquals(null, m.descriptor().normalization(), "an external model records no normalisation");
			assertEquals("/device:CPU:0", m.device());
		}
	}

	@Test
	void predictionEqualsPlainJavaAndTiledEqualsWhole() throws Exception {
		Image im = ellipsoid(22, 19, 17, 1);
		float[] expected = TinyModels.expectedForeground(im.floats(), 17, 19, 22, 1);
		try (EngineModel m = engines().load(box2, LoadOptions.defaults().withThreads(2))) {
			Prediction whole = new Predictor(m, PredictorOptions.defaults()).predict(im);
			float[] p = whole.probabilities().floats();
			byte[] labels = whole.labels().bytes();
			int foreground = 0;
			for (int i = 0; i < expected.length; i++) {
				assertEquals(expected[i], p[2 * i + 1], 1e-5f, "voxel " + i);
				assertEquals(expected[i] > 0.5f ? 1 : 0, labels[i], "argmax at voxel " + i);
				foreground += labels[i];
			}
			assertTrue(foreground > 500, "the ellipsoid is found: " + foreground + " voxels");

			PredictorOptions tiles = PredictorOptions.defaults().withTile(new int[] { 10, 12, 9 }).withMargin(new int[] { 1, 1, 1 })
					.withBatchSize(3);
			Prediction tiled = new Predictor(m, tiles).predict(im);
			assertTrue(tiled.tiles() >= 8, "tiled: " + tiled.tiles());
			assertArrayEquals(p, tiled.probabilities().floats(), 1e-5f, "tiled = whole for a fully convolutional model");
			assertArrayEquals(labels, tiled.labels().bytes());
		}
	}

	@Test
	void reloadedModelGivesIdenticalOutput() throws Exception {
		Image im = ellipsoid(16, 15, 14, 2);
		float[] first;
		try (EngineModel m = engines().load(box1, LoadOptions.defaults())) {
			first = new Predictor(m, PredictorOptions.defaults()).predict(im).probabilities().floats();
		}
		try (EngineModel m = engines().load(box1, LoadOptions.defaults())) {
			assertArrayEquals(first, new Predictor(m, PredictorOptions.defaults()).predict(im).probabilities().floats(), 0f);
			assertEquals(OutputKind.SIGMOID, m.descriptor().outputKind(), "one channel without metadata: sigmoid");
		}
	}

	@Test
	void metadataSetsNormalisationKindAndLabels() throws Exception {
		Path m = TinyModels.boxModel(dir.resolve("withMeta"), 1, true, false);
		TinyModels.writeMetadata(m, "# written by a test\nnormalization=zscore\noutputKind=probabilities\nlabelValues=0, 7\narchitecture=box\n");
		try (EngineModel model = engines().load(m, LoadOptions.defaults())) {
			assertEquals(Normalization.ZSCORE, model.descriptor().normalization());
			assertArrayEquals(new int[] { 0, 7 }, model.descriptor().labelValues());
			assertEquals("box", model.descriptor().metadata().get("architecture"));
			// z-scored input stays far below the model's threshold of 50: all label 0 …
			Prediction p = new Predictor(model, PredictorOptions.defaults()).predict(ellipsoid(12, 12, 12, 3));
			for (byte b : p.labels().bytes()) {
				assertEquals(0, b);
			}
			// … and without normalisation the ellipsoid gets label 7
			Prediction raw = new Predictor(model, PredictorOptions.defaults().withNormalization(Normalization.NONE))
					.predict(ellipsoid(12, 12, 12, 3));
			boolean seven = false;
			for (byte b : raw.labels().bytes()) {
				seven |= b == 7;
			}
			assertTrue(seven);
		}
		TinyModels.writeMetadata(m, "outputKind=softmaxed\n");
		InferenceException e = assertThrows(InferenceException.class, () -> engines().load(m, LoadOptions.defaults()));
		assertTrue(e.getMessage().contains("segsense-model.properties") && e.getMessage().contains("softmaxed"), e.getMessage());
	}

	@Test
	void metadataThatWouldSilentlyChangeResultsIsRefusedNamingTheFolderAndKey() throws Exception {
		Path m = TinyModels.boxModel(dir.resolve("badMeta"), 1, true, false);
		for (String[] bad : new String[][] { { "receptiveFieldRadius=-5\n", "receptiveFieldRadius=-5" },
				{ "receptiveFieldRadius=three\n", "receptiveFieldRadius=three" }, { "sizeMultiple=0\n", "sizeMultiple=0" },
				{ "labelValues=1,1\n", "labelValues=1,1 lists the label value 1 twice" }, { "labelValues=0,x\n", "labelValues=0,x" } }) {
			TinyModels.writeMetadata(m, bad[0]);
			InferenceException e = assertThrows(InferenceException.class, () -> engines().load(m, LoadOptions.defaults()), bad[0]);
			assertTrue(e.getMessage().contains(m.toString()) && e.getMessage().contains("segsense-model.properties")
					&& e.getMessage().contains(bad[1]), e.getMessage());
		}
		TinyModels.writeMetadata(m, "receptiveFieldRadius=0\nsizeMultiple=1\nlabelValues=0,3\n");
		try (EngineModel model = engines().load(m, LoadOptions.defaults())) {
			assertArrayEquals(new int[] { 0, 3 }, model.descriptor().labelValues());
			assertArrayEquals(new int[] { 1, 1, 1 }, new Predictor(model, PredictorOptions.defaults()).effectiveMargin(), "radius 0 → margin 1");
		}
	}

	@Test
	void unsafeGraphIsRefusedUnlessAllowed() throws Exception {
		Path bad = TinyModels.boxModel(dir.resolve("unsafe"), 1, false, true);
		ModelInspection inspection = ModelInspection.of(bad);
		assertTrue(!inspection.safe(), inspection.unsafe().toString());
		assertEquals(List.of("ReadFile: 1 node ('exfiltrate' in the graph), not on the allow-list"), inspection.unsafe());
		InferenceException e = assertThrows(InferenceException.class, () -> engines().load(bad, LoadOptions.defaults()));
		assertTrue(e.getMessage().contains("refused") && e.getMessage().contains("ReadFile") && e.getMessage().contains("--allow-unsafe-ops"),
				e.getMessage());
		try (EngineModel m = engines().load(bad, LoadOptions.defaults().withAllowUnsafeOps(true))) {
			assertEquals(1, m.descriptor().outputChannels());
		}
	}

	@Test
	void inspectionOfASafeModel() throws Exception {
		ModelInspection i = ModelInspection.of(box2);
		assertTrue(i.safe(), "checkpoint ops under the saver scope are allowed: " + i.unsafe());
		assertTrue(i.verdict().startsWith("safe (all "), i.verdict());
		assertTrue(i.opHistogram().get("Conv3D") >= 1, i.opHistogram().toString());
		assertTrue(i.opHistogram().containsKey("RestoreV2") || i.opHistogram().containsKey("Restore"), i.opHistogram().toString());
		assertTrue(i.signatures().get("serving_default").stream().anyMatch(l -> l.startsWith("in  image DT_FLOAT [-1, -1, -1, -1, 1]")),
				i.signatures().toString());
		assertEquals(List.of("serve"), i.tags());
		assertEquals(64, i.sha256().length());
		assertEquals(i.sha256(), ModelInspection.of(box2).sha256(), "the checksum is stable");
		assertNotEquals(i.sha256(), ModelInspection.of(box1).sha256());
		assertTrue(i.bytes() > 0);
	}

	@Test
	void wrongSignatureChannelCountAndUnreadableModelsGiveClearErrors() throws Exception {
		Path flat = TinyModels.fourDimensionalModel(dir.resolve("flat"));
		InferenceException e = assertThrows(InferenceException.class, () -> engines().load(flat, LoadOptions.defaults()));
		assertTrue(e.getMessage().contains("rank 5") && e.getMessage().contains(flat.toString()), e.getMessage());

		try (EngineModel m = engines().load(box1, LoadOptions.defaults())) {
			Image im = ellipsoid(8, 8, 8, 4);
			e = assertThrows(InferenceException.class, () -> new Predictor(m, PredictorOptions.defaults()).predict(List.of(im, im), null, null));
			assertTrue(e.getMessage().contains("takes 1 input channel"), e.getMessage());
		}

		Path broken = Files.createDirectories(dir.resolve("broken"));
		Files.write(broken.resolve("saved_model.pb"), new byte[] { 0x0a, (byte) 0xff, 0x12, 0x01 });
		e = assertThrows(InferenceException.class, () -> engines().load(broken, LoadOptions.defaults()));
		assertTrue(e.getMessage().contains("saved_model.pb") && e.getMessage().contains("export the model again"), e.getMessage());

		Path noVariables = TinyModels.boxModel(dir.resolve("noVariables"), 1, false, false);
		try (var files = Files.walk(noVariables.resolve("variables"))) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		e = assertThrows(InferenceException.class, () -> engines().load(noVariables, LoadOptions.defaults()));
		assertTrue(e.getMessage().contains("no variables/variables.index") && e.getMessage().contains(noVariables.toString()), e.getMessage());
	}

	@Test
	void gpuRequestWithoutGpuIsAClearError() throws Exception {
		if (new TensorFlowEngine().devices().stream().anyMatch(d -> d.type().equals("GPU"))) {
			try (EngineModel m = engines().load(box1, LoadOptions.defaults().withDevice(DeviceChoice.GPU))) {
				assertEquals("/device:GPU:0", m.device());
			}
			return;
		}
		InferenceException e = assertThrows(InferenceException.class,
				() -> engines().load(box1, LoadOptions.defaults().withDevice(DeviceChoice.GPU)));
		assertTrue(e.getMessage().contains("TensorFlow sees no GPU") && e.getMessage().contains("--device auto or cpu"), e.getMessage());
	}
}
