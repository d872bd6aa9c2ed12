// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.LabelImages;
import org.segsense.image.util.Sha256;
import org.segsense.inference.DeviceChoice;
import org.segsense.inference.TensorAxes;
import org.segsense.inference.preprocess.Normalization;
import org.segsense.tensorflow.TensorFlowRuntime;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GPUOptions;
import org.tensorflow.types.TFloat32;

/**
 * Trains a built-in {@link Architecture} on {@link TrainingCase}s with TensorFlow Java (graph mode):
 * class-balanced patch sampling, a pluggable augmentation, softmax cross-entropy (optionally class
 * weighted, optionally plus soft Dice), Adam (ApplyAdam, with a deterministic step: {@link #adamStep}).
 * <p>
 * Reproducibility: the seed is split (SplittableRandom) into three streams — initial weights (He-normal
 * values generated in Java and fed to the variables as constants; no TensorFlow random op is used),
 * patch sampling, augmentation. With the same cases, options, thread count and TensorFlow backend
 * (oneDNN on or off, CPU) the trained weights are the same run to run; see docs/training.md for what
 * was measured and the limits (GPU, other thread counts, other backends).
 */
public final class Trainer {

	/** Most classes a label map may have. */
	public static final int MAX_CLASSES = 64;

	private Trainer() {
	}

	/** {@link #train(List, TrainingOptions, IProgressMonitor, TrainingEvents)} without events. */
	public static TrainedModel train(List<TrainingCase> cases, TrainingOptions options, IProgressMonitor monitor) throws TrainingException {
		return train(cases, options, monitor, null);
	}

	/**
	 * Trains a model.
	 *
	 * @param cases training cases (≥ 1), same channel count, labels on the images' grid
	 * @param options settings
	 * @param monitor progress (a unit per iteration) and cancellation, checked before every iteration; or null
	 * @param events every iteration with its loss, or null
	 * @return the trained weights and provenance, ready to {@link TrainedModel#export}
	 * @throws TrainingException bad inputs ({@link TrainingException#badInput()}) or a failure
	 * @throws OperationCanceledException when the monitor was cancelled (nothing is returned or written)
	 */
	public static TrainedModel train(List<TrainingCase> cases, TrainingOptions options, IProgressMonitor monitor, TrainingEvents events)
			throws TrainingException {
		long t0 = System.nanoTime();
		SubMonitor sub = SubMonitor.convert(monitor, "Training " + options.architecture().describe(), 1 + options.iterations());
		try {
			return train(cases, options, sub, events == null ? TrainingEvents.NONE : events, t0);
		} finally {
			sub.done();
		}
	}

	private static TrainedModel train(List<TrainingCase> cases, TrainingOptions options, SubMonitor sub, TrainingEvents l, long t0)
			throws TrainingException {
		sub.subTask("preparing " + cases.size() + " case(s)");
		Prepared prepared = prepare(cases, options);
		try {
			TensorFlowRuntime.ensureLoaded();
		} catch (RuntimeException | LinkageError e) {
			throw TrainingException.failure("TensorFlow could not be started: " + e + ". Check that the natives fragment"
					+ " org.segsense.tensorflow.natives.linux.x86_64 is installed.", e);
		}
		Gradients.register();
		sub.split(1).subTask("building the graph");
		try {
			return run(prepared, options, sub, l, t0);
		} catch (TensorFlowException | IllegalArgumentException | IllegalStateException e) {
			throw TrainingException.failure("TensorFlow failed while training: " + e.getMessage(), e);
		}
	}

	/** Inputs after validation, label mapping and normalisation. */
	record Prepared(List<PreparedCase> cases, int channels, int[] labelValues, Map<String, String> provenance) {
	}

