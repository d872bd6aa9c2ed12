// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.tensorflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.tensorflow.Graph;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.AssignVariableOp;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.FunctionDef;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.NameAttrList;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.OpDef;
import org.tensorflow.proto.SavedModel;
import org.tensorflow.proto.SaverDef;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.proto.TensorInfo;
import org.tensorflow.proto.TensorProto;
import org.tensorflow.proto.TensorShapeProto;
import org.tensorflow.proto.VersionDef;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TString;

import com.google.protobuf.ByteString;

/**
 * A SavedModel shaped like the ones Python TensorFlow 2 writes ({@code tf.saved_model.save}, Keras
 * {@code model.export}), built at the protocol-buffer level: the box model of {@link TinyModels}
 * (Conv3D with a 3×3×3 kernel of 1/27, minus 50, sigmoid) as a resource variable {@code kernel} read in
 * the signature function, and the saver traced into two library functions, as in the dumps of Python
 * exports (recent TensorFlow 2, Keras 3):
 * <ul>
 * <li>graph: {@code saver_filename} (string placeholder), {@code StatefulPartitionedCall_1} calling
 * {@link #SAVE_FN}({@code saver_filename}, {@code kernel}, {@code Const}) — the saver's
 * {@code save_tensor_name} — and {@code StatefulPartitionedCall_2} calling
 * {@link #RESTORE_FN}({@code saver_filename}, {@code kernel}) — its {@code restore_op_name};</li>
 * <li>{@link #SAVE_FN}({@code file_prefix}, …): {@code StaticRegexFullMatch(file_prefix, "^s3://.*")},
 * {@code Select} of {@code ".part"} / {@code "_temp/part"}, {@code StringJoin}, {@code ShardedFilename},
 * {@code DisableCopyOnRead} + {@code ReadVariableOp} of the variable, {@code SaveV2}, {@code Pack},
 * {@code MergeV2Checkpoints(prefixes, file_prefix)}, {@code Identity} of {@code file_prefix};</li>
 * <li>{@link #RESTORE_FN}({@code file_prefix}, …): {@code RestoreV2(file_prefix, …)},
 * {@code AssignVariableOp}, {@code Identity} of {@code file_prefix};</li>
 * <li>signatures {@code serving_default} (image → probabilities through {@code StatefulPartitionedCall}
 * of {@link #SERVE_FN}) and {@code __saved_model_init_op} ({@code NoOp}).</li>
 * </ul>
 * {@link #write} also writes the checkpoint {@code variables/variables.*} by running the model's own save
 * function with TensorFlow Java.
 */
final class Tf2Models {

	static final String SERVE_FN = "__inference_signature_wrapper_20";
	static final String SAVE_FN = "__inference__traced_save_50";
	static final String RESTORE_FN = "__inference__traced_restore_60";
	static final String KERNEL_KEY = "layer_with_weights-0/kernel/.ATTRIBUTES/VARIABLE_VALUE";
	static final String OBJECT_GRAPH_KEY = "_CHECKPOINTABLE_OBJECT_GRAPH";

	private static final DataType F = DataType.DT_FLOAT, S = DataType.DT_STRING, R = DataType.DT_RESOURCE;

	private Tf2Models() {
	}

