// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.List;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.LabelImages;
import org.segsense.model.MajorityVoteReference;
import org.segsense.reference.MajorityVote;

/**
 * The majority-vote consensus of the raters' labels (ties get the undecided label, 0 unless the study sets one).
 * Multi-label raters: a majority vote of each bundle's 0/1 masks alone; a bundle's ties are background.
 */
public final class MajorityVoteStrategy extends ConsensusStrategy<MajorityVoteReference> {

	public MajorityVoteStrategy() {
		super(MajorityVoteReference.class);
	}

	@Override
	public String name() {
		return "majorityVote";
	}

	@Override
	public int undecidedLabel(org.segsense.model.ReferenceStrategy reference) {
		MajorityVoteReference mv = (MajorityVoteReference) reference;
		return mv.isSetUndecidedLabel() ? mv.getUndecidedLabel() : 0;
	}

	@Override
	Consensus combine(String caseId, MajorityVoteReference mv, List<Image> raters, ImageGeometry grid) {
		int[][] labels = raters.stream().map(LabelImages::toInts).toArray(int[][]::new);
		Image result = Image.of(grid, MajorityVote.run(labels, mv.isSetUndecidedLabel() ? mv.getUndecidedLabel() : 0));
		return new Consensus(result, RaterStatistics.of(caseId, mv));
	}
}
