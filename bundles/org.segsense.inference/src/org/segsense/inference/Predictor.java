// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.inference.preprocess.Normalization;
import org.segsense.inference.spi.EngineModel;
import org.segsense.inference.tiling.TilePlan;

/**
 * Segments an image with a loaded model: normalises each input channel, cuts the volume into tiles
 * ({@link TilePlan}), runs them through the engine in batches, blends the tile outputs, turns them into
 * probabilities ({@link OutputKind}) and a label map (argmax, or threshold for one-channel sigmoid
 * models).
 * <p>
 * Data move as whole arrays: the input of one tile is copied row by row into the batch tensor, the
 * whole-volume case hands the normalised volume to the engine as it is. Not thread-safe (one model,
 * one caller).
 * <p>
 * Axis order: the options, the model's fixed size ({@link TensorSpec#fixedSpatialSize()}) and the {@link TilePlan} are {x, y, z}; the engine's
 * tensors are {@code [batch, z, y, x, channel]}. The tile copying below is the only tensor code here and
 * converts with {@link TensorAxes}.
 */
public final class Predictor {

	private final EngineModel model;
	private final PredictorOptions options;

	/**
	 * @param model the loaded model (not closed by the predictor)
	 * @param options the settings
	 */
	public Predictor(EngineModel model, PredictorOptions options) {
		this.model = Objects.requireNonNull(model, "model");
		this.options = Objects.requireNonNull(options, "options");
	}

	/** @return the normalisation that will be applied: the option, else the model's, else none */
	public Normalization effectiveNormalization() {
		if (options.normalization() != null) {
			return options.normalization();
		}
		Normalization n = model.descriptor().normalization();
		return n == null ? Normalization.NONE : n;
	}

	/**
	 * @return the tile margin {x, y, z} that will be used: the option, else the model's recorded
	 *         {@code receptiveFieldRadius}, else {@link PredictorOptions#DEFAULT_MARGIN}
	 */
	public int[] effectiveMargin() {
		if (options.margin() != null) {
			return options.margin();
		}
		int m = metadataInt("receptiveFieldRadius", PredictorOptions.DEFAULT_MARGIN);
		return new int[] { m, m, m };
	}

	private int metadataInt(String key, int fallback) {
		String v = model.descriptor().metadata().get(key);
		try {
			return v == null ? fallback : Math.max(1, Integer.parseInt(v.trim()));
		} catch (NumberFormatException e) {
			return fallback;
		}
	}

	/** {@link #predict(List, byte[], IProgressMonitor)} of one image, no mask, no progress. */
	public Prediction predict(Image image) throws InferenceException {
		return predict(List.of(image), null, null);
	}

	/**
	 * Segments a case.
	 *
	 * @param channels the input channels on one 3-D grid: scalar images, or images whose components are
	 *        channels; their channels in order form the network input
	 * @param mask statistics mask of the normalisation (non-zero = inside, one byte per voxel), or null
	 * @param monitor progress (one unit per tile; the task name says "done/total tiles") and cancellation,
	 *        checked before every batch; or null
	 * @return probabilities and labels on the input grid
	 * @throws InferenceException for a channel count or grid the model cannot take, or an engine failure
	 * @throws OperationCanceledException when the monitor was cancelled (between two batches)
	 */
	public Prediction predict(List<Image> channels, byte[] mask, IProgressMonitor monitor) throws InferenceException {
		long t0 = System.nanoTime();
		SubMonitor mon = SubMonitor.convert(monitor, "Segmenting", 1);
		try {
			return predict(channels, mask, mon, t0);
		} finally {
			mon.done();
		}
	}

