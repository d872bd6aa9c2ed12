// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Segmentation metrics of one label, following {@link MetricConventions}.
 *
 * <p>An undefined value is {@link Double#NaN}, and {@link #notes()} then holds the reason under the
 * metric's name (the JSON output reports it as {@code null}). Distances are in the units of the
 * spacing (mm), volumes in millilitres (spacing in mm).
 *
 * @param label                  the label value these metrics describe
 * @param dice                   Dice similarity coefficient 2|A∩B|/(|A|+|B|)
 * @param jaccard                Jaccard index (IoU) |A∩B|/|A∪B|
 * @param sensitivity            |A∩B|/|B| (true-positive rate, recall)
 * @param precision              |A∩B|/|A| (positive predictive value)
 * @param hd                     Hausdorff distance between the surfaces
 * @param hd95                   max of the two directed 95th percentiles of surface distances
 * @param hd95Pooled             95th percentile of the pooled distances of both directions (MedPy's convention)
 * @param assd                   average symmetric surface distance, pooled over both surfaces
 * @param masd                   mean of the two directed mean surface distances
 * @param nsd                    normalised surface distance (surface Dice) at the tolerance
 * @param volumeSimilarity       1 − |‖A‖−‖B‖|/(‖A‖+‖B‖)
 * @param volumeDifferenceMl     signed volume difference ‖A‖ − ‖B‖ in ml
 * @param nsdToleranceMm         the NSD tolerance τ used
 * @param predictionVoxels       |A|
 * @param referenceVoxels        |B|
 * @param truePositiveVoxels     |A∩B|
 * @param predictionSurfaceVoxels number of surface voxels of A
 * @param referenceSurfaceVoxels number of surface voxels of B
 * @param notes                  metric name → reason, for every NaN value and special case
 */
public record LabelMetrics(int label, double dice, double jaccard, double sensitivity, double precision,
        double hd, double hd95, double hd95Pooled, double assd, double masd, double nsd, double volumeSimilarity,
        double volumeDifferenceMl, double nsdToleranceMm, long predictionVoxels, long referenceVoxels,
        long truePositiveVoxels, long predictionSurfaceVoxels, long referenceSurfaceVoxels,
        Map<String, String> notes) {

    /** Metric names in output order, as used in the JSON contract. */
    public static final String[] NAMES = {"dice", "jaccard", "sensitivity", "precision", "hd", "hd95", "hd95Pooled",
        "assd", "masd", "nsd", "volumeSimilarity", "volumeDifferenceMl"};

    /** Makes the notes map unmodifiable. */
    public LabelMetrics {
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /**
     * The metric values by name in {@link #NAMES} order; undefined (NaN) values map to {@code null}.
     *
     * @return a new ordered map
     */
    public Map<String, Double> values() {
        double[] v = {dice, jaccard, sensitivity, precision, hd, hd95, hd95Pooled, assd, masd, nsd, volumeSimilarity,
            volumeDifferenceMl};
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.length; i++) {
            m.put(NAMES[i], Double.isNaN(v[i]) ? null : v[i]);
        }
        return m;
    }

    /**
     * One metric by name.
     *
     * @param name one of {@link #NAMES}
     * @return the value, NaN when undefined
     * @throws IllegalArgumentException for an unknown name
     */
    public double get(String name) {
        Double v = values().get(name);
        if (!values().containsKey(name)) {
            throw new IllegalArgumentException("unknown metric: " + name);
        }
        return v == null ? Double.NaN : v;
    }
}
