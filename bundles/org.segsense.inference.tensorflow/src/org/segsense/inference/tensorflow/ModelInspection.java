// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.tensorflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.segsense.image.util.Sha256;
import org.segsense.inference.InferenceException;
import org.tensorflow.proto.FunctionDef;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.SavedModel;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.proto.TensorInfo;
import org.tensorflow.proto.TensorShapeProto;

/**
 * What a SavedModel folder contains, read from {@code saved_model.pb} without loading TensorFlow or
 * running anything: signatures, the histogram of operation types (graph and function library),
 * operations that are not safe to run and the folder's size. The SHA-256 of the folder is computed only
 * when asked for ({@link #sha256()}): it reads every weight file, which loading a model for inference
 * does not need.
 * <p>
 * Exactly the meta graph TensorFlow will load is inspected: TensorFlow's loader takes the first meta
 * graph whose tag <em>set</em> equals the tags asked for ({@link #SERVE_TAGS}, what SegSense loads with).
 * A file that cannot be parsed, has no such meta graph or several of them (which one runs would depend
 * on the loader's order), or a folder that also holds another SavedModel file TensorFlow might read
 * ({@code saved_model.pbtxt}, {@code saved_model.cpb}), is refused with an {@link InferenceException}.
 * <p>
 * Every node of that graph and of every function in its library must be on {@link OpSafety}'s
 * allow-list (a node whose type is a library function is a call: its body is inspected); checkpoint
 * operations must be where the saver puts them ({@link CheckpointPlacement}). Everything else is listed
 * in {@link #disallowed()}, per operation type and reason, with the first node names.
 *
 * @param folder the model folder
 * @param tags the tags of the inspected meta graph ({@code serve})
 * @param metaGraphs the tag sets of all meta graphs of the file, in file order
 * @param signatures signature key → one line per input and output ({@code in image DT_FLOAT [-1, -1, -1, -1, 1]})
 * @param opHistogram operation type → number of nodes, sorted by type
 * @param disallowed the operations that make the model unsafe, sorted by type
 * @param bytes total size of the folder's files
 */
