// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.tensorflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.inference.DeviceChoice;
import org.segsense.inference.InferenceException;
import org.segsense.inference.LoadOptions;
import org.segsense.inference.Prediction;
import org.segsense.inference.Predictor;
import org.segsense.inference.PredictorOptions;
import org.segsense.inference.spi.EngineModel;
import org.segsense.inference.tensorflow.TensorFlowEngine;
import org.segsense.tensorflow.TensorFlowRuntime;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The inference benchmark network of the project notes — 4 conv3d 3×3×3 layers of 16 channels (bias,
 * ReLU, 'same'), a 1×1×1 head to 2 classes and a softmax — on an {@code N³} float32 volume, with
 * weights from a fixed seed. Measures, in one process:
 * <ul>
 * <li>{@code engineSegSense}: the SavedModel loaded by SegSense's {@link TensorFlowEngine} (intra-op
 * threads = cores, inter-op 1, soft placement), one {@code EngineModel.run} of the whole volume;</li>
 * <li>{@code engineTfDefault}: the same SavedModel loaded with TensorFlow Java's defaults
 * ({@code SavedModelBundle.load(dir, "serve")}, no ConfigProto), one session call;</li>
 * <li>{@code predictSegSense}: {@link Predictor#predict} around the SegSense engine (copies,
 * softmax output, argmax to labels). {@code overheadFraction} = median over the runs of (its time − the
 * session call's time) / the session call's time: everything SegSense adds around TensorFlow, tensor
 * copies included ({@code tensorCopyFraction} is the copies' part).</li>
 * </ul>
 * oneDNN is a process-wide setting read when TensorFlow loads ({@code TF_ENABLE_ONEDNN_OPTS}); run the
 * benchmark once with it 0 and once with 1 to compare (releng/benchmarks/inference.sh does).
 * FLOP count: 2 multiply-adds per weight per voxel, {@code 2·(27·1·16 + 3·27·16·16 + 16·2)} per voxel.
 * Peak: {@code cores × clock × 32} FP32 FLOP/cycle (two 256-bit FMA pipes, as on AVX2 x86 cores).
 */
public final class InferenceBenchmark {

	/** Channels of the hidden layers. */
	public static final int CHANNELS = 16;

	private InferenceBenchmark() {
	}

	/** @return FLOP per voxel of the network (multiply and add counted separately) */
	public static long flopPerVoxel() {
		return 2L * (27 * CHANNELS + 3 * 27 * CHANNELS * CHANNELS + CHANNELS * 2);
	}

	/**
	 * Writes the benchmark network as a SavedModel.
	 *
	 * @param dir the folder to create
	 * @param seed weight seed
	 * @return dir
	 */
	public static Path export(Path dir, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		try (Graph g = new Graph(); Session s = new Session(g)) {
			Ops tf = Ops.create(g);
			Placeholder<TFloat32> x = tf.withName("image").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1, -1, -1, 1)));
			Operand<TFloat32> h = x;
			int in = 1;
			for (int layer = 0; layer < 4; layer++) {
				h = tf.nn.relu(tf.nn.biasAdd(tf.nn.conv3d(h, weights(tf, random, 3, in, CHANNELS), List.of(1L, 1L, 1L, 1L, 1L), "SAME"),
						bias(tf, CHANNELS)));
				in = CHANNELS;
			}
			Operand<TFloat32> logits = tf.nn.biasAdd(tf.nn.conv3d(h, weights(tf, random, 1, CHANNELS, 2), List.of(1L, 1L, 1L, 1L, 1L), "SAME"),
					bias(tf, 2));
			Operand<TFloat32> y = tf.withName("probabilities").nn.softmax(logits);
			Signature sig = Signature.builder().key(Signature.DEFAULT_KEY).input("image", x).output("probabilities", y).build();
			SavedModelBundle.exporter(dir.toString()).withSession(s).withSignature(sig).export();
		} catch (IOException e) {
			throw new IllegalStateException("cannot write the benchmark model to " + dir + ": " + e.getMessage(), e);
		}
		return dir;
	}

	private static Operand<TFloat32> weights(Ops tf, SplittableRandom r, int k, int in, int out) {
		float[] w = new float[k * k * k * in * out];
		double sd = Math.sqrt(2.0 / (k * k * k * in)); // He initialisation keeps activations in range
		for (int i = 0; i < w.length; i++) {
			w[i] = (float) (r.nextGaussian() * sd);
		}
		return tf.constant(Shape.of(k, k, k, in, out), DataBuffers.of(w));
	}

	private static Operand<TFloat32> bias(Ops tf, int n) {
		float[] b = new float[n];
		Arrays.fill(b, 0.01f);
		return tf.constant(b);
	}

	/**
	 * Runs the benchmark.
	 *
	 * @param n edge length of the volume
	 * @param runs timed runs per configuration (after two warm-up runs)
	 * @return operations → {medianMs, runs}, plus figures: gflop, threads, peak and fractions
	 * @throws InferenceException when the model cannot be loaded
	 * @throws IOException when the temporary folder cannot be written
	 */
	public static Map<String, Object> run(int n, int runs) throws InferenceException, IOException {
		TensorFlowRuntime.ensureLoaded();
		Path dir = Files.createTempDirectory("segsense-bench-inference");
		try {
			Path model = export(dir.resolve("model"), 20221028L);
			float[] volume = new float[n * n * n];
			SplittableRandom r = new SplittableRandom(7);
			for (int i = 0; i < volume.length; i++) {
				volume[i] = (float) r.nextGaussian();
			}
			Map<String, Map<String, Object>> ops = new LinkedHashMap<>();
			int threads = Runtime.getRuntime().availableProcessors();
			double overhead;
			double tensorCopies;
			try (EngineModel m = new TensorFlowEngine().load(model, LoadOptions.defaults().withDevice(DeviceChoice.AUTO))) {
				ops.put("engineSegSense", time(runs, () -> m.run(volume, 1, n, n, n)));
				Image image = Image.of(new ImageGeometry(new long[] { n, n, n }, new double[] { 1, 1, 1 }, new double[3],
						ImageGeometry.identity(3)), volume);
				Predictor predictor = new Predictor(m, PredictorOptions.defaults());
				predictor.predict(image); // warm-up: JIT of the pre/post-processing loops
				predictor.predict(image);
				// per run: (predict − session call) / session call and (engine run − session call) / session call; medians
				double[] over = new double[runs], copies = new double[runs];
				int[] at = { 0 };
				ops.put("predictSegSense", timeOnly(runs, () -> {
					long session0 = m.computeNanos();
					Prediction p = predictor.predict(image);
					double session = m.computeNanos() - session0;
					over[at[0]] = (p.totalNanos() - session) / session;
					copies[at[0]++] = (p.engineNanos() - session) / session;
				}));
				overhead = median(over);
				tensorCopies = median(copies);
			}
			try (SavedModelBundle b = SavedModelBundle.load(model.toString(), "serve")) {
				ops.put("engineTfDefault", time(runs, () -> {
					try (TFloat32 t = TFloat32.tensorOf(Shape.of(1, n, n, n, 1), DataBuffers.of(volume, true, false));
							Result res = b.function(Signature.DEFAULT_KEY).call(Map.of("image", t))) {
						float[] out = new float[n * n * n * 2];
						res.get("probabilities").orElseThrow().asRawTensor().data().asFloats().read(out);
					}
				}));
			}
			double gflop = flopPerVoxel() * (double) n * n * n / 1e9;
			double ms = (Double) ops.get("engineSegSense").get("medianMs");
			double mhz = cpuMhz();
			double peak = threads * mhz * 1e-3 * 32;
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("operations", ops);
			result.put("size", n);
			result.put("threads", threads);
			result.put("gflopPerPass", Math.round(gflop * 10) / 10.0);
			result.put("gflopPerSecond", Math.round(gflop / (ms / 1000) * 10) / 10.0);
			result.put("cpuMhz", mhz);
			result.put("peakGflopPerSecond", Math.round(peak * 10) / 10.0);
			result.put("fractionOfPeak", peak > 0 ? Math.round(gflop / (ms / 1000) / peak * 1000) / 1000.0 : null);
			result.put("overheadFraction", Math.round(overhead * 10000) / 10000.0);
			result.put("tensorCopyFraction", Math.round(tensorCopies * 10000) / 10000.0);
			result.put("tfDefaultOverSegSense",
					Math.round((Double) ops.get("engineTfDefault").get("medianMs") / ms * 100) / 100.0);
			result.put("oneDNN", TensorFlowRuntime.oneDnnRequested());
			return result;
		} finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/** An operation that may fail like an engine call. */
	private interface Run {
		void run() throws InferenceException;
	}

	private static Map<String, Object> time(int runs, Run op) throws InferenceException {
		op.run();
		op.run();
		return timeOnly(runs, op);
	}

	private static Map<String, Object> timeOnly(int runs, Run op) throws InferenceException {
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			op.run();
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(ms);
		double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("medianMs", Math.round(median * 10) / 10.0);
		m.put("runs", runs);
		return m;
	}

	private static double median(double[] v) {
		double[] s = v.clone();
		Arrays.sort(s);
		return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
	}

	/** The nominal clock from /proc/cpuinfo (MHz), 0 when unknown. */
	static double cpuMhz() {
		try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
			return lines.filter(l -> l.startsWith("cpu MHz")).mapToDouble(l -> Double.parseDouble(l.substring(l.indexOf(':') + 1).trim()))
					.max().orElse(0);
		} catch (IOException | RuntimeException e) {
			return 0;
		}
	}
}
