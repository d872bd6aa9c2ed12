// SPDX-License-Identifier: EPL-2.0
package org.segsense.examples.plugin;

import java.util.SplittableRandom;

import org.segsense.image.Image;
import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.spi.Perturbation;

/**
 * Example perturbation: v' = (1 - amount) v + amount (lo + hi - v) with lo and hi the image's minimum and
 * maximum (amount 0: unchanged, 1: inverted), computed in double and stored in the input's pixel type
 * (integer types truncate toward zero and saturate, as {@link Image#convert}). Labels are not moved.
 */
public final class InvertIntensity implements Perturbation {

	@Override
	public PerturbationResult apply(PerturbationInput input, ParameterValues parameters, SplittableRandom random) {
		double amount = parameters.get("amount");
		double[] v = input.image().toDoubleArray();
		double lo = Double.POSITIVE_INFINITY;
		double hi = Double.NEGATIVE_INFINITY;
		for (double x : v) {
			lo = Math.min(lo, x);
			hi = Math.max(hi, x);
		}
		double[] out = new double[v.length];
		for (int i = 0; i < v.length; i++) {
			out[i] = (1 - amount) * v[i] + amount * (lo + hi - v[i]);
		}
		Image result = Image.of(input.image().geometry(), out).convert(input.image().pixelType());
		return new PerturbationResult(result, input.labels(), null);
	}
}
