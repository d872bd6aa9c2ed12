// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.tensorflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.segsense.inference.DeviceChoice;
import org.segsense.inference.InferenceException;
import org.segsense.inference.LoadOptions;
import org.segsense.inference.ModelDescriptor;
import org.segsense.inference.OutputKind;
import org.segsense.inference.SliceFusion;
import org.segsense.inference.TensorSpec;
import org.segsense.inference.preprocess.Normalization;
import org.segsense.inference.spi.Device;
import org.segsense.inference.spi.EngineModel;
import org.segsense.inference.spi.InferenceEngine;
import org.segsense.tensorflow.TensorFlowRuntime;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.SessionFunction;
import org.tensorflow.Signature;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GPUOptions;

/**
 * Runs TensorFlow SavedModels ({@code saved_model.pb} + {@code variables/}) with TensorFlow Java 1.1.0.
 * <p>
 * Before loading, the meta graph that TensorFlow will load (tag {@code serve}) is inspected
 * ({@link ModelInspection}) and refused when it has operations outside {@link OpSafety}'s allow-list or
 * checkpoint operations outside the saver, unless {@link LoadOptions#allowUnsafeOps()}. The session
 * has soft placement on (an op without a GPU kernel falls back to the CPU), GPU memory grows on demand,
 * {@code --device cpu} hides the GPUs, and {@code --device gpu} fails with a clear message when
 * TensorFlow sees none. Intra-op threads = {@link LoadOptions#threads()} (0: all cores), inter-op 1 (a
 * segmentation network is a chain of layers). oneDNN is switched on by the {@code segsense} launcher
 * ({@code TF_ENABLE_ONEDNN_OPTS=1} unless the user set it).
 * <p>
 * The signature ({@code serving_default} unless the metadata names another) must have one float32
 * input and a float32 output, both 5-D {@code [batch, z, y, x, channels]}.
 */
public final class TensorFlowEngine implements InferenceEngine {

	/** The engine id. */
	public static final String ID = "tensorflow";

	@Override
	public boolean recognises(Path modelDir) {
		return Files.isRegularFile(modelDir.resolve(ModelInspection.SAVED_MODEL_FILE));
	}

	@Override
	public List<Device> devices() throws InferenceException {
		try {
			return TensorFlowDevices.list();
		} catch (RuntimeException | LinkageError e) {
			throw new InferenceException("TensorFlow could not be started: " + e + ". Check that the natives fragment"
					+ " org.segsense.tensorflow.natives.linux.x86_64 is installed and that " + TensorFlowRuntime.defaultCacheDir()
					+ " is writable.", e);
		}
	}

	@Override
	public Map<String, String> runtimeInfo() {
		Map<String, String> info = new LinkedHashMap<>();
		info.put("tensorflowJava", TensorFlowRuntime.TF_JAVA_VERSION);
		info.put("tensorflow", TensorFlowRuntime.isLoaded() ? TensorFlowRuntime.ensureLoaded() : TensorFlowRuntime.TENSORFLOW_VERSION);
		info.put("natives", TensorFlowRuntime.nativesPlatform());
		info.put("oneDNN", TensorFlowRuntime.oneDnnRequested() ? "on (" + TensorFlowRuntime.ONEDNN_ENV + "=1)" : "off");
		return info;
	}

	@Override
	public EngineModel load(Path modelDir, LoadOptions options) throws InferenceException {
		ModelInspection inspection = ModelInspection.of(modelDir);
		if (!inspection.safe() && !options.allowUnsafeOps()) {
			throw new InferenceException("The model " + modelDir + " is refused: its graph has operations outside SegSense's allow-list of "
					+ OpSafety.ALLOWED.size() + " (or checkpoint operations outside the saver), which can reach the file system, the network"
					+ " or other processes and which a segmentation network never needs:\n  " + String.join("\n  ", inspection.unsafe())
					+ "\nSee 'segsense model inspect " + modelDir + "'. If you trust the model's author, allow it explicitly with"
					+ " --allow-unsafe-ops.");
		}
		boolean hasVariables = inspection.opHistogram().keySet().stream()
				.anyMatch(op -> op.equals("VariableV2") || op.equals("VarHandleOp") || op.equals("Variable"));
		if (hasVariables && !Files.isRegularFile(modelDir.resolve("variables").resolve("variables.index"))) {
			throw new InferenceException("The SavedModel " + modelDir + " has variables (trained weights) but no variables/variables.index:"
					+ " the folder is incomplete. Copy the whole model folder, including variables/, or export the model again.");
		}
		Map<String, String> meta = ModelMetadata.read(modelDir);
		try {
			ModelDescriptor.checkMetadata(modelDir, meta);
		} catch (IllegalArgumentException e) {
			throw new InferenceException(e.getMessage(), e);
		}
		try {
			TensorFlowRuntime.ensureLoaded();
		} catch (RuntimeException | LinkageError e) {
			throw new InferenceException("TensorFlow could not be started: " + e, e);
		}
		String device = chooseDevice(options.device());
		ConfigProto.Builder config = ConfigProto.newBuilder().setAllowSoftPlacement(true)
				.setIntraOpParallelismThreads(options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors())
				.setInterOpParallelismThreads(1).setGpuOptions(GPUOptions.newBuilder().setAllowGrowth(true));
		if (device.equals("CPU")) {
			config.putDeviceCount("GPU", 0);
		}
		SavedModelBundle bundle;
		try {
			bundle = SavedModelBundle.loader(modelDir.toString()).withTags(ModelInspection.SERVE_TAGS.toArray(String[]::new))
					.withConfigProto(config.build()).load();
		} catch (TensorFlowException | IllegalArgumentException e) {
			throw new InferenceException("TensorFlow cannot load the SavedModel " + modelDir + ": " + e.getMessage()
					+ ". It needs the tag 'serve' and a complete variables/ folder; export it again.", e);
		}
		try {
			return open(bundle, modelDir, meta, device);
		} catch (InferenceException | RuntimeException e) {
			bundle.close();
			throw e;
		}
	}

