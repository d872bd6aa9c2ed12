// SPDX-License-Identifier: EPL-2.0
package org.segsense.testing.studies;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.io.ImageIO;

/**
 * Small real study projects for the engine, report and command-line tests: ellipsoid cases in noise and
 * deterministic box-filter models for the plain-Java {@link BoxModelEngine}, made in a second (no
 * training, no TensorFlow).
 */
public final class SyntheticProjects {

	/** The edge length of the cases (voxels). */
	public static final int N = 24;

	private SyntheticProjects() {
	}

	/**
	 * A box-filter model for {@link BoxModelEngine}: 3×3×3 'same' box mean minus {@code bias}, times 0.2,
	 * sigmoid, output {@code [1 − s, s]}: segments voxels whose neighbourhood mean exceeds the bias;
	 * metadata: probabilities, normalization none, labels 0, 1. A test runtime finds it when a fragment
	 * contributes {@link BoxModelEngine} (no TensorFlow needed).
	 *
	 * @return {@code dir}
	 */
	public static Path boxModel(Path dir, float bias) throws Exception {
		Files.createDirectories(dir);
		Files.writeString(dir.resolve(BoxModelEngine.MARKER), "bias=" + bias + "\n");
		Files.writeString(dir.resolve("segsense-model.properties"), "outputKind=probabilities\nnormalization=none\nlabelValues=0,1\n");
		return dir;
	}

	/**
	 * A multi-label box model ({@link BoxModelEngine}): one sigmoid output per bias, so lower biases give larger,
	 * overlapping "bundles"; metadata {@code outputKind=sigmoid-multilabel}, {@code labelNames=bundle_1,…}.
	 */
	public static Path multiLabelBoxModel(Path dir, float... biases) throws Exception {
		Files.createDirectories(dir);
		StringBuilder b = new StringBuilder(), names = new StringBuilder();
		for (int i = 0; i < biases.length; i++) {
			b.append(i == 0 ? "" : ",").append(biases[i]);
			names.append(i == 0 ? "" : ",").append("bundle_").append(i + 1);
		}
		Files.writeString(dir.resolve(BoxModelEngine.MARKER), "biases=" + b + "\n");
		Files.writeString(dir.resolve("segsense-model.properties"), "outputKind=sigmoid-multilabel\nnormalization=none\nlabelNames=" + names + "\n");
		return dir;
	}

	/**
	 * A bright ellipsoid (label 1, intensity 200) in a background of 100, noise SD 10, on an N³ grid of
	 * 1 × 1 × 1.2 mm; written as {@code images/ID.nii.gz} and {@code images/ID_label.nii.gz}.
	 */
	public static void writeCase(Path project, String id, long seed) throws Exception {
		ImageGeometry g = new ImageGeometry(new long[] { N, N, N }, new double[] { 1, 1, 1.2 }, new double[] { -3, 4, 7 },
				ImageGeometry.identity(3));
		SplittableRandom r = new SplittableRandom(seed);
		double cx = N / 2.0 + r.nextDouble(-2, 2), cy = N / 2.0 + r.nextDouble(-2, 2), cz = N / 2.0 + r.nextDouble(-2, 2);
		double ax = r.nextDouble(5, 7), ay = r.nextDouble(5, 7), az = r.nextDouble(4, 6);
		float[] v = new float[N * N * N];
		byte[] l = new byte[v.length];
		for (int z = 0, i = 0; z < N; z++) {
			for (int y = 0; y < N; y++) {
				for (int x = 0; x < N; x++, i++) {
					double dx = (x - cx) / ax, dy = (y - cy) / ay, dz = (z - cz) / az;
					boolean in = dx * dx + dy * dy + dz * dz < 1;
					l[i] = (byte) (in ? 1 : 0);
					v[i] = (float) ((in ? 100 : 0) + 100 + 10 * r.nextGaussian());
				}
			}
		}
		Files.createDirectories(project.resolve("images"));
		ImageIO.write(Image.of(g, v), project.resolve("images/" + id + ".nii.gz"));
		ImageIO.write(Image.ofUInt8(g, l), project.resolve("images/" + id + "_label.nii.gz"));
	}

	/** Writes {@code images/ID_roi.nii.gz} for each case: a box around the centre (x 3..N-4, y 2..N-5, z 4..N-3). */
	public static void roiMasks(Path project, String... cases) throws Exception {
		for (String c : cases) {
			Image t1 = ImageIO.read(project.resolve("images/" + c + ".nii.gz"));
			byte[] roi = new byte[N * N * N];
			for (int z = 0, i = 0; z < N; z++) {
				for (int y = 0; y < N; y++) {
					for (int x = 0; x < N; x++, i++) {
						roi[i] = (byte) (x >= 3 && x < N - 3 && y >= 2 && y < N - 4 && z >= 4 && z < N - 2 ? 1 : 0);
					}
				}
			}
			ImageIO.write(Image.ofUInt8(t1.geometry(), roi), project.resolve("images/" + c + "_roi.nii.gz"));
		}
	}

	/**
	 * A 16³ training case of 1 mm voxels: a bright ellipsoid (label 1, semi-axes 5, 4, 4 voxels) at intensity 200 in a
	 * background of 100, noise SD 20; written as {@code data/ID.nii.gz} and {@code data/ID_label.nii.gz}.
	 */
	public static void writeTrainingCase(Path project, String id, long seed) throws Exception {
		int n = 16;
		ImageGeometry g = new ImageGeometry(new long[] { n, n, n }, new double[] { 1, 1, 1 }, new double[] { 0, 0, 0 }, ImageGeometry.identity(3));
		SplittableRandom r = new SplittableRandom(seed);
		double cx = 8 + r.nextDouble(-1, 1), cy = 8 + r.nextDouble(-1, 1), cz = 8 + r.nextDouble(-1, 1);
		float[] v = new float[n * n * n];
		byte[] l = new byte[v.length];
		for (int z = 0, i = 0; z < n; z++) {
			for (int y = 0; y < n; y++) {
				for (int x = 0; x < n; x++, i++) {
					double dx = (x - cx) / 5, dy = (y - cy) / 4, dz = (z - cz) / 4;
					boolean in = dx * dx + dy * dy + dz * dz < 1;
					l[i] = (byte) (in ? 1 : 0);
					v[i] = (float) ((in ? 100 : 0) + 100 + 20 * r.nextGaussian());
				}
			}
		}
		Files.createDirectories(project.resolve("data"));
		ImageIO.write(Image.of(g, v), project.resolve("data/" + id + ".nii.gz"));
		ImageIO.write(Image.ofUInt8(g, l), project.resolve("data/" + id + "_label.nii.gz"));
	}

	/** A project with cases c1, c2 (seeds 1, 2) and models {@code models/tight} (bias 150) and {@code models/wide} (bias 135). */
	public static Path project(Path dir) throws Exception {
		Files.createDirectories(dir);
		writeCase(dir, "c1", 1);
		writeCase(dir, "c2", 2);
		boxModel(dir.resolve("models/tight"), 150f);
		boxModel(dir.resolve("models/wide"), 135f);
		return dir;
	}
}
