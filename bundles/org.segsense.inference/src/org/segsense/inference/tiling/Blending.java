// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.tiling;

import java.util.Locale;

/** How overlapping tile outputs are combined. */
public enum Blending {
	/** Equal weight for every valid voxel of every tile: the plain mean where tiles overlap. */
	UNIFORM,
	/**
	 * A Gaussian weight centred on the tile (σ = tile size / 8 per axis, as nnU-Net), so that voxels near
	 * a tile's centre, which saw more context, count more.
	 */
	GAUSSIAN;

	/** @return {@code uniform} or {@code gaussian} */
	public String cliName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @param name {@code uniform} or {@code gaussian}
	 * @return the blending
	 */
	public static Blending fromName(String name) {
		for (Blending b : values()) {
			if (b.cliName().equalsIgnoreCase(name.trim())) {
				return b;
			}
		}
		throw new IllegalArgumentException("Unknown blending '" + name + "'; use uniform or gaussian.");
	}
}