	private static String chooseDevice(DeviceChoice choice) throws InferenceException {
		if (choice == DeviceChoice.CPU) {
			return "CPU";
		}
		boolean gpu = TensorFlowDevices.hasGpu();
		if (choice == DeviceChoice.GPU && !gpu) {
			throw new InferenceException("--device gpu was asked for, but TensorFlow sees no GPU ("
					+ (TensorFlowRuntime.nativesPlatform().endsWith("-gpu") ? "the GPU natives are installed: check the NVIDIA driver,"
							+ " CUDA 12 and cuDNN 9 with nvidia-smi"
							: "this installation has the CPU natives; build the GPU product with ./mvnw -Pgpu verify, see docs/tensorflow.md")
					+ "). Use --device auto or cpu to run on the CPU.");
		}
		return gpu ? "GPU" : "CPU";
	}

	private static EngineModel open(SavedModelBundle bundle, Path dir, Map<String, String> meta, String device)
			throws InferenceException {
		String key = meta.getOrDefault("signature", Signature.DEFAULT_KEY);
		SessionFunction function;
		try {
			function = bundle.function(key);
		} catch (RuntimeException e) {
			function = null;
		}
		if (function == null) {
			String keys = bundle.signatures().stream().map(Signature::key).collect(Collectors.joining(", "));
			throw new InferenceException("The SavedModel " + dir + " has no signature '" + key + "' (it has: " + (keys.isEmpty() ? "none" : keys)
					+ "). Export it with a '" + Signature.DEFAULT_KEY + "' signature, or name the signature in "
					+ ModelDescriptor.METADATA_FILE + " (signature=KEY).");
		}
		Signature sig = function.signature();
		Map<String, Signature.TensorDescription> inputs = sig.getInputs();
		Map<String, Signature.TensorDescription> outputs = sig.getOutputs();
		if (inputs.size() != 1) {
			throw new InferenceException("The signature '" + key + "' of " + dir + " has " + inputs.size() + " inputs " + inputs.keySet()
					+ "; SegSense feeds one image tensor [batch, z, y, x, channels]. Export a signature with a single input.");
		}
		String inKey = inputs.keySet().iterator().next();
		String outKey = meta.get("output");
		if (outKey == null) {
			if (outputs.size() != 1) {
				throw new InferenceException("The signature '" + key + "' of " + dir + " has " + outputs.size() + " outputs "
						+ outputs.keySet() + "; name the segmentation output in " + ModelDescriptor.METADATA_FILE + " (output=KEY).");
			}
			outKey = outputs.keySet().iterator().next();
		} else if (!outputs.containsKey(outKey)) {
			throw new InferenceException(ModelDescriptor.METADATA_FILE + " of " + dir + " names output '" + outKey
					+ "', but the signature has " + outputs.keySet() + ".");
		}
		int rank;
		try {
			rank = SliceFusion.of(dir, meta) == null ? 5 : 4;
		} catch (IllegalArgumentException e) {
			throw new InferenceException(e.getMessage(), e);
		}
		TensorSpec in = spec(inKey, inputs.get(inKey), dir, "input", rank);
		TensorSpec out = spec(outKey, outputs.get(outKey), dir, "output", rank);
		int k = (int) out.channels();
		OutputKind kind;
		Normalization norm;
		int[] labels;
		try {
			kind = meta.containsKey("outputKind") ? OutputKind.fromName(meta.get("outputKind"))
					: k == 1 ? OutputKind.SIGMOID : OutputKind.PROBABILITIES;
			norm = meta.containsKey("normalization") ? Normalization.fromName(meta.get("normalization")) : null;
			labels = meta.containsKey("labelValues") ? ModelDescriptor.parseLabelValues(dir, meta.get("labelValues"))
					: ModelDescriptor.defaultLabelValues(Math.max(k, 1));
		} catch (IllegalArgumentException e) {
			throw new InferenceException(dir.resolve(ModelDescriptor.METADATA_FILE) + ": " + e.getMessage(), e);
		}
		ModelDescriptor d = new ModelDescriptor(ID, dir, key, in, out, kind, norm, labels, meta);
		return new TensorFlowModel(bundle, function, d, inKey, outKey, device.equals("GPU") ? "/device:GPU:0" : "/device:CPU:0");
	}

	private static TensorSpec spec(String key, Signature.TensorDescription t, Path dir, String what, int rank) throws InferenceException {
		long[] shape = t.shape.asArray();
		if (t.dataType != DataType.DT_FLOAT || shape == null || shape.length != rank) {
			throw new InferenceException("The " + what + " '" + key + "' of " + dir + " is " + t.dataType + " "
					+ (shape == null ? "of unknown rank" : Arrays.toString(shape)) + "; SegSense needs float32 (DT_FLOAT) tensors of rank "
					+ (rank == 5 ? "5, [batch, z, y, x, channels]" : "4, [batch, rows, cols, channels] (the metadata says dimensions=2)")
					+ ". Re-export the model with that " + what + (rank == 5 ? " (a 2-D slice model: dimensions=2 in " + ModelDescriptor.METADATA_FILE + ")." : ", or fix dimensions."));
		}
		return new TensorSpec(key, t.dataType.name(), shape);
	}
}
