// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.tensorflow;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which TensorFlow operations a SavedModel may contain and still be run without the user's explicit
 * permission. A SavedModel is a program: besides arithmetic it may read and write files, open network
 * connections or run code in another process, and TensorFlow has hundreds of such operations (new ones
 * in every release). SegSense therefore keeps an <b>allow-list</b> ({@link #ALLOWED}) of the operations
 * a segmentation network needs: arithmetic, neural-network layers, array manipulation, control flow,
 * variables and function calls. Every other operation makes the model unsafe.
 * <p>
 * The list was gathered from the graphs SegSense itself produces and loads: the SavedModels exported
 * by {@code segsense train} (U-Net and DeepMedic: convolution, pooling, padding, cropping, nearest
 * up-sampling, softmax), the SavedModels TensorFlow Java's exporter writes (variables and their saver),
 * and the test models; plus the layer operations common in Keras segmentation networks (batch
 * normalisation, transposed convolution, resizing, 2-D convolution). None of them touches a file, a
 * socket, another process or a resource shared across sessions.
 * <p>
 * Checkpoint operations ({@link #CHECKPOINT_WRITE}, {@link #CHECKPOINT_READ}, {@link #SAVER_ONLY}) are
 * not on the list: they are allowed only where the graph's {@code saver_def} saves and restores
 * variables, decided by graph structure ({@link CheckpointPlacement}), never by node name.
 */
public final class OpSafety {

	/** Arithmetic, comparison, reduction and casting. */
	public static final Set<String> MATH = Set.of("Abs", "Add", "AddN", "AddV2", "All", "Any", "ArgMax", "ArgMin",
			"BatchMatMul", "BatchMatMulV2", "BatchMatMulV3", "Cast", "Ceil", "ClipByValue", "Cos", "Cumsum", "Div", "DivNoNan", "Einsum",
			"Equal", "Erf", "Exp", "Expm1", "Floor", "FloorDiv", "FloorMod", "Greater", "GreaterEqual", "IsFinite", "IsInf", "IsNan", "Less",
			"LessEqual", "Log", "Log1p", "LogicalAnd", "LogicalNot", "LogicalOr", "MatMul", "Max", "Maximum", "Mean", "Min", "Minimum", "Mod",
			"Mul", "MulNoNan", "Neg", "NotEqual", "Pow", "Prod", "RealDiv", "Reciprocal", "Round", "Rsqrt", "Select", "SelectV2", "Sign",
			"Sin", "Sqrt", "Square", "SquaredDifference", "Sub", "Sum", "Tanh", "TruncateDiv");

	/** Neural-network layers. */
	public static final Set<String> NN = Set.of("AvgPool", "AvgPool3D", "BiasAdd", "Conv2D", "Conv2DBackpropInput", "Conv3D",
			"Conv3DBackpropInputV2", "DepthwiseConv2dNative", "Elu", "FusedBatchNorm", "FusedBatchNormV2", "FusedBatchNormV3", "LeakyRelu",
			"LogSoftmax", "MaxPool", "MaxPool3D", "MaxPoolV2", "Relu", "Relu6", "Selu", "Sigmoid", "Softmax", "Softplus", "Softsign");

	/** Shapes, slicing, padding, concatenation, resizing, constants and placeholders. */
	public static final Set<String> ARRAY = Set.of("BroadcastArgs", "BroadcastTo", "Concat", "ConcatV2", "Const", "DepthToSpace",
			"EnsureShape", "ExpandDims", "Fill", "Gather", "GatherNd", "GatherV2", "Identity", "IdentityN", "MirrorPad", "OneHot", "OnesLike",
			"Pack", "Pad", "PadV2", "Placeholder", "PlaceholderWithDefault", "Range", "Rank", "Reshape", "ResizeBilinear",
			"ResizeNearestNeighbor", "ReverseV2", "Shape", "ShapeN", "Size", "Slice", "SpaceToDepth", "Split", "SplitV", "Squeeze",
			"StopGradient", "StridedSlice", "Tile", "Transpose", "Unpack", "ZerosLike");

	/**
	 * Control flow and function calls. The called functions are in the graph's function library, and
	 * every function of the library is inspected like the graph.
	 */
	public static final Set<String> CONTROL_FLOW = Set.of("Assert", "Case", "Enter", "Exit", "If", "LoopCond", "Merge", "NextIteration",
			"NoOp", "PartitionedCall", "StatefulPartitionedCall", "StatelessCase", "StatelessIf", "StatelessWhile", "Switch", "While");

	/** Variables of the graph (TensorFlow Java's exporter writes reference variables; Keras resource variables). */
	public static final Set<String> VARIABLES = Set.of("Assign", "AssignVariableOp", "IsVariableInitialized", "ReadVariableOp",
			"VarHandleOp", "VarIsInitializedOp", "Variable", "VariableV2");

	/** Every allowed operation: {@link #MATH}, {@link #NN}, {@link #ARRAY}, {@link #CONTROL_FLOW}, {@link #VARIABLES}. */
	public static final Set<String> ALLOWED;

	static {
		Set<String> all = new TreeSet<>();
		all.addAll(MATH);
		all.addAll(NN);
		all.addAll(ARRAY);
		all.addAll(CONTROL_FLOW);
		all.addAll(VARIABLES);
		ALLOWED = Set.copyOf(all);
	}

	/** Checkpoint operations that write files: only on the saver's save path. */
	public static final Set<String> CHECKPOINT_WRITE = Set.of("Save", "SaveV2", "SaveSlices", "MergeV2Checkpoints");

	/** Checkpoint operations that read files: only on the saver's restore path. */
	public static final Set<String> CHECKPOINT_READ = Set.of("Restore", "RestoreV2", "RestoreSlice");

	/** String operations that build checkpoint file names: only on the saver's save or restore path. */
	public static final Set<String> SAVER_ONLY = Set.of("ShardedFilename", "ShardedFilenames", "StringJoin", "StaticRegexFullMatch");

	private OpSafety() {
	}

	/**
	 * @param op an operation type
	 * @return true when it is on the allow-list (checkpoint operations are not: they depend on where they are)
	 */
	public static boolean isAllowed(String op) {
		return ALLOWED.contains(op);
	}

	/** @return true for the checkpoint and file-name operations that only the saver may use */
	static boolean isCheckpoint(String op) {
		return CHECKPOINT_WRITE.contains(op) || CHECKPOINT_READ.contains(op) || SAVER_ONLY.contains(op);
	}
}
