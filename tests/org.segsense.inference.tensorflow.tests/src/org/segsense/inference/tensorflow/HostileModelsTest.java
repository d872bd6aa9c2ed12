// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.tensorflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.inference.InferenceEngines;
import org.segsense.inference.InferenceException;
import org.segsense.inference.LoadOptions;
import org.segsense.inference.Predictor;
import org.segsense.inference.PredictorOptions;
import org.segsense.inference.spi.EngineModel;
import org.segsense.train.Architecture;
import org.segsense.train.DeepMedic3D;
import org.segsense.train.Trainer;
import org.segsense.train.TrainingCase;
import org.segsense.train.TrainingOptions;
import org.segsense.train.UNet3D;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.SavedModel;

/**
 * The hostile-model suite of issue 12: SavedModels edited at the protocol-buffer level from a model
 * TensorFlow Java exported, each of which the safety check must refuse, and the models SegSense makes
 * itself, which it must accept. Loading goes through {@link InferenceEngines#load}, the path
 * {@code segsense infer} takes.
 */
class HostileModelsTest {

	@TempDir
	static Path dir;

	/** The benign model every hostile one is edited from. */
	static Path box;

	/** Files a hostile model tries to read or write; outside every model folder. */
	static Path outside;

	@BeforeAll
	static void writeModels() throws Exception {
		box = TinyModels.boxModel(dir.resolve("box"), 1, false, false);
		outside = Files.createDirectories(dir.resolve("outside"));
		Files.writeString(outside.resolve("secret.txt"), "a file the model must not read");
	}

	private static EngineModel load(Path model, boolean allow) throws InferenceException {
		return InferenceEngines.installed().load(model, LoadOptions.defaults().withThreads(1).withAllowUnsafeOps(allow));
	}

	private static Image smallImage() {
		ImageGeometry g = new ImageGeometry(new long[] { 6, 5, 4 }, new double[] { 1, 1, 1 }, new double[] { 0, 0, 0 }, ImageGeometry.identity(3));
		float[] v = new float[6 * 5 * 4];
		Arrays.fill(v, 60f);
		return Image.of(g, v);
	}

	/** Asserts the unsafe verdict names {@code op} (with {@code reasonPart}) and that infer-level loading refuses it. */
	private static ModelInspection assertRefused(Path model, String op, String reasonPart) throws Exception {
		ModelInspection i = ModelInspection.of(model);
		assertFalse(i.safe(), i.unsafe().toString());
		assertTrue(i.disallowed().stream().anyMatch(u -> u.op().equals(op) && u.reason().contains(reasonPart) && u.count() >= 1),
				i.unsafe().toString());
		assertTrue(i.verdict().startsWith("unsafe") && i.verdict().contains(op), i.verdict());
		InferenceException e = assertThrows(InferenceException.class, () -> load(model, false));
		assertTrue(e.getMessage().contains("refused") && e.getMessage().contains(op) && e.getMessage().contains("--allow-unsafe-ops")
				&& e.getMessage().contains(model.toString()), e.getMessage());
		return i;
	}

	// --- item 1: the meta graph that TensorFlow loads -------------------------------------------------------

