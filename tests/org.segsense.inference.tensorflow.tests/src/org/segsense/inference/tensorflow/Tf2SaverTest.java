// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.tensorflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.inference.InferenceEngines;
import org.segsense.inference.InferenceException;
import org.segsense.inference.LoadOptions;
import org.segsense.inference.Predictor;
import org.segsense.inference.PredictorOptions;
import org.segsense.inference.spi.EngineModel;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.FunctionDef;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.SavedModel;

import com.google.protobuf.ByteString;

/**
 * SavedModels shaped like Python TensorFlow 2's ({@link Tf2Models}): the saver traced into library
 * functions is accepted without {@code --allow-unsafe-ops}, and every way of reusing those functions or
 * hiding file access next to them is refused ({@link SaverFunctions}).
 */
class Tf2SaverTest {

	@TempDir
	static Path dir;

	static Path outside;

	@BeforeAll
	static void setUp() throws Exception {
		outside = Files.createDirectories(dir.resolve("outside"));
	}

	private static EngineModel load(Path model, boolean allow) throws InferenceException {
		return InferenceEngines.installed().load(model, LoadOptions.defaults().withThreads(1).withAllowUnsafeOps(allow));
	}

	/** The TF2 model with one function of its library edited. */
	private static SavedModel editFunction(SavedModel m, String function, UnaryOperator<FunctionDef.Builder> edit) {
		SavedModel.Builder b = m.toBuilder();
		GraphDef.Builder g = b.getMetaGraphsBuilder(0).getGraphDefBuilder();
		for (FunctionDef.Builder f : g.getLibraryBuilder().getFunctionBuilderList()) {
			if (f.getSignature().getName().equals(function)) {
				edit.apply(f);
				return b.build();
			}
		}
		throw new AssertionError("no function " + function);
	}

	private static SavedModel editGraph(SavedModel m, UnaryOperator<GraphDef.Builder> edit) {
		SavedModel.Builder b = m.toBuilder();
		edit.apply(b.getMetaGraphsBuilder(0).getGraphDefBuilder());
		return b.build();
	}

