// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.tensorflow;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.SaverDef;

/**
 * Decides, from the structure of a graph, which checkpoint operations ({@link OpSafety#isCheckpoint})
 * are where the graph's {@code saver_def} saves and restores variables, and refuses the others. Node
 * names play no part.
 * <p>
 * Conventions. A node's inputs are {@code name}, {@code name:k} (data) or {@code ^name} (control). The
 * <em>save path</em> is every node the saver's {@code save_tensor_name} depends on (data and control
 * inputs, transitively), the <em>restore path</em> the same for {@code restore_op_name}, and the
 * <em>run path</em> the same for every tensor the model is run through: all signature inputs and outputs
 * (including {@code __saved_model_init_op}) and every node named in a collection (main and legacy init
 * ops). A checkpoint operation is allowed only when
 * <ul>
 * <li>it is not on the run path (running the model or its init op never saves or restores);</li>
 * <li>a file-writing one ({@link OpSafety#CHECKPOINT_WRITE}) is on the save path and not on the restore
 * path (TensorFlow runs the restore path when it loads the model), a file-reading one
 * ({@link OpSafety#CHECKPOINT_READ}) is on the restore path, a file-name one
 * ({@link OpSafety#SAVER_ONLY}) on either;</li>
 * <li>its file-name inputs (the first; both of {@code MergeV2Checkpoints}) are computed from the saver's
 * {@code filename_tensor_name} — which the loader feeds with the model's {@code variables/} path — and
 * constants only, through string operations that build checkpoint names ({@link #FILENAME_PATH_OPS}).</li>
 * </ul>
 * TensorFlow Java's exporter and TensorFlow 1's {@code Saver} write such graph-level savers. Python
 * TensorFlow 2 puts its checkpoint operations into library functions the saver calls; those are judged
 * by {@link SaverFunctions} ({@link #misplacedInFunctions}).
 */
final class CheckpointPlacement {

	/** Operations a checkpoint file name may pass through between the saver's filename tensor and a checkpoint op. */
	static final Set<String> FILENAME_PATH_OPS = Set.of("Identity", "StringJoin", "ShardedFilename", "ShardedFilenames", "Pack", "Select",
			"SelectV2", "StaticRegexFullMatch");

	private final Map<String, NodeDef> nodes = new HashMap<>();

	private CheckpointPlacement(GraphDef graph) {
		for (NodeDef n : graph.getNodeList()) {
			nodes.put(n.getName(), n);
		}
	}

	/**
	 * @param graph the graph that will be loaded
	 * @param saver its saver (default instance when it has none)
	 * @param runEntries tensor or node names the model is run through (signatures, init ops)
	 * @return node name → why it is refused, for every misplaced checkpoint operation of the graph
	 */
	static Map<String, String> misplaced(GraphDef graph, SaverDef saver, Collection<String> runEntries) {
		return new CheckpointPlacement(graph).check(graph.getNodeList(), saver, runEntries);
	}

	/**
	 * Checkpoint operations inside library functions ({@link SaverFunctions}): allowed only in the functions
	 * the saver's save and restore calls alone reach.
	 *
	 * @param graph the graph that will be loaded
	 * @param saver its saver (default instance when it has none)
	 * @param runEntries tensor or node names the model is run through (signatures, init ops)
	 * @return function name → (node name → why it is refused), for every refused {@link SaverFunctions#judged} node
	 */
	static Map<String, Map<String, String>> misplacedInFunctions(GraphDef graph, SaverDef saver, Collection<String> runEntries) {
		CheckpointPlacement p = new CheckpointPlacement(graph);
		NodeDef filename = p.saverFilename(saver);
		return SaverFunctions.misplaced(graph, filename == null ? null : filename.getName(), p.closure(List.of(saver.getSaveTensorName())),
				p.closure(List.of(saver.getRestoreOpName())), p.closure(runEntries));
	}

	/** @return the node of the saver's filename tensor, or null when the saver is incomplete */
	private NodeDef saverFilename(SaverDef saver) {
		boolean hasSaver = !saver.getRestoreOpName().isEmpty() || !saver.getSaveTensorName().isEmpty();
		return hasSaver ? nodes.get(nodeName(saver.getFilenameTensorName())) : null;
	}

