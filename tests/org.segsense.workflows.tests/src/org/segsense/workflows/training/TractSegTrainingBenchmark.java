// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.segsense.image.Image;
import org.segsense.image.Peaks;
import org.segsense.image.VolumeStacks;
import org.segsense.inference.DeviceChoice;
import org.segsense.inference.InferenceEngines;
import org.segsense.inference.LoadOptions;
import org.segsense.inference.Prediction;
import org.segsense.inference.Predictor;
import org.segsense.inference.PredictorOptions;
import org.segsense.inference.spi.EngineModel;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.train.TractSegModel;
import org.segsense.train.TractSegTrainer;
import org.segsense.train.UNet2D;
import org.segsense.train.augment.PerturbationAugmentation;
import org.segsense.train.augment.VolumeAugmentation;
import org.segsense.workflows.phantom.FibrePhantom;
import org.segsense.workflows.phantom.FibrePhantomOptions;

/**
 * Timing of the tracts arm's training (not part of the default test run: {@code -Dtest=TractSegTrainingBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}): fibre phantoms of {@code segsense.bench.size}³ voxels (default 48, 2 mm,
 * {@code segsense.bench.bundles} bundles, default 3), {@code segsense.bench.train} training subjects (default 1, seeds
 * 1…) and one held-out subject (the next seed: note that each seed draws its own bundle geometry, so a held-out phantom
 * tests bundles the network never saw — "bundle_2" of another seed is another curve); the three variants of the
 * example (none; rotation + peak-angle noise; + amplitude scale and noise) trained with each of
 * {@code segsense.bench.iterations} (default 300,1000,2000), window {@code segsense.bench.window} (32), batch
 * {@code segsense.bench.batch} (4), base filters {@code segsense.bench.filters} (8), depth {@code segsense.bench.depth}
 * (2), learning rate 0.003, 2 threads, a fresh augmentation draw every {@code segsense.bench.every} iterations (10). Prints the cost of one augmentation draw, each variant's training seconds and
 * final loss, and the bundle Dice on the first training subject (what a sensitivity study of that subject starts from)
 * and on the held-out one; writes them as Markdown to {@code segsense.benchmark.out} (default
 * target/tractseg-training-benchmark.md).
 */
class TractSegTrainingBenchmark {

	static final String[][] VARIANTS = { {}, { "rotation:rx=-15..15,ry=-15..15,rz=-15..15,p=0.5", "peak-angle-noise:degrees=0..8,p=0.5" },
			{ "rotation:rx=-15..15,ry=-15..15,rz=-15..15,p=0.5", "peak-angle-noise:degrees=0..8,p=0.5", "peak-amplitude-scale:factor=0.7..1.3,p=0.5",
					"peak-amplitude-noise:sigma=0..0.2,p=0.5" } };

	static int prop(String name, int def) {
		return Integer.getInteger("segsense.bench." + name, def);
	}

