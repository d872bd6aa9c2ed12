// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import java.util.Arrays;
import java.util.Objects;

/**
 * One input or output of a model signature: its name, element type and shape, where {@code -1} marks a
 * dimension of any size. SegSense models are 5-D, {@code [batch, z, y, x, channel]}.
 *
 * @param name the tensor's name in the signature (e.g. {@code image})
 * @param dtype the element type as the engine names it (e.g. {@code DT_FLOAT})
 * @param shape the dimensions, {@code -1} for unknown
 */
public record TensorSpec(String name, String dtype, long[] shape) {

	public TensorSpec {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(dtype, "dtype");
		shape = shape.clone();
	}

	@Override
	public long[] shape() {
		return shape.clone();
	}

	/** @return the number of dimensions */
	public int rank() {
		return shape.length;
	}

	/** @return the size of the last axis (channels), or -1 when unknown or rank 0 */
	public long channels() {
		return shape.length == 0 ? -1 : shape[shape.length - 1];
	}

	/**
	 * @return the fixed spatial size {@code {x, y, z}} (the public axis order; the shape lists them
	 *         z, y, x) when the tensor is 5-D and all three are known, else null (any size accepted)
	 */
	public int[] fixedSpatialSize() {
		if (shape.length != 5 || shape[1] <= 0 || shape[2] <= 0 || shape[3] <= 0) {
			return null;
		}
		return TensorAxes.fromTensorOrder(new int[] { (int) shape[1], (int) shape[2], (int) shape[3] });
	}

	/** @return e.g. {@code image DT_FLOAT [-1, -1, -1, -1, 1]} */
	@Override
	public String toString() {
		return name + " " + dtype + " " + Arrays.toString(shape);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof TensorSpec t && t.name.equals(name) && t.dtype.equals(dtype) && Arrays.equals(t.shape, shape);
	}

	@Override
	public int hashCode() {
		return Objects.hash(name, dtype, Arrays.hashCode(shape));
	}
}
