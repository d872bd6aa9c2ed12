// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.SavedModel;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.proto.TensorInfo;
import org.tensorflow.proto.TensorShapeProto;

/**
 * A tiny SavedModel written as TensorFlow writes one (a {@code saved_model.pb} protocol buffer with one meta graph
 * tagged {@code serve}): {@code probabilities = Identity(image)} with the signature {@code serving_default}
 * ({@code image} DT_FLOAT [-1, -1, -1, -1, 1] in, {@code probabilities} out), optionally with a {@code ReadFile}
 * node that makes it unsafe. Made in milliseconds without the TensorFlow runtime.
 */
public final class TinySavedModels {

	private TinySavedModels() {
	}

	public static Path write(Path dir, boolean unsafe) throws Exception {
		TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
		for (long size : new long[] {-1, -1, -1, -1, 1}) {
			shape.addDim(TensorShapeProto.Dim.newBuilder().setSize(size));
		}
		AttrValue floats = AttrValue.newBuilder().setType(DataType.DT_FLOAT).build();
		GraphDef.Builder g = GraphDef.newBuilder()
				.addNode(NodeDef.newBuilder().setName("image").setOp("Placeholder").putAttr("dtype", floats)
						.putAttr("shape", AttrValue.newBuilder().setShape(shape).build()))
				.addNode(NodeDef.newBuilder().setName("probabilities").setOp("Identity").addInput("image").putAttr("T", floats));
		if (unsafe) {
			g.addNode(NodeDef.newBuilder().setName("evil/read").setOp("ReadFile"));
		}
		SignatureDef signature = SignatureDef.newBuilder().setMethodName("tensorflow/serving/predict")
				.putInputs("image", TensorInfo.newBuilder().setName("image:0").setDtype(DataType.DT_FLOAT).setTensorShape(shape).build())
				.putOutputs("probabilities",
						TensorInfo.newBuilder().setName("probabilities:0").setDtype(DataType.DT_FLOAT).setTensorShape(shape).build())
				.build();
		MetaGraphDef meta = MetaGraphDef.newBuilder().setMetaInfoDef(MetaGraphDef.MetaInfoDef.newBuilder().addTags("serve")).setGraphDef(g)
				.putSignatureDef("serving_default", signature).build();
		Files.createDirectories(dir);
		Files.write(dir.resolve("saved_model.pb"), SavedModel.newBuilder().setSavedModelSchemaVersion(1).addMetaGraphs(meta).build().toByteArray());
		return dir;
	}
}
