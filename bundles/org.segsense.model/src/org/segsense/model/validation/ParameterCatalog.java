// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the installed perturbations accept: their ids, their parameter names and the bounds of numeric
 * parameters. The model does not know the perturbations (they are contributed by plugins at run time), so
 * validation gets this catalog through the context map under the key {@code ParameterCatalog.class}; without
 * one, the checks against it are skipped.
 *
 * <p>Implementations must be safe to call from several threads if validation runs concurrently.
 */
public interface ParameterCatalog {

    /** The ids of all known perturbation types. */
    Set<String> perturbationTypes();

    /** The parameter names of a perturbation type; empty when the type is unknown. */
    Set<String> parameterNames(String perturbationType);

    /**
     * The bounds of a numeric parameter; empty when the parameter is unknown or not numeric (categorical).
     * Unbounded sides are infinite.
     */
    Optional<ParameterBounds> bounds(String perturbationType, String parameterName);

    /**
     * The closed interval a numeric parameter accepts, with its unit for messages.
     *
     * @param minimum lower bound, inclusive ({@code -Infinity} when unbounded)
     * @param maximum upper bound, inclusive ({@code +Infinity} when unbounded)
     * @param unit    unit as shown to the user (e.g. {@code mm}); may be empty
     */
    record ParameterBounds(double minimum, double maximum, String unit) {

        public ParameterBounds {
            unit = unit == null ? "" : unit;
        }

        /** Whether {@code value} lies within the bounds (NaN never does). */
        public boolean contains(double value) {
            return value >= minimum && value <= maximum;
        }

        /** The interval as text, e.g. {@code [-30, 30] degrees}. */
        public String describe() {
            return "[" + StudyText.number(minimum) + ", " + StudyText.number(maximum) + "]" + (unit.isEmpty() ? "" : " " + unit);
        }
    }

    /**
     * A catalog backed by a map from perturbation type to its parameters. A parameter mapped to
     * {@code null} is categorical (known, without bounds).
     */
    static ParameterCatalog of(Map<String, Map<String, ParameterBounds>> parametersByType) {
        Map<String, Map<String, ParameterBounds>> copy = new LinkedHashMap<>();
        parametersByType.forEach((type, parameters) -> copy.put(type, Collections.unmodifiableMap(new LinkedHashMap<>(parameters))));
        return new ParameterCatalog() {
            @Override
            public Set<String> perturbationTypes() {
                return Collections.unmodifiableSet(new TreeSet<>(copy.keySet()));
            }

            @Override
            public Set<String> parameterNames(String perturbationType) {
                Map<String, ParameterBounds> parameters = copy.get(perturbationType);
                return parameters == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(parameters.keySet()));
            }

            @Override
            public Optional<ParameterBounds> bounds(String perturbationType, String parameterName) {
                Map<String, ParameterBounds> parameters = copy.get(perturbationType);
                return parameters == null ? Optional.empty() : Optional.ofNullable(parameters.get(parameterName));
            }
        };
    }
}
