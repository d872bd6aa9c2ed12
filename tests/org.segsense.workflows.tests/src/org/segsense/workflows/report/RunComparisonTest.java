// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.JobSetting;
import org.segsense.engine.StudyRunner;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.workflows.WorkflowException;

/**
 * {@link RunComparison} on two hand-written runs of one study (cases c1, c2; variant v; the baseline and one axis
 * swept to 0.5 and 2.0; dice and hd95): the changes B − A, their order by |B − A| and the jobs left out are checked
 * against differences computed by hand; runs of different studies are refused naming both.
 */
class RunComparisonTest {

	@TempDir
	Path dir;

	static final String[] KEYS = { "case=c1|variant=v|baseline", "case=c1|variant=v|scale.factor=0.5", "case=c1|variant=v|scale.factor=2.0",
			"case=c2|variant=v|baseline", "case=c2|variant=v|scale.factor=0.5", "case=c2|variant=v|scale.factor=2.0" };

	static String study(String id) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="%s" seed="7">
				  <cases id="c1"><channels name="t1" path="images/c1.nii.gz"/></cases>
				  <cases id="c2"><channels name="t1" path="images/c2.nii.gz"/></cases>
				  <modelVariants id="v"><savedModel path="models/v"/><labels value="1" name="lesion"/></modelVariants>
				  <axes id="scale" perturbationType="intensity-scale" sweptParameter="factor">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0.5 2.0"/>
				  </axes>
				  <design xsi:type="segsense:OneAtATimeDesign"/>
				  <reference xsi:type="segsense:GroundTruthReference"/>
				  <metrics id="dice" metricType="dice"/>
				  <metrics id="hd95" metricType="hd95"/>
				</segsense:Study>
				""".formatted(id);
	}

	/**
	 * A run: dice[i] of job KEYS[i] (NaN: undefined), hd95 = 10 × dice; {@code failed} the index of a failed job or -1.
	 */
	Path run(String name, String studyId, double[] dice, int failed) throws Exception {
		Path run = Files.createDirectories(dir.resolve(name));
		Files.writeString(run.resolve(StudyRunner.STUDY_COPY), study(studyId), StandardCharsets.UTF_8);
		try (ResultStore store = ResultStore.open(run.resolve(ResultStore.FILE))) {
			store.putMeta(Map.of("study.id", studyId, "status", "completed"));
			for (int i = 0; i < KEYS.length; i++) {
				String key = KEYS[i];
				boolean baseline = key.endsWith("baseline");
				Double x = baseline ? null : Double.valueOf(key.substring(key.lastIndexOf('=') + 1));
				String c = key.substring(5, 7);
				boolean fail = i == failed;
				JobRecord j = new JobRecord(i, key, c, "v", baseline ? null : "scale", baseline ? null : "intensity-scale", baseline ? null : "factor", x,
						1, fail ? JobStatus.FAILED : JobStatus.DONE, "original", fail ? "synthetic failure" : null, JobRecord.Timings.NONE);
				List<ResultRow> rows = new ArrayList<>();
				if (!fail) {
					rows.add(new ResultRow(key, 1, "dice", "dice", Double.isNaN(dice[i]) ? null : dice[i], null));
					rows.add(new ResultRow(key, 1, "hd95", "hd95", Double.isNaN(dice[i]) ? null : 10 * dice[i], null));
				}
				store.commit(j, baseline ? List.of() : List.of(new JobSetting("scale", "intensity-scale", "factor", x, Map.of())), rows);
			}
		}
		return run;
	}

	@Test
	void theChangesAreBMinusASortedByTheirSize() throws Exception {
		// A:            c1 base, c1 0.5, c1 2.0, c2 base, c2 0.5, c2 2.0
		Path a = run("a", "s", new double[] { 0.90, 0.80, 0.60, 0.85, 0.70, Double.NaN }, -1);
		Path b = run("b", "s", new double[] { 0.90, 0.85, 0.30, 0.80, 0.72, 0.50 }, 4);
		RunComparison cmp = new ReportServiceImpl().compare(a, b);
		List<RunComparison.Change> dice = cmp.changes("dice", 1);
		// by hand: c1 2.0: 0.30 − 0.60 = −0.30; c1 0.5: +0.05; c2 base: −0.05; c1 base: 0;
		// c2 0.5 failed in B and c2 2.0 undefined in A: left out. −0.05 and +0.05 tie on |Δ|: A's job order (c1 0.5 first).
		assertEquals(4, dice.size(), dice.toString());
		assertEquals(List.of(KEYS[2], KEYS[1], KEYS[3], KEYS[0]), dice.stream().map(RunComparison.Change::jobKey).toList());
		assertEquals(-0.30, dice.get(0).difference(), 1e-12);
		assertEquals(0.60, dice.get(0).a(), 0);
		assertEquals(0.30, dice.get(0).b(), 0);
		assertEquals("c1", dice.get(0).caseId());
		assertEquals("v", dice.get(0).variant());
		assertEquals("scale", dice.get(0).axis());
		assertEquals(2.0, dice.get(0).value(), 0);
		assertEquals(0.05, dice.get(1).difference(), 1e-12);
		assertEquals(-0.05, dice.get(2).difference(), 1e-12);
		assertNull(dice.get(2).axis(), "a baseline job has no axis");
		assertNull(dice.get(2).value());
		assertEquals(0, dice.get(3).difference(), 0);

		List<RunComparison.Change> top2 = cmp.largestChanges("hd95", 1, 2);
		assertEquals(2, top2.size());
		assertEquals(KEYS[2], top2.get(0).jobKey());
		assertEquals(-3.0, top2.get(0).difference(), 1e-12);
		assertEquals(0.5, Math.abs(top2.get(1).difference()), 1e-12);
		assertTrue(cmp.changes("dice", 2).isEmpty(), "no label 2");
		// the analyses are the report's, one per run
		assertEquals(2, cmp.analysisA().curves().size());
		assertEquals(cmp.b().runDir(), b.toAbsolutePath().normalize());
	}

	@Test
	void runsOfDifferentStudiesAreRefusedNamingBoth() throws Exception {
		Path a = run("a", "first", new double[] { 0.9, 0.8, 0.6, 0.85, 0.7, 0.5 }, -1);
		Path b = run("b", "second", new double[] { 0.9, 0.8, 0.6, 0.85, 0.7, 0.5 }, -1);
		WorkflowException e = assertThrows(WorkflowException.class, () -> new ReportServiceImpl().compare(a, b));
		assertTrue(e.badInput());
		assertTrue(e.getMessage().contains(a.toAbsolutePath().normalize().toString()) && e.getMessage().contains("'first'"), e.getMessage());
		assertTrue(e.getMessage().contains(b.toAbsolutePath().normalize().toString()) && e.getMessage().contains("'second'"), e.getMessage());
		WorkflowException notARun = assertThrows(WorkflowException.class, () -> new ReportServiceImpl().compare(a, dir));
		assertTrue(notARun.getMessage().contains("not a run folder"), notARun.getMessage());
	}
}
