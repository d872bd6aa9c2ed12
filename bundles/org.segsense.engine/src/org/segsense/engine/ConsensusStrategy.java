// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.LabelImages;
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

	/**
	 * Combines the raters' labels; raters with several components (multi-label models: one 0/1 component per
	 * bundle, bundles overlap) are combined bundle by bundle, each bundle alone as a one-label consensus of 0/1
	 * masks ({@link #combineBundle}), into one 0/1 component per bundle (a bundle's undecided voxels are
	 * background); the statistics are per bundle ({@link RaterStatistics#perBundle}).
	 */
	@Override
	public final Consensus combine(String caseId, org.segsense.model.ReferenceStrategy reference, List<Image> raters, ImageGeometry grid)
			throws Exception {
		R r = type.cast(reference);
		int k = raters.isEmpty() ? 1 : raters.get(0).components();
		if (k == 1) {
			return combine(caseId, r, raters, grid);
		}
		for (Image im : raters) {
			if (im.components() != k) {
				throw new IllegalArgumentException("The raters of case '" + caseId + "' output different numbers of bundles (" + k + " and "
						+ im.components() + "); a consensus needs raters with the same bundles.");
			}
		}
		List<Image> bundles = new ArrayList<>();
		List<Map<String, Object>> statistics = new ArrayList<>();
		for (int b = 0; b < k; b++) {
			final int bundle = b;
			Consensus c = combineBundle(caseId, r, raters.stream().map(im -> BundleLabels.component(im, bundle)).toList(), grid);
			int[] v = LabelImages.toInts(c.labels());
			byte[] mask = new byte[v.length];
			for (int i = 0; i < v.length; i++) {
				mask[i] = (byte) (v[i] == 1 ? 1 : 0);
			}
			bundles.add(Image.ofUInt8(grid, mask));
			statistics.add(c.raterStatistics());
		}
		return new Consensus(BundleLabels.stack(bundles), RaterStatistics.perBundle(caseId, r, name(), statistics));
	}

	/**
	 * The consensus of one bundle: the raters' 0/1 masks of that bundle (foreground 1); the result's voxels of value 1
	 * are the bundle. By default the one-label combination.
	 *
	 * @throws Exception when this consensus cannot run bundle by bundle
	 */
	Consensus combineBundle(String caseId, R reference, List<Image> bundleMasks, ImageGeometry grid) throws Exception {
		return combine(caseId, reference, bundleMasks, grid);
	}

	/** As {@link #combine(String, org.segsense.model.ReferenceStrategy, List, ImageGeometry)} with the typed settings. */
	abstract Consensus combine(String caseId, R reference, List<Image> raters, ImageGeometry grid) throws Exception;
}
