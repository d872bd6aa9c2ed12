// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.segsense.inference.ModelDescriptor;
import org.segsense.inference.OutputKind;
import org.segsense.tensorflow.TensorFlowRuntime;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Stack;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The result of {@link Trainer#train}: trained weights, the loss curve and provenance. {@link #export}
 * writes a SavedModel that SegSense's TensorFlow engine (and any TensorFlow) loads.
 */
public final class TrainedModel {

	/** The signature input key. */
	public static final String INPUT = "image";
	/** The signature output key. */
	public static final String OUTPUT = "probabilities";

	private final TrainingOptions options;
	private final int inputChannels;
	private final int[] labelValues;
	private final Map<String, float[]> weights;
	private final Map<String, long[]> shapes;
	private final float[] lossHistory;
	private final long trainingNanos;
	private final long foregroundPatches;
	private final Map<String, String> provenance;

	TrainedModel(TrainingOptions options, int inputChannels, int[] labelValues, Map<String, float[]> weights, Map<String, long[]> shapes,
			float[] lossHistory, long trainingNanos, long foregroundPatches, Map<String, String> provenance) {
		this.options = options;
		this.inputChannels = inputChannels;
		this.labelValues = labelValues.clone();
		this.weights = weights;
		this.shapes = shapes;
		this.lossHistory = lossHistory;
		this.trainingNanos = trainingNanos;
		this.foregroundPatches = foregroundPatches;
		this.provenance = Map.copyOf(provenance);
	}

	/** @return the settings it was trained with */
	public TrainingOptions options() {
		return options;
	}

	/** @return input channels */
	public int inputChannels() {
		return inputChannels;
	}

	/** @return the label value of each output channel (sorted label values found in the training labels) */
	public int[] labelValues() {
		return labelValues.clone();
	}

	/** @return weight names in the order the architecture created them */
	public List<String> weightNames() {
		return List.copyOf(weights.keySet());
	}

	/** @return a copy of a trained weight (row-major in its shape) */
	public float[] weight(String name) {
		float[] w = weights.get(name);
		if (w == null) {
			throw new IllegalArgumentException("No weight " + name + "; there are " + weights.keySet());
		}
		return w.clone();
	}

	/** @return the number of trained parameters */
	public long parameterCount() {
		return weights.values().stream().mapToLong(w -> w.length).sum();
	}

	/** @return the loss of every iteration */
	public float[] lossHistory() {
		return lossHistory.clone();
	}

	/** @return the mean loss of the last (up to) 10 iterations */
	public double finalLoss() {
		int n = Math.min(10, lossHistory.length);
		double s = 0;
		for (int i = lossHistory.length - n; i < lossHistory.length; i++) {
			s += lossHistory[i];
		}
		return s / n;
	}

	/** @return training wall time (preparation, graph building and all iterations) */
	public long trainingNanos() {
		return trainingNanos;
	}

	/**
	 * The metadata written beside the SavedModel ({@value ModelDescriptor#METADATA_FILE}).
	 *
	 * @return keys in alphabetical order
	 */
	public Map<String, String> metadata() {
		Map<String, String> m = new TreeMap<>();
		m.put("signature", Signature.DEFAULT_KEY);
		m.put("output", OUTPUT);
		m.put("outputKind", OutputKind.PROBABILITIES.cliName());
		m.put("normalization", options.normalization().cliName());
		m.put("labelValues", Arrays.stream(labelValues).mapToObj(Integer::toString).collect(Collectors.joining(",")));
		m.put("inputChannels", Integer.toString(inputChannels));
		m.put("architecture", options.architecture().describe());
		m.put("architectureId", options.architecture().id());
		m.put("sizeMultiple", Integer.toString(options.architecture().sizeMultiple()));
		m.put("receptiveFieldRadius", Integer.toString(options.architecture().receptiveFieldRadius()));
		m.put("parameters", Long.toString(parameterCount()));
		m.put("augmentation", options.augmentation().describe());
		m.put("seed", Long.toString(options.seed()));
		m.put("iterations", Integer.toString(options.iterations()));
		int[] p = options.patchSize();
		m.put("patchSize", p[0] + "," + p[1] + "," + p[2]);
		m.put("patchSizeOrder", "x,y,z");
		m.put("batchSize", Integer.toString(options.batchSize()));
		m.put("learningRate", Double.toString(options.learningRate()));
		m.put("optimizer", "adam(beta1=0.9,beta2=0.999,epsilon=1e-8)");
		m.put("loss", options.lossDescription());
		m.put("foregroundFraction", Double.toString(options.foregroundFraction()));
		m.put("foregroundPatches", Long.toString(foregroundPatches));
		m.put("threads", Integer.toString(options.threads()));
		m.put("device", options.device().cliName());
		m.put("finalLoss", String.format(Locale.ROOT, "%.6g", finalLoss()));
		m.put("trainingSeconds", String.format(Locale.ROOT, "%.3f", trainingNanos / 1e9));
		m.put("trainedWith", "SegSense " + segsenseVersion());
		m.put("tensorflow", TensorFlowRuntime.TENSORFLOW_VERSION + " (TensorFlow Java " + TensorFlowRuntime.TF_JAVA_VERSION + ", oneDNN "
				+ (TensorFlowRuntime.oneDnnRequested() ? "on" : "off") + ")");
		m.put("java", System.getProperty("java.version"));
		m.putAll(provenance);
		return m;
	}

	/**
	 * Writes the model: a SavedModel (tag {@code serve}) with signature {@code serving_default}, input
	 * {@value #INPUT} float32 {@code [-1,-1,-1,-1,channels]}, output {@value #OUTPUT} float32
	 * {@code [-1,-1,-1,-1,classes]} (softmax probabilities), the weights as constants in the graph (no
	 * variables), the input zero-padded inside the graph to a multiple of
	 * {@link Architecture#sizeMultiple()} (all of it after the volume, so the pooling grid starts at voxel 0)
	 * and the output cropped back, so
	 * any spatial size works; plus {@value ModelDescriptor#METADATA_FILE}.
	 *
	 * @param dir the model folder; created if missing; must not hold a SavedModel already
	 * @throws TrainingException if the folder holds a model or writing fails
	 */
	public void export(Path dir) throws TrainingException {
		if (Files.exists(dir.resolve("saved_model.pb")) || Files.exists(dir.resolve(ModelDescriptor.METADATA_FILE))) {
			throw TrainingException.badInput(dir + " already holds a model; choose another folder or remove it first.");
		}
		try {
			Files.createDirectories(dir);
		} catch (IOException e) {
			throw TrainingException.failure(dir + " cannot be created: " + e.getMessage(), e);
		}
		TensorFlowRuntime.ensureLoaded();
		int k = labelValues.length;
		Architecture arch = options.architecture();
		try (Graph g = new Graph()) {
			Ops tf = Ops.create(g);
			Placeholder<TFloat32> x = tf.withName(INPUT).placeholder(TFloat32.class,
					Placeholder.shape(Shape.of(-1, -1, -1, -1, inputChannels)));
			Operand<TFloat32> probabilities = forward(tf, x, arch, k);
			probabilities = tf.withName(OUTPUT).identity(probabilities);
			Signature sig = Signature.builder().key(Signature.DEFAULT_KEY).input(INPUT, x).output(OUTPUT, probabilities).build();
			try (Session s = new Session(g, Trainer.config(options.threads(), org.segsense.inference.DeviceChoice.CPU))) {
				SavedModelBundle.exporter(dir.toString()).withSession(s).withSignature(sig).export();
			}
		} catch (IOException | TensorFlowException | IllegalArgumentException | IllegalStateException e) {
			throw TrainingException.failure("The model could not be exported to " + dir + ": " + e.getMessage(), e);
		}
		try {
			Files.writeString(dir.resolve(ModelDescriptor.METADATA_FILE), properties(metadata()), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw TrainingException.failure(dir.resolve(ModelDescriptor.METADATA_FILE) + " cannot be written: " + e.getMessage(), e);
		}
	}

	/** pad to the multiple → network with constant weights → softmax → crop. */
	private Operand<TFloat32> forward(Ops tf, Operand<TFloat32> x, Architecture arch, int k) {
		int m = arch.sizeMultiple();
		WeightSource constants = (ops, name, shape, init) -> {
			float[] v = weights.get(name);
			if (v == null || !Arrays.equals(shapes.get(name), shape.asArray())) {
				throw new IllegalStateException("The architecture asked for weight " + name + " " + shape + ", which was not trained.");
			}
			return ops.withName(Trainer.opName(name)).constant(shape, DataBuffers.of(v, true, false));
		};
		if (m == 1) {
			return tf.nn.softmax(arch.logits(tf, x, inputChannels, k, constants));
		}
		Operand<TInt32> shape = tf.shape(x);
		Operand<TInt32> mult = tf.constant(m);
		Operand<TInt32> pad = tf.math.mul(tf.math.floorMod(tf.math.sub(mult, tf.math.floorMod(shape, mult)), mult),
				tf.constant(new int[] { 0, 1, 1, 1, 0 }));
		// all padding after the volume: the pooling grid then starts at voxel 0 for every input, so a tile
		// that starts on a multiple of m sees the same grid as the whole volume (aligned tiling is exact)
		Operand<TInt32> before = tf.math.sub(pad, pad);
		Operand<TInt32> after = pad;
		Operand<TInt32> paddings = tf.stack(List.of(before, after), Stack.axis(1L));
		Operand<TFloat32> padded = tf.pad(x, paddings, tf.constant(0f));
		Operand<TFloat32> prob = tf.nn.softmax(arch.logits(tf, padded, inputChannels, k, constants));
		Operand<TInt32> size = tf.math.add(tf.math.mul(shape, tf.constant(new int[] { 1, 1, 1, 1, 0 })),
				tf.constant(new int[] { 0, 0, 0, 0, -1 }));
		// The slice's size is only known when the graph runs: state the class count for the signature.
		return tf.ensureShape(tf.slice(prob, before, size), Shape.of(-1, -1, -1, -1, k));
	}

	/** Java properties text, keys sorted, no date comment (the file is reproducible). */
	static String properties(Map<String, String> map) {
		StringBuilder sb = new StringBuilder("# SegSense model metadata (written by segsense train; see docs/training.md)\n");
		new TreeMap<>(map).forEach((key, value) -> sb.append(escape(key, true)).append('=').append(escape(value, false)).append('\n'));
		return sb.toString();
	}

	private static String escape(String s, boolean key) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			switch (ch) {
				case '\\' -> sb.append("\\\\");
				case '\n' -> sb.append("\\n");
				case '\r' -> sb.append("\\r");
				case '\t' -> sb.append("\\t");
				case '=', ':', '#', '!' -> sb.append(key ? "\\" + ch : String.valueOf(ch));
				case ' ' -> sb.append(key || i == 0 ? "\\ " : " ");
				default -> {
					if (ch < 0x20 || ch > 0x7e) {
						sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
					} else {
						sb.append(ch);
					}
				}
			}
		}
		return sb.toString();
	}

	/** @return the version of this bundle (released with every SegSense bundle), or a note outside OSGi */
	static String segsenseVersion() {
		try {
			Bundle b = FrameworkUtil.getBundle(TrainedModel.class);
			return b == null ? "(not running in OSGi)" : b.getVersion().toString();
		} catch (LinkageError e) {
			return "(not running in OSGi)";
		}
	}

	@Override
	public String toString() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("architecture", options.architecture().describe());
		m.put("parameters", Long.toString(parameterCount()));
		m.put("finalLoss", Double.toString(finalLoss()));
		return "TrainedModel" + m;
	}
}