	private Map<String, String> check(List<NodeDef> list, SaverDef saver, Collection<String> runEntries) {
		Map<String, String> refused = new LinkedHashMap<>();
		NodeDef filename = saverFilename(saver);
		Set<String> save = closure(List.of(saver.getSaveTensorName()));
		Set<String> restore = closure(List.of(saver.getRestoreOpName()));
		Set<String> run = closure(runEntries);
		for (NodeDef n : list) {
			String op = n.getOp();
			if (!OpSafety.isCheckpoint(op)) {
				continue;
			}
			String name = n.getName();
			String why;
			if (filename == null) {
				why = "a checkpoint operation in a graph without a complete saver_def";
			} else if (run.contains(name)) {
				why = "a checkpoint operation that runs with the model's signatures or init op, not only when variables are saved or restored";
			} else if (OpSafety.CHECKPOINT_WRITE.contains(op) && (!save.contains(name) || restore.contains(name))) {
				why = "writes checkpoint files outside the saver's save path";
			} else if (OpSafety.CHECKPOINT_READ.contains(op) && !restore.contains(name)) {
				why = "reads checkpoint files outside the saver's restore path";
			} else if (OpSafety.SAVER_ONLY.contains(op) && !save.contains(name) && !restore.contains(name)) {
				why = "a checkpoint file-name operation outside the saver";
			} else if (!fileNamesFromSaver(n, nodes, Set.of(filename.getName()))) {
				why = "a checkpoint file name that is not computed from the saver's filename tensor";
			} else {
				continue;
			}
			refused.put(name, why);
		}
		return refused;
	}

	/**
	 * @param n a checkpoint operation
	 * @param nodes the nodes of the graph or function body it is in, by name
	 * @param filenames the names that hold the saver's file name (the filename node; a function's filename arguments)
	 * @return true when its file-name inputs come from {@code filenames} and constants only
	 */
	static boolean fileNamesFromSaver(NodeDef n, Map<String, NodeDef> nodes, Set<String> filenames) {
		if (OpSafety.SAVER_ONLY.contains(n.getOp())) {
			return true;
		}
		int count = n.getOp().equals("MergeV2Checkpoints") ? 2 : 1;
		List<String> data = n.getInputList().stream().filter(i -> !i.startsWith("^")).toList();
		if (data.size() < count) {
			return false;
		}
		for (int i = 0; i < count; i++) {
			if (!fromFilename(nodeName(data.get(i)), nodes, filenames)) {
				return false;
			}
		}
		return true;
	}

	/** Walks back through data inputs: every leaf must be a filename or a constant, at least one the former. */
	private static boolean fromFilename(String start, Map<String, NodeDef> nodes, Set<String> filenames) {
		Deque<String> todo = new ArrayDeque<>(List.of(start));
		Set<String> seen = new HashSet<>();
		boolean reachesFilename = false;
		while (!todo.isEmpty()) {
			String name = todo.pop();
			if (!seen.add(name)) {
				continue;
			}
			if (filenames.contains(name)) {
				reachesFilename = true;
				continue;
			}
			NodeDef n = nodes.get(name);
			if (n == null) {
				return false;
			}
			if (n.getOp().equals("Const")) {
				continue;
			}
			if (!FILENAME_PATH_OPS.contains(n.getOp())) {
				return false;
			}
			n.getInputList().stream().filter(i -> !i.startsWith("^")).forEach(i -> todo.push(nodeName(i)));
		}
		return reachesFilename;
	}

	/** Every node the given tensors or nodes depend on, through data and control inputs, themselves included. */
	private Set<String> closure(Collection<String> entries) {
		Set<String> seen = new HashSet<>();
		Deque<String> todo = new ArrayDeque<>();
		for (String e : entries) {
			if (!e.isEmpty()) {
				todo.push(nodeName(e));
			}
		}
		while (!todo.isEmpty()) {
			String name = todo.pop();
			NodeDef n = nodes.get(name);
			if (n == null || !seen.add(name)) {
				continue;
			}
			n.getInputList().forEach(i -> todo.push(nodeName(i)));
		}
		return seen;
	}

	/** {@code ^a}, {@code a:0}, {@code a} → {@code a}. */
	static String nodeName(String input) {
		String s = input.startsWith("^") ? input.substring(1) : input;
		int colon = s.indexOf(':');
		return colon < 0 ? s : s.substring(0, colon);
	}
}
