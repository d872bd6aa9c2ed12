// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.List;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.model.BinaryStapleReference;
import org.segsense.reference.BinaryStaple;
import org.segsense.reference.ImageStaple;

/**
 * The binary STAPLE consensus of the raters' foreground: voxels whose probability W is at least 0.5 get
 * the foreground value, the others 0. Multi-label raters: binary STAPLE on each bundle alone (foreground 1), see
 * {@link ConsensusStrategy#combine(String, org.segsense.model.ReferenceStrategy, List, ImageGeometry)}.
 */
public final class BinaryStapleStrategy extends ConsensusStrategy<BinaryStapleReference> {

	public BinaryStapleStrategy() {
		super(BinaryStapleReference.class);
	}

	@Override
	public String name() {
		return "binaryStaple";
	}

	@Override
	Consensus combine(String caseId, BinaryStapleReference bs, List<Image> raters, ImageGeometry grid) {
		return combine(caseId, bs, raters, grid, (int) Math.rint(bs.getForegroundValue()));
	}

	/** A bundle's raters are 0/1 masks: foreground 1, whatever the study's foreground value of one-label raters. */
	@Override
	Consensus combineBundle(String caseId, BinaryStapleReference bs, List<Image> bundleMasks, ImageGeometry grid) {
		return combine(caseId, bs, bundleMasks, grid, 1);
	}

	private static Consensus combine(String caseId, BinaryStapleReference bs, List<Image> raters, ImageGeometry grid, int fg) {
		BinaryStaple.Options o = BinaryStaple.Options.defaults().withConfidenceWeight(bs.getConfidenceWeight());
		if (bs.getMaxIterations() > 0) {
			o = o.withMaxIterations(bs.getMaxIterations());
		}
		ImageStaple.BinaryResult r = ImageStaple.binary(raters, fg, o);
		// threshold SimpleITK's double W, not its float32 copy (which rounds values just below 0.5 up)
		BinaryStaple.ProbabilityMap p = r.details().probability();
		int[] labels = new int[p.size()];
		for (int i = 0; i < labels.length; i++) {
			labels[i] = p.get(i) >= 0.5 ? fg : 0;
		}
		return new Consensus(Image.of(grid, labels), RaterStatistics.of(caseId, bs, fg, r.details()));
	}
}
