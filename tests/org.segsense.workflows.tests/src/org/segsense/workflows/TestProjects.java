// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows;

import java.nio.file.Path;

import org.segsense.testing.studies.SyntheticProjects;
import org.segsense.testing.studies.SyntheticStudies;

/**
 * A tiny real study for the services' tests over {@link SyntheticProjects}' ellipsoid cases and box models:
 * cases c1, c2 (each with an ROI mask, a box around the centre), variants tight and wide, a one-at-a-time
 * design with the axes scale (intensity-scale factor 0.8, 1.2), rot (rotation rz 0, 10) and noise
 * (gaussian-noise sigma 0.5), metrics dice and jaccard: 2 × 2 × (1 + 2 + 2 + 1) = 24 jobs.
 */
public final class TestProjects {

	public static final String NS = SyntheticStudies.NS;
	/** Jobs of {@link #study}: cases × variants × (baseline + swept values). */
	public static final int JOBS = SyntheticStudies.JOBS;

	private TestProjects() {
	}

	/** @return the study file of a new project in {@code dir} */
	public static Path study(Path dir) throws Exception {
		Path project = SyntheticProjects.project(dir);
		SyntheticProjects.roiMasks(project, "c1", "c2");
		return SyntheticStudies.study("tiny").fileName("study.segsense").roiMasks().write(project);
	}
}