	private static NodeDef.Builder nodeIn(FunctionDef.Builder f, String name) {
		return f.getNodeDefBuilderList().stream().filter(n -> n.getName().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
	}

	/** Writes {@code m} as model {@code name} and asserts it is refused for {@code op} with {@code reasonPart}, at inspection and load. */
	private static ModelInspection assertRefused(String name, SavedModel m, String op, String reasonPart) throws Exception {
		Path model = Tf2Models.write(dir.resolve(name), m, false);
		ModelInspection i = ModelInspection.of(model);
		assertFalse(i.safe(), name);
		assertTrue(i.disallowed().stream().anyMatch(u -> u.op().equals(op) && u.reason().contains(reasonPart)), name + ": " + i.unsafe());
		InferenceException e = assertThrows(InferenceException.class, () -> load(model, false));
		assertTrue(e.getMessage().contains(op) && e.getMessage().contains("--allow-unsafe-ops"), e.getMessage());
		return i;
	}

	@Test
	void pythonTf2SaverInLibraryFunctionsIsSafeAndTheModelLoadsWithoutTheFlag() throws Exception {
		Path model = Tf2Models.write(dir.resolve("tf2"), Tf2Models.savedModel(), true);
		assertTrue(Files.isRegularFile(model.resolve("variables/variables.index")), "the model's own save function wrote the checkpoint");
		assertFalse(Files.exists(model.resolve("variables/variables_temp")), "MergeV2Checkpoints removed the temporary shard folder");
		ModelInspection i = ModelInspection.of(model);
		assertTrue(i.safe(), i.unsafe().toString());
		for (String op : Set.of("SaveV2", "RestoreV2", "MergeV2Checkpoints", "ShardedFilename", "StringJoin", "StaticRegexFullMatch",
				"DisableCopyOnRead")) {
			assertTrue(i.opHistogram().containsKey(op), op + " is in the crafted model: " + i.opHistogram());
		}
		// the path `segsense infer` takes: TensorFlow restores the kernel through the restore function, then runs the signature
		ImageGeometry geo = new ImageGeometry(new long[] { 5, 4, 3 }, new double[] { 1, 1, 1 }, new double[] { 0, 0, 0 }, ImageGeometry.identity(3));
		float[] v = new float[60];
		for (int k = 0; k < v.length; k++) {
			v[k] = 40 + (k * 37 % 31);
		}
		try (EngineModel m = load(model, false)) {
			float[] got = new Predictor(m, PredictorOptions.defaults()).predict(Image.of(geo, v)).probabilities().floats();
			float[] expected = TinyModels.expectedForeground(v, 3, 4, 5, 1);
			assertArrayEquals(expected, got, 1e-5f, "the restored kernel (1/27) gives the box-filter probabilities");
		}
	}

	@Test
	void theOlderPythonSaverWithoutDisableCopyOnReadIsSafeAndLoads() throws Exception {
		// older TensorFlow 2 savers read the variables in the graph and pass the values to the save function
		SavedModel m = editFunction(Tf2Models.savedModel(), Tf2Models.SAVE_FN, f -> {
			for (String n : List.of("Read/DisableCopyOnRead", "Read/ReadVariableOp", "Identity", "Identity_1")) {
				f.removeNodeDef(f.getNodeDefBuilderList().indexOf(nodeIn(f, n)));
			}
			f.getSignatureBuilder().setInputArg(1, Tf2Models.arg("savev2_kernel_read_readvariableop", DataType.DT_FLOAT));
			nodeIn(f, "SaveV2").setInput(3, "savev2_kernel_read_readvariableop");
			nodeIn(f, "NoOp").clearInput().addInput("^MergeV2Checkpoints");
			return f;
		});
		m = editGraph(m, g -> {
			g.addNode(Tf2Models.node("kernel/Read/ReadVariableOp", "ReadVariableOp", "kernel").putAttr("dtype", Tf2Models.type(DataType.DT_FLOAT)));
			g.getNodeBuilderList().stream().filter(n -> n.getName().equals("StatefulPartitionedCall_1")).findFirst().orElseThrow()
					.setInput(1, "kernel/Read/ReadVariableOp").putAttr("Tin", Tf2Models.types(DataType.DT_STRING, DataType.DT_FLOAT, DataType.DT_STRING));
			return g;
		});
		Path model = Tf2Models.write(dir.resolve("tf2-older"), m, true);
		ModelInspection i = ModelInspection.of(model);
		assertTrue(i.safe(), i.unsafe().toString());
		assertFalse(i.opHistogram().containsKey("DisableCopyOnRead"));
		try (EngineModel loaded = load(model, false)) {
			assertEquals(1, loaded.descriptor().outputChannels());
		}
	}

	@Test
	void theTracedSaveFunctionAlsoCalledFromTheServingPathIsRefused() throws Exception {
		// a second graph-level call of the save function, wired to the output by a control dependency
		SavedModel graphCall = editGraph(Tf2Models.savedModel(), g -> {
			g.addNode(Tf2Models.call("StatefulPartitionedCall_3", Tf2Models.SAVE_FN, Tf2Models.types(DataType.DT_STRING, DataType.DT_RESOURCE,
					DataType.DT_STRING), Tf2Models.types(DataType.DT_STRING), "saver_filename", "kernel", "Const"));
			g.getNodeBuilderList().stream().filter(n -> n.getName().equals("StatefulPartitionedCall")).findFirst().orElseThrow()
					.addInput("^StatefulPartitionedCall_3");
			return g;
		});
		assertRefused("saveFromOutput", graphCall, "SaveV2", "runs with the model's signatures");

		// the serving function itself calls the save function
		SavedModel nested = editFunction(Tf2Models.savedModel(), Tf2Models.SERVE_FN, f -> f.addNodeDef(Tf2Models.call("again", Tf2Models.SAVE_FN,
				Tf2Models.types(), Tf2Models.types())));
		ModelInspection i = assertRefused("saveFromServeFunction", nested, "SaveV2", "also used by function '" + Tf2Models.SERVE_FN + "'");
		assertTrue(i.disallowed().stream().anyMatch(u -> u.op().equals("MergeV2Checkpoints")), i.unsafe().toString());
	}

	@Test
	void saveV2PrefixRewiredToAConstantPathIsRefused() throws Exception {
		String evil = outside.resolve("evil").toString();
		SavedModel m = editFunction(Tf2Models.savedModel(), Tf2Models.SAVE_FN, f -> {
			f.addNodeDef(Tf2Models.constant("evil/path", Tf2Models.strings(ByteString.copyFromUtf8(evil)), DataType.DT_STRING));
			nodeIn(f, "SaveV2").setInput(0, "evil/path:output:0");
			return f;
		});
		ModelInspection i = assertRefused("saveToConstant", m, "SaveV2", "not computed from the saver's filename tensor");
		assertFalse(i.disallowed().stream().anyMatch(u -> u.op().equals("MergeV2Checkpoints")), "only the rewired op is refused: " + i.unsafe());

		// the save call binds a constant instead of the saver's filename placeholder to file_prefix
		SavedModel bound = editGraph(Tf2Models.savedModel(), g -> {
			g.addNode(Tf2Models.constant("evil/prefix", Tf2Models.strings(ByteString.copyFromUtf8(evil)), DataType.DT_STRING));
			g.getNodeBuilderList().stream().filter(n -> n.getName().equals("StatefulPartitionedCall_1")).findFirst().orElseThrow()
					.setInput(0, "evil/prefix");
			return g;
		});
		assertRefused("saveCallBoundToConstant", bound, "SaveV2", "not computed from the saver's filename tensor");
	}

	@Test
	void readFileInsideTheRestoreFunctionIsRefused() throws Exception {
		SavedModel m = editFunction(Tf2Models.savedModel(), Tf2Models.RESTORE_FN, f -> {
			f.addNodeDef(Tf2Models.constant("leak/path", Tf2Models.strings(ByteString.copyFromUtf8("/etc/hostname")), DataType.DT_STRING));
			f.addNodeDef(Tf2Models.node("leak/read", "ReadFile", "leak/path:output:0"));
			nodeIn(f, "Identity_1").addInput("^leak/read");
			return f;
		});
		ModelInspection i = assertRefused("readFileInRestore", m, "ReadFile", "not on the allow-list");
		assertTrue(i.unsafe().toString().contains("'leak/read' in function '" + Tf2Models.RESTORE_FN + "'"), i.unsafe().toString());
		assertEquals(1, i.disallowed().size(), "the restore function's own RestoreV2 stays allowed: " + i.unsafe());
	}

	@Test
	void aSecondFunctionWithSaveV2ReachedFromTheOutputIsRefused() throws Exception {
		// a copy of the traced save function under another name, called with the saver's filename from the output
		SavedModel base = Tf2Models.savedModel();
		FunctionDef save = base.getMetaGraphs(0).getGraphDef().getLibrary().getFunctionList().stream()
				.filter(f -> f.getSignature().getName().equals(Tf2Models.SAVE_FN)).findFirst().orElseThrow();
		SavedModel m = editGraph(base, g -> {
			FunctionDef.Builder copy = save.toBuilder();
			copy.getSignatureBuilder().setName("__inference_layer_call_70");
			g.getLibraryBuilder().addFunction(copy);
			g.addNode(Tf2Models.call("layer/call", "__inference_layer_call_70", Tf2Models.types(DataType.DT_STRING, DataType.DT_RESOURCE,
					DataType.DT_STRING), Tf2Models.types(DataType.DT_STRING), "saver_filename", "kernel", "Const"));
			g.getNodeBuilderList().stream().filter(n -> n.getName().equals("StatefulPartitionedCall")).findFirst().orElseThrow().addInput("^layer/call");
			return g;
		});
		ModelInspection i = assertRefused("secondSaveFunction", m, "SaveV2", "runs with the model's signatures");
		assertTrue(i.unsafe().toString().contains("in function '__inference_layer_call_70'"), i.unsafe().toString());
		assertFalse(i.unsafe().toString().contains("in function '" + Tf2Models.SAVE_FN + "'"), "the real saver stays allowed: " + i.unsafe());
	}

	@Test
	void theSaveFunctionOnTheRestorePathOrAReadInTheSaveFunctionIsRefused() throws Exception {
		// TensorFlow runs restore_op_name when it loads: a restore op that also saves writes files at load time
		SavedModel onRestore = editGraph(Tf2Models.savedModel(), g -> g.addNode(Tf2Models.node("restore_all", "NoOp", "^StatefulPartitionedCall_2",
				"^StatefulPartitionedCall_1")));
		onRestore = onRestore.toBuilder().setMetaGraphs(0, onRestore.getMetaGraphs(0).toBuilder().setSaverDef(onRestore.getMetaGraphs(0)
				.getSaverDef().toBuilder().setRestoreOpName("restore_all"))).build();
		assertRefused("saveOnRestorePath", onRestore, "SaveV2", "outside the saver's save path (or on its restore path)");

		SavedModel readInSave = editFunction(Tf2Models.savedModel(), Tf2Models.SAVE_FN, f -> f.addNodeDef(Tf2Models.node("peek", "RestoreV2",
				"file_prefix", "SaveV2/tensor_names:output:0", "SaveV2/shape_and_slices:output:0").putAttr("dtypes",
						Tf2Models.types(DataType.DT_FLOAT, DataType.DT_STRING))));
		assertRefused("readInSave", readInSave, "RestoreV2", "outside the saver's restore path");
	}

	@Test
	void disableCopyOnReadOutsideTheSaverIsNotAllowed() throws Exception {
		SavedModel m = editFunction(Tf2Models.savedModel(), Tf2Models.SERVE_FN, f -> f.addNodeDef(Tf2Models.node("copy", "DisableCopyOnRead",
				"readvariableop_resource")));
		assertRefused("disableCopyOnReadInServe", m, "DisableCopyOnRead", "not on the allow-list");
	}
}
