// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.JobSetting;
import org.segsense.engine.StudyRunner;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.report.analysis.ReferenceAgreement;
import org.segsense.report.analysis.RunData;

/**
 * The tracts arm's headline on a constructed run (store written directly; two cases with equal values, variants A
 * and B, bundles 1 and 2, axis scale 0.5 / 1.5): the most robust variant per axis is the one with the least negative
 * worst change from its baseline, averaged over the bundles — hand-computed here against the truth (A −0.25, B −0.1:
 * B) and against the consensus (A −0.05, B −0.25: A) — and the agreement numbers are the report section's.
 */
class TractsFindingsTest {

	/** variant+label → {baseline, at 0.5, at 1.5} against the truth, then against the consensus. */
	static final Map<String, double[][]> VALUES = Map.of( //
			"A1", new double[][] { { 0.8, 0.6, 0.7 }, { 0.95, 0.9, 0.9 } }, //
			"A2", new double[][] { { 0.6, 0.55, 0.3 }, { 0.95, 0.9, 0.9 } }, //
			"B1", new double[][] { { 0.9, 0.85, 0.8 }, { 0.95, 0.7, 0.8 } }, //
			"B2", new double[][] { { 0.7, 0.6, 0.65 }, { 0.95, 0.7, 0.8 } });

	static Path run(Path dir) throws Exception {
		Path runDir = dir.resolve("run");
		Files.createDirectories(runDir);
		Files.writeString(runDir.resolve(StudyRunner.STUDY_COPY), """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="tracts" seed="7">
				  <cases id="c1"><channels name="peaks" path="c1.nii.gz"/></cases>
				  <cases id="c2"><channels name="peaks" path="c2.nii.gz"/></cases>
				  <modelVariants id="A"><savedModel path="models/A"/><labels value="1" name="bundle_1"/><labels value="2" name="bundle_2"/></modelVariants>
				  <modelVariants id="B"><savedModel path="models/B"/><labels value="1" name="bundle_1"/><labels value="2" name="bundle_2"/></modelVariants>
				  <axes id="scale" perturbationType="intensity-scale" sweptParameter="factor">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0.5 1.5"/>
				  </axes>
				  <design xsi:type="segsense:OneAtATimeDesign"/>
				  <reference xsi:type="segsense:BinaryStapleReference" raters="//@modelVariants.0 //@modelVariants.1"/>
				  <metrics id="dice" metricType="dice"/>
				</segsense:Study>
				""", StandardCharsets.UTF_8);
		try (ResultStore store = ResultStore.open(runDir.resolve(ResultStore.FILE))) {
			store.replaceProvenance(Map.of("study.id", "tracts"));
			store.putMeta(Map.of("study.id", "tracts", "status", "completed"));
			int index = 0;
			double[] values = { 0.5, 1.5 };
			for (String c : List.of("c1", "c2")) {
				for (String v : List.of("A", "B")) {
					String key = "case=" + c + "|variant=" + v + "|baseline";
					store.commit(new JobRecord(index++, key, c, v, null, null, null, null, 1, JobStatus.DONE, "original", null, JobRecord.Timings.NONE),
							List.of(), rows(key, v, 0));
					for (int i = 0; i < values.length; i++) {
						String k = "case=" + c + "|variant=" + v + "|scale.factor=" + values[i];
						store.commit(new JobRecord(index++, k, c, v, "scale", "intensity-scale", "factor", values[i], 1, JobStatus.DONE, "original", null,
								JobRecord.Timings.NONE), List.of(new JobSetting("scale", "intensity-scale", "factor", values[i], Map.of())), rows(k, v, i + 1));
					}
				}
			}
		}
		return runDir;
	}

	static List<ResultRow> rows(String key, String variant, int point) {
		List<ResultRow> r = new ArrayList<>();
		for (int label = 1; label <= 2; label++) {
			double[][] v = VALUES.get(variant + label);
			r.add(new ResultRow(key, label, "dice", "dice", v[1][point], null));
			r.add(new ResultRow(key, label, "dice" + ReferenceAgreement.TRUTH_SUFFIX, "dice", v[0][point], null));
		}
		return r;
	}

	@Test
	void theMostRobustVariantPerAxisAndTheAgreementAreComputedFromTheRun(@TempDir Path dir) throws Exception {
		Path run = run(dir);
		TractsFindings f = TractsFindings.of(run);
		assertEquals("dice", f.metric());
		assertEquals(-0.25, f.worstChange().get("scale").get("A"), 1e-12, "(−0.2 − 0.3) / 2");
		assertEquals(-0.1, f.worstChange().get("scale").get("B"), 1e-12, "(−0.1 − 0.1) / 2");
		assertEquals(Map.of("scale", "B"), f.robustVsTruth());
		assertEquals(Map.of("scale", "A"), f.robustVsConsensus(), "against the consensus A loses 0.05, B 0.25");
		ReferenceAgreement a = ReferenceAgreement.of(RunData.load(run));
		assertEquals(a.medianRho(), f.medianRho(), 0);
		assertEquals(4, f.pairs());
		assertEquals(Optional.of("scale"), f.worstAxis());

		StringBuilder s = new StringBuilder();
		f.appendTo(s);
		assertTrue(s.toString().contains("scale        B          (-0.100) / A          (STAPLE picks another)"), s::toString);
		assertTrue(s.toString().contains(String.format(java.util.Locale.ROOT, "STAPLE vs truth: median Spearman rho %.2f over 4 curve pairs; worst axis scale",
				a.medianRho())), s::toString);
	}

	@Test
	void aTractsOnlySummaryHasNoCerebellumPart(@TempDir Path dir) throws Exception {
		Path run = run(dir);
		DemoService.Run r = new DemoService.Run(run, 12, true, Optional.empty(), DemoFindings.of(run, "binary STAPLE"));
		DemoService.Tracts t = new DemoService.Tracts(dir, r, TractsFindings.of(run));
		Map<String, Double> seconds = new LinkedHashMap<>(Map.of("total", 1.0));
		String summary = DemoServiceImpl.summary(DemoServiceImpl.mode(true, 2), null, null, t, Map.of(), seconds, dir);
		assertTrue(summary.startsWith("SegSense demo (quick): tracts example (fibre phantom, TractSeg-like), 12 jobs, all done"), summary);
		assertTrue(summary.contains("All studies done."), summary);
		assertTrue(summary.contains("Run (tracts): " + run), summary);
		assertTrue(!summary.contains("cerebellum"), summary);
	}
}
