// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.List;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.model.ConsensusReference;
import org.segsense.model.ModelVariant;

/** The common part of the consensus strategies: the raters and the typed settings of the study's reference. */
abstract class ConsensusStrategy<R extends ConsensusReference> implements ReferenceStrategy {

	private final Class<R> type;

	ConsensusStrategy(Class<R> type) {
		this.type = type;
	}

	@Override
	public final boolean isConsensus() {
		return true;
	}

	@Override
	public final List<ModelVariant> raters(org.segsense.model.ReferenceStrategy reference) {
		return type.cast(reference).getRaters();
	}

	@Override
	public int undecidedLabel(org.segsense.model.ReferenceStrategy reference) {
		return 0;
	}

	@Override
	public final Consensus combine(String caseId, org.segsense.model.ReferenceStrategy reference, List<Image> raters, ImageGeometry grid)
			throws Exception {
		return combine(caseId, type.cast(reference), raters, grid);
	}

	/** As {@link #combine(String, org.segsense.model.ReferenceStrategy, List, ImageGeometry)} with the typed settings. */
	abstract Consensus combine(String caseId, R reference, List<Image> raters, ImageGeometry grid) throws Exception;
}