	/** @return the SavedModel proto (one meta graph tagged serve) */
	static SavedModel savedModel() {
		GraphDef.Builder g = GraphDef.newBuilder().setVersions(VersionDef.newBuilder().setProducer(1700).setMinConsumer(12));
		g.addNode(node("serving_default_image", "Placeholder").putAttr("dtype", type(F)).putAttr("shape", shape(-1, -1, -1, -1, 1)));
		g.addNode(node("kernel", "VarHandleOp").putAttr("dtype", type(F)).putAttr("shape", shape(3, 3, 3, 1, 1))
				.putAttr("shared_name", str("kernel")).putAttr("container", str("")));
		g.addNode(call("StatefulPartitionedCall", SERVE_FN, types(F, R), types(F), "serving_default_image", "kernel"));
		g.addNode(node("saver_filename", "Placeholder").putAttr("dtype", type(S)).putAttr("shape", shape()));
		g.addNode(constant("Const", strings(ByteString.copyFromUtf8("object graph (SavedObjectGraph proto)")), S));
		g.addNode(call("StatefulPartitionedCall_1", SAVE_FN, types(S, R, S), types(S), "saver_filename", "kernel", "Const"));
		g.addNode(call("StatefulPartitionedCall_2", RESTORE_FN, types(S, R), types(S), "saver_filename", "kernel"));
		g.addNode(node("NoOp", "NoOp"));
		g.getLibraryBuilder().addFunction(serveFunction()).addFunction(saveFunction()).addFunction(restoreFunction());

		TensorInfo image = TensorInfo.newBuilder().setName("serving_default_image:0").setDtype(F).setTensorShape(shape(-1, -1, -1, -1, 1).getShape())
				.build();
		TensorInfo probabilities = TensorInfo.newBuilder().setName("StatefulPartitionedCall:0").setDtype(F)
				.setTensorShape(shape(-1, -1, -1, -1, 1).getShape()).build();
		MetaGraphDef.Builder meta = MetaGraphDef.newBuilder();
		meta.getMetaInfoDefBuilder().addTags("serve").setTensorflowVersion("2.18.0").setTensorflowGitVersion("crafted-by-test");
		meta.setGraphDef(g);
		meta.setSaverDef(SaverDef.newBuilder().setFilenameTensorName("saver_filename:0").setSaveTensorName("StatefulPartitionedCall_1:0")
				.setRestoreOpName("StatefulPartitionedCall_2").setMaxToKeep(5).setSharded(true).setKeepCheckpointEveryNHours(10000)
				.setVersion(SaverDef.CheckpointFormatVersion.V2));
		meta.putSignatureDef("serving_default", SignatureDef.newBuilder().putInputs("image", image).putOutputs("probabilities", probabilities)
				.setMethodName("tensorflow/serving/predict").build());
		meta.putSignatureDef("__saved_model_init_op",
				SignatureDef.newBuilder().putOutputs("__saved_model_init_op", TensorInfo.newBuilder().setName("NoOp").build()).build());
		return SavedModel.newBuilder().setSavedModelSchemaVersion(1).addMetaGraphs(meta).build();
	}

	/** The signature function: {@code sigmoid(conv3d(image, read(kernel)) − 50)}. */
	private static FunctionDef serveFunction() {
		FunctionDef.Builder f = FunctionDef.newBuilder().setSignature(OpDef.newBuilder().setName(SERVE_FN).setIsStateful(true)
				.addInputArg(arg("image", F)).addInputArg(arg("readvariableop_resource", R)).addOutputArg(arg("identity", F)));
		f.addNodeDef(node("ReadVariableOp", "ReadVariableOp", "readvariableop_resource").putAttr("dtype", type(F)));
		f.addNodeDef(node("Conv3D", "Conv3D", "image", "ReadVariableOp:value:0").putAttr("T", type(F)).putAttr("padding", str("SAME"))
				.putAttr("strides", ints(1, 1, 1, 1, 1)));
		f.addNodeDef(constant("sub/y", TensorProto.newBuilder().setDtype(F).setTensorShape(TensorShapeProto.getDefaultInstance()).addFloatVal(50f), F));
		f.addNodeDef(node("sub", "Sub", "Conv3D:output:0", "sub/y:output:0").putAttr("T", type(F)));
		f.addNodeDef(node("Sigmoid", "Sigmoid", "sub:z:0").putAttr("T", type(F)));
		f.addNodeDef(node("Identity", "Identity", "Sigmoid:y:0", "^ReadVariableOp").putAttr("T", type(F)));
		return f.putRet("identity", "Identity:output:0").build();
	}

