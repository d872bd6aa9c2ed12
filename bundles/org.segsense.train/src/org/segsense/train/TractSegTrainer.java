// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.Peaks;
import org.segsense.image.VolumeStacks;
import org.segsense.inference.DeviceChoice;
import org.segsense.inference.SliceFusion;
import org.segsense.tensorflow.TensorFlowRuntime;
import org.segsense.train.augment.VolumeAugmentation;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * TractSeg-like training: one 2-D U-Net ({@link UNet2D}) trained on slices of all three orientations
 * (as TractSeg: one network sees x, y and z slices, so it learns every orientation's view from three
 * times the slices and inference fuses three views of one model), one sigmoid output per bundle, loss =
 * binary cross-entropy averaged over voxels and bundles (bundles overlap, so no softmax).
 * <p>
 * Each batch element is a {@code patch × patch} window of one slice: orientation (x, y or z), slice and
 * window position drawn from a seeded stream; slices are cut by the {@link SliceFusion} convention, the
 * one inference uses, and zero-padded when smaller than the window. Inputs are used as they are (no
 * normalisation: peak vectors carry their amplitude). Targets: a multi-component image, component k = 1
 * where the voxel is in bundle k (a 4-D NIfTI with one volume per bundle, as TractSeg, is read as one).
 * Weights and Adam as {@link Trainer} (seeded He-normal, TensorFlow's ApplyAdam); deterministic for a seed
 * and thread count.
 * <p>
 * Augmentation ({@link VolumeAugmentation}: catalogue steps with probabilities) works on the whole 3-D case, not
 * on the slices: every {@code augmentEvery} iterations each case is augmented afresh from its original (peak
 * channels as LPS peak images, so rotations and flips reorient the vectors as the perturbation does at study
 * time; masks by nearest neighbour through the same transform), and slices are then cut from the augmented
 * case. Streams: weights, sampling and augmentation are three splits of the seed, so training without
 * augmentation is unchanged by it.
 */
public final class TractSegTrainer {

	/**
	 * @param net the 2-D U-Net
	 * @param patch window edge in voxels (a multiple of the net's size multiple)
	 * @param batchSize windows per step
	 * @param iterations steps
	 * @param learningRate Adam's step size
	 * @param seed seed of weights and sampling
	 * @param threads TensorFlow intra-op threads
	 * @param labelNames one name per bundle (target component)
	 */
	public record Options(UNet2D net, int patch, int batchSize, int iterations, double learningRate, long seed, int threads,
			List<String> labelNames, VolumeAugmentation augmentation, int augmentEvery) {
		public Options {
			Objects.requireNonNull(net, "net");
			Objects.requireNonNull(augmentation, "augmentation");
			labelNames = List.copyOf(labelNames);
			if (augmentEvery < 1) {
				throw new IllegalArgumentException("The augmentation must be redrawn every ≥ 1 iterations, not " + augmentEvery + ".");
			}
			if (patch < 1 || patch % net.sizeMultiple() != 0) {
				throw new IllegalArgumentException("The slice window " + patch + " must be a positive multiple of " + net.sizeMultiple() + ".");
			}
			if (batchSize < 1 || iterations < 1 || !(learningRate > 0) || threads < 1) {
				throw new IllegalArgumentException("Batch size, iterations and threads must be ≥ 1 and the learning rate > 0.");
			}
		}

		/** Options without augmentation. */
		public Options(UNet2D net, int patch, int batchSize, int iterations, double learningRate, long seed, int threads, List<String> labelNames) {
			this(net, patch, batchSize, iterations, learningRate, seed, threads, labelNames, VolumeAugmentation.NONE, AUGMENT_EVERY);
		}

		/** @return these options with another seed */
		public Options withSeed(long newSeed) {
			return new Options(net, patch, batchSize, iterations, learningRate, newSeed, threads, labelNames, augmentation, augmentEvery);
		}

		/** @return these options with the augmentation, redrawn every {@code every} iterations */
		public Options withAugmentation(VolumeAugmentation a, int every) {
			return new Options(net, patch, batchSize, iterations, learningRate, seed, threads, labelNames, a, every);
		}
	}

	/**
	 * A training case, its channels held as the engine holds them at study time.
	 *
	 * @param name case name (in messages)
	 * @param channels the input channels on one 3-D grid: a peak channel as a peak image in LPS
	 *        ({@link Peaks#fromVolumes}), any other as it is
	 * @param bundles the bundle masks on that grid, one component per bundle (non-zero = inside)
	 * @param peakFrames channel index → the frame of that peak channel's file: the network sees its vectors back in
	 *        that frame ({@code Peaks.toVolumes}), as the engine hands them to the model; channels not named are fed as
	 *        they are
	 */
	public record Case(String name, List<Image> channels, Image bundles, Map<Integer, Peaks.Frame> peakFrames) {
		public Case {
			channels = List.copyOf(channels);
			Objects.requireNonNull(bundles, "bundles");
			peakFrames = Map.copyOf(peakFrames);
			for (var e : peakFrames.entrySet()) {
				if (e.getKey() < 0 || e.getKey() >= channels.size() || !Peaks.isPeakImage(channels.get(e.getKey()))) {
					throw new IllegalArgumentException(name + ": channel " + e.getKey() + " is named a peak channel but is not a 3-D peak image.");
				}
			}
		}

		/** A case without peak channels: every channel is fed as it is. */
		public Case(String name, List<Image> channels, Image bundles) {
			this(name, channels, bundles, Map.of());
		}
	}

	/**
	 * Default period of the augmentation draw: each case is augmented afresh every this many iterations. One draw of a
	 * 48³ peak case (rotation with sign-aligned resampling of 9 components, then the peak steps) costs 0.02–0.07 s on
	 * the CPU, several training steps of a small U-Net (≈ 10 ms each); measured on 2 cores, 300 iterations took 2.9 s
	 * without augmentation, 10.2 s with a draw every iteration and about 5 % to 20 % more than without with a draw
	 * every 10 (TractSegTrainingBenchmark), which still gives a 1,000-iteration run 100 draws per case.
	 */
	public static final int AUGMENT_EVERY = 10;

	/** A case as network input (voxels × channels, model frame) and 0/1 targets (voxels × bundles), voxel order x fastest. */
	record Prepared(int[] size, int cin, int k, float[] image, float[] target) {
	}

	private TractSegTrainer() {
	}

	/**
	 * Trains the network.
	 *
	 * @param cases training cases (≥ 1), all with the same channel and bundle counts
	 * @param o the options
	 * @return the trained model, ready to export
	 * @throws TrainingException for bad input (names the case and the fix) or a TensorFlow failure
	 */
	public static TractSegModel train(List<Case> cases, Options o) throws TrainingException {
		List<Prepared> base = prepare(cases, o);
		List<Prepared> prepared = new ArrayList<>(base);
		try {
			TensorFlowRuntime.ensureLoaded();
		} catch (RuntimeException | LinkageError e) {
			throw TrainingException.failure("TensorFlow could not be loaded: " + e.getMessage(), e);
		}
		Gradients.register();
		long t0 = System.nanoTime();
		int cin = prepared.get(0).cin(), k = prepared.get(0).k(), p = o.patch(), b = o.batchSize();
		SplittableRandom root = new SplittableRandom(o.seed());
		SplittableRandom weightStream = root.split(), sampling = root.split(), augmenting = root.split();
		float[] losses = new float[o.iterations()];
		try (Graph g = new Graph()) {
			Ops tf = Ops.create(g);
			Shape inShape = Shape.of(b, 1, p, p, cin), labShape = Shape.of(b, 1, p, p, k);
			Placeholder<TFloat32> x = tf.withName("image").placeholder(TFloat32.class, Placeholder.shape(inShape));
			Placeholder<TFloat32> y = tf.withName("bundles").placeholder(TFloat32.class, Placeholder.shape(labShape));
			Trainer.InitialWeights weights = new Trainer.InitialWeights(weightStream);
			Operand<TFloat32> z = o.net().logits(tf, x, cin, k, weights);
			// binary cross-entropy with logits, stable form: max(z, 0) − z·y + log(1 + exp(−|z|))
			Operand<TFloat32> absZ = tf.math.abs(z);
			Operand<TFloat32> bce = tf.math.add(tf.math.sub(tf.nn.relu(z), tf.math.mul(z, y)),
					tf.math.log(tf.math.add(tf.constant(1f), tf.math.exp(tf.math.neg(absZ)))));
			Operand<TFloat32> loss = tf.withName("loss").math.mean(bce, tf.constant(new int[] { 0, 1, 2, 3, 4 }));
			Op step = Trainer.adamStep(g, tf, weights.entries(), loss, (float) o.learningRate());
			try (Session s = new Session(g, Trainer.config(o.threads(), DeviceChoice.CPU))) {
				s.initialize();
				float[] img = new float[b * p * p * cin], lab = new float[b * p * p * k];
				for (int it = 0; it < o.iterations(); it++) {
					if (!o.augmentation().isNone() && it % o.augmentEvery() == 0) {
						for (int c = 0; c < cases.size(); c++) {
							prepared.set(c, augment(cases.get(c), o.augmentation(), augmenting.split()));
						}
					}
					java.util.Arrays.fill(img, 0f);
					java.util.Arrays.fill(lab, 0f);
					for (int j = 0; j < b; j++) {
						sample(prepared.get(sampling.nextInt(prepared.size())), p, sampling, img, lab, j);
					}
					try (TFloat32 ti = TFloat32.tensorOf(inShape, DataBuffers.of(img, true, false));
							TFloat32 tl = TFloat32.tensorOf(labShape, DataBuffers.of(lab, true, false));
							Result r = s.runner().feed(x, ti).feed(y, tl).addTarget(step).fetch(loss).run()) {
						losses[it] = ((TFloat32) r.get(0)).getFloat();
					}
					if (!Float.isFinite(losses[it])) {
						throw TrainingException.failure("The loss became " + losses[it] + " at iteration " + (it + 1)
								+ "; training diverged. Lower the learning rate (now " + o.learningRate() + ").", null);
					}
				}
				Map<String, float[]> trained = new LinkedHashMap<>();
				Map<String, long[]> shapes = new LinkedHashMap<>();
				for (Trainer.InitialWeights.Entry e : weights.entries()) {
					try (Result r = s.runner().fetch(e.variable()).run()) {
						TFloat32 t = (TFloat32) r.get(0);
						float[] v = new float[(int) t.shape().size()];
						t.asRawTensor().data().asFloats().read(v);
						trained.put(e.name(), v);
						shapes.put(e.name(), e.shape().asArray());
					}
				}
				return new TractSegModel(o, cin, trained, shapes, losses, System.nanoTime() - t0);
			}
		} catch (TensorFlowException | IllegalArgumentException | IllegalStateException e) {
			throw TrainingException.failure("TensorFlow failed while training: " + e.getMessage(), e);
		}
	}

	/** Copies one window of one slice (orientation, slice and position drawn from {@code r}) into batch element j. */
	private static void sample(Prepared c, int p, SplittableRandom r, float[] img, float[] lab, int j) {
		int axis = r.nextInt(3);
		int[] sh = SliceFusion.sliceShape(c.size(), axis);
		int s = r.nextInt(sh[0]);
		int r0 = sh[1] > p ? r.nextInt(sh[1] - p + 1) : 0, c0 = sh[2] > p ? r.nextInt(sh[2] - p + 1) : 0;
		int cin = c.cin(), k = c.k();
		for (int row = 0; row < Math.min(p, sh[1] - r0); row++) {
			for (int col = 0; col < Math.min(p, sh[2] - c0); col++) {
				int v = SliceFusion.voxel(c.size(), axis, s, r0 + row, c0 + col);
				int o = (j * p + row) * p + col;
				System.arraycopy(c.image(), v * cin, img, o * cin, cin);
				System.arraycopy(c.target(), v * k, lab, o * k, k);
			}
		}
	}

	/** One fresh augmentation draw of a case, as network input and targets. */
	static Prepared augment(Case c, VolumeAugmentation a, SplittableRandom random) throws TrainingException {
		VolumeAugmentation.Augmented r;
		try {
			r = a.apply(c.channels(), c.bundles(), random);
		} catch (IllegalArgumentException e) {
			throw TrainingException.badInput(c.name() + ": the augmentation " + a.describe() + " cannot be applied (" + e.getMessage()
					+ "). Use steps that suit the case's channels (peak-* steps need a peak channel).");
		}
		return arrays(new Case(c.name(), r.channels(), r.masks(), c.peakFrames()));
	}

	/** The channels as the model takes them (peak channels back in their file's frame), one float per component. */
	static Prepared arrays(Case c) {
		ImageGeometry grid = c.channels().get(0).geometry();
		int voxels = (int) grid.voxelCount();
		List<Image> model = new ArrayList<>(c.channels());
		c.peakFrames().forEach((i, f) -> model.set(i, VolumeStacks.toComponents(Peaks.toVolumes(model.get(i), f))));
		int cin = model.stream().mapToInt(Image::components).sum();
		float[] image = new float[voxels * cin];
		int at = 0;
		for (Image im : model) {
			float[] all = im.toFloatArray();
			int nc = im.components();
			for (int i = 0; i < voxels; i++) {
				System.arraycopy(all, i * nc, image, i * cin + at, nc);
			}
			at += nc;
		}
		float[] mask = c.bundles().toFloatArray();
		float[] target = new float[mask.length];
		for (int i = 0; i < mask.length; i++) {
			target[i] = mask[i] != 0 ? 1f : 0f;
		}
		return new Prepared(new int[] { (int) grid.size(0), (int) grid.size(1), (int) grid.size(2) }, cin, c.bundles().components(), image, target);
	}

	private static List<Prepared> prepare(List<Case> cases, Options o) throws TrainingException {
		if (cases.isEmpty()) {
			throw TrainingException.badInput("No training case given: give at least one peak image with its bundle masks.");
		}
		List<Prepared> out = new ArrayList<>();
		for (Case c : cases) {
			if (c.channels().isEmpty()) {
				throw TrainingException.badInput(c.name() + ": the case has no input image.");
			}
			ImageGeometry grid = c.channels().get(0).geometry();
			if (grid.dimension() != 3 || !c.bundles().geometry().sameGridAs(grid, 1e-5)) {
				throw TrainingException.badInput(c.name() + ": the input must be 3-D and the bundle masks on its grid (masks "
						+ c.bundles().geometry() + ", input " + grid + "). Resample the masks (nearest neighbour) first.");
			}
			int k = c.bundles().components();
			if (k != o.labelNames().size()) {
				throw TrainingException.badInput(c.name() + ": the bundle masks have " + k + " component(s) but " + o.labelNames().size()
						+ " bundle names were given; give one name per bundle volume.");
			}
			int cin = 0;
			for (Image im : c.channels()) {
				if (!im.geometry().sameGridAs(grid, 1e-5)) {
					throw TrainingException.badInput(c.name() + ": the input channels are not on one grid.");
				}
				cin += im.components();
			}
			if (!out.isEmpty() && (out.get(0).cin() != cin || out.get(0).k() != k)) {
				throw TrainingException.badInput(c.name() + " has " + cin + " channels and " + k + " bundles, the first case "
						+ out.get(0).cin() + " and " + out.get(0).k() + "; every case needs the same.");
			}
			out.add(arrays(c));
		}
		return out;
	}
}
