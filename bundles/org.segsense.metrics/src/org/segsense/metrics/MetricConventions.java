// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The declared conventions of {@link SegmentationMetrics}: printed by {@code segsense metrics
 * --conventions} and stored in every run's provenance. Change {@link #VERSION} whenever a
 * convention changes, so that stored results stay interpretable.
 */
public final class MetricConventions {

    /** Identifier of this set of conventions. */
    public static final String VERSION = "segsense-metrics/2";

    /** Default NSD tolerance in mm when the user gives none. */
    public static final double DEFAULT_NSD_TOLERANCE_MM = 1.0;

    private static final Map<String, String> CONVENTIONS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("version", VERSION);
        m.put("objects", "Per label L: A = prediction voxels equal to L, B = reference voxels equal to L;"
                + " |X| = voxel count, ||X|| = |X| x voxel volume.");
        m.put("units", "Distances in the units of the voxel spacing (mm); volumes in ml (mm^3 / 1000).");
        m.put("surface", "Surface of X = voxels of X with at least one face neighbour (6-neighbourhood in 3D,"
                + " 4 in 2D) outside X; the image border counts as outside. Each surface voxel has weight 1.");
        m.put("distance", "Exact Euclidean distance between voxel centres in physical space (spacing, no"
                + " direction/origin effect), computed from a linear-time Euclidean distance transform."
                + " d(a, S) = distance from surface voxel a to the nearest surface voxel of the other object.");
        m.put("dice", "2|A n B| / (|A| + |B|)");
        m.put("jaccard", "|A n B| / |A u B|");
        m.put("sensitivity", "|A n B| / |B| (undefined when B is empty)");
        m.put("precision", "|A n B| / |A| (undefined when A is empty)");
        m.put("hd", "max(max_a d(a, S_B), max_b d(b, S_A))");
        m.put("hd95", "max(P95{d(a, S_B)}, P95{d(b, S_A)}): the maximum of the two directed 95th percentiles;"
                + " percentile = linear interpolation between order statistics (Hyndman-Fan type 7, NumPy's"
                + " default): sorted x_0..x_{n-1}, h = 0.95 (n - 1), P = x_floor(h) + (h - floor(h))"
                + " (x_floor(h)+1 - x_floor(h)).");
        m.put("hd95Pooled", "P95{d(a, S_B) for a in S_A, pooled with d(b, S_A) for b in S_B}: one 95th percentile"
                + " (same type-7 definition) of the |S_A| + |S_B| distances of both directions together, as MedPy's"
                + " hd95 (numpy.percentile of both directed distance arrays stacked) and plastimatch do."
                + " It weights each direction by its surface size, so it lies nearer the directed percentile of the"
                + " larger surface; hd95 (directed-max) is the worst direction and is usually the larger of the two;"
                + " they differ most when one direction is far worse (a spurious blob, a missed lobe): by millimetres.");
        m.put("assd", "Pooled: (sum_a d(a, S_B) + sum_b d(b, S_A)) / (|S_A| + |S_B|)");
        m.put("masd", "Mean of the two directed means: (mean_a d(a, S_B) + mean_b d(b, S_A)) / 2");
        m.put("nsd", "Normalised surface distance at tolerance tau mm: (#{a: d(a, S_B) <= tau} + #{b: d(b, S_A)"
                + " <= tau}) / (|S_A| + |S_B|), surface voxels counted with unit weight.");
        m.put("volumeSimilarity", "1 - | ||A|| - ||B|| | / (||A|| + ||B||) (Taha & Hanbury 2015)");
        m.put("volumeDifferenceMl", "Signed: ||A|| - ||B|| in ml (prediction minus reference)");
        m.put("conventions.hd95", "Two HD95 conventions are in use and both are offered: directed-max (hd95: max of"
                + " the two directed 95th percentiles; SegSense's, also MONAI's compute_hausdorff_distance with"
                + " percentile=95 and directed=False) and pooled (hd95Pooled: one percentile of both directions' distances;"
                + " MedPy, plastimatch). A study can compute both (metrics hd95 and hd95Pooled); the report's"
                + " 'conventions' section then shows whether the variants' means and ranking change between them.");
        m.put("conventions.surface", "Surfaces on voxel centres (SegSense's, for every distance metric): a surface"
                + " voxel is a point at its centre with weight 1, distances are centre to centre, so a distance is a"
                + " sum of whole spacings and a one-voxel shift gives exactly one spacing. Not computed by SegSense:"
                + " surfaces on voxel faces (DeepMind's surface-distance library; Metrics Reloaded's NSD): surface"
                + " elements on the faces between object and background, weighted by their area, with percentiles"
                + " area-weighted. On the same masks that convention gives distances that differ by sub-voxel amounts"
                + " (its surface points lie between voxel centres), and on anisotropic grids different percentiles"
                + " (large faces weigh more): values are not comparable across the two at sub-voxel precision.");
        m.put("emptyBoth", "Both A and B empty (Metrics Reloaded): dice 1, jaccard undefined (null), distances"
                + " (hd, hd95, hd95Pooled, assd, masd) 0, nsd 1, volumeSimilarity 1, volumeDifferenceMl 0; sensitivity and"
                + " precision undefined (null). Every note of such a label starts with 'both empty:' (reports count it as"
                + " n_both_empty).");
        m.put("emptyOne", "Exactly one of A, B empty: dice 0, jaccard 0, distances undefined (null, with a"
                + " reason), nsd 0 (no surface voxel lies within tau of an empty surface).");
        m.put("undefined", "An undefined value is reported as null, with a note naming the reason.");
        m.put("aggregation", "Reports aggregate per study policy (Study.aggregation): exclude leaves undefined"
                + " distances (exactly one of A, B empty: n_missed) out of means; worstCase substitutes the study's"
                + " worstValue, by default the diagonal of the evaluation grid's field of view sqrt(sum (size_i"
                + " spacing_i)^2) in mm. Both-empty labels (n_both_empty) keep their defined values under both policies."
                + " Every aggregate states n_valid, n_missed and n_both_empty.");
        CONVENTIONS = Collections.unmodifiableMap(m);
    }

    private MetricConventions() {
    }

    /**
     * The conventions as an ordered, unmodifiable map (key → human-readable definition).
     *
     * @return the conventions
     */
    public static Map<String, String> asMap() {
        return CONVENTIONS;
    }

    /**
     * The conventions as human-readable text, one "key: definition" entry per line.
     *
     * @return the text
     */
    public static String describe() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : CONVENTIONS.entrySet()) {
            sb.append(e.getKey()).append(": ").append(e.getValue()).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
