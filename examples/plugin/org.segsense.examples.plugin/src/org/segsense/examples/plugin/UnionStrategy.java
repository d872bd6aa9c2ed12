// SPDX-License-Identifier: EPL-2.0
package org.segsense.examples.plugin;

import java.util.List;
import java.util.Map;

import org.segsense.engine.ReferenceStrategy;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.model.ConsensusReference;
import org.segsense.model.ModelVariant;

/**
 * Example reference strategy: the voxel-wise union of the raters' labels, the largest label any rater
 * gives a voxel (0 where all say background). Builds the reference kind UnionReference (model/example.ecore).
 */
public final class UnionStrategy implements ReferenceStrategy {

	@Override
	public String name() {
		return "union";
	}

	@Override
	public boolean isConsensus() {
		return true;
	}

	@Override
	public List<ModelVariant> raters(org.segsense.model.ReferenceStrategy reference) {
		return List.copyOf(((ConsensusReference) reference).getRaters());
	}

	@Override
	public int undecidedLabel(org.segsense.model.ReferenceStrategy reference) {
		return 0;
	}

	@Override
	public Consensus combine(String caseId, org.segsense.model.ReferenceStrategy reference, List<Image> raters, ImageGeometry grid) {
		int[] union = new int[Math.toIntExact(grid.voxelCount())];
		for (Image rater : raters) {
			for (int i = 0; i < union.length; i++) {
				union[i] = Math.max(union[i], (int) rater.getDouble(i, 0));
			}
		}
		return new Consensus(Image.of(grid, union), Map.of("raters", raters.size()));
	}
}
