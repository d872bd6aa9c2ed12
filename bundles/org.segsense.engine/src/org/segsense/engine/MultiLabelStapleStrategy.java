// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.List;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.model.MultiLabelStapleReference;
import org.segsense.reference.ImageStaple;
import org.segsense.reference.MultiLabelStaple;

/** The multi-label STAPLE consensus of the raters' labels, with its per-rater confusion matrices. */
public final class MultiLabelStapleStrategy extends ConsensusStrategy<MultiLabelStapleReference> {

	public MultiLabelStapleStrategy() {
		super(MultiLabelStapleReference.class);
	}

	@Override
	public String name() {
		return "multiLabelStaple";
	}

	@Override
	public int undecidedLabel(org.segsense.model.ReferenceStrategy reference) {
		MultiLabelStapleReference ml = (MultiLabelStapleReference) reference;
		return ml.isSetUndecidedLabel() ? ml.getUndecidedLabel() : 0;
	}

	/** Refused: multi-label STAPLE assumes one label per voxel, but bundles overlap. */
	@Override
	Consensus combineBundle(String caseId, MultiLabelStapleReference ml, List<Image> bundleMasks, ImageGeometry grid) {
		throw new IllegalArgumentException("The raters of case '" + caseId + "' are multi-label models whose bundles overlap; multi-label"
				+ " STAPLE assumes one label per voxel and cannot combine them. Use binaryStaple (STAPLE per bundle) or majorityVote as the"
				+ " study's reference.");
	}

	@Override
	Consensus combine(String caseId, MultiLabelStapleReference ml, List<Image> raters, ImageGeometry grid) {
		MultiLabelStaple.Options o = MultiLabelStaple.Options.defaults().withTermination(ml.getTerminationThreshold());
		if (ml.getMaxIterations() > 0) {
			o = o.withMaxIterations(ml.getMaxIterations());
		}
		o = o.withUndecidedLabel(ml.isSetUndecidedLabel() ? ml.getUndecidedLabel() : 0);
		ImageStaple.MultiLabelResult r = ImageStaple.multiLabel(raters, o);
		return new Consensus(r.labels(), RaterStatistics.of(caseId, ml, r.details()));
	}
}
