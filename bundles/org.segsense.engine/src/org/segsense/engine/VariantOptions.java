// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.List;

import org.segsense.inference.PredictorOptions;
import org.segsense.inference.preprocess.Normalization;
import org.segsense.inference.tiling.Blending;
import org.segsense.model.ModelVariant;
import org.segsense.model.SegsensePackage;

/** Maps a model variant's normalisation and tiling settings in the study onto the predictor's options. */
final class VariantOptions {

	private VariantOptions() {
	}

	/** @return whether the variant sets its normalisation explicitly */
	static boolean isSet(ModelVariant v) {
		return v.eIsSet(SegsensePackage.Literals.MODEL_VARIANT__NORMALIZATION);
	}

	/** The variant's normalisation and tiling (tile sizes and overlaps are x, y, z in the study and in the predictor). */
	static PredictorOptions predictorOptions(ModelVariant v) {
		PredictorOptions o = PredictorOptions.defaults();
		if (isSet(v)) {
			o = o.withNormalization(switch (v.getNormalization()) {
			case NONE -> Normalization.NONE;
			case ZSCORE, ZSCORE_NONZERO -> Normalization.ZSCORE;
			case MIN_MAX -> Normalization.MINMAX;
			});
		}
		if (!v.getTileSize().isEmpty()) {
			o = o.withTile(xyz(v.getTileSize()));
			if (!v.getTileOverlap().isEmpty()) {
				o = o.withOverlap(xyz(v.getTileOverlap()), Blending.GAUSSIAN);
			}
		}
		return o;
	}

	private static int[] xyz(List<Integer> xyz) {
		if (xyz.size() == 1) {
			return new int[] { xyz.get(0), xyz.get(0), xyz.get(0) };
		}
		return new int[] { xyz.get(0), xyz.get(1), xyz.get(2) };
	}
}