	private Prediction predict(List<Image> channels, byte[] mask, SubMonitor mon, long t0) throws InferenceException {
		ModelDescriptor d = model.descriptor();
		if (channels.isEmpty()) {
			throw new InferenceException("No input image given.");
		}
		ImageGeometry grid = channels.get(0).geometry();
		if (grid.dimension() != 3) {
			throw new InferenceException("The model segments 3-D volumes; the input is " + grid.dimension()
					+ "-D. Give one 3-D image per channel (split 4-D series first).");
		}
		List<float[]> inputs = new ArrayList<>();
		for (Image im : channels) {
			if (!im.geometry().sameGridAs(grid, 1e-5)) {
				throw new InferenceException("All input channels must share one grid; " + im.geometry() + " differs from " + grid
						+ ". Resample them onto one grid first (segsense image resample).");
			}
			// float32 voxels are used as they are (nothing below writes to them); other types are converted once
			float[] all = im.pixelType() == PixelType.FLOAT32 ? im.floats() : im.toFloatArray();
			int nc = im.components();
			if (nc == 1) {
				inputs.add(all);
			} else {
				for (int c = 0; c < nc; c++) {
					float[] ch = new float[all.length / nc];
					for (int i = 0; i < ch.length; i++) {
						ch[i] = all[i * nc + c];
					}
					inputs.add(ch);
				}
			}
		}
		int cin = inputs.size();
		if (d.inputChannels() > 0 && d.inputChannels() != cin) {
			throw new InferenceException("The model " + d.location() + " takes " + d.inputChannels() + " input channel(s) (input "
					+ d.input() + "), but " + cin + " were given. Pass one image per channel, in the order the model was trained with.");
		}
		int nx = (int) grid.size(0), ny = (int) grid.size(1), nz = (int) grid.size(2);
		int voxels = nx * ny * nz;
		Normalization norm = effectiveNormalization();
		float[] volume = interleave(inputs, mask, norm, voxels);

		int[] size = { nx, ny, nz };
		SliceFusion fusion = d.sliceFusion();
		if (fusion != null) {
			return predictSlices(fusion, volume, size, cin, grid, mon, t0);
		}
		int[] fixed = d.input().fixedSpatialSize();
		int[] tile = fixed != null ? fixed : options.tile() != null ? options.tile() : size;
		TilePlan plan = TilePlan.of(size, tile, fixed != null, effectiveMargin(), options.overlap(), options.blending(),
				metadataInt("sizeMultiple", 1));
		int[] vol = TensorAxes.toTensorOrder(size);
		int k = d.outputChannels();
		long engineNanos = 0;
		float[] out;
		int total = plan.tiles().size();
		mon.setWorkRemaining(total);
		if (plan.isWholeVolume()) {
			mon.checkCanceled();
			long e0 = System.nanoTime();
			out = model.run(volume, 1, nz, ny, nx);
			engineNanos += System.nanoTime() - e0;
			k = checkOutput(out, 1, voxels, k);
			mon.worked(1);
		} else {
			int[] ts = TensorAxes.toTensorOrder(plan.tileSize());
			int tileVoxels = ts[0] * ts[1] * ts[2];
			float[] acc = null;
			float[] wsum = new float[voxels];
			int batch = Math.min(options.batchSize(), total);
			float[] in = new float[batch * tileVoxels * cin];
			for (int first = 0; first < total; first += batch) {
				int b = Math.min(batch, total - first);
				mon.checkCanceled(); // split alone checks only every few trivially small units
				SubMonitor batchWork = mon.split(b);
				float[] batchIn = b == batch ? in : new float[b * tileVoxels * cin];
				for (int j = 0; j < b; j++) {
					extract(volume, vol, cin, plan.tiles().get(first + j), ts, batchIn, j * tileVoxels * cin);
				}
				long e0 = System.nanoTime();
				float[] res = model.run(batchIn, b, ts[0], ts[1], ts[2]);
				engineNanos += System.nanoTime() - e0;
				k = checkOutput(res, b, tileVoxels, k);
				if (acc == null) {
					acc = new float[voxels * k];
				}
				for (int j = 0; j < b; j++) {
					accumulate(res, j * tileVoxels * k, k, plan, plan.tiles().get(first + j), vol, acc, wsum);
				}
				batchWork.done();
				mon.subTask((first + b) + "/" + total + " tiles");
			}
			for (int v = 0; v < voxels; v++) {
				float w = wsum[v];
				for (int c = 0; c < k; c++) {
					acc[v * k + c] /= w;
				}
			}
			out = acc;
		}
		Image[] result = postprocess(out, k, d, grid, voxels, false);
		return new Prediction(result[0], result[1], total, engineNanos, System.nanoTime() - t0);
	}