	@Test
	void benignTrainGraphFirstAndReadFileInTheServeGraphIsRefused() throws Exception {
		Path m = HostileModels.copy(box, dir.resolve("trainThenServe"));
		SavedModel original = HostileModels.read(m);
		MetaGraphDef benign = original.getMetaGraphs(0).toBuilder().setMetaInfoDef(original.getMetaGraphs(0).getMetaInfoDef().toBuilder()
				.clearTags().addTags("train")).build();
		GraphDef.Builder g = original.getMetaGraphs(0).getGraphDef().toBuilder();
		g.addNode(HostileModels.stringConst("evil/path", outside.resolve("secret.txt").toString(), false));
		g.addNode(HostileModels.node("evil/read", "ReadFile", "evil/path"));
		HostileModels.controlDependency(g, "probabilities", "evil/read");
		MetaGraphDef serve = original.getMetaGraphs(0).toBuilder().setGraphDef(g).build();
		HostileModels.write(m, SavedModel.newBuilder(original).clearMetaGraphs().addMetaGraphs(benign).addMetaGraphs(serve).build());
		Set<String> before = HostileModels.filesOutside(dir, m);

		ModelInspection i = assertRefused(m, "ReadFile", "not on the allow-list");
		assertEquals(List.of("serve"), i.tags(), "the inspected graph is the one tagged serve");
		assertEquals(List.of(List.of("train"), List.of("serve")), i.metaGraphs());
		assertTrue(i.disallowed().get(0).nodes().contains("'evil/read' in the graph"), i.unsafe().toString());
		// the crafted model is a real, loadable model: with the user's permission TensorFlow runs the serve graph
		try (EngineModel model = load(m, true)) {
			new Predictor(model, PredictorOptions.defaults()).predict(smallImage());
		}
		assertEquals(before, HostileModels.filesOutside(dir, m), "nothing written outside the model folder");
	}

	@Test
	void twoServeGraphsOrNoneAreRefusedBeforeLoading() throws Exception {
		Path twice = HostileModels.copy(box, dir.resolve("twoServe"));
		SavedModel s = HostileModels.read(twice);
		HostileModels.write(twice, s.toBuilder().addMetaGraphs(s.getMetaGraphs(0)).build());
		InferenceException e = assertThrows(InferenceException.class, () -> ModelInspection.of(twice));
		assertTrue(e.getMessage().contains("2 meta graphs tagged [serve]") && e.getMessage().contains("saved_model.pb"), e.getMessage());
		assertThrows(InferenceException.class, () -> load(twice, true), "not even with --allow-unsafe-ops: the graph cannot be inspected");

		Path serveAndGpu = HostileModels.copy(box, dir.resolve("serveGpu"));
		MetaGraphDef.Builder mg = s.getMetaGraphs(0).toBuilder();
		mg.getMetaInfoDefBuilder().addTags("gpu");
		HostileModels.write(serveAndGpu, s.toBuilder().setMetaGraphs(0, mg).build());
		e = assertThrows(InferenceException.class, () -> ModelInspection.of(serveAndGpu));
		assertTrue(e.getMessage().contains("no meta graph tagged exactly [serve]") && e.getMessage().contains("[[serve, gpu]]"), e.getMessage());
	}

	@Test
	void unparseableOrTruncatedSavedModelIsRefused() throws Exception {
		byte[] whole = Files.readAllBytes(box.resolve(ModelInspection.SAVED_MODEL_FILE));
		Path truncated = HostileModels.copy(box, dir.resolve("truncated"));
		Files.write(truncated.resolve(ModelInspection.SAVED_MODEL_FILE), Arrays.copyOf(whole, whole.length / 2));
		InferenceException e = assertThrows(InferenceException.class, () -> ModelInspection.of(truncated));
		assertTrue(e.getMessage().contains("cannot be read as a SavedModel") && e.getMessage().contains(truncated.toString()), e.getMessage());
		assertThrows(InferenceException.class, () -> load(truncated, true));

		Path garbage = HostileModels.copy(box, dir.resolve("garbage"));
		byte[] bad = whole.clone();
		for (int k = 0; k < bad.length; k += 7) {
			bad[k] = (byte) 0xff;
		}
		Files.write(garbage.resolve(ModelInspection.SAVED_MODEL_FILE), bad);
		assertThrows(InferenceException.class, () -> ModelInspection.of(garbage));

		Path twoFiles = HostileModels.copy(box, dir.resolve("pbAndPbtxt"));
		Files.writeString(twoFiles.resolve("saved_model.pbtxt"), "meta_graphs { }");
		e = assertThrows(InferenceException.class, () -> ModelInspection.of(twoFiles));
		assertTrue(e.getMessage().contains("saved_model.pbtxt") && e.getMessage().contains("Remove"), e.getMessage());
	}

	// --- item 2: checkpoint operations decided by graph structure ------------------------------------------

