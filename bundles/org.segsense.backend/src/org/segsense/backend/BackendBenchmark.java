// SPDX-License-Identifier: EPL-2.0
package org.segsense.backend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.resample.Interpolation;

/**
 * Times the backend operations on one synthetic case, every backend in the same run and on the same inputs:
 * an N³ float32 image (smooth blobs plus seeded noise, 1 × 1.2 × 1.5 mm) resampled linearly (rotation 5°,
 * 3°, 10°, shift 2 mm), R binary raters (perturbed spheres) for binary STAPLE and the distance map, R label
 * maps (3 labels) for multi-label STAPLE. Each time is the median of {@code runs} runs after one warm-up run
 * (so the JIT has compiled the Java loops and SimpleITK has loaded). SimpleITK's times include copying the
 * voxels into and out of SimpleITK images (a memory copy, ~1 ms per 10⁶ voxels).
 */
public final class BackendBenchmark {

	/** The operations timed, in report order. */
	public static final List<String> OPERATIONS = List.of("resample linear", "binary STAPLE", "multi-label STAPLE", "distance map");

	private BackendBenchmark() {
	}

	/**
	 * @return per backend id, per operation, the median seconds
	 */
	public static Map<String, Map<String, Double>> run(List<ImageBackend> backends, int n, int raters, int runs, long seed) {
		ImageGeometry g = new ImageGeometry(new long[] {n, n, n}, new double[] {1, 1.2, 1.5}, new double[] {-20, 10, 5},
				ImageGeometry.identity(3));
		Random rnd = new Random(seed);
		float[] img = new float[n * n * n];
		List<Image> binary = new ArrayList<>();
		List<Image> labels = new ArrayList<>();
		for (int r = 0; r < raters; r++) {
			binary.add(Image.ofUInt8(g, new byte[img.length]));
			labels.add(Image.ofUInt8(g, new byte[img.length]));
		}
		double c = (n - 1) / 2.0;
		for (int z = 0, i = 0; z < n; z++) {
			for (int y = 0; y < n; y++) {
				for (int x = 0; x < n; x++, i++) {
					double d = Math.sqrt((x - c) * (x - c) + (y - c) * (y - c) + (z - c) * (z - c)) / n;
					img[i] = (float) (100 * Math.exp(-8 * d * d) + 30 * Math.sin(x * 0.2) * Math.cos(y * 0.15) + rnd.nextGaussian());
				}
			}
		}
		for (int r = 0; r < raters; r++) {
			double radius = n * (0.3 + 0.02 * rnd.nextGaussian());
			double inner = radius * 0.5;
			byte[] b = binary.get(r).bytes();
			byte[] l = labels.get(r).bytes();
			for (int z = 0, i = 0; z < n; z++) {
				for (int y = 0; y < n; y++) {
					for (int x = 0; x < n; x++, i++) {
						double d = Math.sqrt((x - c) * (x - c) + (y - c) * (y - c) + (z - c) * (z - c)) + 0.7 * rnd.nextGaussian();
						b[i] = (byte) (d < radius ? 1 : 0);
						l[i] = (byte) (d < inner ? 2 : d < radius ? 1 : 0);
					}
				}
			}
		}
		Image image = Image.of(g, img);
		Map<String, Map<String, Double>> out = new LinkedHashMap<>();
		for (ImageBackend b : backends) {
			Map<String, Double> times = new LinkedHashMap<>();
			times.put(OPERATIONS.get(0), median(runs, () -> b.resample(image, new double[] {5, 3, 10}, new double[] {2, 2, 2}, null,
					Interpolation.LINEAR, 0, false)));
			times.put(OPERATIONS.get(1), median(runs, () -> b.binaryStaple(binary, 1, 1.0, -1)));
			times.put(OPERATIONS.get(2), median(runs, () -> b.multiLabelStaple(labels, -1)));
			times.put(OPERATIONS.get(3), median(runs, () -> b.distanceMap(binary.get(0))));
			out.put(b.id(), times);
		}
		return out;
	}

	private static double median(int runs, Runnable op) {
		op.run(); // warm-up
		double[] t = new double[Math.max(1, runs)];
		for (int i = 0; i < t.length; i++) {
			long start = System.nanoTime();
			op.run();
			t[i] = (System.nanoTime() - start) / 1e9;
		}
		Arrays.sort(t);
		return t[t.length / 2];
	}
}