	/** Python's {@code _traced_save}: checkpoint to {@code file_prefix + "_temp/part"}, shard, merge into {@code file_prefix}. */
	private static FunctionDef saveFunction() {
		FunctionDef.Builder f = FunctionDef.newBuilder().setSignature(OpDef.newBuilder().setName(SAVE_FN).setIsStateful(true)
				.addInputArg(arg("file_prefix", S)).addInputArg(arg("read_disablecopyonread_kernel", R)).addInputArg(arg("savev2_const", S))
				.addOutputArg(arg("identity_3", S)).addControlOutput("MergeV2Checkpoints"));
		f.addNodeDef(node("StaticRegexFullMatch", "StaticRegexFullMatch", "file_prefix").putAttr("pattern", str("^s3://.*")));
		f.addNodeDef(constant("Const", strings(ByteString.copyFromUtf8(".part")), S));
		f.addNodeDef(constant("Const_1", strings(ByteString.copyFromUtf8("_temp/part")), S));
		f.addNodeDef(node("Select", "Select", "StaticRegexFullMatch:output:0", "Const:output:0", "Const_1:output:0").putAttr("T", type(S)));
		f.addNodeDef(node("StringJoin", "StringJoin", "file_prefix", "Select:output:0").putAttr("N", AttrValue.newBuilder().setI(2).build()));
		f.addNodeDef(constant("num_shards", TensorProto.newBuilder().setDtype(DataType.DT_INT32).addIntVal(1), DataType.DT_INT32));
		f.addNodeDef(constant("ShardedFilename/shard", TensorProto.newBuilder().setDtype(DataType.DT_INT32).addIntVal(0), DataType.DT_INT32));
		f.addNodeDef(node("ShardedFilename", "ShardedFilename", "StringJoin:output:0", "ShardedFilename/shard:output:0", "num_shards:output:0"));
		f.addNodeDef(node("Read/DisableCopyOnRead", "DisableCopyOnRead", "read_disablecopyonread_kernel"));
		f.addNodeDef(node("Read/ReadVariableOp", "ReadVariableOp", "read_disablecopyonread_kernel", "^Read/DisableCopyOnRead").putAttr("dtype", type(F)));
		f.addNodeDef(node("Identity", "Identity", "Read/ReadVariableOp:value:0").putAttr("T", type(F)));
		f.addNodeDef(node("Identity_1", "Identity", "Identity:output:0").putAttr("T", type(F)));
		f.addNodeDef(constant("SaveV2/tensor_names", strings(ByteString.copyFromUtf8(KERNEL_KEY), ByteString.copyFromUtf8(OBJECT_GRAPH_KEY)), S));
		f.addNodeDef(constant("SaveV2/shape_and_slices", strings(ByteString.EMPTY, ByteString.EMPTY), S));
		f.addNodeDef(node("SaveV2", "SaveV2", "ShardedFilename:filename:0", "SaveV2/tensor_names:output:0", "SaveV2/shape_and_slices:output:0",
				"Identity_1:output:0", "savev2_const").putAttr("dtypes", types(F, S)));
		f.addNodeDef(node("MergeV2Checkpoints/checkpoint_prefixes", "Pack", "ShardedFilename:filename:0", "^SaveV2").putAttr("T", type(S))
				.putAttr("N", AttrValue.newBuilder().setI(1).build()));
		f.addNodeDef(node("MergeV2Checkpoints", "MergeV2Checkpoints", "MergeV2Checkpoints/checkpoint_prefixes:output:0", "file_prefix"));
		f.addNodeDef(node("Identity_2", "Identity", "file_prefix", "^MergeV2Checkpoints").putAttr("T", type(S)));
		f.addNodeDef(node("Identity_3", "Identity", "Identity_2:output:0", "^NoOp").putAttr("T", type(S)));
		f.addNodeDef(node("NoOp", "NoOp", "^MergeV2Checkpoints", "^Read/DisableCopyOnRead", "^Read/ReadVariableOp"));
		return f.putRet("identity_3", "Identity_3:output:0").putControlRet("MergeV2Checkpoints", "MergeV2Checkpoints").build();
	}

	/** Python's {@code _traced_restore}: {@code RestoreV2(file_prefix)} assigned to the variable. */
	private static FunctionDef restoreFunction() {
		FunctionDef.Builder f = FunctionDef.newBuilder().setSignature(OpDef.newBuilder().setName(RESTORE_FN).setIsStateful(true)
				.addInputArg(arg("file_prefix", S)).addInputArg(arg("assignvariableop_kernel", R)).addOutputArg(arg("identity_2", S))
				.addControlOutput("AssignVariableOp"));
		f.addNodeDef(constant("RestoreV2/tensor_names", strings(ByteString.copyFromUtf8(KERNEL_KEY), ByteString.copyFromUtf8(OBJECT_GRAPH_KEY)), S));
		f.addNodeDef(constant("RestoreV2/shape_and_slices", strings(ByteString.EMPTY, ByteString.EMPTY), S));
		f.addNodeDef(node("RestoreV2", "RestoreV2", "file_prefix", "RestoreV2/tensor_names:output:0", "RestoreV2/shape_and_slices:output:0")
				.putAttr("dtypes", types(F, S)));
		f.addNodeDef(node("Identity", "Identity", "RestoreV2:tensors:0").putAttr("T", type(F)));
		f.addNodeDef(node("AssignVariableOp", "AssignVariableOp", "assignvariableop_kernel", "Identity:output:0").putAttr("dtype", type(F)));
		f.addNodeDef(node("NoOp_1", "NoOp"));
		f.addNodeDef(node("Identity_1", "Identity", "file_prefix", "^AssignVariableOp", "^NoOp_1").putAttr("T", type(S)));
		f.addNodeDef(node("Identity_2", "Identity", "Identity_1:output:0", "^NoOp").putAttr("T", type(S)));
		f.addNodeDef(node("NoOp", "NoOp", "^AssignVariableOp"));
		return f.putRet("identity_2", "Identity_2:output:0").putControlRet("AssignVariableOp", "AssignVariableOp").build();
	}

