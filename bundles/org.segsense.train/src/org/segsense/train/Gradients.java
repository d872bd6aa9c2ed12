// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import java.util.Arrays;
import java.util.List;

import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.TensorFlow;
import org.tensorflow.op.nn.Conv3d;
import org.tensorflow.op.nn.Conv3dBackpropFilter;
import org.tensorflow.op.nn.Conv3dBackpropInput;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Gradients TensorFlow Java lacks. TF Java 1.1.0 builds gradients with the C++ gradient registry of
 * TensorFlow's C API, which has MaxPool3D, AvgPool3D, BiasAdd, Relu, Softmax, LogSoftmax, ConcatV2,
 * Reshape, ExpandDims, Mul, Sum … but no Conv3D. SegSense registers Conv3D's gradient once per
 * process: {@code dx = Conv3DBackpropInputV2(shape(x), w, dy)}, {@code dw = Conv3DBackpropFilterV2(x, shape(w), dy)},
 * with the forward op's strides, padding, data format and dilations.
 */
final class Gradients {

	private static boolean registered;

	private Gradients() {
	}

	/** Registers the missing gradients (idempotent, thread-safe). */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static synchronized void register() {
		if (registered) {
			return;
		}
		try {
			TensorFlow.registerCustomGradient(Conv3d.Inputs.class, (tf, op, grads) -> {
				Conv3d.Inputs in = op;
				Operand<TFloat32> x = (Operand<TFloat32>) in.input;
				Operand<TFloat32> w = (Operand<TFloat32>) in.filter;
				Output<TFloat32> dy = (Output<TFloat32>) grads.get(0);
				List<Long> strides = toList(in.strides);
				List<Long> dilations = toList(in.dilations);
				Operand<TInt32> xShape = tf.shape(x);
				Operand<TInt32> wShape = tf.shape(w);
				Operand<TFloat32> dx = tf.nn.conv3dBackpropInput(xShape, w, dy, strides, in.padding,
						Conv3dBackpropInput.dataFormat(in.dataFormat), Conv3dBackpropInput.dilations(dilations));
				Operand<TFloat32> dw = tf.nn.conv3dBackpropFilter(x, wShape, dy, strides, in.padding,
						Conv3dBackpropFilter.dataFormat(in.dataFormat), Conv3dBackpropFilter.dilations(dilations));
				return (List) List.of(dx, dw);
			});
		} catch (RuntimeException e) {
			// Another bundle registered one already (the registry refuses a second): use that one.
			if (!String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("already")) {
				throw e;
			}
		}
		registered = true;
	}

	private static List<Long> toList(long[] v) {
		return Arrays.stream(v).boxed().toList();
	}
}
