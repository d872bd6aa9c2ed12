// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import org.segsense.perturb.spi.Perturbation;

/**
 * An installed perturbation: its declaration and implementation.
 *
 * @param id stable identifier used in studies ({@code perturbationType}) and on the command line
 * @param name human-readable name
 * @param category {@code intensity}, {@code noise}, {@code blur}, {@code spatial}, {@code resolution} or
 *        {@code artefact}
 * @param description what it does, with its conventions
 * @param parameters the declared parameters
 * @param contributor the bundle that contributed it
 * @param implementation the implementation
 */
public record PerturbationDescriptor(String id, String name, String category, String description, List<ParameterSpec> parameters,
		String contributor, Perturbation implementation) {

	public PerturbationDescriptor {
		Objects.requireNonNull(id, "id");
		parameters = List.copyOf(parameters);
	}

	/** @return the parameter, if declared */
	public java.util.Optional<ParameterSpec> parameter(String name) {
		return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
	}

	/**
	 * Applies the perturbation with the given values (defaults for the rest).
	 *
	 * @param input the input
	 * @param values parameter values by name
	 * @param random the job's random source
	 * @return the result
	 * @throws IllegalArgumentException for unknown or out-of-range parameters
	 */
	public PerturbationResult apply(PerturbationInput input, Map<String, Double> values, SplittableRandom random) {
		return implementation.apply(input, ParameterValues.of(parameters, values, id), random);
	}

	/**
	 * Random mode (augmentation): each parameter in {@code ranges} is drawn uniformly from its
	 * {@code [min, max]} (rounded for integer parameters), the others keep {@code fixed} or their
	 * defaults, then the perturbation is applied with the same random source.
	 *
	 * @param input the input
	 * @param ranges parameter → {min, max}
	 * @param fixed parameter values not drawn
	 * @param random the random source (one per sample)
	 * @return the result
	 */
	public PerturbationResult applyRandom(PerturbationInput input, Map<String, double[]> ranges, Map<String, Double> fixed,
			SplittableRandom random) {
		Map<String, Double> v = new HashMap<>(fixed);
		for (ParameterSpec p : parameters) { // declaration order: the draws do not depend on map order
			double[] r = ranges.get(p.name());
			if (r == null) {
				continue;
			}
			double x = r[0] == r[1] ? r[0] : r[0] + random.nextDouble() * (r[1] - r[0]);
			v.put(p.name(), p.integer() ? Math.rint(x) : x);
		}
		for (String name : ranges.keySet()) {
			if (parameter(name).isEmpty()) {
				throw new IllegalArgumentException("Perturbation '" + id + "' has no parameter '" + name + "'.");
			}
		}
		return apply(input, v, random);
	}
}