public record ModelInspection(Path folder, List<String> tags, List<List<String>> metaGraphs, Map<String, List<String>> signatures,
		Map<String, Integer> opHistogram, List<UnsafeOp> disallowed, long bytes) {

	/** The file that marks a SavedModel folder. */
	public static final String SAVED_MODEL_FILE = "saved_model.pb";

	/** The tags SegSense loads a SavedModel with; the inspected meta graph is the one with exactly these. */
	public static final Set<String> SERVE_TAGS = Set.of("serve");

	/** Files TensorFlow may read a SavedModel from instead of {@value #SAVED_MODEL_FILE}. */
	static final List<String> OTHER_SAVED_MODEL_FILES = List.of("saved_model.pbtxt", "saved_model.cpb");

	private static final String NOT_ALLOWED = "not on the allow-list";

	/**
	 * @return SHA-256 of the folder ({@link Sha256#of}): over the sorted relative paths and contents of its files
	 * @throws InferenceException when a file cannot be read
	 */
	public String sha256() throws InferenceException {
		try {
			return Sha256.of(folder);
		} catch (IOException e) {
			throw new InferenceException("Cannot read the model folder " + folder + ": " + e.getMessage(), e);
		}
	}

	/** @return true when every operation is allowed */
	public boolean safe() {
		return disallowed.isEmpty();
	}

	/** @return one line per refused operation type ({@link UnsafeOp#describe()}) */
	public List<String> unsafe() {
		return disallowed.stream().map(UnsafeOp::describe).toList();
	}

	/** @return {@code safe (all N operation types on the allow-list)} or {@code unsafe: …} naming the refused types */
	public String verdict() {
		if (safe()) {
			return "safe (all " + opHistogram.size() + " operation types on the allow-list, checkpoint operations only in the saver)";
		}
		return "unsafe: " + disallowed.stream().map(UnsafeOp::op).distinct().count() + " operation type(s) outside the allow-list of "
				+ OpSafety.ALLOWED.size() + " or misplaced (" + String.join(", ", disallowed.stream().map(UnsafeOp::op).distinct().toList())
				+ "); they can reach the file system, the network or other processes";
	}

	/**
	 * Inspects a SavedModel folder.
	 *
	 * @param folder the folder holding {@code saved_model.pb}
	 * @return the inspection
	 * @throws InferenceException when the folder is not a readable SavedModel or the graph TensorFlow
	 *         would load cannot be told (the message says why)
	 */
	public static ModelInspection of(Path folder) throws InferenceException {
		Path pb = folder.resolve(SAVED_MODEL_FILE);
		if (!Files.isRegularFile(pb)) {
			throw new InferenceException(folder + " is not a TensorFlow SavedModel: it has no " + SAVED_MODEL_FILE
					+ ". Give the folder that tf.saved_model.save / SavedModelBundle.exporter wrote.");
		}
		for (String other : OTHER_SAVED_MODEL_FILES) {
			if (Files.exists(folder.resolve(other))) {
				throw new InferenceException(folder + " holds both " + SAVED_MODEL_FILE + " and " + other
						+ ": TensorFlow might load the graph of either, so SegSense cannot inspect the one that runs. Remove " + other + ".");
			}
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
		List<List<String>> metaGraphs = model.getMetaGraphsList().stream().map(m -> List.copyOf(m.getMetaInfoDef().getTagsList())).toList();
		MetaGraphDef meta = loadedMetaGraph(model, pb, metaGraphs);
		Map<String, List<String>> signatures = new TreeMap<>();
		List<String> runEntries = new ArrayList<>();
		for (Map.Entry<String, SignatureDef> e : meta.getSignatureDefMap().entrySet()) {
			List<String> lines = new ArrayList<>();
			e.getValue().getInputsMap().forEach((k, v) -> lines.add("in  " + k + " " + describe(v)));
			e.getValue().getOutputsMap().forEach((k, v) -> lines.add("out " + k + " " + describe(v)));
			signatures.put(e.getKey(), lines);
			e.getValue().getInputsMap().values().forEach(t -> runEntries.add(t.getName()));
			e.getValue().getOutputsMap().values().forEach(t -> runEntries.add(t.getName()));
		}
		meta.getCollectionDefMap().values().forEach(c -> runEntries.addAll(c.getNodeList().getValueList()));
		GraphDef graph = meta.getGraphDef();
		Set<String> functions = new HashSet<>();
		graph.getLibrary().getFunctionList().forEach(f -> functions.add(f.getSignature().getName()));
		Map<String, String> misplaced = CheckpointPlacement.misplaced(graph, meta.getSaverDef(), runEntries);
		Map<String, Map<String, String>> misplacedInFunctions = CheckpointPlacement.misplacedInFunctions(graph, meta.getSaverDef(), runEntries);

		Map<String, Integer> histogram = new TreeMap<>();
		Map<String, List<String>> found = new TreeMap<>(); // "op\0reason" → where
		for (NodeDef n : graph.getNodeList()) {
			histogram.merge(n.getOp(), 1, Integer::sum);
			String reason = misplaced.get(n.getName());
			if (reason == null && !OpSafety.isCheckpoint(n.getOp()) && !allowed(n.getOp(), functions)) {
				reason = NOT_ALLOWED;
			}
			if (reason != null) {
				found.computeIfAbsent(n.getOp() + "\0" + reason, k -> new ArrayList<>()).add("'" + n.getName() + "' in the graph");
			}
		}
		for (FunctionDef f : graph.getLibrary().getFunctionList()) {
			String name = f.getSignature().getName();
			for (NodeDef n : f.getNodeDefList()) {
				histogram.merge(n.getOp(), 1, Integer::sum);
				String reason = SaverFunctions.judged(n.getOp()) ? misplacedInFunctions.getOrDefault(name, Map.of()).get(n.getName())
						: allowed(n.getOp(), functions) ? null : NOT_ALLOWED;
				if (reason != null) {
					found.computeIfAbsent(n.getOp() + "\0" + reason, k -> new ArrayList<>()).add("'" + n.getName() + "' in function '" + name + "'");
				}
			}
		}
		List<UnsafeOp> disallowed = new ArrayList<>();
		found.forEach((k, where) -> disallowed.add(new UnsafeOp(k.substring(0, k.indexOf('\0')), k.substring(k.indexOf('\0') + 1), where.size(),
				where.subList(0, Math.min(UnsafeOp.SHOWN, where.size())))));
		return new ModelInspection(folder, List.copyOf(meta.getMetaInfoDef().getTagsList()), metaGraphs, signatures, histogram, disallowed,
				size(folder));
	}

	private static boolean allowed(String op, Set<String> functions) {
		return OpSafety.isAllowed(op) || functions.contains(op);
	}

	/** The meta graph TensorFlow's loader picks for {@link #SERVE_TAGS}: the first whose tag set equals them; it must be the only one. */
	private static MetaGraphDef loadedMetaGraph(SavedModel model, Path pb, List<List<String>> metaGraphs) throws InferenceException {
		MetaGraphDef chosen = null;
		int matches = 0;
		for (MetaGraphDef m : model.getMetaGraphsList()) {
			if (new HashSet<>(m.getMetaInfoDef().getTagsList()).equals(SERVE_TAGS)) {
				chosen = chosen == null ? m : chosen;
				matches++;
			}
		}
		if (matches == 0) {
			throw new InferenceException(pb + " has no meta graph tagged exactly " + SERVE_TAGS + " (its meta graphs are tagged " + metaGraphs
					+ "); SegSense loads that one. Export the model again with the tag 'serve'.");
		}
		if (matches > 1) {
			throw new InferenceException(pb + " has " + matches + " meta graphs tagged " + SERVE_TAGS + " (" + metaGraphs
					+ "): which one TensorFlow runs depends on its loader, so SegSense cannot inspect it. Export the model again with one"
					+ " 'serve' meta graph.");
		}
		return chosen;
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
