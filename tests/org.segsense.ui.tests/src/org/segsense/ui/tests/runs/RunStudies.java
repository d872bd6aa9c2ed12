// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.runs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/**
 * Tiny studies for the run-job tests over {@link SyntheticProjects}' ellipsoid cases and box models (the
 * plain-Java engine this fragment contributes, no TensorFlow): cases c1, c2, variants tight and wide, axes
 * scale (intensity-scale 0.8, 1.2), rot (rotation rz 0, 10) and noise (gaussian-noise sigma 0.5), one at a
 * time, metrics dice and jaccard: 2 × 2 × (1 + 2 + 2 + 1) = {@value #JOBS} jobs; execution threads 2.
 */
final class RunStudies {

	static final int JOBS = 24;

	private RunStudies() {
	}

	/** @return the study file {@code ID.segsense} of a new synthetic project in {@code dir} */
	static Path study(Path dir, String id) throws Exception {
		SyntheticProjects.project(dir);
		Path file = dir.resolve(id + ".segsense");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="%s" seed="7">
				  <cases id="c1">
				    <channels name="t1" path="images/c1.nii.gz"/>
				    <labelImage path="images/c1_label.nii.gz"/>
				  </cases>
				  <cases id="c2">
				    <channels name="t1" path="images/c2.nii.gz"/>
				    <labelImage path="images/c2_label.nii.gz"/>
				  </cases>
				  <modelVariants id="tight"><savedModel path="models/tight"/></modelVariants>
				  <modelVariants id="wide"><savedModel path="models/wide"/></modelVariants>
				  <axes id="scale" perturbationType="intensity-scale" sweptParameter="factor">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0.8 1.2"/>
				  </axes>
				  <axes id="rot" perturbationType="rotation" sweptParameter="rz">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0 10"/>
				  </axes>
				  <axes id="noise" perturbationType="gaussian-noise" sweptParameter="sigma">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0.5"/>
				  </axes>
				  <design xsi:type="segsense:OneAtATimeDesign"/>
				  <reference xsi:type="segsense:GroundTruthReference"/>
				  <metrics id="dice" metricType="dice"/>
				  <metrics id="jaccard" metricType="jaccard"/>
				  <execution threads="2" device="cpu"/>
				</segsense:Study>
				""".formatted(id), StandardCharsets.UTF_8);
		return file;
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
