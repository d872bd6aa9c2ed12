// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.LabelImages;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageIO;
import org.segsense.metrics.SegmentationMetrics;
import org.segsense.reference.BinaryStaple;
import org.segsense.reference.MultiLabelStaple;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code segsense bench image}: median wall times of the image operations on a synthetic case (or on
 * the given files), measured in-process after warm-up runs, so the JIT has compiled the hot loops.
 * {@code --write-inputs DIR} saves the exact inputs so that ITK can be timed on the same data
 * ({@code releng/benchmarks/image-vs-itk.sh}).
 */
@Command(name = "image", description = {
		"Time image reading, writing, resampling, STAPLE and the distance metrics.",
		"Reports the median of --runs runs after a warm-up: NIfTI read/write, resampling, binary and "
				+ "multi-label STAPLE and the distance metrics, on a synthetic N³ case by default (seeded, "
				+ "reproducible) or on --image/--rater files." })
public final class BenchImageCommand implements Callable<Integer> {

	@Option(names = "--size", paramLabel = "N", description = "Edge length of the synthetic volume (default: ${DEFAULT-VALUE}).")
	int size = 128;

	@Option(names = "--raters", paramLabel = "R", description = "Number of synthetic raters for STAPLE (default: ${DEFAULT-VALUE}).")
	int raters = 5;

	@Option(names = "--runs", paramLabel = "K", description = "Timed runs per operation (default: ${DEFAULT-VALUE}).")
	int runs = 5;

	@Option(names = "--image", paramLabel = "FILE", description = "Use this image (read as float32) instead of the synthetic one.")
	Path imageFile;

	@Option(names = "--rater", paramLabel = "FILE", description = "Use these label images as raters (repeatable, at least 2; "
			+ "binary STAPLE uses label > 0, the metrics compare the first two).")
	List<Path> raterFiles = new ArrayList<>();

	@Option(names = "--write-inputs", paramLabel = "DIR", description = "Write the inputs (image.nii.gz, rater*.nii.gz, "
			+ "labels*.nii.gz, pred.nii.gz, ref.nii.gz) to DIR, for timing ITK on the same data.")
	Path writeInputs;

	@Spec
	CommandSpec spec;

	/** The inputs every operation works on. */
	record Inputs(Image image, byte[][] binary, byte[][] labels, ImageGeometry labelGrid) {
	}

	@Override
	public Integer call() throws IOException {
		if (size < 8 || size > 512) {
			throw CliException.badInput("--size must be between 8 and 512, not " + size + ".");
		}
		if (raters < 2 || runs < 1) {
			throw CliException.badInput("--raters must be at least 2 and --runs at least 1.");
		}
		if ((imageFile == null) != raterFiles.isEmpty() || (!raterFiles.isEmpty() && raterFiles.size() < 2)) {
			throw CliException.badInput("give both --image and at least two --rater files, or neither (synthetic case).");
		}
		Inputs inputs = imageFile == null ? synthetic(size, raters) : fromFiles();
		Path scratch = Files.createTempDirectory("segsense-bench");
		try {
			Path dir = writeInputs != null ? Files.createDirectories(writeInputs) : scratch;
			writeAll(inputs, dir);
			Map<String, Map<String, Object>> operations = new LinkedHashMap<>();
			Path gz = dir.resolve("image.nii.gz");
			time(operations, "niftiReadGz", () -> read(gz));
			time(operations, "niftiWriteGz", () -> write(inputs.image(), scratch.resolve("written.nii.gz")));
			ResampleOperations.addTo(operations, inputs.image(), this::time);
			time(operations, "stapleBinary", () -> BinaryStaple.run(inputs.binary(), 1, BinaryStaple.Options.defaults()));
			operations.get("stapleBinary").put("iterations",
					BinaryStaple.run(inputs.binary(), 1, BinaryStaple.Options.defaults()).iterations());
			time(operations, "stapleMultiLabel", () -> MultiLabelStaple.run(inputs.labels(), MultiLabelStaple.Options.defaults()));
			operations.get("stapleMultiLabel").put("iterations",
					MultiLabelStaple.run(inputs.labels(), MultiLabelStaple.Options.defaults()).iterations());
			int[] labelSize = LabelImages.intSize(inputs.labelGrid());
			double[] spacing = inputs.labelGrid().spacing();
			time(operations, "distanceMetrics",
					() -> SegmentationMetrics.computeBinary(inputs.binary()[0], inputs.binary()[1], labelSize, spacing, 1.0));
			print(operations, inputs);
		} finally {
			deleteQuietly(scratch);
		}
		return ExitCodes.OK;
	}

