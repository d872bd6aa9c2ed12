// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

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
 * Deterministic box-filter TensorFlow SavedModels, made in a second (no training): the real-engine twin of
 * the plain-Java {@code org.segsense.testing.studies.BoxModelEngine} that the engine and report tests use.
 */
final class TfBoxModels {

	private TfBoxModels() {
	}

	/**
	 * conv3d 3×3×3 'SAME' box mean minus {@code bias}, times 0.2, sigmoid, output {@code [1 − s, s]}: segments
	 * voxels whose neighbourhood mean exceeds the bias; metadata: probabilities, normalization none, labels 0, 1.
	 *
	 * @return {@code dir}
	 */
	static Path boxModel(Path dir, float bias) throws Exception {
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
}
