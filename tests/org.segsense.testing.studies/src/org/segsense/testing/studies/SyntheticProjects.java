package org.segsense.testing.studies;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.io.ImageIO;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Small real study projects for the engine and report tests: ellipsoid cases in noise and deterministic
 * box-filter TensorFlow SavedModels, made in a second (no training).
 */
public final class SyntheticProjects {

	/** The edge length of the cases (voxels). */
	public static final int N = 24;

	private SyntheticProjects() {
	}

	/**
	 * conv3d 3×3×3 'SAME' box mean minus {@code bias}, sigmoid, output {@code [1 − s, s]}: segments voxels
	 * whose neighbourhood mean exceeds the bias; metadata: probabilities, normalization none, labels 0, 1.
	 *
	 * @return {@code dir}
	 */
	public static Path boxModel(Path dir, float bias) throws Exception {
		try (Graph g = new Graph(); Session s = new Session(g)) {
			Ops tf = Ops.create(g);
			Placeholder<TFloat32> x = tf.withName("image").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1, -1, -1, 1)));
			float[] k = new float[27];
			Arrays.fill(k, 1f / 27);
			Variable<TFloat32> w = tf.withName("kernel").variable(tf.constant(Shape.of(3, 3, 3, 1, 1), DataBuffers.of(k)));
			Operand<TFloat32> m = tf.math.mul(tf.math.sub(tf.nn.conv3d(x, w, List.of(1L, 1L, 1L, 1L, 1L), "SAME"), tf.constant(bias)),
					tf.constant(0.2f));
			Operand<TFloat32> sig = tf.math.sigmoid(m);
			Operand<TFloat32> y = tf.withName("probabilities")
					.identity(tf.concat(List.<Operand<TFloat32>>of(tf.math.sub(tf.constant(1f), sig), sig), tf.constant(-1)));
			Signature signature = Signature.builder().key(Signature.DEFAULT_KEY).input("image", x).output("probabilities", y).build();
			s.initialize();
			SavedModelBundle.exporter(dir.toString()).withSession(s).withSignature(signature).export();
		}
		Files.writeString(dir.resolve("segsense-model.properties"), "outputKind=probabilities\nnormalization=none\nlabelValues=0,1\n");
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
