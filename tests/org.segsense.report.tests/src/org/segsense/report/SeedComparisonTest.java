// SPDX-License-Identifier: EPL-2.0
package org.segsense.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.RunOptions;
import org.segsense.engine.RunSummary;
import org.segsense.engine.StudyRunner;
import org.segsense.report.analysis.Analysis;
import org.segsense.report.analysis.Analysis.Comparison;
import org.segsense.report.analysis.JsonValues;
import org.segsense.report.analysis.RunData;

/**
 * Variant comparisons over all seeds of a variant: model variants trained by the same augmentation variant
 * ({@code trainedBy}, {@code trainingSeed}) form one side; rows say n_subjects and n_seeds; single-seed rows are
 * flagged in the HTML and in {@code comparisons.json}. The "seeds" here are copies of the same box-filter model, so
 * every seed repeats the single-seed cells exactly: the seeded comparison has twice the pairs with the same values.
 */
class SeedComparisonTest {

	@TempDir
	static Path dir;

	static Path seededRun, singleRun;

	@BeforeAll
	static void runBoth() throws Exception {
		Path project = SyntheticRuns.project(dir.resolve("project"));
		singleRun = dir.resolve("runs/single");
		assertTrue(SyntheticRuns.run(project, "single", SyntheticRuns.GROUND_TRUTH, singleRun).complete());
		Path file = project.resolve("seeded.segsense");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="seeded" seed="7">
				  <cases id="c1"><channels name="t1" path="images/c1.nii.gz"/><labelImage path="images/c1_label.nii.gz"/></cases>
				  <cases id="c2"><channels name="t1" path="images/c2.nii.gz"/><labelImage path="images/c2_label.nii.gz"/></cases>
				  <modelVariants id="aug-tight-s2" trainedBy="//@augmentationStudies.0/@variants.0" trainingSeed="2"><savedModel path="models/tight"/><labels value="1" name="ellipsoid"/></modelVariants>
				  <modelVariants id="aug-tight-s1" trainedBy="//@augmentationStudies.0/@variants.0" trainingSeed="1"><savedModel path="models/tight"/><labels value="1" name="ellipsoid"/></modelVariants>
				  <modelVariants id="aug-wide-s1" trainedBy="//@augmentationStudies.0/@variants.1" trainingSeed="1"><savedModel path="models/wide"/><labels value="1" name="ellipsoid"/></modelVariants>
				  <modelVariants id="aug-wide-s2" trainedBy="//@augmentationStudies.0/@variants.1" trainingSeed="2"><savedModel path="models/wide"/><labels value="1" name="ellipsoid"/></modelVariants>
				  <axes id="scale" perturbationType="intensity-scale" sweptParameter="factor">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0.6 1.4"/>
				  </axes>
				  <axes id="rot" perturbationType="rotation" sweptParameter="rz" unit="degrees">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0 10"/>
				  </axes>
				  <design xsi:type="segsense:OneAtATimeDesign"/>
				  <reference xsi:type="segsense:GroundTruthReference"/>
				  <metrics id="dice" metricType="dice"/>
				  <metrics id="hd95" metricType="hd95"/>
				  <execution threads="2" device="cpu"/>
				  <augmentationStudies id="aug">
				    <variants id="tight" name="Tight" architecture="unet"/>
				    <variants id="wide" name="Wide" architecture="unet"/>
				  </augmentationStudies>
				</segsense:Study>
				""", StandardCharsets.UTF_8);
		seededRun = dir.resolve("runs/seeded");
		RunSummary s = StudyRunner.run(file, RunOptions.in(seededRun).withThreads(2), null);
		assertTrue(s.complete(), s::toString);
	}

	@Test
	void theSeedsOfAVariantAreOneSideAndDoubleThePairs() throws Exception {
		List<Comparison> single = Analysis.of(RunData.load(singleRun)).comparisons();
		List<Comparison> seeded = Analysis.of(RunData.load(seededRun)).comparisons();
		assertEquals(single.size(), seeded.size(), "one comparison per axis × metric × label, not per pair of seeds");
		for (int i = 0; i < single.size(); i++) {
			Comparison s = single.get(i), m = seeded.get(i);
			assertEquals("tight", s.a().id());
			assertEquals("aug-tight", m.a().id());
			assertEquals("aug-wide", m.b().id());
			assertEquals("Tight", m.a().name());
			assertEquals(1, s.nSeeds());
			assertTrue(s.singleSeed());
			assertEquals(2, m.nSeeds());
			assertFalse(m.singleSeed());
			assertEquals(2, s.nSubjects());
			assertEquals(2, m.nSubjects());
			assertEquals(2 * s.pairs(), m.pairs(), "subjects × values × seeds");
			assertEquals(s.medianDifference(), m.medianDifference(), 1e-12, "the seeds are copies: same differences");
			assertEquals(s.countsA().valid() * 2, m.countsA().valid());
		}
	}

	@Test
	void theHtmlAndJsonSayNSubjectsNSeedsAndFlagSingleSeedRows() throws Exception {
		ReportResult single = ReportGenerator.generate(singleRun, ReportOptions.defaults().withMontages(false).withOutputDir(dir.resolve("r1")), null);
		ReportResult seeded = ReportGenerator.generate(seededRun, ReportOptions.defaults().withMontages(false).withOutputDir(dir.resolve("r2")), null);
		String h1 = Files.readString(single.indexHtml()), h2 = Files.readString(seeded.indexHtml());
		assertTrue(h1.contains("<tr class=\"single-seed\" data-axis=") || h1.contains("<tr class=\"significant single-seed\" data-axis="), "flagged rows");
		assertTrue(h1.contains("class=\"single-seed-note\"") && h1.contains(Comparison.SINGLE_SEED_NOTE));
		assertTrue(h1.contains("<th>n_subjects</th>") || h1.contains("n_subjects"));
		assertFalse(h2.contains("single-seed"), "a study trained with 2 seeds per variant has no single-seed row");

		List<?> rows1 = rows(single), rows2 = rows(seeded);
		assertEquals(4, rows1.size());
		for (Object o : rows1) {
			Map<?, ?> r = (Map<?, ?>) o;
			assertEquals(2.0, r.get("n_subjects"));
			assertEquals(1.0, r.get("n_seeds"));
			assertEquals(Boolean.TRUE, r.get("single_seed"));
			assertEquals(Comparison.SINGLE_SEED_NOTE, r.get("note"));
		}
		for (Object o : rows2) {
			Map<?, ?> r = (Map<?, ?>) o;
			assertEquals("aug-tight", r.get("a"));
			assertEquals(2.0, r.get("n_subjects"));
			assertEquals(2.0, r.get("n_seeds"));
			assertEquals(Boolean.FALSE, r.get("single_seed"));
			assertFalse(r.containsKey("note"));
		}
	}

	private static List<?> rows(ReportResult r) throws Exception {
		Path json = r.indexHtml().getParent().resolve("assets/comparisons.json");
		return (List<?>) ((Map<?, ?>) JsonValues.parse(Files.readString(json))).get("comparisons");
	}
}
