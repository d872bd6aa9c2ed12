// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.tensorflow;

import java.util.Arrays;
import java.util.Map;

import org.segsense.inference.InferenceException;
import org.segsense.inference.ModelDescriptor;
import org.segsense.inference.spi.EngineModel;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.SessionFunction;
import org.tensorflow.Tensor;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.proto.DataType;
import org.tensorflow.types.TFloat32;

/**
 * A loaded SavedModel. One call = one tensor in (a bulk copy of the float array into native memory),
 * one session call, one bulk copy out; no per-voxel access to tensors.
 */
final class TensorFlowModel implements EngineModel {

	private final SavedModelBundle bundle;
	private final SessionFunction function;
	private final ModelDescriptor descriptor;
	private final String inKey;
	private final String outKey;
	private final String device;
	private boolean closed;
	private long computeNanos;

	TensorFlowModel(SavedModelBundle bundle, SessionFunction function, ModelDescriptor descriptor, String inKey, String outKey,
			String device) {
		this.bundle = bundle;
		this.function = function;
		this.descriptor = descriptor;
		this.inKey = inKey;
		this.outKey = outKey;
		this.device = device;
	}

	@Override
	public ModelDescriptor descriptor() {
		return descriptor;
	}

	@Override
	public String device() {
		return device;
	}

	@Override
	public float[] run(float[] input, int batch, int nz, int ny, int nx) throws InferenceException {
		if (closed) {
			throw new IllegalStateException("The model " + descriptor.location() + " is closed.");
		}
		long voxels = (long) batch * nz * ny * nx;
		if (voxels == 0 || input.length % voxels != 0) {
			throw new InferenceException("Input of " + input.length + " values does not fit [" + batch + ", " + nz + ", " + ny + ", " + nx
					+ ", channels].");
		}
		long channels = input.length / voxels;
		boolean slices = descriptor.input().rank() == 4; // a 2-D model: each z-slice of each tile is one 2-D sample
		Shape shape = slices ? Shape.of((long) batch * nz, ny, nx, channels) : Shape.of(batch, nz, ny, nx, channels);
		try (TFloat32 in = TFloat32.tensorOf(shape, t -> t.asRawTensor().data().asFloats().write(input)); Result r = call(in)) {
			Tensor out = r.get(outKey).orElseThrow(() -> new IllegalStateException("no output '" + outKey + "'"));
			long[] s = out.shape().asArray();
			boolean ok = slices ? s.length == 4 && s[0] == (long) batch * nz && s[1] == ny && s[2] == nx
					: s.length == 5 && s[0] == batch && s[1] == nz && s[2] == ny && s[3] == nx;
			if (out.dataType() != DataType.DT_FLOAT || !ok) {
				throw new InferenceException("The model " + descriptor.location() + " returned " + out.dataType() + " " + Arrays.toString(s)
						+ " for an input of " + shape + "; a segmentation model must return float32 [batch, z, y, x, classes] of the"
						+ " input's spatial size ('same' padding).");
			}
			long n = out.shape().size();
			if (n > Integer.MAX_VALUE - 8) {
				throw new InferenceException("The output of " + n + " values is too large for one call; use smaller tiles (--tile).");
			}
			float[] values = new float[(int) n];
			out.asRawTensor().data().asFloats().read(values);
			return values;
		} catch (TensorFlowException | IllegalArgumentException | IllegalStateException e) {
			throw new InferenceException("TensorFlow failed to run " + descriptor.location() + " on " + shape + ": " + e.getMessage()
					+ (channels != descriptor.inputChannels() && descriptor.inputChannels() > 0
							? " (the model takes " + descriptor.inputChannels() + " channels)"
							: ""),
					e);
		}
	}

	private Result call(TFloat32 in) {
		long t0 = System.nanoTime();
		Result r = function.call(Map.of(inKey, in));
		computeNanos += System.nanoTime() - t0;
		return r;
	}

	@Override
	public long computeNanos() {
		return computeNanos;
	}

	@Override
	public void close() {
		if (!closed) {
			closed = true;
			bundle.close();
		}
	}
}
