// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import java.util.Locale;
import java.util.Map;

/**
 * The architecture ids of the model are the trainer's ({@code unet}, {@code deepmedic}); files written before
 * that said {@code unet3d} or {@code deepmedic3d}, which {@link #migrate} maps (the loader then says so).
 */
public final class ArchitectureIds {

	/** Old id → trainer id. */
	public static final Map<String, String> RENAMED = Map.of("unet3d", "unet", "deepmedic3d", "deepmedic");

	private ArchitectureIds() {
	}

	/** @return the trainer's id for an old id, else {@code id} unchanged (null stays null) */
	public static String migrate(String id) {
		if (id == null) {
			return null;
		}
		String renamed = RENAMED.get(id.trim().toLowerCase(Locale.ROOT));
		return renamed != null ? renamed : id;
	}
}
