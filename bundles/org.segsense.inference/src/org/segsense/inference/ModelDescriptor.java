package org.segsense.inference;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

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
