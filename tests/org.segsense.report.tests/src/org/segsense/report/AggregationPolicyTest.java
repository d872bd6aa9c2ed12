// SPDX-License-Identifier: EPL-2.0
package org.segsense.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.AggregationProvenance;
import org.segsense.engine.JobSetting;
import org.segsense.engine.StudyRunner;
import org.segsense.engine.store.CsvExport;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.io.ImageIO;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;
import org.segsense.report.analysis.Analysis;
import org.segsense.report.analysis.Analysis.Curve;
import org.segsense.report.analysis.RunData;

/**
 * The aggregation policies on a constructed run (no model, no TensorFlow: the store is written directly).
 * Four cases; variant A finds the structure in c1–c3 (HD95 6 mm) and c4 is empty in both prediction and
 * reference (HD95 0 by convention); variant B is sharper where it finds the structure (c1: 2 mm) but misses
 * it in c2 and c3 (HD95 undefined). With {@code exclude} B's mean HD95 looks better than A's (1 vs 4.5 mm);
 * with {@code worstCase} the misses count as the grid diagonal (√(10² + 12² + 15²) = 21.66 mm, read from the
 * case images by the engine's {@link AggregationProvenance}) and B is worse (11.33 vs 4.5 mm). The pooled
 * HD95 (A 1 mm, B 2 mm where found) reverses the ranking under exclude only: the conventions section must
 * say so.
 */
class AggregationPolicyTest {

	static final List<String> CASES = List.of("c1", "c2", "c3", "c4");
	static final double[] VALUES = { 0.6, 1.4 };
	static final double DIAGONAL = Math.sqrt(10 * 10 + 12 * 12 + 15 * 15);
	static final String MISSED = "prediction is empty: surface distances to an empty surface are undefined";
	static final String BOTH = "both empty: defined as 0 (Metrics Reloaded)";

	@TempDir
	static Path dir;
	static Path exclude;
	static Path worstCase;

	@BeforeAll
	static void runs() throws Exception {
		Path project = dir.resolve("project");
		Files.createDirectories(project.resolve("images"));
		ImageGeometry g = new ImageGeometry(new long[] { 10, 8, 6 }, new double[] { 1, 1.5, 2.5 }, new double[] { 0, 0, 0 }, ImageGeometry.identity(3));
		for (String c : CASES) {
			ImageIO.write(Image.of(g, new float[10 * 8 * 6]), project.resolve("images/" + c + ".nii.gz"));
		}
		exclude = run(project, "old", "");
		worstCase = run(project, "new", " aggregation=\"worstCase\"");
	}