	/** The slice-wise path of a 2-D model: each orientation's probabilities, averaged ({@link SliceFusion}). */
	private Prediction predictSlices(SliceFusion fusion, float[] volume, int[] size, int cin, ImageGeometry grid, SubMonitor mon, long t0)
			throws InferenceException {
		ModelDescriptor d = model.descriptor();
		int voxels = size[0] * size[1] * size[2];
		int[] k = { d.outputChannels() };
		int[] axes = fusion.orientations();
		mon.setWorkRemaining(axes.length);
		float[] sum = null;
		long engineNanos = 0;
		for (int i = 0; i < axes.length; i++) {
			mon.checkCanceled();
			long e0 = System.nanoTime();
			float[] out = SliceFusion.run(model, volume, size, cin, axes[i], metadataInt("sizeMultiple", 1), k);
			engineNanos += System.nanoTime() - e0;
			float[] p = toProbabilities(out, k[0], d.outputKind(), voxels);
			if (sum == null) {
				sum = p == out ? p : p.clone();
			} else {
				for (int j = 0; j < sum.length; j++) {
					sum[j] += p[j];
				}
			}
			mon.worked(1);
			mon.subTask((i + 1) + "/" + axes.length + " orientations");
		}
		float inv = 1f / axes.length;
		for (int j = 0; j < sum.length; j++) {
			sum[j] *= inv;
		}
		Image[] result = postprocess(sum, k[0], d, grid, voxels, true);
		return new Prediction(result[0], result[1], axes.length, engineNanos, System.nanoTime() - t0);
	}

	/**
	 * @return the threshold of sigmoid outputs: the option when it is not the default 0.5, else the model's
	 *         recorded {@code threshold} for multi-label models, else 0.5
	 */
	public double effectiveThreshold() {
		double t = model.descriptor().threshold();
		boolean useModel = options.threshold() == PredictorOptions.defaults().threshold() && !Double.isNaN(t)
				&& model.descriptor().outputKind() == OutputKind.SIGMOID_MULTILABEL;
		return useModel ? t : options.threshold();
	}

	/** Output values → probabilities: softmax or sigmoid for logits, else the values themselves (not copied). */
	private static float[] toProbabilities(float[] out, int k, OutputKind kind, int voxels) {
		if (kind != OutputKind.LOGITS) {
			return out;
		}
		float[] prob = out.clone();
		if (k == 1) {
			for (int i = 0; i < voxels; i++) {
				prob[i] = (float) (1 / (1 + Math.exp(-out[i])));
			}
		} else {
			softmax(prob, k, voxels);
		}
		return prob;
	}

	private float[] interleave(List<float[]> inputs, byte[] mask, Normalization norm, int voxels) throws InferenceException {
		if (mask != null && mask.length != voxels) {
			throw new InferenceException("The normalisation mask has " + mask.length + " voxels but the image " + voxels
					+ "; give a mask on the image's grid.");
		}
		int cin = inputs.size();
		if (cin == 1) {
			return norm == Normalization.NONE ? inputs.get(0) : norm.apply(inputs.get(0), mask);
		}
		float[] v = new float[voxels * cin];
		for (int c = 0; c < cin; c++) {
			float[] ch = norm.apply(inputs.get(c), mask);
			for (int i = 0; i < voxels; i++) {
				v[i * cin + c] = ch[i];
			}
		}
		return v;
	}

