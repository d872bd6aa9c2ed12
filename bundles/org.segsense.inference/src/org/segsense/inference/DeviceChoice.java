// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import java.util.Locale;

/** Where a model should run ({@code --device}). */
public enum DeviceChoice {
	/** The GPU when the engine sees one, else the CPU. */
	AUTO,
	/** The CPU, even when a GPU is visible. */
	CPU,
	/** A GPU; loading fails with a clear message when none is visible. */
	GPU;

	/** @return {@code auto}, {@code cpu} or {@code gpu} */
	public String cliName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @param name {@code auto}, {@code cpu} or {@code gpu}, case-insensitive
	 * @return the choice
	 * @throws IllegalArgumentException naming the accepted values
	 */
	public static DeviceChoice fromName(String name) {
		for (DeviceChoice d : values()) {
			if (d.cliName().equalsIgnoreCase(name.trim())) {
				return d;
			}
		}
		throw new IllegalArgumentException("Unknown device '" + name + "'; use auto, cpu or gpu.");
	}
}
