// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.List;
import java.util.Map;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.model.ModelVariant;

/**
 * How a study's reference is built for a case: the case's own label image (ground truth), or a consensus
 * of model variants' predictions on the unperturbed case (majority vote, STAPLE), computed once per case
 * before the jobs. One implementation per kind of reference in the study model, chosen by
 * {@link ReferenceStrategies} from the reference's EClass.
 */
public interface ReferenceStrategy {

	/**
	 * The reference labels and the raters' statistics of one case.
	 *
	 * @param labels the consensus labels on the case's grid
	 * @param raterStatistics what the run folder records beside them ({@link RaterStatistics})
	 */
	record Consensus(Image labels, Map<String, Object> raterStatistics) {
	}

	/** @return the name in the provenance and in messages (e.g. {@code groundTruth}, {@code majorityVote}) */
	String name();

	/** @return whether the reference is a consensus of raters (computed before the jobs), not a file of the case */
	boolean isConsensus();

	/** @return the model variants whose predictions the consensus combines (none for ground truth) */
	List<ModelVariant> raters(org.segsense.model.ReferenceStrategy reference);

	/** @return the label the reference gives undecided voxels when the study sets one explicitly, else 0 (background) */
	int undecidedLabel(org.segsense.model.ReferenceStrategy reference);

	/**
	 * Combines the raters' labels of one case.
	 *
	 * @param caseId the case
	 * @param reference the study's reference settings
	 * @param raters the raters' labels, in the order of {@link #raters}
	 * @param grid the case's grid
	 * @return the consensus
	 * @throws Exception when the raters cannot be combined (the case's jobs fail with the message)
	 */
	Consensus combine(String caseId, org.segsense.model.ReferenceStrategy reference, List<Image> raters, ImageGeometry grid) throws Exception;
}
