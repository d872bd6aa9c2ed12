// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.catalog;

import java.util.Objects;

import org.segsense.metrics.spi.ContributedMetric;

/**
 * What SegSense knows about one metric: its id (the key in JSON and result stores), name, unit,
 * orientation and definition, and who provides it.
 *
 * @param id             stable identifier, e.g. {@code hd95}
 * @param name           human-readable name
 * @param unit           unit of the value; empty for ratios
 * @param higherIsBetter whether larger values mean a better segmentation
 * @param signed         whether the value has a sign whose magnitude is what gets worse (a signed difference such as
 *                       {@code volumeDifferenceMl}): reports then compare |value| (declared by {@code signed="true"} in
 *                       the plugin.xml entry)
 * @param description    the definition, including empty-mask rules
 * @param contributor    the bundle that provides it ({@value MetricCatalog#BUILT_IN} for the built-ins)
 * @param implementation the contributed implementation; null for built-ins
 */
public record MetricDescriptor(String id, String name, String unit, boolean higherIsBetter, boolean signed, String description,
		String contributor, ContributedMetric implementation) {

	/** An unsigned metric. */
	public MetricDescriptor(String id, String name, String unit, boolean higherIsBetter, String description, String contributor,
			ContributedMetric implementation) {
		this(id, name, unit, higherIsBetter, false, description, contributor, implementation);
	}

	public MetricDescriptor {
		Objects.requireNonNull(id, "id");
		name = name == null ? id : name;
		unit = unit == null ? "" : unit;
		description = description == null ? "" : description;
		Objects.requireNonNull(contributor, "contributor");
	}

	/** True for the metrics computed by {@link org.segsense.metrics.SegmentationMetrics} itself. */
	public boolean isBuiltIn() {
		return implementation == null;
	}
}
