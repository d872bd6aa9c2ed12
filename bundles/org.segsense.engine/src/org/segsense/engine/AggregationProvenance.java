// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.segsense.image.ImageGeometry;
import org.segsense.model.AggregationPolicy;
import org.segsense.model.Case;
import org.segsense.model.Study;

/**
 * The provenance keys that record how a run's reports aggregate undefined surface distances (the study's
 * {@code aggregation} and {@code worstValue}), and, for the {@code worstCase} policy without a declared
 * value, each case's worst value: the diagonal of the evaluation grid's field of view,
 * √Σ(sizeᵢ·spacingᵢ)² in mm. Every job of a case is evaluated on the case's grid (perturbations keep the
 * grid; both evaluation spaces resample onto it), so one value per case is exact.
 *
 * <ul>
 * <li>{@value #POLICY}: {@code exclude} or {@code worstCase}</li>
 * <li>{@value #WORST_VALUE}: the declared worst value in mm, or {@code diagonal}</li>
 * <li>{@value #DIAGONAL_PREFIX}CASE: the case's diagonal in mm (worstCase without a declared value; absent
 * when the case's first channel cannot be read — its jobs then fail anyway)</li>
 * </ul>
 */
public final class AggregationProvenance {

	/** Provenance key of the policy. */
	public static final String POLICY = "aggregation.policy";
	/** Provenance key of the worst value (a number, or {@value #DIAGONAL}). */
	public static final String WORST_VALUE = "aggregation.worstValue";
	/** Value of {@link #WORST_VALUE} when each case's grid diagonal is used. */
	public static final String DIAGONAL = "diagonal";
	/** Prefix of the per-case diagonal keys. */
	public static final String DIAGONAL_PREFIX = "aggregation.diagonalMm.";

	private AggregationProvenance() {
	}

	/**
	 * @param study   the study
	 * @param project the folder its paths are relative to
	 * @return the keys above, in a stable order
	 */
	public static Map<String, String> of(Study study, Path project) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put(POLICY, study.getAggregation().getLiteral());
		m.put(WORST_VALUE, study.getWorstValue() != null ? Double.toString(study.getWorstValue()) : DIAGONAL);
		if (study.getAggregation() == AggregationPolicy.WORST_CASE && study.getWorstValue() == null) {
			for (Case c : study.getCases()) {
				if (c.getChannels().isEmpty()) {
					continue;
				}
				try {
					m.put(DIAGONAL_PREFIX + c.getId(), Double.toString(diagonalMm(org.segsense.backend.ImageBackends.get(ImageBackendChoice.id(study))
							.read(project.resolve(c.getChannels().get(0).getPath())).geometry())));
				} catch (Exception e) {
					// the case's jobs fail with the reader's message; the report says its worst value is unknown
				}
			}
		}
		return m;
	}

	/**
	 * @return √Σ(sizeᵢ·spacingᵢ)² over the spatial axes (at most the first three): the diagonal of the grid's
	 *         field of view in mm, larger than any centre-to-centre distance on it. A 4th axis (the volumes of a
	 *         4-D peak or bundle file, which the engine loads as components of the 3-D grid) is not spatial.
	 */
	public static double diagonalMm(ImageGeometry grid) {
		double s = 0;
		for (int i = 0; i < Math.min(3, grid.dimension()); i++) {
			double e = grid.size(i) * grid.spacing(i);
			s += e * e;
		}
		return Math.sqrt(s);
	}
}
