// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.segsense.workflows.WorkflowException;
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
 * The model inspection service, got from the OSGi service registry: what it reports about a tiny SavedModel
 * written as a protocol buffer (signature, tensor shapes, operation counts, safe), an unsafe one (ReadFile), and
 * the bad-input message for a missing folder, a file and a folder that is not a SavedModel.
 */
class ModelInspectionServiceTest {

	@TempDir
	Path dir;

	private static ModelInspectionService service() {
		BundleContext c = FrameworkUtil.getBundle(ModelInspectionServiceImpl.class).getBundleContext();
		ServiceReference<ModelInspectionService> ref = c.getServiceReference(ModelInspectionService.class);
		assertNotNull(ref, "ModelInspectionService is not registered");
		ModelInspectionService s = c.getService(ref);
		assertEquals(ModelInspectionServiceImpl.class, s.getClass());
		return s;
	}

	/** {@code probabilities = Identity(image)}, signature serving_default, plus a ReadFile node when {@code unsafe}. */
	static Path tinyModel(Path dir, boolean unsafe) throws Exception {
		TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
		for (long size : new long[] {-1, -1, -1, -1, 1}) {
			shape.addDim(TensorShapeProto.Dim.newBuilder().setSize(size));
		}
		AttrValue floats = AttrValue.newBuilder().setType(DataType.DT_FLOAT).build();
		GraphDef.Builder g = GraphDef.newBuilder()
				.addNode(NodeDef.newBuilder().setName("image").setOp("Placeholder").putAttr("dtype", floats))
				.addNode(NodeDef.newBuilder().setName("probabilities").setOp("Identity").addInput("image").putAttr("T", floats));
		if (unsafe) {
			g.addNode(NodeDef.newBuilder().setName("evil/read").setOp("ReadFile"));
		}
		TensorInfo in = TensorInfo.newBuilder().setName("image:0").setDtype(DataType.DT_FLOAT).setTensorShape(shape).build();
		TensorInfo out = TensorInfo.newBuilder().setName("probabilities:0").setDtype(DataType.DT_FLOAT).setTensorShape(shape).build();
		MetaGraphDef meta = MetaGraphDef.newBuilder().setMetaInfoDef(MetaGraphDef.MetaInfoDef.newBuilder().addTags("serve")).setGraphDef(g)
				.putSignatureDef("serving_default", SignatureDef.newBuilder().putInputs("image", in).putOutputs("probabilities", out).build())
				.build();
		Files.createDirectories(dir);
		Files.write(dir.resolve("saved_model.pb"), SavedModel.newBuilder().addMetaGraphs(meta).build().toByteArray());
		return dir;
	}

	@Test
	void reportsSignatureShapesOperationsAndASafeVerdict() throws Exception {
		Path model = tinyModel(dir.resolve("tiny"), false);
		ModelInspectionService.Inspection i = service().inspect(model, null);
		assertEquals(model.toAbsolutePath().normalize(), i.folder());
		assertTrue(i.engine() != null && i.engine().startsWith("TensorFlow"), "the installed TensorFlow engine recognises it: " + i.engine());
		assertEquals(List.of("serve"), i.tags());
		assertEquals(List.of("in  image DT_FLOAT [-1, -1, -1, -1, 1] (image:0)", "out probabilities DT_FLOAT [-1, -1, -1, -1, 1] (probabilities:0)"),
				i.signatures().get("serving_default"));
		assertEquals(2, i.nodes());
		assertEquals(2, i.operationTypes());
		assertEquals(Files.size(model.resolve("saved_model.pb")), i.bytes());
		assertTrue(i.safe());
		assertTrue(i.verdict().startsWith("safe"), i.verdict());
		assertEquals(List.of(), i.unsafe());
	}

	@Test
	void anUnsafeOperationMakesTheVerdictUnsafe() throws Exception {
		ModelInspectionService.Inspection i = service().inspect(tinyModel(dir.resolve("hostile"), true), null);
		assertFalse(i.safe());
		assertTrue(i.verdict().startsWith("unsafe") && i.verdict().contains("ReadFile"), i.verdict());
		assertEquals(1, i.unsafe().size());
		assertTrue(i.unsafe().get(0).contains("not on the allow-list"), i.unsafe().toString());
	}

	@Test
	void aMissingFolderAFileAndANonModelAreBadInputNamingTheFolderAndTheFix() throws Exception {
		Path missing = dir.resolve("missing");
		WorkflowException e = assertThrows(WorkflowException.class, () -> service().inspect(missing, null));
		assertTrue(e.badInput());
		assertEquals("Model folder " + missing.toAbsolutePath().normalize() + " does not exist. Set the variant's model path to the folder of a"
				+ " TensorFlow SavedModel (the one that holds saved_model.pb); a relative path is resolved against the study's folder.",
				e.getMessage());

		Path file = Files.writeString(dir.resolve("model.txt"), "not a model");
		e = assertThrows(WorkflowException.class, () -> service().inspect(file, null));
		assertTrue(e.badInput() && e.getMessage().contains(file + " is a file, not a folder"), e.getMessage());

		Path empty = Files.createDirectories(dir.resolve("empty"));
		e = assertThrows(WorkflowException.class, () -> service().inspect(empty, null));
		assertTrue(e.badInput() && e.getMessage().contains(empty + " is not a TensorFlow SavedModel: it has no saved_model.pb"), e.getMessage());
	}
}