	/** Output length check; returns the channel count (inferred when the signature leaves it open). */
	private int checkOutput(float[] out, int batch, int tileVoxels, int k) throws InferenceException {
		long per = (long) batch * tileVoxels;
		if (k <= 0) {
			if (out.length % per != 0) {
				throw new InferenceException("The model " + model.descriptor().location() + " returned " + out.length
						+ " values for " + per + " voxels; its output must be [batch, z, y, x, classes] with the input's size.");
			}
			k = (int) (out.length / per);
		}
		if (out.length != per * k) {
			throw new InferenceException("The model " + model.descriptor().location() + " returned " + out.length + " values, expected "
					+ per * k + " ([" + batch + ", z, y, x, " + k + "]). A segmentation model must keep the spatial size of its input"
					+ " (use 'same' padding) and output one channel per class.");
		}
		return k;
	}

	/**
	 * Copies a tile (zero outside the volume) row by row into the batch tensor at {@code at}; {@code vol}
	 * and {@code ts} are {z, y, x}.
	 */
	private static void extract(float[] volume, int[] vol, int cin, TilePlan.Tile t, int[] ts, float[] dst, int at) {
		int[] s = TensorAxes.toTensorOrder(t.start());
		int rowLen = Math.min(ts[2], vol[2] - s[2]) * cin;
		for (int z = 0; z < ts[0]; z++) {
			for (int y = 0; y < ts[1]; y++) {
				int o = at + ((z * ts[1] + y) * ts[2]) * cin;
				int gz = s[0] + z, gy = s[1] + y;
				if (gz >= vol[0] || gy >= vol[1]) {
					java.util.Arrays.fill(dst, o, o + ts[2] * cin, 0f);
					continue;
				}
				System.arraycopy(volume, ((gz * vol[1] + gy) * vol[2] + s[2]) * cin, dst, o, rowLen);
				if (rowLen < ts[2] * cin) {
					java.util.Arrays.fill(dst, o + rowLen, o + ts[2] * cin, 0f);
				}
			}
		}
	}

	/** Adds the kept part of one tile's output, weighted, into the volume accumulators; {@code vol} is {z, y, x}. */
	private static void accumulate(float[] res, int at, int k, TilePlan plan, TilePlan.Tile t, int[] vol, float[] acc, float[] wsum) {
		int[] ts = TensorAxes.toTensorOrder(plan.tileSize());
		int[] s = TensorAxes.toTensorOrder(t.start()), from = TensorAxes.toTensorOrder(t.keepFrom()),
				to = TensorAxes.toTensorOrder(t.keepTo());
		int z1 = Math.min(to[0], vol[0] - s[0]), y1 = Math.min(to[1], vol[1] - s[1]), x1 = Math.min(to[2], vol[2] - s[2]);
		for (int z = from[0]; z < z1; z++) {
			float wz = plan.weight(2, z); // the plan's axes are {x, y, z}
			for (int y = from[1]; y < y1; y++) {
				float wzy = wz * plan.weight(1, y);
				int src = at + ((z * ts[1] + y) * ts[2]) * k;
				int g = ((s[0] + z) * vol[1] + s[1] + y) * vol[2] + s[2];
				for (int x = from[2]; x < x1; x++) {
					float w = wzy * plan.weight(0, x);
					int gi = g + x;
					wsum[gi] += w;
					int si = src + x * k, ai = gi * k;
					for (int c = 0; c < k; c++) {
						acc[ai + c] += w * res[si + c];
					}
				}
			}
		}
	}

