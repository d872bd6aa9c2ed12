// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.tensorflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.FunctionDef;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.NameAttrList;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.OpDef;
import org.tensorflow.proto.SavedModel;
import org.tensorflow.proto.TensorProto;
import org.tensorflow.proto.TensorShapeProto;

import com.google.protobuf.ByteString;

/**
 * Builds hostile SavedModels by editing, at the protocol-buffer level, a model that TensorFlow Java
 * exported ({@link TinyModels#boxModel}: placeholder {@code image} → Conv3D with the variable
 * {@code kernel} → sigmoid → Identity {@code probabilities}, saver under {@code save/}).
 */
final class HostileModels {

	private HostileModels() {
	}

	/** Copies a model folder (saved_model.pb, variables/, metadata). */
	static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
				Path t = to.resolve(from.relativize(f).toString());
				if (Files.isDirectory(f)) {
					Files.createDirectories(t);
				} else {
					Files.copy(f, t);
				}
			}
		}
		return to;
	}

	static SavedModel read(Path dir) throws IOException {
		return SavedModel.parseFrom(Files.readAllBytes(dir.resolve(ModelInspection.SAVED_MODEL_FILE)));
	}

	static void write(Path dir, SavedModel m) throws IOException {
		Files.write(dir.resolve(ModelInspection.SAVED_MODEL_FILE), m.toByteArray());
	}

	/** Copies {@code from} to {@code to} and edits the graph of its only meta graph. */
	static Path editGraph(Path from, Path to, UnaryOperator<GraphDef.Builder> edit) throws IOException {
		copy(from, to);
		SavedModel.Builder m = read(to).toBuilder();
		MetaGraphDef.Builder meta = m.getMetaGraphsBuilder(0);
		meta.setGraphDef(edit.apply(meta.getGraphDef().toBuilder()));
		write(to, m.build());
		return to;
	}

	/** A scalar or 1-element string constant. */
	static NodeDef stringConst(String name, String value, boolean vector) {
		TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
		if (vector) {
			shape.addDim(TensorShapeProto.Dim.newBuilder().setSize(1));
		}
		TensorProto t = TensorProto.newBuilder().setDtype(DataType.DT_STRING).setTensorShape(shape).addStringVal(ByteString.copyFromUtf8(value))
				.build();
		return NodeDef.newBuilder().setName(name).setOp("Const").putAttr("dtype", AttrValue.newBuilder().setType(DataType.DT_STRING).build())
				.putAttr("value", AttrValue.newBuilder().setTensor(t).build()).build();
	}

	static NodeDef node(String name, String op, String... inputs) {
		NodeDef.Builder b = NodeDef.newBuilder().setName(name).setOp(op);
		for (String i : inputs) {
			b.addInput(i);
		}
		return b.build();
	}

	/** {@code SaveV2(prefix, ["kernel"], [""], kernel)} named {@code name}, with its two constants. */
	static GraphDef.Builder addSaveV2(GraphDef.Builder g, String name, String prefixInput) {
		g.addNode(stringConst(name + "/tensor_names", "kernel", true));
		g.addNode(stringConst(name + "/shape_and_slices", "", true));
		g.addNode(NodeDef.newBuilder().setName(name).setOp("SaveV2").addInput(prefixInput).addInput(name + "/tensor_names")
				.addInput(name + "/shape_and_slices").addInput("kernel")
				.putAttr("dtypes", AttrValue.newBuilder().setList(AttrValue.ListValue.newBuilder().addType(DataType.DT_FLOAT)).build()));
		return g;
	}

	/** Adds a control input {@code ^dependency} to the node {@code name}. */
	static GraphDef.Builder controlDependency(GraphDef.Builder g, String name, String dependency) {
		g.getNodeBuilder(indexOf(g, name)).addInput("^" + dependency);
		return g;
	}

	/** Replaces input {@code k} of node {@code name}. */
	static GraphDef.Builder rewire(GraphDef.Builder g, String name, int k, String input) {
		g.getNodeBuilder(indexOf(g, name)).setInput(k, input);
		return g;
	}

	/** @return the name of the first node of type {@code op} */
	static String first(GraphDef.Builder g, String op) {
		return g.getNodeList().stream().filter(n -> n.getOp().equals(op)).findFirst().orElseThrow(() -> new AssertionError("no " + op)).getName();
	}

	static int indexOf(GraphDef.Builder g, String name) {
		for (int i = 0; i < g.getNodeCount(); i++) {
			if (g.getNode(i).getName().equals(name)) {
				return i;
			}
		}
		throw new AssertionError("no node " + name);
	}

	/** A library function {@code name} with no inputs or outputs whose body is one node of type {@code op}. */
	static FunctionDef function(String name, String op) {
		return FunctionDef.newBuilder().setSignature(OpDef.newBuilder().setName(name).setIsStateful(true))
				.addNodeDef(node("hidden", op, "path:output:0")).addNodeDef(stringConst("path", "/etc/hostname", false)).build();
	}

	/** A StatefulPartitionedCall of {@code function} (no inputs, no outputs). */
	static NodeDef call(String name, String function) {
		return NodeDef.newBuilder().setName(name).setOp("StatefulPartitionedCall")
				.putAttr("f", AttrValue.newBuilder().setFunc(NameAttrList.newBuilder().setName(function)).build())
				.putAttr("Tin", AttrValue.newBuilder().setList(AttrValue.ListValue.getDefaultInstance()).build())
				.putAttr("Tout", AttrValue.newBuilder().setList(AttrValue.ListValue.getDefaultInstance()).build()).build();
	}

	/** @return every regular file under {@code dir} outside {@code except}, as relative paths */
	static java.util.Set<String> filesOutside(Path dir, Path... except) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).filter(f -> Stream.of(except).noneMatch(f::startsWith)).map(f -> dir.relativize(f).toString())
					.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
		}
	}
}
