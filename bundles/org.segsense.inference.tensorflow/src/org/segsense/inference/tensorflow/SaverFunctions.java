// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.tensorflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.FunctionDef;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NameAttrList;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.OpDef;

/**
 * Decides which checkpoint operations inside library functions are the saver's. Python TensorFlow 2
 * ({@code tf.saved_model.save}, Keras) traces its saver into two functions: {@code saver_def}'s
 * {@code save_tensor_name} is the output of a graph-level {@code (Stateful)PartitionedCall} of
 * {@code __inference__traced_save_N}, its {@code restore_op_name} a call of
 * {@code __inference__traced_restore_N}, and the first argument of both calls is the saver's filename
 * placeholder ({@code saver_filename}). Function names play no part here.
 * <p>
 * Conventions. A function is <em>referenced</em> by a node whose type is its name or whose attribute
 * ({@code f}, {@code then_branch}, {@code body}, lists of functions, …) names it, in the graph or in any
 * function body, and by the library's gradient table. A function is a <em>saver function</em> when every
 * reference is a graph-level call ({@code PartitionedCall}/{@code StatefulPartitionedCall} with
 * {@code f} = the function, or a node of the function's type), none of these calls is on the run path
 * (signatures, init ops; {@link CheckpointPlacement}) and each is on the save or the restore path. It is
 * a <em>writer</em> when all calls are on the save path and none on the restore path, a <em>reader</em>
 * when all are on the restore path. Its <em>filename arguments</em> are the (single, non-list) input
 * arguments that every call binds directly to the saver's {@code filename_tensor_name}. Inside a
 * function, a checkpoint operation is allowed only when
 * <ul>
 * <li>the function is a saver function: a writer for file-writing operations, a reader for file-reading
 * ones, either for file-name operations;</li>
 * <li>its file-name inputs are computed from filename arguments and constants only, through
 * {@link CheckpointPlacement#FILENAME_PATH_OPS} (Python builds {@code file_prefix + ("_temp/part" or
 * ".part" for s3://)} with {@code StaticRegexFullMatch}, {@code Select}, {@code StringJoin},
 * {@code ShardedFilename} and {@code Pack}).</li>
 * </ul>
 * {@link #SAVER_FUNCTION_OPS} ({@code DisableCopyOnRead}, with which recent TensorFlow 2 savers read
 * variables) are allowed inside saver functions only.
 */
final class SaverFunctions {

	/** Operations outside the allow-list that only a saver function may contain. */
	static final Set<String> SAVER_FUNCTION_OPS = Set.of("DisableCopyOnRead");

	private static final Set<String> CALL_OPS = Set.of("PartitionedCall", "StatefulPartitionedCall");

	private final String filename;
	private final Set<String> save;
	private final Set<String> restore;
	private final Set<String> run;
	private final Map<String, List<String>> otherReferences = new HashMap<>(); // function → where, besides graph calls
	private final Map<String, List<NodeDef>> graphCalls = new HashMap<>();
	private final Set<String> library = new HashSet<>();

	private SaverFunctions(GraphDef graph, String filename, Set<String> save, Set<String> restore, Set<String> run) {
		graph.getLibrary().getFunctionList().forEach(f -> library.add(f.getSignature().getName()));
		this.filename = filename;
		this.save = save;
		this.restore = restore;
		this.run = run;
		for (NodeDef n : graph.getNodeList()) {
			for (String f : referenced(n)) {
				if (isCall(n, f)) {
					graphCalls.computeIfAbsent(f, k -> new ArrayList<>()).add(n);
				} else {
					otherReferences.computeIfAbsent(f, k -> new ArrayList<>()).add("graph node '" + n.getName() + "'");
				}
			}
		}
		for (FunctionDef fd : graph.getLibrary().getFunctionList()) {
			for (NodeDef n : fd.getNodeDefList()) {
				for (String f : referenced(n)) {
					otherReferences.computeIfAbsent(f, k -> new ArrayList<>()).add("function '" + fd.getSignature().getName() + "'");
				}
			}
		}
		graph.getLibrary().getGradientList().forEach(g -> otherReferences.computeIfAbsent(g.getGradientFunc(), k -> new ArrayList<>()).add("the gradient table"));
	}

	/** @return true for the operations judged here inside functions (checkpoint operations and {@link #SAVER_FUNCTION_OPS}) */
	static boolean judged(String op) {
		return OpSafety.isCheckpoint(op) || SAVER_FUNCTION_OPS.contains(op);
	}

	/**
	 * @param graph the graph that will be loaded (with its library)
	 * @param filename the node of the saver's filename tensor, or null when the graph has no complete saver
	 * @param save the save path, @param restore the restore path, @param run the run path (node names)
	 * @return function name → (node name → why it is refused), for every refused {@link #judged} operation in a function
	 */
	static Map<String, Map<String, String>> misplaced(GraphDef graph, String filename, Set<String> save, Set<String> restore, Set<String> run) {
		SaverFunctions s = new SaverFunctions(graph, filename, save, restore, run);
		Map<String, Map<String, String>> refused = new LinkedHashMap<>();
		for (FunctionDef fd : graph.getLibrary().getFunctionList()) {
			Map<String, String> here = s.check(fd);
			if (!here.isEmpty()) {
				refused.put(fd.getSignature().getName(), here);
			}
		}
		return refused;
	}