	static Prepared prepare(List<TrainingCase> cases, TrainingOptions o) throws TrainingException {
		if (cases.isEmpty()) {
			throw TrainingException.badInput("No training case given: give at least one image with its label map.");
		}
		TreeSet<Integer> values = new TreeSet<>();
		List<int[]> labelArrays = new ArrayList<>();
		int channels = -1;
		for (TrainingCase c : cases) {
			if (c.channels().isEmpty()) {
				throw TrainingException.badInput(c.name() + ": the case has no image.");
			}
			ImageGeometry grid = c.channels().get(0).geometry();
			if (grid.dimension() != 3) {
				throw TrainingException.badInput(c.name() + ": the image is " + grid.dimension() + "-D; training takes 3-D volumes"
						+ " (give one 3-D image per channel, or a 3-D image whose components are channels).");
			}
			int ch = 0;
			for (Image im : c.channels()) {
				if (!im.geometry().sameGridAs(grid, 1e-5)) {
					throw TrainingException.badInput(c.name() + ": the input channels are not on one grid (" + im.geometry() + " vs "
							+ grid + "). Resample them onto one grid first (segsense image resample).");
				}
				ch += im.components();
			}
			if (channels >= 0 && ch != channels) {
				throw TrainingException.badInput(c.name() + " has " + ch + " input channel(s), the first case " + channels
						+ "; every case needs the same channels in the same order.");
			}
			channels = ch;
			if (!c.labels().geometry().sameGridAs(grid, 1e-5)) {
				throw TrainingException.badInput(c.name() + ": the label map is not on the image's grid (labels " + c.labels().geometry()
						+ ", image " + grid + "). Resample the labels onto the image grid (nearest neighbour) first.");
			}
			int[] labels;
			try {
				labels = LabelImages.toInts(c.labels());
			} catch (IllegalArgumentException e) {
				throw TrainingException.badInput(c.name() + ": the label map is unusable: " + e.getMessage() + ".");
			}
			for (int v : labels) {
				values.add(v);
			}
			if (values.size() > MAX_CLASSES) {
				throw TrainingException.badInput(c.name() + ": the label maps hold more than " + MAX_CLASSES
						+ " different values; is this a label map (integer classes) and not an intensity image?");
			}
			labelArrays.add(labels);
		}
		if (values.size() < 2) {
			throw TrainingException.badInput("The label maps hold only the value " + values.first() + "; a segmentation model needs"
					+ " background and at least one foreground label.");
		}
		int[] labelValues = values.stream().mapToInt(Integer::intValue).toArray();
		double[] cw = o.classWeights();
		if (cw != null && cw.length != labelValues.length) {
			throw TrainingException.badInput(cw.length + " class weights were given for " + labelValues.length + " classes (label values "
					+ values + "); give one weight per label value.");
		}
		List<PreparedCase> prepared = new ArrayList<>();
		Map<String, String> provenance = new LinkedHashMap<>();
		provenance.put("trainingCases", Integer.toString(cases.size()));
		for (int k = 0; k < cases.size(); k++) {
			TrainingCase c = cases.get(k);
			ImageGeometry grid = c.channels().get(0).geometry();
			long voxelCount = grid.voxelCount();
			if (voxelCount * channels > Integer.MAX_VALUE - 8) {
				throw TrainingException.badInput(c.name() + ": the volume is too large to train on (" + voxelCount + " voxels × "
						+ channels + " channels); crop or downsample it.");
			}
			int voxels = (int) voxelCount;
			int[] size = TensorAxes.toTensorOrder(new int[] { (int) grid.size(0), (int) grid.size(1), (int) grid.size(2) });
			List<float[]> chans = splitChannels(c.channels(), voxels);
			float[] image = new float[voxels * channels];
			Sha256 sha = Sha256.digest();
			for (int ci = 0; ci < channels; ci++) {
				float[] raw = chans.get(ci);
				sha.update(raw);
				float[] norm = o.normalization() == Normalization.NONE ? raw : o.normalization().apply(raw, null);
				for (int i = 0; i < voxels; i++) {
					image[i * channels + ci] = norm[i];
				}
			}
			int[] labels = labelArrays.get(k);
			byte[] classes = new byte[voxels];
			for (int i = 0; i < voxels; i++) {
				classes[i] = (byte) java.util.Arrays.binarySearch(labelValues, labels[i]);
			}
			sha.update(labels);
			prepared.add(PreparedCase.of(c.name(), size, channels, image, classes));
			provenance.put("trainingCase." + k + ".name", c.name());
			provenance.put("trainingCase." + k + ".size", size[2] + "," + size[1] + "," + size[0]);
			provenance.put("trainingCase." + k + ".sha256", sha.hex());
		}
		return new Prepared(prepared, channels, labelValues, provenance);
	}

