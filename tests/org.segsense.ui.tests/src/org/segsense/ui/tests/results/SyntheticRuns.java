// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.results;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.segsense.engine.AggregationProvenance;
import org.segsense.engine.JobSetting;
import org.segsense.engine.StudyRunner;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.io.ImageIO;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;

/**
 * Run folders written directly (no model, no TensorFlow), as the report tests build them: the run's study copy and a
 * results store with chosen values. The study: cases c1…cN, variants A and B (label 1 "lesion"), the axis "scale"
 * (intensity-scale factor, unperturbed value 1) swept over {@link #VALUES}, metrics dice and hd95. Every job is done
 * except the one {@link #FAILED_KEY}; {@link #dice} and {@link #hd95} give each value.
 */
final class SyntheticRuns {

	static final double[] VALUES = { 0.5, 0.75, 1.5, 2.0 };
	static final String FAILED_KEY = "case=c2|variant=B|scale.factor=2.0";

	private SyntheticRuns() {
	}

	/** Dice of a job: falls away from the unperturbed value, faster for B; varies by case. axisValue NaN = baseline. */
	static double dice(int caseIndex, String variant, double axisValue) {
		double d = Double.isNaN(axisValue) ? 0 : Math.abs(axisValue - 1);
		double slope = variant.equals("A") ? 0.2 : 0.35;
		return 0.9 - 0.02 * caseIndex - slope * d * (1 + 0.1 * caseIndex);
	}

	/** HD95 in mm of a job. */
	static double hd95(int caseIndex, String variant, double axisValue) {
		double d = Double.isNaN(axisValue) ? 0 : Math.abs(axisValue - 1);
		return 1.5 + 0.25 * caseIndex + (variant.equals("A") ? 2 : 3.5) * d * d;
	}

	static String study(int cases) {
		StringBuilder c = new StringBuilder();
		for (int i = 1; i <= cases; i++) {
			c.append("<cases id=\"c").append(i).append("\"><channels name=\"t1\" path=\"images/c").append(i).append(".nii.gz\"/></cases>\n");
		}
		StringBuilder values = new StringBuilder();
		for (double v : VALUES) {
			values.append(values.length() == 0 ? "" : " ").append(v);
		}
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="synthetic" seed="7">
				%s
				  <modelVariants id="A"><savedModel path="models/A"/><labels value="1" name="lesion"/></modelVariants>
				  <modelVariants id="B"><savedModel path="models/B"/><labels value="1" name="lesion"/></modelVariants>
				  <axes id="scale" perturbationType="intensity-scale" sweptParameter="factor">
				    <sweep xsi:type="segsense:ExplicitSweep" values="%s"/>
				  </axes>
				  <design xsi:type="segsense:OneAtATimeDesign"/>
				  <reference xsi:type="segsense:GroundTruthReference"/>
				  <metrics id="dice" metricType="dice"/>
				  <metrics id="hd95" metricType="hd95"/>
				</segsense:Study>
				""".formatted(c, values);
	}

	/** Writes a run of {@code cases} cases into {@code dir}/run (with the project's images beside it) and returns the run folder. */
	static Path write(Path dir, int cases) throws Exception {
		return write(dir, cases, "run", (key, dice) -> dice);
	}

	/**
	 * Writes a run of {@code cases} cases into {@code dir}/{@code name} (the project beside it, written again), each
	 * job's Dice changed by {@code dice}: (job key, Dice) → Dice stored.
	 */
	static Path write(Path dir, int cases, String name, java.util.function.BiFunction<String, Double, Double> dice) throws Exception {
		Path project = dir.resolve("project");
		Files.createDirectories(project.resolve("images"));
		ImageGeometry g = new ImageGeometry(new long[] { 6, 6, 4 }, new double[] { 1, 1, 2 }, new double[] { 0, 0, 0 }, ImageGeometry.identity(3));
		for (int i = 1; i <= cases; i++) {
			ImageIO.write(Image.of(g, new float[6 * 6 * 4]), project.resolve("images/c" + i + ".nii.gz"));
		}
		Path file = project.resolve("synthetic.segsense");
		Files.writeString(file, study(cases), StandardCharsets.UTF_8);
		Study study = StudyResources.load(file);
		Path runDir = dir.resolve(name);
		Files.createDirectories(runDir);
		Files.copy(file, runDir.resolve(StudyRunner.STUDY_COPY));
		try (ResultStore store = ResultStore.open(runDir.resolve(ResultStore.FILE))) {
			store.replaceProvenance(new LinkedHashMap<>(AggregationProvenance.of(study, project)));
			store.putMeta(Map.of("study.id", "synthetic", "status", "incomplete", "jobs.study", Integer.toString(cases * 2 * (1 + VALUES.length))));
			int index = 0;
			for (int i = 1; i <= cases; i++) {
				String c = "c" + i;
				for (String v : List.of("A", "B")) {
					String key = "case=" + c + "|variant=" + v + "|baseline";
					store.commit(new JobRecord(index++, key, c, v, null, null, null, null, 1, JobStatus.DONE, "original", null, JobRecord.Timings.NONE),
							List.of(), rows(key, i, v, Double.NaN, dice));
					for (double x : VALUES) {
						String k = "case=" + c + "|variant=" + v + "|scale.factor=" + x;
						boolean failed = k.equals(FAILED_KEY);
						store.commit(new JobRecord(index++, k, c, v, "scale", "intensity-scale", "factor", x, 1, failed ? JobStatus.FAILED : JobStatus.DONE,
								"original", failed ? "synthetic failure" : null, JobRecord.Timings.NONE),
								List.of(new JobSetting("scale", "intensity-scale", "factor", x, Map.of())), failed ? List.of() : rows(k, i, v, x, dice));
					}
				}
			}
		}
		return runDir;
	}

	private static List<ResultRow> rows(String key, int caseIndex, String variant, double x, java.util.function.BiFunction<String, Double, Double> dice) {
		List<ResultRow> r = new ArrayList<>();
		r.add(new ResultRow(key, 1, "dice", "dice", dice.apply(key, dice(caseIndex, variant, x)), null));
		r.add(new ResultRow(key, 1, "hd95", "hd95", hd95(caseIndex, variant, x), null));
		return r;
	}
}
