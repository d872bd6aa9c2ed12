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
 * {@code segsense.bench.bundles} bundles, default 3), {@code segsense.bench.train} training subjects (default 2, seeds
 * 1…) and one test subject; the three variants of the example (none; rotation + peak-angle noise; + amplitude scale and
 * noise) trained with {@code segsense.bench.iterations} (default 300), window {@code segsense.bench.window} (32), batch
 * {@code segsense.bench.batch} (4), base filters {@code segsense.bench.filters} (8), depth {@code segsense.bench.depth}
 * (2), 2 threads. Prints the cost of one augmentation draw, each variant's training seconds and final loss, and the
 * mean bundle Dice on the test subject; writes them as Markdown to {@code segsense.benchmark.out} (default
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
		int size = prop("size", 48), bundles = prop("bundles", 3), train = prop("train", 2), iterations = prop("iterations", 300);
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
				"# TractSeg training benchmark%n%n%d³ phantoms (2 mm, %d bundles), %d training subject(s), %d iterations, window %d, batch %d,"
						+ " base filters %d, depth %d, 2 threads; phantoms generated in %.1f s%n%n",
				size, bundles, train, iterations, window, batch, filters, depth, (System.nanoTime() - t0) / 1e9));
		List<String> names = new ArrayList<>();
		for (int b = 1; b <= bundles; b++) {
			names.add("bundle_" + b);
		}
		md.append("| variant | one augmentation draw per case (s) | training (s) | final loss | test Dice per bundle | mean |\n|---|---|---|---|---|---|\n");
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
					.withAugmentation(a, TractSegTrainer.AUGMENT_EVERY);
			TractSegModel m = TractSegTrainer.train(cases, o);
			float[] loss = m.lossHistory();
			double last = 0;
			for (int i = loss.length - 10; i < loss.length; i++) {
				last += loss[i] / 10;
			}
			Path dir = Files.createTempDirectory("tractseg-bench");
			m.export(dir.resolve("model"));
			double[] dice = new double[bundles];
			try (EngineModel em = InferenceEngines.installed().load(dir.resolve("model"), LoadOptions.defaults().withDevice(DeviceChoice.CPU).withThreads(2))) {
				Image input = VolumeStacks.toComponents(Peaks.toVolumes(test.peaks(), Peaks.Frame.WORLD_RAS));
				Prediction p = new Predictor(em, PredictorOptions.defaults()).predict(List.of(input), null, null);
				byte[] pred = p.labels().bytes();
				for (int b = 0; b < bundles; b++) {
					byte[] truth = test.bundleMasks().get(b).bytes();
					long both = 0, sum = 0;
					for (int v = 0; v < truth.length; v++) {
						boolean t = truth[v] != 0, q = pred[v * bundles + b] != 0;
						both += t && q ? 1 : 0;
						sum += (t ? 1 : 0) + (q ? 1 : 0);
					}
					dice[b] = sum == 0 ? 1 : 2.0 * both / sum;
				}
			}
			String row = String.format(Locale.ROOT, "| %s | %.2f | %.1f | %.4f | %s | %.3f |", a.describe(), draw, m.trainingNanos() / 1e9, last,
					Arrays.toString(Arrays.stream(dice).map(x -> Math.round(x * 1000) / 1000.0).toArray()), Arrays.stream(dice).average().orElse(0));
			System.out.println("TractSegTrainingBenchmark " + row);
			md.append(row).append('\n');
		}
		Path out = Path.of(System.getProperty("segsense.benchmark.out", "target/tractseg-training-benchmark.md"));
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, md);
		System.out.println(md);
	}
}
