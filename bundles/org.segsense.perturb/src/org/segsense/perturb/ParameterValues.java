// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of a perturbation's parameters: every declared parameter, given or default, checked
 * against its range.
 */
public final class ParameterValues {

	private final Map<String, Double> values;

	private ParameterValues(Map<String, Double> values) {
		this.values = Collections.unmodifiableMap(values);
	}

	/**
	 * @param specs the declared parameters
	 * @param given values by name (may be a subset)
	 * @param perturbationId for messages
	 * @return the complete values
	 * @throws IllegalArgumentException naming an unknown parameter, a value out of range or a
	 *         fraction for an integer parameter, with the accepted range
	 */
	public static ParameterValues of(List<ParameterSpec> specs, Map<String, Double> given, String perturbationId) {
		Map<String, Double> v = new LinkedHashMap<>();
		for (String name : given.keySet()) {
			if (specs.stream().noneMatch(s -> s.name().equals(name))) {
				throw new IllegalArgumentException("Perturbation '" + perturbationId + "' has no parameter '" + name + "'; it has "
						+ String.join(", ", specs.stream().map(ParameterSpec::name).toList()) + ".");
			}
		}
		for (ParameterSpec s : specs) {
			double x = given.getOrDefault(s.name(), s.defaultValue());
			if (!(x >= s.minimum() && x <= s.maximum())) {
				throw new IllegalArgumentException("Parameter '" + s.name() + "' of '" + perturbationId + "' is " + x + ", outside "
						+ s.range() + ".");
			}
			if (s.integer() && x != Math.rint(x)) {
				throw new IllegalArgumentException("Parameter '" + s.name() + "' of '" + perturbationId + "' must be a whole number, not " + x + ".");
			}
			v.put(s.name(), x);
		}
		return new ParameterValues(v);
	}

	/**
	 * @param name a declared parameter
	 * @return its value
	 * @throws IllegalArgumentException for an undeclared name (a bug in the perturbation)
	 */
	public double get(String name) {
		Double v = values.get(name);
		if (v == null) {
			throw new IllegalArgumentException("No parameter '" + name + "' (declared: " + values.keySet() + ").");
		}
		return v;
	}

	/** @return the values by name, in declaration order */
	public Map<String, Double> asMap() {
		return values;
	}

	@Override
	public String toString() {
		return values.toString();
	}
}
