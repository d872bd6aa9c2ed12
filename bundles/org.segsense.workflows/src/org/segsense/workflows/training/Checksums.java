// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import java.util.ArrayList;
import java.util.List;

import org.segsense.image.util.Sha256;
import org.segsense.train.TrainedModel;

/** The checksum of a trained model's weights (names and IEEE float bits, in name order). */
public final class Checksums {

	private Checksums() {
	}

	/** @return hex SHA-256 of named weights (names and float bits, in name order) */
	public static String weights(java.util.Map<String, float[]> weights) {
		Sha256 d = Sha256.digest();
		new java.util.TreeMap<>(weights).forEach((n, v) -> d.update(n).update(v));
		return d.hex();
	}

	/** @return hex SHA-256 of the weights: equal exactly when every weight is bitwise equal */
	public static String weights(TrainedModel model) {
		Sha256 d = Sha256.digest();
		List<String> names = new ArrayList<>(model.weightNames());
		names.sort(null);
		for (String n : names) {
			d.update(n).update(model.weight(n));
		}
		return d.hex();
	}
}
