package org.segsense.inference.tensorflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.segsense.inference.Checksums;
import org.segsense.inference.InferenceException;
import org.tensorflow.proto.FunctionDef;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.SavedModel;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.proto.TensorInfo;
import org.tensorflow.proto.TensorShapeProto;

/**
 * What a SavedModel folder contains, read from {@code saved_model.pb} without loading TensorFlow or
 * running anything: signatures, the histogram of operation types (graph and function library),
 * operations that are not safe to run ({@link OpSafety}) and the folder's size. The SHA-256 of the
 * folder is computed only when asked for ({@link #sha256()}): it reads every weight file, which loading
 * a model for inference does not need.
 *
 * @param folder the model folder
 * @param tags the tags of the first meta graph (e.g. {@code serve})
 * @param signatures signature key → one line per input and output ({@code in image DT_FLOAT [-1, -1, -1, -1, 1]})
 * @param opHistogram operation type → number of nodes, sorted by type
 * @param unsafe one line per refused operation: {@code ReadFile (file system) at node 'x' in the graph}
 * @param bytes total size of the folder's files
 */
public record ModelInspection(Path folder, List<String> tags, Map<String, List<String>> signatures, Map<String, Integer> opHistogram,
		List<String> unsafe, long bytes) {

	/** The file that marks a SavedModel folder. */
	public static final String SAVED_MODEL_FILE = "saved_model.pb";

	/**
	 * @return SHA-256 of the folder ({@link Checksums}): over the sorted relative paths and contents of its files
	 * @throws InferenceException when a file cannot be read
	 */
	public String sha256() throws InferenceException {
		try {
			return Checksums.sha256(folder);
		} catch (IOException e) {
			throw new InferenceException("Cannot read the model folder " + folder + ": " + e.getMessage(), e);
		}
	}

	/** @return true when no operation was refused */
	public boolean safe() {
		return unsafe.isEmpty();
	}

	/** @return {@code safe} or {@code unsafe: N operations …} */
	public String verdict() {
		return safe() ? "safe" : "unsafe: " + unsafe.size() + " operation(s) reach the file system, the network or other processes";
	}

	/**
	 * Inspects a SavedModel folder.
	 *
	 * @param folder the folder holding {@code saved_model.pb}
	 * @return the inspection
	 * @throws InferenceException when the folder is not a readable SavedModel (the message says why)
	 */
	public static ModelInspection of(Path folder) throws InferenceException {
		Path pb = folder.resolve(SAVED_MODEL_FILE);
		if (!Files.isRegularFile(pb)) {
			throw new InferenceException(folder + " is not a TensorFlow SavedModel: it has no " + SAVED_MODEL_FILE
					+ ". Give the folder that tf.saved_model.save / SavedModelBundle.exporter wrote.");
		}
		SavedModel model;
		try {
			long size = Files.size(pb);
			if (size > Integer.MAX_VALUE - 8) {
				throw new InferenceException(pb + " is " + size + " bytes, larger than a protocol buffer can be (2 GiB).");
			}
			model = SavedModel.parseFrom(Files.readAllBytes(pb));
		} catch (IOException e) {
			throw new InferenceException(pb + " cannot be read as a SavedModel (" + e.getMessage()
					+ "). The file is truncated or not a SavedModel; export the model again.", e);
		}
		if (model.getMetaGraphsCount() == 0) {
			throw new InferenceException(pb + " contains no meta graph; export the model again with a 'serve' tag.");
		}
		MetaGraphDef meta = model.getMetaGraphs(0);
		Map<String, List<String>> signatures = new TreeMap<>();
		for (Map.Entry<String, SignatureDef> e : meta.getSignatureDefMap().entrySet()) {
			List<String> lines = new ArrayList<>();
			e.getValue().getInputsMap().forEach((k, v) -> lines.add("in  " + k + " " + describe(v)));
			e.getValue().getOutputsMap().forEach((k, v) -> lines.add("out " + k + " " + describe(v)));
			signatures.put(e.getKey(), lines);
		}
		Map<String, Integer> histogram = new TreeMap<>();
		List<String> unsafe = new ArrayList<>();
		String saverScope = saverScope(meta.getSaverDef().getRestoreOpName());
		for (NodeDef n : meta.getGraphDef().getNodeList()) {
			histogram.merge(n.getOp(), 1, Integer::sum);
			check(n, saverScope != null && n.getName().startsWith(saverScope), "the graph", unsafe);
		}
		for (FunctionDef f : meta.getGraphDef().getLibrary().getFunctionList()) {
			String name = f.getSignature().getName();
			boolean checkpointFunction = OpSafety.isCheckpointFunction(name);
			for (NodeDef n : f.getNodeDefList()) {
				histogram.merge(n.getOp(), 1, Integer::sum);
				check(n, checkpointFunction, "function '" + name + "'", unsafe);
			}
		}
		return new ModelInspection(folder, List.copyOf(meta.getMetaInfoDef().getTagsList()), signatures, histogram, unsafe, size(folder));
	}

	private static void check(NodeDef n, boolean checkpointPlace, String where, List<String> unsafe) {
		String risk = OpSafety.risk(n.getOp());
		if (risk == null || (checkpointPlace && OpSafety.CHECKPOINT.contains(n.getOp()))) {
			return;
		}
		unsafe.add(n.getOp() + " (" + risk + ") at node '" + n.getName() + "' in " + where);
	}

	/** {@code save/restore_all} → {@code save/}; null when the graph has no saver. */
	private static String saverScope(String restoreOp) {
		int slash = restoreOp.indexOf('/');
		return slash <= 0 ? null : restoreOp.substring(0, slash + 1);
	}

	private static String describe(TensorInfo t) {
		StringBuilder s = new StringBuilder(t.getDtype().name()).append(" [");
		TensorShapeProto shape = t.getTensorShape();
		if (shape.getUnknownRank()) {
			s.append("unknown rank");
		}
		for (int i = 0; i < shape.getDimCount(); i++) {
			s.append(i == 0 ? "" : ", ").append(shape.getDim(i).getSize());
		}
		return s.append("] (").append(t.getName()).append(")").toString();
	}

	private static long size(Path folder) throws InferenceException {
		try (Stream<Path> files = Files.walk(folder)) {
			long total = 0;
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				total += Files.size(f);
			}
			return total;
		} catch (IOException e) {
			throw new InferenceException("Cannot read the model folder " + folder + ": " + e.getMessage(), e);
		}
	}
}