	private static List<float[]> splitChannels(List<Image> images, int voxels) {
		List<float[]> out = new ArrayList<>();
		for (Image im : images) {
			float[] all = im.toFloatArray();
			int nc = im.components();
			if (nc == 1) {
				out.add(all);
				continue;
			}
			for (int c = 0; c < nc; c++) {
				float[] ch = new float[voxels];
				for (int i = 0; i < voxels; i++) {
					ch[i] = all[i * nc + c];
				}
				out.add(ch);
			}
		}
		return out;
	}

	private static TrainedModel run(Prepared p, TrainingOptions o, SubMonitor sub, TrainingEvents l, long t0) throws TrainingException {
		int[] ps = TensorAxes.toTensorOrder(o.patchSize()); // {z, y, x}: the sampler, augmentations and graph are tensor code
		int b = o.batchSize(), c = p.channels(), k = p.labelValues().length;
		int patchVoxels = ps[0] * ps[1] * ps[2];
		SplittableRandom root = new SplittableRandom(o.seed());
		SplittableRandom weightStream = root.split();
		SplittableRandom samplingStream = root.split();
		SplittableRandom augmentationStream = root.split();
		PatchSampler sampler = new PatchSampler(p.cases(), ps, o.foregroundFraction(), o.augmentation(), samplingStream,
				augmentationStream);
		float[] lossHistory = new float[o.iterations()];
		try (Graph g = new Graph()) {
			Ops tf = Ops.create(g);
			Shape inShape = Shape.of(b, ps[0], ps[1], ps[2], c);
			Shape labShape = Shape.of(b, ps[0], ps[1], ps[2], k);
			Placeholder<TFloat32> x = tf.withName("image").placeholder(TFloat32.class, Placeholder.shape(inShape));
			Placeholder<TFloat32> y = tf.withName("labels").placeholder(TFloat32.class, Placeholder.shape(labShape));
			InitialWeights weights = new InitialWeights(weightStream);
			Operand<TFloat32> logits = o.architecture().logits(tf, x, c, k, weights);
			Operand<TFloat32> loss = loss(tf, logits, y, o, k);
			Op train = adamStep(g, tf, weights.entries(), loss, (float) o.learningRate());
			try (Session s = new Session(g, config(o.threads(), o.device()))) {
				s.initialize();
				float[] img = new float[b * patchVoxels * c];
				byte[] lab = new byte[b * patchVoxels];
				float[] onehot = new float[b * patchVoxels * k];
				float[] imgScratch = new float[patchVoxels * c];
				byte[] labScratch = new byte[patchVoxels];
				for (int it = 0; it < o.iterations(); it++) {
					sub.checkCanceled(); // split alone checks only every few trivially small units
					SubMonitor step = sub.split(1);
					for (int j = 0; j < b; j++) {
						sampler.next(img, j * patchVoxels * c, lab, j * patchVoxels, imgScratch, labScratch);
					}
					java.util.Arrays.fill(onehot, 0f);
					for (int v = 0; v < lab.length; v++) {
						onehot[v * k + (lab[v] & 0xff)] = 1f;
					}
					float value;
					try (TFloat32 ti = TFloat32.tensorOf(inShape, DataBuffers.of(img, true, false));
							TFloat32 tl = TFloat32.tensorOf(labShape, DataBuffers.of(onehot, true, false));
							Result r = s.runner().feed(x, ti).feed(y, tl).addTarget(train).fetch(loss).run()) {
						value = ((TFloat32) r.get(0)).getFloat();
					}
					if (!Float.isFinite(value)) {
						throw TrainingException.failure("The loss became " + value + " at iteration " + (it + 1)
								+ "; training diverged. Lower the learning rate (now " + o.learningRate() + ").", null);
					}
					lossHistory[it] = value;
					step.done();
					l.step(new TrainingProgress(it + 1, o.iterations(), value, System.nanoTime() - t0));
				}
				Map<String, float[]> trained = new LinkedHashMap<>();
				Map<String, long[]> shapes = new LinkedHashMap<>();
				for (InitialWeights.Entry e : weights.entries()) {
					try (Result r = s.runner().fetch(e.variable()).run()) {
						TFloat32 t = (TFloat32) r.get(0);
						float[] v = new float[(int) t.shape().size()];
						t.asRawTensor().data().asFloats().read(v);
						trained.put(e.name(), v);
						shapes.put(e.name(), e.shape().asArray());
					}
				}
				return new TrainedModel(o, c, p.labelValues(), trained, shapes, lossHistory, System.nanoTime() - t0,
						sampler.foregroundDrawn(), p.provenance());
			}
		}
	}

