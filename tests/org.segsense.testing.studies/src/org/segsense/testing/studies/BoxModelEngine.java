// SPDX-License-Identifier: EPL-2.0
package org.segsense.testing.studies;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.segsense.inference.InferenceException;
import org.segsense.inference.LoadOptions;
import org.segsense.inference.ModelDescriptor;
import org.segsense.inference.OutputKind;
import org.segsense.inference.TensorSpec;
import org.segsense.inference.preprocess.Normalization;
import org.segsense.inference.spi.Device;
import org.segsense.inference.spi.EngineModel;
import org.segsense.inference.spi.InferenceEngine;

/**
 * A plain-Java inference engine for the engine and report tests, so that they run without TensorFlow.
 * It runs the box-filter "network" of {@link SyntheticProjects#boxModel}: per voxel the 3×3×3 mean m of
 * the input with zero padding ('same' convolution), s = sigmoid(0.2 (m − bias)), output
 * {@code [1 − s, s]} (probabilities of labels 0 and 1). With {@code biases=b1,b2,…} instead of {@code bias} (a
 * multi-label model, see {@link SyntheticProjects#multiLabelBoxModel}) it outputs one channel per bias,
 * {@code sigmoid(0.2 (m − b_k))}: overlapping "bundles". With {@code inputChannels=N} it takes N channels and filters
 * the first (e.g. the x component of a peak channel's first peak, as the model receives it). It is the same function as the TensorFlow box
 * model the command-line tests build ({@code TfBoxModels}), computed in double and rounded to float.
 *
 * <p>A model folder is recognised by {@value #MARKER} (Java properties: {@code bias=…}; for tests of failing
 * jobs also {@code fail=MESSAGE}, every call then fails with it, and {@code delayFirstCallMs=N}, the first call
 * on this folder in the JVM waits N ms first, so that its job finishes after later ones); the SegSense
 * metadata {@value ModelDescriptor#METADATA_FILE} beside it gives the output kind, normalisation and label
 * values as for any engine. Test fragments contribute it to {@code org.segsense.inference.engines} with id
 * {@value #ID} in their {@code fragment.xml}.
 */
public final class BoxModelEngine implements InferenceEngine {

	/** The engine id of the test contributions. */
	public static final String ID = "java-box";
	/** The file that marks a box-model folder. */
	public static final String MARKER = "box-model.properties";

	@Override
	public boolean recognises(Path modelDir) {
		return Files.isRegularFile(modelDir.resolve(MARKER));
	}

	@Override
	public List<Device> devices() {
		return List.of(new Device("java:cpu:0", "CPU", 0));
	}