	static String study(String id, String aggregation) {
		StringBuilder cases = new StringBuilder();
		for (String c : CASES) {
			cases.append("<cases id=\"").append(c).append("\"><channels name=\"t1\" path=\"images/").append(c).append(".nii.gz\"/></cases>\n");
		}
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="%s" seed="7"%s>
				%s
				  <modelVariants id="A"><savedModel path="models/A"/><labels value="1" name="lesion"/></modelVariants>
				  <modelVariants id="B"><savedModel path="models/B"/><labels value="1" name="lesion"/></modelVariants>
				  <axes id="scale" perturbationType="intensity-scale" sweptParameter="factor">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0.6 1.4"/>
				  </axes>
				  <design xsi:type="segsense:OneAtATimeDesign"/>
				  <reference xsi:type="segsense:GroundTruthReference"/>
				  <metrics id="hd95" metricType="hd95"/>
				  <metrics id="hd95Pooled" metricType="hd95Pooled"/>
				</segsense:Study>
				""".formatted(id, aggregation, cases);
	}

	/** hd95 and hd95Pooled of a case under variant A or B (null = missed), with the note the engine would store. */
	static List<ResultRow> rows(String key, String variant, String caseId) {
		List<ResultRow> r = new ArrayList<>();
		if (caseId.equals("c4")) {
			r.add(new ResultRow(key, 1, "hd95", "hd95", 0.0, BOTH));
			r.add(new ResultRow(key, 1, "hd95Pooled", "hd95Pooled", 0.0, BOTH));
		} else if (variant.equals("A")) {
			r.add(new ResultRow(key, 1, "hd95", "hd95", 6.0, null));
			r.add(new ResultRow(key, 1, "hd95Pooled", "hd95Pooled", 1.0, null));
		} else if (caseId.equals("c1")) {
			r.add(new ResultRow(key, 1, "hd95", "hd95", 2.0, null));
			r.add(new ResultRow(key, 1, "hd95Pooled", "hd95Pooled", 2.0, null));
		} else {
			r.add(new ResultRow(key, 1, "hd95", "hd95", null, MISSED));
			r.add(new ResultRow(key, 1, "hd95Pooled", "hd95Pooled", null, MISSED));
		}
		return r;
	}

	static Path run(Path project, String id, String aggregation) throws Exception {
		Path file = project.resolve(id + ".segsense");
		Files.writeString(file, study(id, aggregation), StandardCharsets.UTF_8);
		Study study = StudyResources.load(file);
		Path runDir = dir.resolve("run-" + id);
		Files.createDirectories(runDir);
		Files.copy(file, runDir.resolve(StudyRunner.STUDY_COPY));
		try (ResultStore store = ResultStore.open(runDir.resolve(ResultStore.FILE))) {
			Map<String, String> prov = new LinkedHashMap<>(AggregationProvenance.of(study, project));
			prov.put("study.id", id);
			store.replaceProvenance(prov);
			store.putMeta(Map.of("study.id", id, "status", "completed"));
			int index = 0;
			for (String c : CASES) {
				for (String v : List.of("A", "B")) {
					String key = "case=" + c + "|variant=" + v + "|baseline";
					store.commit(new JobRecord(index++, key, c, v, null, null, null, null, 1, JobStatus.DONE, "original", null, JobRecord.Timings.NONE),
							List.of(), rows(key, v, c));
					for (double x : VALUES) {
						String k = "case=" + c + "|variant=" + v + "|scale.factor=" + x;
						store.commit(new JobRecord(index++, k, c, v, "scale", "intensity-scale", "factor", x, 1, JobStatus.DONE, "original", null,
								JobRecord.Timings.NONE), List.of(new JobSetting("scale", "intensity-scale", "factor", x, Map.of())), rows(k, v, c));
					}
				}
			}
		}
		return runDir;
	}

	static Curve curve(Analysis a, String metric, String variant) {
		return a.curves().stream().filter(c -> c.metric().id().equals(metric) && c.variant().id().equals(variant)).findFirst().orElseThrow();
	}

	@Test
	void theEngineRecordsThePolicyAndEachCasesGridDiagonal() throws Exception {
		try (ResultStore s = ResultStore.open(worstCase.resolve(ResultStore.FILE))) {
			Map<String, String> p = s.provenance();
			assertEquals("worstCase", p.get(AggregationProvenance.POLICY));
			assertEquals(AggregationProvenance.DIAGONAL, p.get(AggregationProvenance.WORST_VALUE));
			for (String c : CASES) {
				assertEquals(DIAGONAL, Double.parseDouble(p.get(AggregationProvenance.DIAGONAL_PREFIX + c)), 1e-12, c);
			}
		}
		try (ResultStore s = ResultStore.open(exclude.resolve(ResultStore.FILE))) {
			assertEquals("exclude", s.provenance().get(AggregationProvenance.POLICY));
			assertFalse(s.provenance().containsKey(AggregationProvenance.DIAGONAL_PREFIX + "c1"));
		}
	}

	@Test
	void excludeLetsTheVariantThatMissesMoreLookBetter() throws Exception {
		RunData run = RunData.load(exclude);
		assertFalse(run.aggregation().worstCase(), "a study file without the attribute keeps its old meaning");
		Analysis a = Analysis.of(run);
		double meanA = curve(a, "hd95", "A").baseline().mean();
		double meanB = curve(a, "hd95", "B").baseline().mean();
		System.out.printf("exclude:   mean HD95 A %.4f mm, B %.4f mm%n", meanA, meanB);
		assertEquals(4.5, meanA, 1e-12);
		assertEquals(1.0, meanB, 1e-12);
		assertTrue(meanB < meanA, "with exclude the variant that misses more structures looks better");
	}

	@Test
	void worstCaseMakesTheVariantThatMissesMoreWorse() throws Exception {
		RunData run = RunData.load(worstCase);
		assertTrue(run.aggregation().worstCase());
		Analysis a = Analysis.of(run);
		for (Curve c : List.of(curve(a, "hd95", "A"), curve(a, "hd95", "B"))) {
			for (var p : c.points()) {
				assertEquals(4, p.mean().n(), "every case enters the mean: " + p);
			}
		}
		double meanA = curve(a, "hd95", "A").baseline().mean();
		double meanB = curve(a, "hd95", "B").baseline().mean();
		System.out.printf("worstCase: mean HD95 A %.4f mm, B %.4f mm (diagonal %.4f mm)%n", meanA, meanB, DIAGONAL);
		assertEquals(4.5, meanA, 1e-12);
		assertEquals((2 + 2 * DIAGONAL + 0) / 4, meanB, 1e-12);
		assertTrue(meanB > meanA, "with worstCase the variant that misses more structures is worse");
		// the comparisons pair every cell (no cell is dropped)
		Analysis.Comparison cmp = a.comparisons().stream().filter(x -> x.metric().id().equals("hd95")).findFirst().orElseThrow();
		assertEquals(8, cmp.pairs());
		assertEquals(new RunData.Counts(2, 4, 2), cmp.countsB());
		assertEquals(new RunData.Counts(6, 0, 2), cmp.countsA());
	}

	@Test
	void countsAppearInTablesCaptionsAndTheCsv() throws Exception {
		for (Path runDir : List.of(exclude, worstCase)) {
			ReportResult r = ReportGenerator.generate(runDir, ReportOptions.defaults().withMontages(false), null);
			String html = Files.readString(r.indexHtml());
			// curves table: B at factor 0.6 has 1 valid, 2 missed, 1 both-empty case
			Matcher row = Pattern.compile("<tr data-variant=\"B\" data-value=\"0.6\">(.*?)</tr>").matcher(html);
			assertTrue(row.find(), "curves row of B at 0.6");
			assertTrue(row.group(1).contains("<td class=\"num\" data-count=\"n_valid\">1</td><td class=\"num\" data-count=\"n_missed\">2</td>"
					+ "<td class=\"num\" data-count=\"n_both_empty\">1</td>"), row.group(1));
			Matcher base = Pattern.compile("<tr data-variant=\"A\" data-value=\"baseline\">(.*?)</tr>").matcher(html);
			assertTrue(base.find());
			assertTrue(base.group(1).contains("data-count=\"n_valid\">3</td>") && base.group(1).contains("data-count=\"n_both_empty\">1</td>"),
					base.group(1));
			// every chart caption states the counts per variant over its baseline and points (3 cells × 4 cases)
			List<String> captions = new ArrayList<>();
			Matcher cap = Pattern.compile("<figcaption>(.*?)</figcaption>").matcher(html);
			while (cap.find()) {
				captions.add(cap.group(1));
			}
			assertFalse(captions.isEmpty());
			for (String c : captions) {
				assertTrue(c.contains("A: n_valid 9, n_missed 0, n_both_empty 3") && c.contains("B: n_valid 3, n_missed 6, n_both_empty 3"), c);
			}
			// tolerance and comparison tables carry the counts too
			assertTrue(html.contains("<th>n_missed</th>"));
			assertTrue(html.contains("<th>B n_missed</th>"));
			// the report's CSV
			Path csv = r.indexHtml().getParent().resolve("assets/curves.csv");
			List<List<String>> t = CsvExport.parse(Files.readString(csv));
			List<String> h = t.get(0);
			assertTrue(h.containsAll(List.of("n_valid", "n_missed", "n_both_empty", "aggregation")), h.toString());
			List<String> b06 = t.stream().filter(x -> x.get(h.indexOf("metric")).equals("hd95") && x.get(h.indexOf("variant")).equals("B")
					&& x.get(h.indexOf("value")).equals("0.6")).findFirst().orElseThrow();
			assertEquals(List.of("1", "2", "1"), List.of(b06.get(h.indexOf("n_valid")), b06.get(h.indexOf("n_missed")), b06.get(h.indexOf("n_both_empty"))));
			boolean wc = runDir.equals(worstCase);
			assertEquals(wc ? "worstCase" : "exclude", b06.get(h.indexOf("aggregation")));
			assertEquals(wc ? (2 + 2 * DIAGONAL) / 4 : 1.0, Double.parseDouble(b06.get(h.indexOf("mean"))), 1e-12);
			assertEquals(wc ? "4" : "2", b06.get(h.indexOf("n")));
			// the summary names the policy and the counts
			assertTrue(r.summary().stream().anyMatch(s -> s.startsWith("Aggregation of surface distances: " + (wc ? "worstCase" : "exclude"))
					&& s.contains("n_missed")), r.summary()::toString);
		}
	}

	@Test
	void conventionsSectionShowsWhetherTheRankingDependsOnTheHd95Convention() throws Exception {
		for (Path runDir : List.of(exclude, worstCase)) {
			ReportResult r = ReportGenerator.generate(runDir, ReportOptions.defaults().withMontages(false), null);
			String html = Files.readString(r.indexHtml());
			assertTrue(html.contains("data-section=\"conventions\""));
			Matcher m = Pattern.compile("<li data-scope=\"baseline\" data-ranking-changed=\"(true|false)\">([^<]*)</li>").matcher(html);
			assertTrue(m.find(), "a verdict for the baseline");
			boolean wc = runDir.equals(worstCase);
			// exclude: hd95 orders B (1) < A (4.5), hd95Pooled A (0.75) < B (1); worstCase: A first under both
			assertEquals(wc ? "false" : "true", m.group(1), m.group(2));
			assertTrue(m.group(2).contains(wc ? "A &lt; B" : "B &lt; A"), m.group(2));
		}
	}

	@Test
	void conventionsSectionSaysWhenTheOtherConventionWasNotComputed() throws Exception {
		Path project = dir.resolve("project");
		Path file = project.resolve("only.segsense");
		Files.writeString(file, study("only", "").replace("  <metrics id=\"hd95Pooled\" metricType=\"hd95Pooled\"/>\n", ""));
		Path runDir = dir.resolve("run-only");
		Files.createDirectories(runDir);
		Files.copy(file, runDir.resolve(StudyRunner.STUDY_COPY));
		try (ResultStore store = ResultStore.open(runDir.resolve(ResultStore.FILE))) {
			String key = "case=c1|variant=A|baseline";
			store.commit(new JobRecord(0, key, "c1", "A", null, null, null, null, 1, JobStatus.DONE, "original", null, JobRecord.Timings.NONE), List.of(),
					List.of(new ResultRow(key, 1, "hd95", "hd95", 6.0, null)));
		}
		String html = Files.readString(ReportGenerator.generate(runDir, ReportOptions.defaults().withMontages(false), null).indexHtml());
		assertTrue(html.contains("data-conventions=\"incomplete\""), html);
		assertTrue(html.contains("but not the other HD95 convention (hd95Pooled)"), html);
	}
}