	@Test
	void timeTheThreeVariants() throws Exception {
		int size = prop("size", 48), bundles = prop("bundles", 3), train = prop("train", 1);
		int[] iterationList = Arrays.stream(System.getProperty("segsense.bench.iterations", "300,1000,2000").split(",")).mapToInt(x -> Integer.parseInt(x.trim()))
				.toArray();
		int window = prop("window", 32), batch = prop("batch", 4), filters = prop("filters", 8), depth = prop("depth", 2);
		List<TractSegTrainer.Case> cases = new ArrayList<>();
		FibrePhantom.Result test = null;
		long t0 = System.nanoTime();
		for (int s = 1; s <= train + 1; s++) {
			FibrePhantom.Result p = FibrePhantom.generate(new FibrePhantomOptions(new int[] { size, size, size }, 2, bundles, s, 3, 0.05, 10));
			if (s <= train) {
				cases.add(new TractSegTrainer.Case("s" + s, List.of(p.peaks()), VolumeStacks.stack(p.bundleMasks()), Map.of(0, Peaks.Frame.WORLD_RAS)));
			} else {
				test = p;
			}
		}
		StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
				"# TractSeg training benchmark%n%n%d³ phantoms (2 mm, %d bundles), %d training subject(s), window %d, batch %d,"
						+ " base filters %d, depth %d, lr 0.003, 2 threads; phantoms generated in %.1f s%n%n",
				size, bundles, train, window, batch, filters, depth, (System.nanoTime() - t0) / 1e9));
		List<String> names = new ArrayList<>();
		for (int b = 1; b <= bundles; b++) {
			names.add("bundle_" + b);
		}
		md.append("| iterations | variant | one augmentation draw per case (s) | training (s) | final loss | Dice per bundle, training subject |"
				+ " held-out subject (other geometry) |\n|---|---|---|---|---|---|---|\n");
		Image trainedInput = VolumeStacks.toComponents(Peaks.toVolumes(cases.get(0).channels().get(0), Peaks.Frame.WORLD_RAS));
		Image heldOutInput = VolumeStacks.toComponents(Peaks.toVolumes(test.peaks(), Peaks.Frame.WORLD_RAS));
		for (int iterations : iterationList) {
		for (String[] steps : VARIANTS) {
			VolumeAugmentation a = new VolumeAugmentation(Arrays.stream(steps)
					.map(st -> PerturbationAugmentation.parse(st, PerturbationCatalog.installed(), new double[] { 2, 2, 2 })).toList());
			double draw = 0;
			if (!a.isNone()) {
				long d0 = System.nanoTime();
				for (int i = 0; i < 5; i++) {
					a.apply(cases.get(0).channels(), cases.get(0).bundles(), new SplittableRandom(i));
				}
				draw = (System.nanoTime() - d0) / 5e9;
			}
			TractSegTrainer.Options o = new TractSegTrainer.Options(new UNet2D(filters, depth), window, batch, iterations, 1e-3 * 3, 42, 2, names)
					.withAugmentation(a, prop("every", TractSegTrainer.AUGMENT_EVERY));
			TractSegModel m = TractSegTrainer.train(cases, o);
			float[] loss = m.lossHistory();
			double last = 0;
			for (int i = loss.length - 10; i < loss.length; i++) {
				last += loss[i] / 10;
			}
			Path dir = Files.createTempDirectory("tractseg-bench");
			m.export(dir.resolve("model"));
			String seen, unseen;
			try (EngineModel em = InferenceEngines.installed().load(dir.resolve("model"), LoadOptions.defaults().withDevice(DeviceChoice.CPU).withThreads(2))) {
				seen = dice(em, trainedInput, cases.get(0).bundles(), bundles);
				unseen = dice(em, heldOutInput, VolumeStacks.stack(test.bundleMasks()), bundles);
			}
			String row = String.format(Locale.ROOT, "| %d | %s | %.2f | %.1f | %.4f | %s | %s |", iterations, a.describe(), draw, m.trainingNanos() / 1e9,
					last, seen, unseen);
			System.out.println("TractSegTrainingBenchmark " + row);
			md.append(row).append('\n');
		}
		}
		Path out = Path.of(System.getProperty("segsense.benchmark.out", "target/tractseg-training-benchmark.md"));
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, md);
		System.out.println(md);
	}

	/** @return "[d1, d2, …] mean m" of the thresholded fused prediction against the masks */
	static String dice(EngineModel em, Image input, Image masks, int bundles) throws Exception {
		Prediction p = new Predictor(em, PredictorOptions.defaults()).predict(List.of(input), null, null);
		byte[] pred = p.labels().bytes();
		float[] truth = masks.toFloatArray();
		double[] dice = new double[bundles];
		for (int b = 0; b < bundles; b++) {
			long both = 0, sum = 0;
			for (int v = 0; v < pred.length / bundles; v++) {
				boolean t = truth[v * bundles + b] != 0, q = pred[v * bundles + b] != 0;
				both += t && q ? 1 : 0;
				sum += (t ? 1 : 0) + (q ? 1 : 0);
			}
			dice[b] = sum == 0 ? 1 : 2.0 * both / sum;
		}
		return Arrays.toString(Arrays.stream(dice).map(x -> Math.round(x * 1000) / 1000.0).toArray()) + String.format(Locale.ROOT, " mean %.3f",
				Arrays.stream(dice).average().orElse(0));
	}
}