	/** Adam's β₁, β₂ and ε (TensorFlow's defaults). */
	static final float BETA1 = 0.9f, BETA2 = 0.999f, EPSILON = 1e-8f;

	/**
	 * One Adam step (TensorFlow's ApplyAdam kernel) on every weight, built so that the step is
	 * deterministic. The weights are reference variables updated in place, so two orderings must be
	 * forced: (1) no weight is updated before every gradient and the loss of the step are computed —
	 * otherwise an update may run while a backward op (Conv3DBackpropInput reads the kernel) still needs
	 * the old value; (2) β₁ᵗ and β₂ᵗ are advanced only after every ApplyAdam has read them.
	 * {@code org.tensorflow.framework.optimizers.Adam} 1.1.0 does neither (its β-power assignments have no
	 * control dependency on the updates), which made identical runs differ — measured from the second
	 * iteration on.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static Op adamStep(Graph g, Ops tf, List<InitialWeights.Entry> weights, Operand<TFloat32> loss, float learningRate) {
		Output<?>[] vars = new Output<?>[weights.size()];
		for (int i = 0; i < vars.length; i++) {
			vars[i] = weights.get(i).variable().asOutput();
		}
		Output<?>[] grads = g.addGradients(loss.asOutput(), vars);
		List<Op> computed = new ArrayList<>();
		List<Operand<TFloat32>> snapshots = new ArrayList<>();
		for (Output<?> grad : grads) {
			Operand<TFloat32> id = tf.identity((Operand<TFloat32>) (Operand) grad);
			snapshots.add(id);
			computed.add((Op) id);
		}
		computed.add(tf.identity(loss));
		Ops gated = tf.withControlDependencies(computed);
		Variable<TFloat32> beta1Power = tf.withName("adam_beta1_power").variable(tf.constant(BETA1));
		Variable<TFloat32> beta2Power = tf.withName("adam_beta2_power").variable(tf.constant(BETA2));
		Operand<TFloat32> lr = tf.constant(learningRate), b1 = tf.constant(BETA1), b2 = tf.constant(BETA2), eps = tf.constant(EPSILON);
		List<Op> updates = new ArrayList<>();
		for (int i = 0; i < weights.size(); i++) {
			InitialWeights.Entry e = weights.get(i);
			float[] zeros = new float[(int) e.shape().size()];
			String n = opName(e.name());
			Variable<TFloat32> m = tf.withName(n + "_adam_m").variable(tf.constant(e.shape(), DataBuffers.of(zeros, true, false)));
			Variable<TFloat32> v = tf.withName(n + "_adam_v").variable(tf.constant(e.shape(), DataBuffers.of(zeros, true, false)));
			updates.add(gated.train.applyAdam(e.variable(), m, v, beta1Power, beta2Power, lr, b1, b2, eps, gated.identity(snapshots.get(i))));
		}
		Ops after = tf.withControlDependencies(updates);
		Op p1 = after.assign(beta1Power, after.math.mul(beta1Power, b1));
		Op p2 = after.assign(beta2Power, after.math.mul(beta2Power, b2));
		return tf.withControlDependencies(List.of(p1, p2)).withName("train").noOp();
	}

	/** Weighted mean softmax cross-entropy over all voxels of the batch, plus the soft Dice loss if asked. */
	private static Operand<TFloat32> loss(Ops tf, Operand<TFloat32> logits5, Operand<TFloat32> y5, TrainingOptions o, int k) {
		// [voxels, classes]: the C++ gradients of LogSoftmax and Softmax sum over axis 1, i.e. assume rank 2.
		Operand<TFloat32> logits = tf.reshape(logits5, tf.constant(new int[] { -1, k }));
		Operand<TFloat32> y = tf.reshape(y5, tf.constant(new int[] { -1, k }));
		Operand<org.tensorflow.types.TInt32> all = tf.constant(new int[] { 0, 1 });
		Operand<TFloat32> logp = tf.nn.logSoftmax(logits);
		double[] cw = o.classWeights();
		Operand<TFloat32> yw = y;
		if (cw != null) {
			float[] w = new float[k];
			for (int i = 0; i < k; i++) {
				w[i] = (float) cw[i];
			}
			yw = tf.math.mul(y, tf.constant(w));
		}
		Operand<TFloat32> ce = tf.math.div(tf.math.neg(tf.sum(tf.math.mul(yw, logp), all)), tf.sum(yw, all));
		if (o.diceWeight() == 0) {
			return tf.withName("loss").identity(ce);
		}
		Operand<org.tensorflow.types.TInt32> spatial = tf.constant(new int[] { 0 });
		Operand<TFloat32> prob = tf.nn.softmax(logits);
		Operand<TFloat32> inter = tf.sum(tf.math.mul(prob, y), spatial);
		Operand<TFloat32> denom = tf.math.add(tf.sum(prob, spatial), tf.sum(y, spatial));
		Operand<TFloat32> one = tf.constant(1f);
		Operand<TFloat32> dice = tf.math.div(tf.math.add(tf.math.mul(tf.constant(2f), inter), one), tf.math.add(denom, one));
		float[] fg = new float[k];
		java.util.Arrays.fill(fg, 1f / (k - 1));
		fg[0] = 0;
		Operand<TFloat32> meanDice = tf.sum(tf.math.mul(dice, tf.constant(fg)), tf.constant(0));
		Operand<TFloat32> diceLoss = tf.math.sub(one, meanDice);
		return tf.withName("loss").math.add(ce, tf.math.mul(tf.constant((float) o.diceWeight()), diceLoss));
	}