	/** @return {probabilities, labels}; {@code isProbability}: the output is already probabilities (logits converted) */
	private Image[] postprocess(float[] out, int k, ModelDescriptor d, ImageGeometry grid, int voxels, boolean isProbability)
			throws InferenceException {
		OutputKind kind = d.outputKind();
		if (kind == OutputKind.SIGMOID_MULTILABEL) {
			return multiLabel(out, k, d, grid, voxels);
		}
		int[] labelValues = d.labelValues();
		if (labelValues.length < Math.max(2, k)) {
			throw new InferenceException("The model " + d.location() + " has " + k + " output channels but only " + labelValues.length
					+ " label values in its metadata; list one label value per channel.");
		}
		float[] prob = isProbability ? out : toProbabilities(out, k, kind, voxels);
		if (kind == OutputKind.SIGMOID && k != 1) {
			throw new InferenceException("The model " + d.location() + " is declared sigmoid but has " + k
					+ " output channels; a sigmoid model has one. Declare it 'probabilities', 'logits' or 'sigmoid-multilabel'.");
		}
		int maxLabel = 0;
		boolean negative = false;
		for (int v : labelValues) {
			maxLabel = Math.max(maxLabel, Math.abs(v));
			negative |= v < 0;
		}
		PixelType type = negative ? PixelType.INT32 : maxLabel <= 255 ? PixelType.UINT8 : maxLabel <= 65535 ? PixelType.UINT16 : PixelType.INT32;
		if (k > 255) {
			throw new InferenceException("The model " + d.location() + " has " + k + " output channels; SegSense handles up to 255 classes.");
		}
		// the winning channel per voxel; with the default label values (0, 1, …) it already is the uint8 label map
		byte[] winner = new byte[voxels];
		if (k == 1) {
			float thr = (float) options.threshold();
			for (int i = 0; i < voxels; i++) {
				winner[i] = (byte) (prob[i] >= thr ? 1 : 0);
			}
		} else {
			for (int i = 0, o = 0; i < voxels; i++, o += k) {
				int best = 0;
				float bv = prob[o];
				for (int c = 1; c < k; c++) {
					if (prob[o + c] > bv) { // first maximum wins, as numpy's argmax
						bv = prob[o + c];
						best = c;
					}
				}
				winner[i] = (byte) best;
			}
		}
		boolean identity = type == PixelType.UINT8;
		for (int c = 0; c < Math.max(2, k) && identity; c++) {
			identity = labelValues[c] == c;
		}
		Image labelImage;
		if (identity) {
			labelImage = Image.ofUInt8(grid, winner);
		} else {
			labelImage = Image.create(grid, type, 1);
			if (type == PixelType.UINT8) {
				byte[] a = labelImage.bytes();
				for (int i = 0; i < voxels; i++) {
					a[i] = (byte) labelValues[winner[i] & 0xff];
				}
			} else if (type == PixelType.UINT16) {
				short[] a = labelImage.shorts();
				for (int i = 0; i < voxels; i++) {
					a[i] = (short) labelValues[winner[i] & 0xff];
				}
			} else {
				int[] a = labelImage.ints();
				for (int i = 0; i < voxels; i++) {
					a[i] = labelValues[winner[i] & 0xff];
				}
			}
		}
		Image probabilities = Image.of(grid, PixelType.FLOAT32, k, prob);
		return new Image[] { probabilities, labelImage };
	}

	/**
	 * Multi-label output: channel c of the label image (uint8, k components) is 1 where p_c ≥ the
	 * threshold, independently of the other channels (labels may overlap).
	 */
	private Image[] multiLabel(float[] prob, int k, ModelDescriptor d, ImageGeometry grid, int voxels) throws InferenceException {
		java.util.List<String> names = d.labelNames();
		if (names.size() != k) {
			throw new InferenceException("The model " + d.location() + " has " + k + " output channels but " + names.size()
					+ " labelNames in " + ModelDescriptor.METADATA_FILE + "; list one name per channel (e.g. labelNames=CST_left,CST_right).");
		}
		float thr = (float) effectiveThreshold();
		byte[] labels = new byte[voxels * k];
		for (int i = 0; i < labels.length; i++) {
			labels[i] = (byte) (prob[i] >= thr ? 1 : 0);
		}
		return new Image[] { Image.of(grid, PixelType.FLOAT32, k, prob), Image.of(grid, PixelType.UINT8, k, labels) };
	}

	private static void softmax(float[] p, int k, int voxels) {
		for (int i = 0, o = 0; i < voxels; i++, o += k) {
			float max = p[o];
			for (int c = 1; c < k; c++) {
				max = Math.max(max, p[o + c]);
			}
			double sum = 0;
			for (int c = 0; c < k; c++) {
				sum += Math.exp(p[o + c] - max);
			}
			for (int c = 0; c < k; c++) {
				p[o + c] = (float) (Math.exp(p[o + c] - max) / sum);
			}
		}
	}
}
