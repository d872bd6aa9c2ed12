// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.segsense.inference.DeviceChoice;
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
import org.tensorflow.op.core.Squeeze;
import org.tensorflow.op.core.Stack;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A network trained by {@link TractSegTrainer}. {@link #export} writes a 2-D SavedModel, signature
 * {@code serving_default}: input {@value #INPUT} float32 {@code [-1, -1, -1, channels]} (slices: batch,
 * rows, columns, channels), output {@value #OUTPUT} float32 {@code [-1, -1, -1, bundles]} (one sigmoid
 * probability per bundle), rows and columns zero-padded inside the graph to the U-Net's multiple and
 * cropped back, weights as constants; plus metadata telling the engine to run it slice-wise across x, y
 * and z and fuse by the mean ({@code dimensions=2}, {@code fusion=mean}, {@code outputKind=sigmoid-multilabel},
 * {@code labelNames}, {@code threshold=0.5}).
 */
public final class TractSegModel {

	/** Input name of the exported signature. */
	public static final String INPUT = "slices";
	/** Output name of the exported signature. */
	public static final String OUTPUT = "bundles";

	private final TractSegTrainer.Options options;
	private final int inputChannels;
	private final Map<String, float[]> weights;
	private final Map<String, long[]> shapes;
	private final float[] losses;
	private final long nanos;

	TractSegModel(TractSegTrainer.Options options, int inputChannels, Map<String, float[]> weights, Map<String, long[]> shapes,
			float[] losses, long nanos) {
		this.options = options;
		this.inputChannels = inputChannels;
		this.weights = weights;
		this.shapes = shapes;
		this.losses = losses;
		this.nanos = nanos;
	}

	/** @return the loss of every iteration */
	public float[] lossHistory() {
		return losses.clone();
	}

	/** @return the trained weights by name (copies), names sorted */
	public Map<String, float[]> weights() {
		Map<String, float[]> m = new TreeMap<>();
		weights.forEach((n, v) -> m.put(n, v.clone()));
		return m;
	}

	/** @return the number of trained parameters */
	public long parameterCount() {
		return weights.values().stream().mapToLong(v -> v.length).sum();
	}

	/** @return training time in nanoseconds */
	public long trainingNanos() {
		return nanos;
	}

	/** @return the metadata written beside the SavedModel, keys sorted */
	public Map<String, String> metadata() {
		Map<String, String> m = new TreeMap<>();
		m.put("signature", Signature.DEFAULT_KEY);
		m.put("output", OUTPUT);
		m.put("outputKind", OutputKind.SIGMOID_MULTILABEL.cliName());
		m.put("labelNames", String.join(",", options.labelNames()));
		m.put("threshold", "0.5");
		m.put("dimensions", "2");
		m.put("sliceOrientations", "x,y,z");
		m.put("fusion", "mean");
		m.put("normalization", "none");
		m.put("inputChannels", Integer.toString(inputChannels));
		m.put("architecture", options.net().describe());
		m.put("architectureId", UNet2D.ID);
		m.put("sizeMultiple", Integer.toString(options.net().sizeMultiple()));
		m.put("training", "one network on x, y and z slices (TractSeg), window " + options.patch() + ", batch " + options.batchSize());
		m.put("loss", "binary cross-entropy per bundle (sigmoid), mean over voxels and bundles");
		m.put("optimizer", "adam(beta1=0.9,beta2=0.999,epsilon=1e-8)");
		m.put("augmentation", options.augmentation().describe());
		if (!options.augmentation().isNone()) {
			m.put("augmentEvery", Integer.toString(options.augmentEvery()));
		}
		m.put("learningRate", Double.toString(options.learningRate()));
		m.put("iterations", Integer.toString(options.iterations()));
		m.put("seed", Long.toString(options.seed()));
		m.put("finalLoss", String.format(Locale.ROOT, "%.6g", losses[losses.length - 1]));
		m.put("trainingSeconds", String.format(Locale.ROOT, "%.3f", nanos / 1e9));
		return m;
	}

	/**
	 * Writes the SavedModel and its metadata.
	 *
	 * @param dir the model folder (created; must not hold a model)
	 * @throws TrainingException if the folder holds a model or writing fails
	 */
	public void export(Path dir) throws TrainingException {
		if (Files.exists(dir.resolve("saved_model.pb")) || Files.exists(dir.resolve(ModelDescriptor.METADATA_FILE))) {
			throw TrainingException.badInput(dir + " already holds a model; choose another folder or remove it first.");
		}
		TensorFlowRuntime.ensureLoaded();
		int k = options.labelNames().size(), m = options.net().sizeMultiple();
		try (Graph g = new Graph()) {
			Files.createDirectories(dir);
			Ops tf = Ops.create(g);
			Placeholder<TFloat32> x = tf.withName(INPUT).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1, -1, inputChannels)));
			Operand<TInt32> shape = tf.shape(x);
			Operand<TInt32> mult = tf.constant(m);
			Operand<TInt32> pad = tf.math.mul(tf.math.floorMod(tf.math.sub(mult, tf.math.floorMod(shape, mult)), mult),
					tf.constant(new int[] { 0, 1, 1, 0 }));
			Operand<TInt32> zero = tf.math.sub(pad, pad);
			Operand<TFloat32> padded = tf.pad(x, tf.stack(List.of(zero, pad), Stack.axis(1L)), tf.constant(0f));
			WeightSource constants = (ops, name, s, init) -> {
				float[] v = weights.get(name);
				if (v == null || !Arrays.equals(shapes.get(name), s.asArray())) {
					throw new IllegalStateException("The network asked for weight " + name + " " + s + ", which was not trained.");
				}
				return ops.withName(Trainer.opName(name)).constant(s, DataBuffers.of(v, true, false));
			};
			Operand<TFloat32> logits = options.net().logits(tf, tf.expandDims(padded, tf.constant(1)), inputChannels, k, constants);
			Operand<TFloat32> prob = tf.squeeze(tf.math.sigmoid(logits), Squeeze.axis(List.of(1L)));
			Operand<TInt32> size = tf.math.add(tf.math.mul(shape, tf.constant(new int[] { 1, 1, 1, 0 })), tf.constant(new int[] { 0, 0, 0, -1 }));
			Operand<TFloat32> out = tf.withName(OUTPUT).ensureShape(tf.slice(prob, zero, size), Shape.of(-1, -1, -1, k));
			Signature sig = Signature.builder().key(Signature.DEFAULT_KEY).input(INPUT, x).output(OUTPUT, out).build();
			try (Session s = new Session(g, Trainer.config(options.threads(), DeviceChoice.CPU))) {
				SavedModelBundle.exporter(dir.toString()).withSession(s).withSignature(sig).export();
			}
			Files.writeString(dir.resolve(ModelDescriptor.METADATA_FILE), TrainedModel.properties(metadata()), StandardCharsets.UTF_8);
		} catch (IOException | TensorFlowException | IllegalArgumentException | IllegalStateException e) {
			throw TrainingException.failure("The model could not be exported to " + dir + ": " + e.getMessage(), e);
		}
	}
}
