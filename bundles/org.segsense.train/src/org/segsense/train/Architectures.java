// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import java.util.List;
import java.util.Locale;

/** The built-in architectures by id. */
public final class Architectures {

	/** Ids of the built-in architectures. */
	public static final List<String> IDS = List.of(UNet3D.ID, DeepMedic3D.ID);

	/** Id of the TractSeg-like 2-D slice U-Net ({@link TractSegTrainer}; not a patch {@link Architecture}). */
	public static final String TRACTSEG = "tractseg";

	private Architectures() {
	}

	/**
	 * @param id {@code unet} or {@code deepmedic}, case-insensitive
	 * @param baseFilters base filters (U-Net: level 0; DeepMedic: first layers)
	 * @param depth U-Net down-samplings (ignored by DeepMedic, which sub-samples by 3)
	 * @return the architecture
	 * @throws IllegalArgumentException for an unknown id or bad settings (message names the accepted values)
	 */
	public static Architecture of(String id, int baseFilters, int depth) {
		return switch (id.trim().toLowerCase(Locale.ROOT)) {
			case UNet3D.ID -> new UNet3D(baseFilters, depth);
			case DeepMedic3D.ID -> new DeepMedic3D(baseFilters, 3);
			default -> throw new IllegalArgumentException("Unknown architecture '" + id + "'; use " + String.join(", ", IDS) + " or "
					+ TRACTSEG + " (a 2-D U-Net on slices, one sigmoid per bundle).");
		};
	}
}