	private Map<String, String> check(FunctionDef fd) {
		Map<String, String> refused = new LinkedHashMap<>();
		if (fd.getNodeDefList().stream().noneMatch(n -> judged(n.getOp()))) {
			return refused;
		}
		String name = fd.getSignature().getName();
		String notSaver = notSaverBecause(name);
		List<NodeDef> calls = graphCalls.getOrDefault(name, List.of());
		boolean writer = notSaver == null && calls.stream().allMatch(c -> save.contains(c.getName()) && !restore.contains(c.getName()));
		boolean reader = notSaver == null && calls.stream().allMatch(c -> restore.contains(c.getName()));
		Map<String, NodeDef> nodes = new HashMap<>();
		fd.getNodeDefList().forEach(n -> nodes.put(n.getName(), n));
		Set<String> filenameArgs = filenameArguments(fd.getSignature(), calls, nodes.keySet());
		for (NodeDef n : fd.getNodeDefList()) {
			String op = n.getOp();
			if (!judged(op)) {
				continue;
			}
			String why;
			if (notSaver != null) {
				why = (SAVER_FUNCTION_OPS.contains(op) ? "not on the allow-list, and " : "a checkpoint operation ") + "in a function that is " + notSaver;
			} else if (OpSafety.CHECKPOINT_WRITE.contains(op) && !writer) {
				why = "writes checkpoint files in a function called outside the saver's save path (or on its restore path)";
			} else if (OpSafety.CHECKPOINT_READ.contains(op) && !reader) {
				why = "reads checkpoint files in a function called outside the saver's restore path";
			} else if (!SAVER_FUNCTION_OPS.contains(op) && !CheckpointPlacement.fileNamesFromSaver(n, nodes, filenameArgs)) {
				why = "a checkpoint file name in a saver function that is not computed from the saver's filename tensor";
			} else {
				continue;
			}
			refused.put(n.getName(), why);
		}
		return refused;
	}

	/** @return why the function is not a saver function, or null when it is */
	private String notSaverBecause(String function) {
		if (filename == null) {
			return "in a graph without a complete saver_def";
		}
		List<String> other = otherReferences.get(function);
		if (other != null) {
			return "also used by " + other.get(0) + ", not only called by the saver";
		}
		List<NodeDef> calls = graphCalls.getOrDefault(function, List.of());
		if (calls.isEmpty()) {
			return "not called by the saver";
		}
		for (NodeDef c : calls) {
			if (run.contains(c.getName())) {
				return "called by '" + c.getName() + "', which runs with the model's signatures or init op";
			}
			if (!save.contains(c.getName()) && !restore.contains(c.getName())) {
				return "called by '" + c.getName() + "', which is neither the saver's save nor its restore op";
			}
		}
		return null;
	}

	/** The input arguments every call binds to the saver's filename tensor (none when an argument is a list or shadows a node). */
	private Set<String> filenameArguments(OpDef signature, List<NodeDef> calls, Set<String> nodeNames) {
		Set<String> args = new HashSet<>();
		if (signature.getInputArgList().stream().anyMatch(a -> !a.getNumberAttr().isEmpty() || !a.getTypeListAttr().isEmpty())) {
			return args;
		}
		for (int i = 0; i < signature.getInputArgCount(); i++) {
			String arg = signature.getInputArg(i).getName();
			int k = i;
			if (!calls.isEmpty() && !nodeNames.contains(arg) && calls.stream().allMatch(c -> bindsFilename(c, k))) {
				args.add(arg);
			}
		}
		return args;
	}

	private boolean bindsFilename(NodeDef call, int k) {
		List<String> data = call.getInputList().stream().filter(i -> !i.startsWith("^")).toList();
		if (k >= data.size()) {
			return false;
		}
		String in = data.get(k);
		return in.equals(filename) || in.equals(filename + ":0");
	}

	/** @return the library functions a node names: as its type, or in a function-valued attribute */
	private List<String> referenced(NodeDef n) {
		List<String> out = new ArrayList<>();
		if (library.contains(n.getOp())) {
			out.add(n.getOp());
		}
		for (AttrValue a : n.getAttrMap().values()) {
			if (a.hasFunc()) {
				out.add(a.getFunc().getName());
			}
			for (NameAttrList f : a.getList().getFuncList()) {
				out.add(f.getName());
			}
		}
		return out;
	}

	private static boolean isCall(NodeDef n, String function) {
		if (n.getOp().equals(function)) {
			return true;
		}
		AttrValue f = n.getAttrMap().get("f");
		return CALL_OPS.contains(n.getOp()) && f != null && f.hasFunc() && f.getFunc().getName().equals(function)
				&& n.getAttrMap().values().stream().filter(a -> a.hasFunc() || a.getList().getFuncCount() > 0).count() == 1;
	}
}
