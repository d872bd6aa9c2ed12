// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.tensorflow;

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
 * Small SavedModels written by TensorFlow Java for the tests, each a fully convolutional network with
 * known weights whose output can be computed in plain Java ({@link #expectedForeground}).
 */
final class TinyModels {

	private TinyModels() {
	}

	/**
	 * conv3d 3×3×3 'SAME' with every weight 1/27 (the box mean of the channel sum) minus 50, then a
	 * sigmoid; with {@code twoChannels} the output is {@code [1 − s, s]} ("probabilities"), else {@code s}.
	 *
	 * @param dir the model folder to write
	 * @param inputChannels channels of the input
	 * @param twoChannels two output channels instead of one
	 * @param unsafeOp also put a ReadFile operation into the graph (not used by the signature)
	 * @return dir
	 */
	static Path boxModel(Path dir, int inputChannels, boolean twoChannels, boolean unsafeOp) throws Exception {
		try (Graph g = new Graph(); Session s = new Session(g)) {
			Ops tf = Ops.create(g);
			Placeholder<TFloat32> x = tf.withName("image").placeholder(TFloat32.class,
					Placeholder.shape(Shape.of(-1, -1, -1, -1, inputChannels)));
			float[] k = new float[27 * inputChannels];
			Arrays.fill(k, 1f / 27);
			Variable<TFloat32> w = tf.withName("kernel").variable(tf.constant(Shape.of(3, 3, 3, inputChannels, 1), DataBuffers.of(k)));
			Operand<TFloat32> m = tf.math.sub(tf.nn.conv3d(x, w, List.of(1L, 1L, 1L, 1L, 1L), "SAME"), tf.constant(50f));
			Operand<TFloat32> sig = tf.math.sigmoid(m);
			Operand<TFloat32> y = twoChannels ? tf.concat(List.<Operand<TFloat32>>of(tf.math.sub(tf.constant(1f), sig), sig), tf.constant(-1)) : sig;
			y = tf.withName("probabilities").identity(y);
			if (unsafeOp) {
				tf.withName("exfiltrate").io.readFile(tf.constant("/etc/hostname"));
			}
			Signature signature = Signature.builder().key(Signature.DEFAULT_KEY).input("image", x).output("probabilities", y).build();
			s.initialize();
			SavedModelBundle.exporter(dir.toString()).withSession(s).withSignature(signature).export();
		}
		return dir;
	}

	/** A model whose input is 4-D (a 2-D network): not a SegSense segmentation signature. */
	static Path fourDimensionalModel(Path dir) throws Exception {
		try (Graph g = new Graph(); Session s = new Session(g)) {
			Ops tf = Ops.create(g);
			Placeholder<TFloat32> x = tf.withName("image").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1, -1, 1)));
			Operand<TFloat32> y = tf.withName("out").math.add(x, tf.constant(1f));
			Signature signature = Signature.builder().key(Signature.DEFAULT_KEY).input("image", x).output("out", y).build();
			SavedModelBundle.exporter(dir.toString()).withSession(s).withSignature(signature).export();
		}
		return dir;
	}

	/**
	 * The box model's foreground probability in plain Java.
	 *
	 * @param v the input, {@code [z][y][x][c]} flattened
	 * @param nz, ny, nx the size
	 * @param c channels
	 * @return s per voxel
	 */
	static float[] expectedForeground(float[] v, int nz, int ny, int nx, int c) {
		float[] out = new float[nz * ny * nx];
		for (int z = 0; z < nz; z++) {
			for (int y = 0; y < ny; y++) {
				for (int x = 0; x < nx; x++) {
					double sum = 0;
					for (int dz = -1; dz <= 1; dz++) {
						for (int dy = -1; dy <= 1; dy++) {
							for (int dx = -1; dx <= 1; dx++) {
								int zz = z + dz, yy = y + dy, xx = x + dx;
								if (zz >= 0 && yy >= 0 && xx >= 0 && zz < nz && yy < ny && xx < nx) {
									for (int ch = 0; ch < c; ch++) {
										sum += v[((zz * ny + yy) * nx + xx) * c + ch];
									}
								}
							}
						}
					}
					out[(z * ny + y) * nx + x] = (float) (1 / (1 + Math.exp(-(sum / 27 - 50))));
				}
			}
		}
		return out;
	}

	static void writeMetadata(Path dir, String text) throws Exception {
		Files.writeString(dir.resolve(org.segsense.inference.ModelDescriptor.METADATA_FILE), text);
	}
}