	/** Warm-up: at least this many untimed runs … */
	static final int MIN_WARMUP_RUNS = 3;
	/** … and more until this much time has passed (tiered JIT compilation of the resampling loops takes 20–35 runs) … */
	static final long WARMUP_NANOS = 2_000_000_000L;
	/** … but never more than this many. */
	static final int MAX_WARMUP_RUNS = 60;

	/**
	 * Warms the JIT up (at least {@value #MIN_WARMUP_RUNS} runs, then until {@value #WARMUP_NANOS} ns have
	 * passed, at most {@value #MAX_WARMUP_RUNS} runs), then runs {@code operation} {@link #runs} timed
	 * times and records the median.
	 */
	void time(Map<String, Map<String, Object>> into, String name, Runnable operation) {
		long until = System.nanoTime() + WARMUP_NANOS;
		int warmup = 0;
		while (warmup < MIN_WARMUP_RUNS || (warmup < MAX_WARMUP_RUNS && System.nanoTime() < until)) {
			operation.run();
			warmup++;
		}
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			operation.run();
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("medianMs", Math.round(median * 1000) / 1000.0);
		entry.put("runs", runs);
		entry.put("warmupRuns", warmup);
		into.put(name, entry);
	}

	private void print(Map<String, Map<String, Object>> operations, Inputs inputs) {
		PrintWriter out = spec.commandLine().getOut();
		int threads = Runtime.getRuntime().availableProcessors();
		if (RootCommand.of(spec).json) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("operations", operations);
			json.put("size", imageFile == null ? size : (Object) Arrays.asList(
					Arrays.stream(inputs.image().geometry().size()).boxed().toArray()));
			json.put("raters", inputs.binary().length);
			json.put("threads", threads);
			json.put("java", System.getProperty("java.version"));
			out.println(JsonWriter.write(json));
			return;
		}
		out.printf(Locale.ROOT, "SegSense image benchmarks: %s, %d raters, %d threads, median of %d runs%n",
				Arrays.toString(inputs.image().geometry().size()), inputs.binary().length, threads, runs);
		operations.forEach((name, entry) -> out.printf(Locale.ROOT, "  %-18s %10.2f ms%n", name, entry.get("medianMs")));
	}

	private Inputs fromFiles() {
		Image image = ImageFiles.read(imageFile).convert(PixelType.FLOAT32);
		List<Image> images = new ArrayList<>();
		for (Path f : raterFiles) {
			images.add(ImageFiles.read(f));
		}
		ImageFiles.requireSameGrid(raterFiles, images);
		byte[][] binary = new byte[images.size()][];
		byte[][] labels = new byte[images.size()][];
		for (int i = 0; i < images.size(); i++) {
			int[] values = ImageFiles.labels(raterFiles.get(i), images.get(i));
			binary[i] = new byte[values.length];
			labels[i] = new byte[values.length];
			for (int v = 0; v < values.length; v++) {
				if (values[v] < 0 || values[v] > 255) {
					throw CliException.badInput(raterFiles.get(i) + " has label " + values[v] + "; the benchmark takes labels 0–255.");
				}
				binary[i][v] = (byte) (values[v] > 0 ? 1 : 0);
				labels[i][v] = (byte) values[v];
			}
		}
		return new Inputs(image, binary, labels, images.get(0).geometry());
	}

	/**
	 * A reproducible synthetic case: nested ellipsoids (labels 1–3) whose centre and radii each rater
	 * perturbs by up to 2 voxels, and an image of the outer ellipsoid (intensity 100) in Gaussian noise (σ 10).
	 */
	static Inputs synthetic(int n, int raterCount) {
		ImageGeometry grid = new ImageGeometry(new long[] { n, n, n }, new double[] { 1, 1, 1 }, new double[3],
				ImageGeometry.identity(3));
		SplittableRandom random = new SplittableRandom(20221028L);
		byte[][] labels = new byte[raterCount][];
		byte[][] binary = new byte[raterCount][];
		for (int r = 0; r < raterCount; r++) {
			double cx = n / 2.0 + random.nextDouble(-2, 2);
			double cy = n / 2.0 + random.nextDouble(-2, 2);
			double cz = n / 2.0 + random.nextDouble(-2, 2);
			double jitter = random.nextDouble(-1.5, 1.5);
			labels[r] = nestedEllipsoids(n, cx, cy, cz, jitter);
			binary[r] = new byte[labels[r].length];
			for (int i = 0; i < labels[r].length; i++) {
				binary[r][i] = (byte) (labels[r][i] > 0 ? 1 : 0);
			}
		}
		byte[] truth = nestedEllipsoids(n, n / 2.0, n / 2.0, n / 2.0, 0);
		float[] voxels = new float[truth.length];
		for (int i = 0; i < voxels.length; i++) {
			voxels[i] = (truth[i] > 0 ? 100f : 0f) + (float) (10 * random.nextGaussian());
		}
		return new Inputs(Image.of(grid, voxels), binary, labels, grid);
	}

	private static byte[] nestedEllipsoids(int n, double cx, double cy, double cz, double jitter) {
		double[] radii = { 0.35 * n + jitter, 0.25 * n + jitter, 0.15 * n + jitter };
		byte[] out = new byte[n * n * n];
		for (int z = 0; z < n; z++) {
			for (int y = 0; y < n; y++) {
				for (int x = 0; x < n; x++) {
					double dx = (x - cx) / 1.0;
					double dy = (y - cy) / 0.8;
					double dz = (z - cz) / 0.9;
					double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
					byte label = 0;
					for (int l = 0; l < radii.length; l++) {
						if (d <= radii[l]) {
							label = (byte) (l + 1);
						}
					}
					out[(z * n + y) * n + x] = label;
				}
			}
		}
		return out;
	}

	private static void writeAll(Inputs inputs, Path dir) {
		write(inputs.image(), dir.resolve("image.nii.gz"));
		for (int r = 0; r < inputs.binary().length; r++) {
			write(Image.ofUInt8(inputs.labelGrid(), inputs.binary()[r]), dir.resolve("rater" + r + ".nii.gz"));
			write(Image.ofUInt8(inputs.labelGrid(), inputs.labels()[r]), dir.resolve("labels" + r + ".nii.gz"));
		}
		write(Image.ofUInt8(inputs.labelGrid(), inputs.binary()[0]), dir.resolve("pred.nii.gz"));
		write(Image.ofUInt8(inputs.labelGrid(), inputs.binary()[1]), dir.resolve("ref.nii.gz"));
	}

	private static Image read(Path file) {
		try {
			return ImageIO.read(file);
		} catch (ImageFormatException e) {
			throw CliException.badInput(e.getMessage(), e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void write(Image image, Path file) {
		try {
			ImageIO.write(image, file);
		} catch (ImageFormatException e) {
			throw CliException.badInput(e.getMessage(), e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void deleteQuietly(Path dir) {
		try (var files = Files.walk(dir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException ignored) {
			// a temp folder left behind is harmless
		}
	}
}
