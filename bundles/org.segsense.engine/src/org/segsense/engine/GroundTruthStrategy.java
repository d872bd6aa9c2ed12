// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.List;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.model.ModelVariant;

/** The ground-truth reference: each case's own label image; nothing is computed before the jobs. */
public final class GroundTruthStrategy implements ReferenceStrategy {

	@Override
	public String name() {
		return "groundTruth";
	}

	@Override
	public boolean isConsensus() {
		return false;
	}

	@Override
	public List<ModelVariant> raters(org.segsense.model.ReferenceStrategy reference) {
		return List.of();
	}

	@Override
	public int undecidedLabel(org.segsense.model.ReferenceStrategy reference) {
		return 0;
	}

	@Override
	public Consensus combine(String caseId, org.segsense.model.ReferenceStrategy reference, List<Image> raters, ImageGeometry grid) {
		throw new UnsupportedOperationException("the ground-truth reference is the case's label image, not a consensus");
	}
}
