// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.segsense.inference.preprocess.Normalization;

/**
 * What a loaded model takes and returns, read from its signature and, when present, from the SegSense
 * metadata stored beside it ({@value #METADATA_FILE} in the model folder, written by
 * {@code segsense train}; an external model has none).
 *
 * @param engine the id of the engine that loaded it
 * @param location the model folder
 * @param signature the signature used (e.g. {@code serving_default})
 * @param input the image input, {@code [batch, z, y, x, channels]}
 * @param output the segmentation output, {@code [batch, z, y, x, classes]}
 * @param outputKind what the output values are
 * @param normalization the normalisation the model was trained with, or null when unknown (external
 *        models: the input is then passed unchanged unless the user chooses one)
 * @param labelValues the label value of each output channel ({@code 0, 1, …} by default; for a
 *        one-channel sigmoid model the values for background and foreground)
 * @param metadata every key of the metadata file (empty for external models)
 */
public record ModelDescriptor(String engine, Path location, String signature, TensorSpec input, TensorSpec output,
		OutputKind outputKind, Normalization normalization, int[] labelValues, Map<String, String> metadata) {

	/** The SegSense metadata file in a model folder (Java properties). */
	public static final String METADATA_FILE = "segsense-model.properties";

	public ModelDescriptor {
		Objects.requireNonNull(engine, "engine");
		Objects.requireNonNull(input, "input");
		Objects.requireNonNull(output, "output");
		Objects.requireNonNull(outputKind, "outputKind");
		labelValues = labelValues.clone();
		metadata = Map.copyOf(metadata);
		checkMetadata(location, metadata);
		checkLabelValues(location, labelValues, "labelValues");
	}

	/**
	 * Checks the metadata keys SegSense computes with: {@code receptiveFieldRadius} (the tile margin: an
	 * integer ≥ 0; a negative or garbled radius would make tiled output silently differ from whole-volume
	 * output), {@code sizeMultiple} (an integer ≥ 1) and {@code labelValues} (comma-separated integers, no
	 * value twice: two channels with one label would merge classes), {@code threshold} (0–1 exclusive) and
	 * {@code dimensions}/{@code fusion}/{@code sliceOrientations} ({@link SliceFusion}).
	 *
	 * @param location the model folder (named in the message)
	 * @param metadata the keys of {@value #METADATA_FILE}
	 * @throws IllegalArgumentException naming the model folder, the file and the key, and saying what to write
	 */
	public static void checkMetadata(Path location, Map<String, String> metadata) {
		checkInt(location, metadata, "receptiveFieldRadius", 0, "the network's receptive-field radius in voxels, used as the tile margin");
		checkInt(location, metadata, "sizeMultiple", 1, "the size the network's input must be a multiple of");
		String labels = metadata.get("labelValues");
		if (labels != null) {
			checkLabelValues(location, parseLabelValues(location, labels), "labelValues=" + labels);
		}
		String thr = metadata.get("threshold");
		if (thr != null) {
			double t;
			try {
				t = Double.parseDouble(thr.trim());
			} catch (NumberFormatException e) {
				t = Double.NaN;
			}
			if (!(t > 0 && t < 1)) {
				throw new IllegalArgumentException(where(location) + ": threshold=" + thr
						+ " is not a number between 0 and 1 (exclusive). Fix or remove the key threshold (default 0.5).");
			}
		}
		SliceFusion.of(location, metadata);
	}

	/** @return the slice-wise fusion of a 2-D model ({@code dimensions=2}), or null for a 3-D model */
	public SliceFusion sliceFusion() {
		return SliceFusion.of(location, metadata);
	}

	/** @return the recorded foreground threshold of sigmoid outputs ({@code threshold}), or NaN when none */
	public double threshold() {
		String t = metadata.get("threshold");
		return t == null ? Double.NaN : Double.parseDouble(t.trim());
	}

	/**
	 * @return the channel names of a {@link OutputKind#SIGMOID_MULTILABEL} model (metadata
	 *         {@code labelNames}, comma-separated, e.g. bundle names), else {@code label1, label2, …} for
	 *         the output's channels (empty when the channel count is open)
	 */
	public java.util.List<String> labelNames() {
		String n = metadata.get("labelNames");
		if (n != null) {
			return java.util.Arrays.stream(n.split(",", -1)).map(String::trim).toList();
		}
		java.util.List<String> names = new java.util.ArrayList<>();
		for (int c = 0; c < outputChannels(); c++) {
			names.add("label" + (c + 1));
		}
		return names;
	}

	/**
	 * @param location the model folder (named in the message)
	 * @param text comma-separated integers
	 * @return the label values
	 * @throws IllegalArgumentException when a value is not an integer
	 */
	public static int[] parseLabelValues(Path location, String text) {
		String[] parts = text.split(",", -1);
		int[] v = new int[parts.length];
		for (int i = 0; i < parts.length; i++) {
			try {
				v[i] = Integer.parseInt(parts[i].trim());
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(where(location) + ": labelValues=" + text + " is not a comma-separated list of integers ('"
						+ parts[i].trim() + "'). Write one integer label value per output channel, e.g. labelValues=0,1,2.", e);
			}
		}
		return v;
	}

	private static void checkLabelValues(Path location, int[] values, String what) {
		Set<Integer> seen = new HashSet<>();
		for (int v : values) {
			if (!seen.add(v)) {
				throw new IllegalArgumentException(where(location) + ": " + what + " lists the label value " + v
						+ " twice; each output channel needs its own label value. Fix the key labelValues.");
			}
		}
	}

	private static void checkInt(Path location, Map<String, String> metadata, String key, int min, String meaning) {
		String v = metadata.get(key);
		if (v == null) {
			return;
		}
		int n;
		try {
			n = Integer.parseInt(v.trim());
		} catch (NumberFormatException e) {
			n = Integer.MIN_VALUE;
		}
		if (n < min) {
			throw new IllegalArgumentException(where(location) + ": " + key + "=" + v + " is not an integer ≥ " + min + " (" + meaning
					+ "). Fix or remove the key " + key + ".");
		}
	}

	private static String where(Path location) {
		return location == null ? METADATA_FILE : "The model " + location + " (" + METADATA_FILE + ")";
	}

	@Override
	public int[] labelValues() {
		return labelValues.clone();
	}

	/** @return the number of input channels (the last input dimension), or -1 when the signature leaves it open */
	public int inputChannels() {
		return (int) input.channels();
	}

	/** @return the number of output channels */
	public int outputChannels() {
		return (int) output.channels();
	}

	/**
	 * The default label values for an output: {@code 0 … k−1}, or {@code 0, 1} for one channel.
	 *
	 * @param channels output channels
	 * @return the values
	 */
	public static int[] defaultLabelValues(int channels) {
		int[] v = new int[Math.max(2, channels)];
		for (int i = 0; i < v.length; i++) {
			v[i] = i;
		}
		return v;
	}
}