	@Override
	public Map<String, String> runtimeInfo() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("runtime", "plain Java box filter (test engine)");
		return m;
	}

	@Override
	public EngineModel load(Path modelDir, LoadOptions options) throws InferenceException {
		Map<String, String> marker = properties(modelDir.resolve(MARKER));
		Path metaFile = modelDir.resolve(ModelDescriptor.METADATA_FILE);
		Map<String, String> meta = Files.isRegularFile(metaFile) ? properties(metaFile) : Map.of();
		float[] biases;
		try {
			String[] b = marker.containsKey("biases") ? marker.get("biases").split(",") : new String[] { marker.getOrDefault("bias", "") };
			biases = new float[b.length];
			for (int i = 0; i < b.length; i++) {
				biases[i] = Float.parseFloat(b[i].trim());
			}
		} catch (NumberFormatException e) {
			throw new InferenceException(modelDir.resolve(MARKER) + ": bias=" + marker.get("bias") + " is not a number; write bias=150.");
		}
		boolean multi = marker.containsKey("biases");
		int inputChannels = Integer.parseInt(marker.getOrDefault("inputChannels", "1").trim());
		int channels = multi ? biases.length : 2;
		OutputKind kind = meta.containsKey("outputKind") ? OutputKind.fromName(meta.get("outputKind")) : OutputKind.PROBABILITIES;
		Normalization norm = meta.containsKey("normalization") ? Normalization.fromName(meta.get("normalization")) : null;
		int[] labels = meta.containsKey("labelValues") ? ModelDescriptor.parseLabelValues(modelDir, meta.get("labelValues"))
				: ModelDescriptor.defaultLabelValues(2);
		ModelDescriptor d = new ModelDescriptor(ID, modelDir, "serving_default", new TensorSpec("image", "DT_FLOAT", new long[] { -1, -1, -1, -1, inputChannels }),
				new TensorSpec("probabilities", "DT_FLOAT", new long[] { -1, -1, -1, -1, channels }), kind, norm, labels, meta);
		String fail = marker.get("fail");
		long delay = Long.parseLong(marker.getOrDefault("delayFirstCallMs", "0"));
		return new Model(d, biases, multi, inputChannels, fail, delay);
	}

	private static Map<String, String> properties(Path file) throws InferenceException {
		Properties p = new Properties();
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(r);
		} catch (IOException e) {
			throw new InferenceException("Cannot read " + file + ": " + e.getMessage());
		}
		Map<String, String> m = new LinkedHashMap<>();
		p.stringPropertyNames().stream().sorted().forEach(k -> m.put(k, p.getProperty(k)));
		return m;
	}

	/** Model folders whose first call has been delayed. */
	private static final java.util.Set<Path> DELAYED = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/** One loaded box model. */
	private static final class Model implements EngineModel {
		private final ModelDescriptor descriptor;
		private final float[] biases;
		private final boolean multi;
		private final int cin;
		private final String fail;
		private final long delayMs;
		private long computeNanos;

		Model(ModelDescriptor descriptor, float[] biases, boolean multi, int cin, String fail, long delayMs) {
			this.cin = cin;
			this.descriptor = descriptor;
			this.biases = biases;
			this.multi = multi;
			this.fail = fail;
			this.delayMs = delayMs;
		}

		@Override
		public ModelDescriptor descriptor() {
			return descriptor;
		}

		@Override
		public String device() {
			return "java:cpu:0";
		}

		@Override
		public long computeNanos() {
			return computeNanos;
		}

		@Override
		public float[] run(float[] input, int batch, int nz, int ny, int nx) throws InferenceException {
			long t0 = System.nanoTime();
			if (delayMs > 0 && DELAYED.add(descriptor.location().toAbsolutePath().normalize())) {
				try {
					Thread.sleep(delayMs);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			if (fail != null) {
				throw new InferenceException(fail);
			}
			int vox = nz * ny * nx;
			int k = multi ? biases.length : 2;
			float[] out = new float[batch * vox * k];
			for (int b = 0; b < batch; b++) {
				for (int z = 0; z < nz; z++) {
					for (int y = 0; y < ny; y++) {
						for (int x = 0; x < nx; x++) {
							double sum = 0;
							for (int zz = Math.max(0, z - 1); zz <= Math.min(nz - 1, z + 1); zz++) {
								for (int yy = Math.max(0, y - 1); yy <= Math.min(ny - 1, y + 1); yy++) {
									for (int xx = Math.max(0, x - 1); xx <= Math.min(nx - 1, x + 1); xx++) {
										sum += input[(b * vox + (zz * ny + yy) * nx + xx) * cin];
									}
								}
							}
							int o = (b * vox + (z * ny + y) * nx + x) * k;
							if (multi) {
								for (int c = 0; c < k; c++) {
									out[o + c] = (float) (1 / (1 + Math.exp(-0.2 * (sum / 27 - biases[c]))));
								}
							} else {
								double s = 1 / (1 + Math.exp(-0.2 * (sum / 27 - biases[0])));
								out[o] = (float) (1 - s);
								out[o + 1] = (float) s;
							}
						}
					}
				}
			}
			computeNanos += System.nanoTime() - t0;
			return out;
		}

		@Override
		public void close() {
		}
	}
}