	@Test
	void saveV2InsideTheSaverScopeWiredByControlDependencyIsRefusedAndWritesNothing() throws Exception {
		Path target = outside.resolve("evil-checkpoint");
		Path m = HostileModels.editGraph(box, dir.resolve("evilSave"), g -> {
			g.addNode(HostileModels.stringConst("save/evil_prefix", target.toString(), false));
			HostileModels.addSaveV2(g, "save/evil_SaveV2", "save/evil_prefix");
			return HostileModels.controlDependency(g, "probabilities", "save/evil_SaveV2");
		});
		Set<String> before = HostileModels.filesOutside(dir, m);
		ModelInspection i = assertRefused(m, "SaveV2", "runs with the model's signatures");
		assertTrue(i.unsafe().toString().contains("'save/evil_SaveV2' in the graph"), i.unsafe().toString());
		assertFalse(i.unsafe().toString().contains("'save/Save'"), "the saver's own SaveV2 stays allowed: " + i.unsafe());
		assertEquals(before, HostileModels.filesOutside(dir, m), "nothing written outside the model folder");

		// positive control: the crafted graph really writes where it says once the user allows it
		try (EngineModel model = load(m, true)) {
			new Predictor(model, PredictorOptions.defaults()).predict(smallImage());
		}
		assertTrue(Files.exists(target.resolveSibling("evil-checkpoint.index")), "the hostile SaveV2 ran: " + HostileModels.filesOutside(dir, m));
	}

	@Test
	void saverOpsRewiredAwayFromTheFilenameOrIntoTheRunPathAreRefused() throws Exception {
		// the saver's own SaveV2 writing to a constant path instead of the filename placeholder
		Path constantSave = HostileModels.editGraph(box, dir.resolve("constSave"), g -> {
			g.addNode(HostileModels.stringConst("save/fixed", outside.resolve("x").toString(), false));
			return HostileModels.rewire(g, HostileModels.first(g, "SaveV2"), 0, "save/fixed");
		});
		assertRefused(constantSave, "SaveV2", "not computed from the saver's filename tensor");

		// the restore reading a constant path (TensorFlow runs the restore while loading)
		Path constantRestore = HostileModels.editGraph(box, dir.resolve("constRestore"), g -> {
			g.addNode(HostileModels.stringConst("save/fixed", outside.resolve("x").toString(), false));
			return HostileModels.rewire(g, HostileModels.first(g, "RestoreV2"), 0, "save/fixed");
		});
		assertRefused(constantRestore, "RestoreV2", "not computed from the saver's filename tensor");

		// the legitimate save op pulled into inference through a control dependency on the output
		Path saveOnOutput = HostileModels.editGraph(box, dir.resolve("saveOnOutput"),
				g -> HostileModels.controlDependency(g, "probabilities", HostileModels.first(g, "SaveV2")));
		assertRefused(saveOnOutput, "SaveV2", "runs with the model's signatures");

		// a SaveV2 that the restore op depends on would write while TensorFlow loads the model
		Path saveInRestore = HostileModels.editGraph(box, dir.resolve("saveInRestore"), g -> {
			HostileModels.addSaveV2(g, "save/again", "save/filename"); // the saver's own filename placeholder
			return HostileModels.controlDependency(g, "save/restore_all", "save/again");
		});
		assertRefused(saveInRestore, "SaveV2", "outside the saver's save path");
	}

	@Test
	void theLegitimateSaverGraphIsSafe() throws Exception {
		ModelInspection i = ModelInspection.of(box);
		assertTrue(i.safe(), i.unsafe().toString());
		assertTrue(i.opHistogram().containsKey("SaveV2") && i.opHistogram().containsKey("RestoreV2"), i.opHistogram().toString());
		assertTrue(i.verdict().startsWith("safe"), i.verdict());
		// a node merely named like the saver does not make a ReadFile acceptable
		Path named = HostileModels.editGraph(box, dir.resolve("namedLikeSaver"), g -> {
			g.addNode(HostileModels.stringConst("save/path", "/etc/hostname", false));
			return g.addNode(HostileModels.node("save/ReadFile", "ReadFile", "save/path"));
		});
		assertRefused(named, "ReadFile", "not on the allow-list");
	}

