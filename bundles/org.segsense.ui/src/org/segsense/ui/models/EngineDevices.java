// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.segsense.inference.EngineDescriptor;
import org.segsense.inference.InferenceEngines;
import org.segsense.inference.InferenceException;
import org.segsense.inference.spi.Device;

/**
 * The devices each installed inference engine sees ({@code InferenceEngine.devices()}, what {@code segsense devices}
 * lists for TensorFlow). Asking may start an engine's runtime (TensorFlow: a few seconds), so the view asks once, in
 * a background job. An engine that cannot start gives one row with its message instead of devices.
 */
public final class EngineDevices {

	/**
	 * One device of one engine.
	 *
	 * @param engineId the engine's id
	 * @param engine the engine's name
	 * @param device the engine's name of the device, or null when the engine could not list devices
	 * @param type CPU, GPU, … (or the problem when {@code device} is null)
	 * @param memoryBytes memory the engine may use on it, 0 when unknown
	 */
	public record Row(String engineId, String engine, String device, String type, long memoryBytes) {

		/** @return the memory as {@code 16.0 GB}, or empty when unknown */
		public String memory() {
			return memoryBytes <= 0 ? "" : String.format(Locale.ROOT, "%.1f GB", memoryBytes / 1e9);
		}
	}

	private EngineDevices() {
	}

	/** @return the devices of every engine of {@code engines}, engine by engine, each engine's CPU first */
	public static List<Row> of(InferenceEngines engines) {
		List<Row> rows = new ArrayList<>();
		for (EngineDescriptor e : engines.all()) {
			try {
				for (Device d : e.engine().devices()) {
					rows.add(new Row(e.id(), e.name(), d.name(), d.type(), d.memoryBytes()));
				}
			} catch (InferenceException | RuntimeException | LinkageError ex) {
				rows.add(new Row(e.id(), e.name(), null, "cannot list devices: " + ex.getMessage(), 0));
			}
		}
		return rows;
	}
}
