// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import java.nio.file.Path;
import java.util.Map;

import org.segsense.inference.spi.EngineModel;

/**
 * A plain-Java multi-label "network" for the tests, 2-D or 3-D: output channel j at (row r, column c) is
 * sigmoid(Σ_ch (w_j0·v[r][c] + w_j1·v[r][c+1] + w_j2·v[r+1][c]) − b_j), zero outside the slice ('same'
 * padding). The asymmetric kernel tells rows from columns, so a wrong slice convention changes the
 * result. As a 3-D model (input rank 5) it applies the same kernel to every z-slice (rows y, columns x).
 * The engine contract of a 2-D model: {@code run(input, batch, nz, ny, nx)} = the network on each of
 * {@code batch·nz} slices of ny × nx.
 */
final class SliceKernelModel implements EngineModel {

	final double[][] w;
	final double[] b;
	private final ModelDescriptor descriptor;
	int calls;

	/**
	 * @param w per output channel, the weights {centre, next column, next row}
	 * @param b per output channel, the bias subtracted
	 * @param cin input channels
	 * @param twoD rank-4 signature (a slice model)
	 * @param metadata the model metadata (dimensions, sliceOrientations, labelNames, threshold, …)
	 */
	SliceKernelModel(double[][] w, double[] b, int cin, boolean twoD, Map<String, String> metadata) {
		this.w = w;
		this.b = b;
		int k = w.length;
		long[] in = twoD ? new long[] { -1, -1, -1, cin } : new long[] { -1, -1, -1, -1, cin };
		long[] out = twoD ? new long[] { -1, -1, -1, k } : new long[] { -1, -1, -1, -1, k };
		descriptor = new ModelDescriptor("test-kernel", Path.of("kernel"), "serving_default", new TensorSpec("image", "DT_FLOAT", in),
				new TensorSpec("out", "DT_FLOAT", out), OutputKind.SIGMOID_MULTILABEL, null, ModelDescriptor.defaultLabelValues(k), metadata);
	}

	/** The network at one position of one slice; {@code v(r, c, ch)} reads the slice, zero outside. */
	double at(int j, Slice v, int r, int c, int cin) {
		double s = 0;
		for (int ch = 0; ch < cin; ch++) {
			s += w[j][0] * v.get(r, c, ch) + w[j][1] * v.get(r, c + 1, ch) + w[j][2] * v.get(r + 1, c, ch);
		}
		return 1 / (1 + Math.exp(-(s - b[j])));
	}

	/** A slice reader. */
	interface Slice {
		double get(int r, int c, int ch);
	}

	@Override
	public ModelDescriptor descriptor() {
		return descriptor;
	}

	@Override
	public String device() {
		return "java:0";
	}

	@Override
	public float[] run(float[] input, int batch, int nz, int ny, int nx) {
		calls++;
		int k = w.length;
		int slices = batch * nz;
		int cin = input.length / (slices * ny * nx);
		float[] out = new float[slices * ny * nx * k];
		for (int s = 0; s < slices; s++) {
			int base = s * ny * nx;
			Slice v = (r, c, ch) -> r < 0 || c < 0 || r >= ny || c >= nx ? 0 : input[(base + r * nx + c) * cin + ch];
			for (int r = 0; r < ny; r++) {
				for (int c = 0; c < nx; c++) {
					for (int j = 0; j < k; j++) {
						out[(base + r * nx + c) * k + j] = (float) at(j, v, r, c, cin);
					}
				}
			}
		}
		return out;
	}

	@Override
	public void close() {
	}
}
