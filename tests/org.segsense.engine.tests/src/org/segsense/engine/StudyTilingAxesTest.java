// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.segsense.inference.PredictorOptions;
import org.segsense.model.ModelVariant;
import org.segsense.model.SegsenseFactory;

/** The study's {@code tileSize} and {@code tileOverlap} (x, y, z) reach the predictor's options unchanged (x, y, z). */
class StudyTilingAxesTest {

	@Test
	void nonCubicTileAndOverlapKeepTheirAxes() {
		ModelVariant v = SegsenseFactory.eINSTANCE.createModelVariant();
		v.getTileSize().addAll(List.of(96, 64, 32));
		v.getTileOverlap().addAll(List.of(8, 4, 2));
		PredictorOptions o = VariantOptions.predictorOptions(v);
		assertArrayEquals(new int[] { 96, 64, 32 }, o.tile());
		assertArrayEquals(new int[] { 8, 4, 2 }, o.overlap());
	}

	@Test
	void oneValueMeansAllAxesAndNoneMeansWholeVolumes() {
		ModelVariant v = SegsenseFactory.eINSTANCE.createModelVariant();
		assertNull(VariantOptions.predictorOptions(v).tile());
		v.getTileSize().add(48);
		assertArrayEquals(new int[] { 48, 48, 48 }, VariantOptions.predictorOptions(v).tile());
	}
}
