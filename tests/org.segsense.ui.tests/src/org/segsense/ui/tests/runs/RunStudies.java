// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.runs;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.testing.studies.SyntheticProjects;
import org.segsense.testing.studies.SyntheticStudies;

/**
 * Tiny studies for the run-job tests over {@link SyntheticProjects}' ellipsoid cases and box models (the
 * plain-Java engine this fragment contributes, no TensorFlow): cases c1, c2, variants tight and wide, axes
 * scale (intensity-scale 0.8, 1.2), rot (rotation rz 0, 10) and noise (gaussian-noise sigma 0.5), one at a
 * time, metrics dice and jaccard: 2 × 2 × (1 + 2 + 2 + 1) = {@value #JOBS} jobs; execution threads 2.
 */
final class RunStudies {

	static final int JOBS = SyntheticStudies.JOBS;

	private RunStudies() {
	}

	/** @return the study file {@code ID.segsense} of a new synthetic project in {@code dir} */
	static Path study(Path dir, String id) throws Exception {
		SyntheticProjects.project(dir);
		return SyntheticStudies.study(id).write(dir);
	}

	/** @return a workspace project named {@code name} over the folder {@code dir} (open) */
	static IProject project(String name, Path dir) throws CoreException {
		IWorkspace ws = ResourcesPlugin.getWorkspace();
		IProject p = ws.getRoot().getProject(name);
		IProjectDescription d = ws.newProjectDescription(name);
		d.setLocation(new org.eclipse.core.runtime.Path(dir.toAbsolutePath().toString()));
		p.create(d, null);
		p.open(null);
		return p;
	}

	/** @return job|metric|label → value of a run folder's results store */
	static Map<String, Double> results(Path run) throws SQLException {
		Map<String, Double> m = new TreeMap<>();
		try (ResultStore s = ResultStore.open(run.resolve(ResultStore.FILE))) {
			for (ResultRow r : s.results()) {
				m.put(r.jobKey() + "|" + r.metric() + "|" + r.label(), r.value());
			}
		}
		return m;
	}
}
