// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.segsense.image.registry.LiveService;
import org.segsense.metrics.LabelMetrics;
import org.segsense.metrics.catalog.internal.ContributedMetrics;
import org.segsense.metrics.spi.MetricInput;

/**
 * Every metric SegSense can report: the built-in set of {@link LabelMetrics} followed by the metrics
 * contributed through the extension point {@value #EXTENSION_POINT}, in registry order.
 *
 * <p>Outside OSGi (plain Java, unit tests) only the built-ins are present. Inside OSGi the
 * {@link MetricCatalogService} hands out the current catalog.
 */
public final class MetricCatalog {

	/** The extension point other plug-ins contribute metrics to. */
	public static final String EXTENSION_POINT = "org.segsense.metrics.metrics";

	/** Contributor name of the built-in metrics. */
	public static final String BUILT_IN = "built-in";

	private static final List<MetricDescriptor> BUILT_INS = List.of(
			builtIn("dice", "Dice similarity coefficient", "", true, "2|A∩B| / (|A| + |B|); both masks empty: 1."),
			builtIn("jaccard", "Jaccard index (IoU)", "", true, "|A∩B| / |A∪B|; both masks empty: undefined."),
			builtIn("sensitivity", "Sensitivity (recall)", "", true, "|A∩B| / |B| (B = reference)."),
			builtIn("precision", "Precision (positive predictive value)", "", true, "|A∩B| / |A| (A = prediction)."),
			builtIn("hd", "Hausdorff distance", "mm", false, "Largest distance from a surface voxel to the other surface."),
			builtIn("hd95", "95th-percentile Hausdorff distance", "mm", false,
					"Max of the two directed 95th percentiles of surface distances (SegSense's convention)."),
			builtIn("hd95Pooled", "95th-percentile Hausdorff distance, pooled", "mm", false,
					"One 95th percentile of the distances of both directions pooled (MedPy's convention)."),
			builtIn("assd", "Average symmetric surface distance", "mm", false,
					"Mean over the distances of both surfaces' voxels, pooled."),
			builtIn("masd", "Mean average surface distance", "mm", false, "Mean of the two directed mean surface distances."),
			builtIn("nsd", "Normalised surface distance", "", true,
					"Fraction of both surfaces within the tolerance τ of the other surface."),
			builtIn("volumeSimilarity", "Volume similarity", "", true, "1 − |‖A‖ − ‖B‖| / (‖A‖ + ‖B‖)."),
			new MetricDescriptor("volumeDifferenceMl", "Signed volume difference", "ml", false, true, "‖A‖ − ‖B‖ in millilitres.",
					BUILT_IN, null));

	private static volatile MetricCatalog installed;

	private final List<MetricDescriptor> descriptors;
	private final List<String> problems;

	private MetricCatalog(List<MetricDescriptor> descriptors, List<String> problems) {
		this.descriptors = List.copyOf(descriptors);
		this.problems = List.copyOf(problems);
	}

	/**
	 * The catalog of this runtime: built-ins plus, in OSGi, every contribution to
	 * {@value #EXTENSION_POINT}. Inside OSGi this is the live {@link MetricCatalogService} (a bundle
	 * installed at run time is seen); prefer injecting that service. Without it (plain Java,
	 * Declarative Services not running) this bridge reads the registry once and caches it.
	 */
	public static MetricCatalog installed() {
		MetricCatalog live = LiveService.call(MetricCatalog.class, MetricCatalogService.class, MetricCatalogService::catalog);
		if (live != null) {
			return live;
		}
		MetricCatalog catalog = installed;
		if (catalog == null) {
			synchronized (MetricCatalog.class) {
				catalog = installed;
				if (catalog == null) {
					List<MetricDescriptor> all = new ArrayList<>(BUILT_INS);
					List<String> problems = new ArrayList<>();
					ContributedMetrics.read(all, problems);
					installed = catalog = new MetricCatalog(all, problems);
				}
			}
		}
		return catalog;
	}

	/** A catalog of the built-ins and the given contributions, for callers that assemble their own. */
	public static MetricCatalog of(List<MetricDescriptor> contributed) {
		return of(contributed, List.of());
	}

	/**
	 * A catalog of the built-ins and the given contributions (a contribution whose id is taken is
	 * left out with a problem).
	 *
	 * @param contributed the contributed metrics, in order
	 * @param readProblems contributions already ignored while reading, with the reason
	 * @return the catalog
	 */
	public static MetricCatalog of(List<MetricDescriptor> contributed, List<String> readProblems) {
		List<MetricDescriptor> all = new ArrayList<>(BUILT_INS);
		List<String> problems = new ArrayList<>(readProblems);
		for (MetricDescriptor d : contributed) {
			ContributedMetrics.addUnlessDuplicate(all, d, problems);
		}
		return new MetricCatalog(all, problems);
	}

	/** All metrics, built-ins first. */
	public List<MetricDescriptor> descriptors() {
		return descriptors;
	}

	/** The metric with this id. */
	public Optional<MetricDescriptor> find(String id) {
		return descriptors.stream().filter(d -> d.id().equals(id)).findFirst();
	}

	/** Contributions that were ignored, with the reason (duplicate id, class not loadable, …). */
	public List<String> problems() {
		return problems;
	}

	/**
	 * The values of every metric for one label: the built-ins from {@code measured}, then each
	 * contributed metric. A contributed metric that throws gets NaN and a note in {@code notesOut}.
	 *
	 * @param measured      the label's built-in metrics
	 * @param voxelVolumeMl the volume of one voxel in ml
	 * @param notesOut      receives metric id → reason for values that are undefined or failed; may be null
	 * @return metric id → value (NaN where undefined), in catalog order
	 */
	public Map<String, Double> evaluate(LabelMetrics measured, double voxelVolumeMl, Map<String, String> notesOut) {
		return evaluate(MetricInput.measurementsOnly(measured, voxelVolumeMl), notesOut);
	}

	/**
	 * The values of every metric for one label: the built-ins from {@code input.measured()}, then each
	 * contributed metric on the shared {@code input} (so masks, surfaces and distance maps are computed at
	 * most once for all of them). A contributed metric that throws gets NaN and a note in {@code notesOut}.
	 *
	 * @param input    the label's measurements and, when the caller has them, its masks
	 * @param notesOut receives metric id → reason for values that are undefined or failed; may be null
	 * @return metric id → value (NaN where undefined), in catalog order
	 */
	public Map<String, Double> evaluate(MetricInput input, Map<String, String> notesOut) {
		LabelMetrics measured = input.measured();
		Map<String, Double> values = new LinkedHashMap<>();
		Map<String, String> notes = notesOut != null ? notesOut : new LinkedHashMap<>();
		notes.putAll(measured.notes());
		for (MetricDescriptor d : descriptors) {
			if (d.isBuiltIn()) {
				values.put(d.id(), measured.get(d.id()));
				continue;
			}
			double v;
			try {
				v = d.implementation().compute(input);
			} catch (RuntimeException e) {
				v = Double.NaN;
				notes.put(d.id(), "the metric from " + d.contributor() + " failed: " + e);
			}
			if (Double.isNaN(v)) {
				notes.putIfAbsent(d.id(), "undefined for this label");
			}
			values.put(d.id(), v);
		}
		return Collections.unmodifiableMap(values);
	}

	private static MetricDescriptor builtIn(String id, String name, String unit, boolean higherIsBetter, String text) {
		return new MetricDescriptor(id, name, unit, higherIsBetter, text, BUILT_IN, null);
	}
}