	/**
	 * Writes {@code m} to {@code dir}; with {@code checkpoint}, also {@code variables/variables.*}, written by
	 * running the graph's own save call ({@code saver_def.save_tensor_name}) after setting the kernel to 1/27.
	 */
	static Path write(Path dir, SavedModel m, boolean checkpoint) throws IOException {
		Files.createDirectories(dir.resolve("variables"));
		HostileModels.write(dir, m);
		if (checkpoint) {
			GraphDef graph = m.getMetaGraphs(0).getGraphDef();
			SaverDef saver = m.getMetaGraphs(0).getSaverDef();
			float[] k = new float[27];
			Arrays.fill(k, 1f / 27);
			try (Graph g = new Graph()) {
				g.importGraphDef(graph);
				Ops tf = Ops.create(g);
				Output<TFloat32> value = tf.constant(Shape.of(3, 3, 3, 1, 1), DataBuffers.of(k)).asOutput();
				AssignVariableOp init = tf.assignVariableOp(g.operation("kernel").output(0), value);
				try (Session s = new Session(g); TString prefix = TString.scalarOf(dir.resolve("variables").resolve("variables").toString())) {
					s.runner().addTarget(init).run().close();
					try (Result r = s.runner().feed(CheckpointPlacement.nodeName(saver.getFilenameTensorName()), prefix)
							.fetch(saver.getSaveTensorName()).run()) {
						if (r.size() != 1) {
							throw new IllegalStateException("the save call returned " + r.size() + " tensors");
						}
					}
				}
			}
		}
		return dir;
	}

	// --- protocol-buffer helpers -----------------------------------------------------------------------------

	static NodeDef.Builder node(String name, String op, String... inputs) {
		NodeDef.Builder b = NodeDef.newBuilder().setName(name).setOp(op);
		for (String i : inputs) {
			b.addInput(i);
		}
		return b;
	}

	/** A StatefulPartitionedCall of {@code function} as Python writes it. */
	static NodeDef.Builder call(String name, String function, AttrValue tin, AttrValue tout, String... inputs) {
		return node(name, "StatefulPartitionedCall", inputs).putAttr("f", AttrValue.newBuilder().setFunc(NameAttrList.newBuilder().setName(function)).build())
				.putAttr("Tin", tin).putAttr("Tout", tout).putAttr("config", str("")).putAttr("config_proto", str(""))
				.putAttr("executor_type", str(""));
	}

	static NodeDef.Builder constant(String name, TensorProto.Builder value, DataType type) {
		return node(name, "Const").putAttr("dtype", type(type)).putAttr("value", AttrValue.newBuilder().setTensor(value.setDtype(type)).build());
	}

	/** A string tensor: a scalar for one value, else a vector. */
	static TensorProto.Builder strings(ByteString... values) {
		TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
		if (values.length != 1) {
			shape.addDim(TensorShapeProto.Dim.newBuilder().setSize(values.length));
		}
		return TensorProto.newBuilder().setDtype(S).setTensorShape(shape).addAllStringVal(Arrays.asList(values));
	}

	static OpDef.ArgDef arg(String name, DataType type) {
		return OpDef.ArgDef.newBuilder().setName(name).setType(type).build();
	}

	static AttrValue type(DataType t) {
		return AttrValue.newBuilder().setType(t).build();
	}

	static AttrValue types(DataType... t) {
		return AttrValue.newBuilder().setList(AttrValue.ListValue.newBuilder().addAllType(Arrays.asList(t))).build();
	}

	static AttrValue ints(long... v) {
		AttrValue.ListValue.Builder l = AttrValue.ListValue.newBuilder();
		for (long x : v) {
			l.addI(x);
		}
		return AttrValue.newBuilder().setList(l).build();
	}

	static AttrValue str(String s) {
		return AttrValue.newBuilder().setS(ByteString.copyFromUtf8(s)).build();
	}

	static AttrValue shape(long... dims) {
		TensorShapeProto.Builder s = TensorShapeProto.newBuilder();
		for (long d : dims) {
			s.addDim(TensorShapeProto.Dim.newBuilder().setSize(d));
		}
		return AttrValue.newBuilder().setShape(s).build();
	}
}
