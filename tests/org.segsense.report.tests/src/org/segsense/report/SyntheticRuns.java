// SPDX-License-Identifier: EPL-2.0
package org.segsense.report;

import java.nio.file.Path;

import org.segsense.engine.RunOptions;
import org.segsense.engine.RunSummary;
import org.segsense.engine.StudyRunner;
import org.segsense.testing.studies.SyntheticProjects;
import org.segsense.testing.studies.SyntheticStudies;

/**
 * Small real runs for the report tests: two ellipsoid cases, two box-filter models run by the plain-Java test engine (a threshold
 * on the 3×3×3 neighbourhood mean; the "tight" one needs brighter voxels), two axes (intensity scale
 * 0.6/1.4, rotation 0/10°), metrics dice and hd95.
 */
final class SyntheticRuns {

	static final int N = SyntheticProjects.N;

	private SyntheticRuns() {
	}

	/** A project with cases c1, c2 and models tight (bias 150), wide (bias 135): {@link SyntheticProjects#project}. */
	static Path project(Path dir) throws Exception {
		return SyntheticProjects.project(dir);
	}

	static final String GROUND_TRUTH = "<reference xsi:type=\"segsense:GroundTruthReference\"/>";
	static final String STAPLE = "<reference xsi:type=\"segsense:MultiLabelStapleReference\" raters=\"//@modelVariants.0 //@modelVariants.1\"/>";

	static final String VARIANTS = """
			  <modelVariants id="tight" name="Tight threshold"><savedModel path="models/tight"/><labels value="1" name="ellipsoid"/></modelVariants>
			  <modelVariants id="wide"><savedModel path="models/wide"/><labels value="1" name="ellipsoid"/></modelVariants>
			""";
	static final String AXES = """
			  <axes id="scale" perturbationType="intensity-scale" sweptParameter="factor">
			    <sweep xsi:type="segsense:ExplicitSweep" values="0.6 1.4"/>
			  </axes>
			  <axes id="rot" perturbationType="rotation" sweptParameter="rz" unit="degrees">
			    <sweep xsi:type="segsense:ExplicitSweep" values="0 10"/>
			  </axes>
			""";
	static final String METRICS = "<metrics id=\"dice\" metricType=\"dice\"/>\n  <metrics id=\"hd95\" metricType=\"hd95\"/>";

	static final String ONE_AT_A_TIME = "<design xsi:type=\"segsense:OneAtATimeDesign\"/>";
	static final String FACTORIAL = "<design xsi:type=\"segsense:FactorialDesign\" axes=\"//@axes.0 //@axes.1\"/>";

	/** Writes a one-at-a-time study with the given reference and runs it into {@code runDir}. */
	static RunSummary run(Path project, String name, String reference, Path runDir) throws Exception {
		return run(project, name, ONE_AT_A_TIME, reference, runDir);
	}

	/** Writes a study with the given design and reference and runs it into {@code runDir}. */
	static RunSummary run(Path project, String name, String design, String reference, Path runDir) throws Exception {
		Path file = SyntheticStudies.study(name).variants(VARIANTS).axes(AXES).design(design).reference(reference).metrics(METRICS).write(project);
		return StudyRunner.run(file, RunOptions.in(runDir).withThreads(2), null);
	}
}
