// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.segsense.inference.preprocess.Normalization;
import org.segsense.inference.spi.Device;
import org.segsense.inference.spi.EngineModel;
import org.segsense.inference.spi.InferenceEngine;

/**
 * A fully convolutional "network" in plain Java for the tests: per voxel, the 3×3×3 mean of the
 * channel sum with zero padding ('same'), m; output {@code [1 − s, s]} with s = sigmoid(m − 50), or
 * for the one-channel variants s alone or the logit m − 50. Receptive-field radius 1.
 */
public final class BoxFilterEngine implements InferenceEngine {

	/** The file that marks a box-model folder; its content is the output kind ({@code probabilities}, …). */
	static final String MARKER = "box-model.txt";

	@Override
	public boolean recognises(Path modelDir) {
		return Files.isRegularFile(modelDir.resolve(MARKER));
	}

	@Override
	public List<Device> devices() {
		return List.of(new Device("java:0", "CPU", 0));
	}

	@Override
	public Map<String, String> runtimeInfo() {
		return Map.of("engine", "box");
	}

	@Override
	public EngineModel load(Path modelDir, LoadOptions options) throws InferenceException {
		try {
			OutputKind kind = OutputKind.fromName(Files.readString(modelDir.resolve(MARKER)).trim());
			return model(modelDir, kind, 1, null, null);
		} catch (java.io.IOException e) {
			throw new InferenceException("Cannot read " + modelDir.resolve(MARKER) + ": " + e.getMessage());
		}
	}

	/**
	 * @param location the folder to report
	 * @param kind the output kind (probabilities: 2 channels; sigmoid, logits: 1 channel)
	 * @param channels input channels
	 * @param fixed fixed tile size {x, y, z} (the tensor shape lists it z, y, x), or null for any
	 * @param normalization recorded normalisation, or null
	 * @return the model
	 */
	static Model model(Path location, OutputKind kind, int channels, int[] fixed, Normalization normalization) {
		int k = kind == OutputKind.PROBABILITIES ? 2 : 1;
		fixed = fixed == null ? null : TensorAxes.toTensorOrder(fixed);
		long[] in = fixed == null ? new long[] { -1, -1, -1, -1, channels } : new long[] { -1, fixed[0], fixed[1], fixed[2], channels };
		long[] out = fixed == null ? new long[] { -1, -1, -1, -1, k } : new long[] { -1, fixed[0], fixed[1], fixed[2], k };
		ModelDescriptor d = new ModelDescriptor("test-box", location, "serving_default", new TensorSpec("image", "DT_FLOAT", in),
				new TensorSpec("segmentation", "DT_FLOAT", out), kind, normalization, ModelDescriptor.defaultLabelValues(k), Map.of());
		return new Model(d, channels, k);
	}

	/** The box-filter model. */
	static final class Model implements EngineModel {
		private final ModelDescriptor descriptor;
		private final int channels;
		private final int k;
		int calls;
		int largestBatch;
		/** The spatial shape {z, y, x} of every engine call, in order. */
		final List<int[]> callShapes = new java.util.ArrayList<>();

		Model(ModelDescriptor descriptor, int channels, int k) {
			this.descriptor = descriptor;
			this.channels = channels;
			this.k = k;
		}

		@Override
		public ModelDescriptor descriptor() {
			return descriptor;
		}

		@Override
		public String device() {
			return "java:0";
		}

		@Override
		public float[] run(float[] input, int batch, int nz, int ny, int nx) {
			calls++;
			callShapes.add(new int[] { nz, ny, nx });
			largestBatch = Math.max(largestBatch, batch);
			int vox = nz * ny * nx;
			float[] out = new float[batch * vox * k];
			for (int b = 0; b < batch; b++) {
				for (int z = 0; z < nz; z++) {
					for (int y = 0; y < ny; y++) {
						for (int x = 0; x < nx; x++) {
							double sum = 0;
							for (int dz = -1; dz <= 1; dz++) {
								for (int dy = -1; dy <= 1; dy++) {
									for (int dx = -1; dx <= 1; dx++) {
										int zz = z + dz, yy = y + dy, xx = x + dx;
										if (zz < 0 || yy < 0 || xx < 0 || zz >= nz || yy >= ny || xx >= nx) {
											continue;
										}
										int at = (b * vox + (zz * ny + yy) * nx + xx) * channels;
										for (int c = 0; c < channels; c++) {
											sum += input[at + c];
										}
									}
								}
							}
							double m = sum / 27 - 50;
							int o = (b * vox + (z * ny + y) * nx + x) * k;
							double s = 1 / (1 + Math.exp(-m));
							if (descriptor.outputKind() == OutputKind.PROBABILITIES) {
								out[o] = (float) (1 - s);
								out[o + 1] = (float) s;
							} else if (descriptor.outputKind() == OutputKind.SIGMOID) {
								out[o] = (float) s;
							} else {
								out[o] = (float) m;
							}
						}
					}
				}
			}
			return out;
		}

		@Override
		public void close() {
		}
	}
}