	/** The graph name of a weight: its name with '/' replaced by '_' (TF Java allows no '/' in op names). */
	static String opName(String weightName) {
		return weightName.replace('/', '_');
	}

	/** Session settings: explicit threads (inter-op 1), soft placement, GPU only when asked for or auto. */
	static ConfigProto config(int threads, DeviceChoice device) {
		ConfigProto.Builder b = ConfigProto.newBuilder().setAllowSoftPlacement(true).setIntraOpParallelismThreads(threads)
				.setInterOpParallelismThreads(1).setGpuOptions(GPUOptions.newBuilder().setAllowGrowth(true));
		if (device == DeviceChoice.CPU) {
			b.putDeviceCount("GPU", 0);
		}
		return b.build();
	}

	/** Variables initialised with seeded He-normal values generated in Java, in the order the architecture asks. */
	static final class InitialWeights implements WeightSource {

		record Entry(String name, Shape shape, Variable<TFloat32> variable) {
		}

		private final SplittableRandom random;
		private final List<Entry> entries = new ArrayList<>();

		InitialWeights(SplittableRandom random) {
			this.random = random;
		}

		List<Entry> entries() {
			return entries;
		}

		@Override
		public Operand<TFloat32> weight(Ops tf, String name, Shape shape, Init init) {
			for (Entry e : entries) {
				if (e.name().equals(name)) {
					throw new IllegalStateException("weight " + name + " asked for twice");
				}
			}
			int n = (int) shape.size();
			float[] v = new float[n];
			if (init != Init.ZEROS) {
				long fanIn = n / shape.get(shape.numDimensions() - 1);
				double sd = Math.sqrt((init == Init.HE_NORMAL ? 2.0 : 1.0) / fanIn);
				for (int i = 0; i < n; i++) {
					v[i] = (float) (sd * random.nextGaussian());
				}
			}
			Variable<TFloat32> var = tf.withName(opName(name)).variable(tf.constant(shape, DataBuffers.of(v, true, false)));
			entries.add(new Entry(name, shape, var));
			return var;
		}
	}
}