	// --- item 3: allow-list --------------------------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "InitializeTableFromTextFileV2", "CacheDatasetV2", "GenerateVocabRemapping", "DecodeProtoV2",
			"FileSystemSetConfiguration", "ListSnapshotChunksDataset" })
	void opsTheOldDenyListMissedAreUnsafe(String op) throws Exception {
		Path m = HostileModels.editGraph(box, dir.resolve("gap-" + op), g -> {
			g.addNode(HostileModels.stringConst("gap/path", outside.resolve("x").toString(), false));
			return g.addNode(HostileModels.node("gap/" + op, op, "gap/path"));
		});
		ModelInspection i = assertRefused(m, op, "not on the allow-list");
		assertEquals(1, i.disallowed().size(), i.unsafe().toString());
		assertEquals(op + ": 1 node ('gap/" + op + "' in the graph), not on the allow-list", i.unsafe().get(0));
	}

	@Test
	void theAllowListHoldsNoFileNetworkProcessOrCheckpointOperation() {
		for (String op : List.of("ReadFile", "WriteFile", "MatchingFiles", "ImmutableConst", "PrintV2", "PyFunc", "EagerPyFunc", "SaveV2",
				"RestoreV2", "MergeV2Checkpoints", "TFRecordDataset", "SqlDataset", "DataServiceDatasetV4", "CollectiveReduceV2",
				"CreateSummaryFileWriter", "DebugIdentityV3", "InitializeTableFromTextFileV2", "LoadAndRemapMatrix", "RandomUniform")) {
			assertFalse(OpSafety.isAllowed(op), op);
		}
		assertTrue(OpSafety.ALLOWED.containsAll(List.of("Conv3D", "MaxPool3D", "AvgPool3D", "BiasAdd", "Relu", "Softmax", "Pad", "Slice",
				"EnsureShape", "VariableV2", "Assign", "NoOp", "StatefulPartitionedCall")));
	}

	@Test
	void anOpHiddenInAFunctionLibraryIsUnsafe() throws Exception {
		Path m = HostileModels.editGraph(box, dir.resolve("inFunction"), g -> {
			g.getLibraryBuilder().addFunction(HostileModels.function("innocent_looking", "ReadFile"));
			g.addNode(HostileModels.call("layer/call", "innocent_looking"));
			return HostileModels.controlDependency(g, "probabilities", "layer/call");
		});
		ModelInspection i = assertRefused(m, "ReadFile", "not on the allow-list");
		assertTrue(i.unsafe().get(0).contains("'hidden' in function 'innocent_looking'"), i.unsafe().toString());
		assertFalse(i.unsafe().toString().contains("StatefulPartitionedCall"), "the call itself is allowed, its body is judged");

		// a checkpoint write inside a function is refused too, even when the function is named like Python's saver,
		// unless the saver's save op alone calls it (Tf2SaverTest)
		Path saveFn = HostileModels.editGraph(box, dir.resolve("saveInFunction"), g -> {
			g.getLibraryBuilder().addFunction(HostileModels.function("__inference__traced_save_42", "SaveV2"));
			return g.addNode(HostileModels.call("StatefulPartitionedCall_1", "__inference__traced_save_42"));
		});
		assertRefused(saveFn, "SaveV2", "neither the saver's save nor its restore op");

		// a node whose type is a library function is a call: its body decides
		Path direct = HostileModels.editGraph(box, dir.resolve("functionAsOp"), g -> {
			g.getLibraryBuilder().addFunction(HostileModels.function("my_layer", "WriteFile"));
			return g.addNode(HostileModels.node("layer", "my_layer"));
		});
		ModelInspection d = assertRefused(direct, "WriteFile", "not on the allow-list");
		assertFalse(d.unsafe().toString().contains("my_layer:"), d.unsafe().toString());
	}

	@Test
	void aFunctionNamedLikeAFileOperationDoesNotMaskTheOperation() throws Exception {
		// library function "WriteFile" (harmless body) + a node of type WriteFile: the inspection judges it a
		// call of the function; TensorFlow must never run the real op instead
		Path target = outside.resolve("masked.txt");
		Path m = HostileModels.editGraph(box, dir.resolve("maskedWriteFile"), g -> {
			g.getLibraryBuilder().addFunction(org.tensorflow.proto.FunctionDef.newBuilder()
					.setSignature(org.tensorflow.proto.OpDef.newBuilder().setName("WriteFile").setIsStateful(true)
							.addInputArg(org.tensorflow.proto.OpDef.ArgDef.newBuilder().setName("filename").setType(org.tensorflow.proto.DataType.DT_STRING))
							.addInputArg(org.tensorflow.proto.OpDef.ArgDef.newBuilder().setName("contents").setType(org.tensorflow.proto.DataType.DT_STRING)))
					.addNodeDef(HostileModels.node("nothing", "NoOp")));
			g.addNode(HostileModels.stringConst("mask/filename", target.toString(), false));
			g.addNode(HostileModels.stringConst("mask/contents", "written", false));
			g.addNode(HostileModels.node("mask/write", "WriteFile", "mask/filename", "mask/contents"));
			return HostileModels.controlDependency(g, "probabilities", "mask/write");
		});
		// measured with TensorFlow 2.18: it refuses a library function named like a registered op
		InferenceException e = assertThrows(InferenceException.class, () -> load(m, false));
		assertTrue(e.getMessage().contains("Cannot add function 'WriteFile'"), e.getMessage());
		assertFalse(Files.exists(target), "the real WriteFile never ran");
	}

	// --- the models SegSense makes itself stay safe ---------------------------------------------------------

	@Test
	void modelsTrainedBySegSenseAreSafeAndLoad() throws Exception {
		Image[] c = ellipsoid(24);
		List<TrainingCase> cases = List.of(TrainingCase.of("c", c[0], c[1]));
		for (Architecture arch : List.<Architecture>of(new UNet3D(2, 2), new DeepMedic3D(2, 3))) {
			TrainingOptions o = TrainingOptions.defaults(arch).withPatchSize(arch instanceof UNet3D ? new int[] { 16, 16, 16 } : new int[] { 18, 18, 18 })
					.withIterations(1).withThreads(1);
			Path out = dir.resolve("trained-" + arch.id());
			Trainer.train(cases, o, null).export(out);
			ModelInspection i = ModelInspection.of(out);
			assertTrue(i.safe(), arch.id() + ": " + i.unsafe() + " " + i.opHistogram());
			assertTrue(i.opHistogram().keySet().stream().allMatch(op -> OpSafety.isAllowed(op) || OpSafety.isCheckpoint(op)),
					"every op of a trained model is on the allow-list: " + i.opHistogram());
			try (EngineModel model = load(out, false)) {
				assertEquals(2, model.descriptor().outputChannels());
			}
		}
	}

	private static Image[] ellipsoid(int n) {
		ImageGeometry g = new ImageGeometry(new long[] { n, n, n }, new double[] { 1, 1, 1 }, new double[] { 0, 0, 0 }, ImageGeometry.identity(3));
		float[] v = new float[n * n * n];
		byte[] l = new byte[v.length];
		for (int z = 0, i = 0; z < n; z++) {
			for (int y = 0; y < n; y++) {
				for (int x = 0; x < n; x++, i++) {
					double r2 = Math.pow(x - n / 2.0, 2) + Math.pow(y - n / 2.0, 2) + Math.pow(z - n / 2.0, 2);
					l[i] = (byte) (r2 < n * n / 16.0 ? 1 : 0);
					v[i] = 100 + 100 * l[i] + (i * 7919 % 50);
				}
			}
		}
		return new Image[] { Image.of(g, v), Image.ofUInt8(g, l) };
	}
}
