// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.nio.file.Path;

import org.segsense.testing.studies.SyntheticProjects;
import org.segsense.testing.studies.SyntheticStudies;

/** Study files for the engine tests over {@link SyntheticProjects}' ellipsoid cases and box models ({@link SyntheticStudies}). */
final class TestStudies {

	static final String NS = SyntheticStudies.NS;
	static final int N = SyntheticProjects.N;

	private TestStudies() {
	}

	static Path boxModel(Path dir, float bias) throws Exception {
		return SyntheticProjects.boxModel(dir, bias);
	}

	static void writeCase(Path project, String id, long seed) throws Exception {
		SyntheticProjects.writeCase(project, id, seed);
	}

	static Path project(Path dir) throws Exception {
		return SyntheticProjects.project(dir);
	}

	/**
	 * A study over the project: axes scale (intensity-scale factor 0.8, 1.2), rot (rotation rz 0, 10),
	 * noise (gaussian-noise sigma 0.5); metrics dice, hd95, nsd (τ 1 mm), jaccard.
	 *
	 * @param design e.g. {@link #OAT}
	 * @param reference e.g. {@link #GROUND_TRUTH}
	 * @param attributes extra attributes of the Study element
	 */
	static Path study(Path project, String name, String design, String reference, String attributes) throws Exception {
		return SyntheticStudies.study(name).design(design).reference(reference).attributes(attributes).metrics(SyntheticStudies.FOUR_METRICS)
				.write(project);
	}

	static final String OAT = SyntheticStudies.OAT;
	static final String GROUND_TRUTH = SyntheticStudies.GROUND_TRUTH;
	static final String MAJORITY = SyntheticStudies.MAJORITY;
	static final String BINARY_STAPLE = SyntheticStudies.BINARY_STAPLE;
	static final String STAPLE = SyntheticStudies.STAPLE;
}
