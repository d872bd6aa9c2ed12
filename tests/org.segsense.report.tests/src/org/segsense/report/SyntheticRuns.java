package org.segsense.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.segsense.engine.RunOptions;
import org.segsense.engine.RunSummary;
import org.segsense.engine.StudyRunner;
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
 * Small real runs for the report tests: two ellipsoid cases, two box-filter TensorFlow models (a threshold
 * on the 3×3×3 neighbourhood mean; the "tight" one needs brighter voxels), two axes (intensity scale
 * 0.6/1.4, rotation 0/10°), metrics dice and hd95.
 */
final class SyntheticRuns {

	static final int N = 24;

	private SyntheticRuns() {
	}

	/** conv3d box mean minus {@code bias}, sigmoid, output {@code [1 − s, s]}. */
	static void boxModel(Path dir, float bias) throws Exception {
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
	}

	/** A bright ellipsoid (label 1) in noise. */
	static void writeCase(Path project, String id, long seed) throws Exception {
		ImageGeometry g = new ImageGeometry(new long[] { N, N, N }, new double[] { 1, 1, 1.2 }, new double[] { -3, 4, 7 }, ImageGeometry.identity(3));
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

	/** A project with cases c1, c2 and models tight (bias 150), wide (bias 135). */
	static Path project(Path dir) throws Exception {
		Files.createDirectories(dir);
		writeCase(dir, "c1", 1);
		writeCase(dir, "c2", 2);
		boxModel(dir.resolve("models/tight"), 150f);
		boxModel(dir.resolve("models/wide"), 135f);
		return dir;
	}

	static final String GROUND_TRUTH = "<reference xsi:type=\"segsense:GroundTruthReference\"/>";
	static final String STAPLE = "<reference xsi:type=\"segsense:MultiLabelStapleReference\" raters=\"//@modelVariants.0 //@modelVariants.1\"/>";

	static final String ONE_AT_A_TIME = "<design xsi:type=\"segsense:OneAtATimeDesign\"/>";
	static final String FACTORIAL = "<design xsi:type=\"segsense:FactorialDesign\" axes=\"//@axes.0 //@axes.1\"/>";

	/** Writes a one-at-a-time study with the given reference and runs it into {@code runDir}. */
	static RunSummary run(Path project, String name, String reference, Path runDir) throws Exception {
		return run(project, name, ONE_AT_A_TIME, reference, runDir);
	}

	/** Writes a study with the given design and reference and runs it into {@code runDir}. */
	static RunSummary run(Path project, String name, String design, String reference, Path runDir) throws Exception {
		Path file = project.resolve(name + ".segsense");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="%s" seed="7">
				  <cases id="c1">
				    <channels name="t1" path="images/c1.nii.gz"/>
				    <labelImage path="images/c1_label.nii.gz"/>
				  </cases>
				  <cases id="c2">
				    <channels name="t1" path="images/c2.nii.gz"/>
				    <labelImage path="images/c2_label.nii.gz"/>
				  </cases>
				  <modelVariants id="tight" name="Tight threshold"><savedModel path="models/tight"/><labels value="1" name="ellipsoid"/></modelVariants>
				  <modelVariants id="wide"><savedModel path="models/wide"/><labels value="1" name="ellipsoid"/></modelVariants>
				  <axes id="scale" perturbationType="intensity-scale" sweptParameter="factor">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0.6 1.4"/>
				  </axes>
				  <axes id="rot" perturbationType="rotation" sweptParameter="rz" unit="degrees">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0 10"/>
				  </axes>
				  %s
				  %s
				  <metrics id="dice" metricType="dice"/>
				  <metrics id="hd95" metricType="hd95"/>
				  <execution threads="2" device="cpu"/>
				</segsense:Study>
				""".formatted(name, design, reference), StandardCharsets.UTF_8);
		return StudyRunner.run(file, RunOptions.in(runDir).withThreads(2), null);
	}
}
