// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb;

import java.util.Objects;

/**
 * A declared parameter of a perturbation.
 *
 * @param name the name used in studies and on the command line ({@code --set name=value})
 * @param unit the physical unit ({@code mm}, {@code degrees}, {@code SD} for fractions of the ROI's
 *        intensity SD, empty for a ratio)
 * @param minimum smallest accepted value
 * @param maximum largest accepted value
 * @param defaultValue value when not given
 * @param integer true when only whole numbers are accepted (e.g. an axis)
 * @param description one sentence
 */
public record ParameterSpec(String name, String unit, double minimum, double maximum, double defaultValue, boolean integer,
		String description) {

	public ParameterSpec {
		Objects.requireNonNull(name, "name");
		unit = unit == null ? "" : unit;
		description = description == null ? "" : description;
		if (!(minimum <= defaultValue && defaultValue <= maximum)) {
			throw new IllegalArgumentException("Parameter '" + name + "': default " + defaultValue + " is outside [" + minimum + ", "
					+ maximum + "].");
		}
	}

	/** @return e.g. {@code [-50, 50] mm} */
	public String range() {
		return "[" + fmt(minimum) + ", " + fmt(maximum) + "]" + (unit.isEmpty() ? "" : " " + unit);
	}

	static String fmt(double v) {
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
	}
}
