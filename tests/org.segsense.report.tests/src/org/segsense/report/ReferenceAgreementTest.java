// SPDX-License-Identifier: EPL-2.0
package org.segsense.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.io.ImageIO;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;
import org.segsense.report.analysis.ReferenceAgreement;
import org.segsense.report.analysis.ReferenceAgreement.AxisSummary;
import org.segsense.report.analysis.ReferenceAgreement.Pair;
import org.segsense.report.analysis.RunData;

/**
 * The STAPLE-vs-truth section on constructed runs (the store is written directly; no model): two cases with equal
 * values (so each mean is the value), variants A and B, bundles 1 and 2, metric dice scored against a STAPLE
 * reference and as {@code dice@truth} (hd95 only against STAPLE), axes scale (0.6, 0.8, 1.2, 1.4; baseline at 1)
 * and rot (5, 10; baseline at 0). The curves are built so that ρ has a closed form: on scale A/1 truth = STAPLE²
 * (ρ = 1), A/2 truth = 1 − STAPLE (ρ = −1), B/1 STAPLE has a tie (ranks 1, 2.5, 2.5, 4, 5 vs 1…5: ρ = 9.5/√95 =
 * √0.95), B/2 STAPLE is constant (ρ undefined); on rot every pair runs in opposite directions (ρ = −1).
 */
class ReferenceAgreementTest {

	static final List<String> CASES = List.of("c1", "c2");
	static final double[] SCALE = { 0.6, 0.8, 1.2, 1.4 };
	static final double[] ROT = { 5, 10 };

	/** variant/label → {STAPLE, truth} at the baseline. */
	static final Map<String, double[]> BASELINE = Map.of("A1", new double[] { 0.90, 0.81 }, "A2", new double[] { 0.90, 0.10 }, "B1",
			new double[] { 0.60, 0.30 }, "B2", new double[] { 0.90, 0.50 });
	/** variant/label → STAPLE values then truth values at SCALE. */
	static final Map<String, double[][]> ON_SCALE = Map.of( //
			"A1", new double[][] { { 0.70, 0.80, 0.85, 0.75 }, { 0.49, 0.64, 0.7225, 0.5625 } }, //
			"A2", new double[][] { { 0.70, 0.80, 0.85, 0.75 }, { 0.30, 0.20, 0.15, 0.25 } }, //
			"B1", new double[][] { { 0.50, 0.60, 0.70, 0.80 }, { 0.05, 0.20, 0.40, 0.50 } }, //
			"B2", new double[][] { { 0.90, 0.90, 0.90, 0.90 }, { 0.30, 0.40, 0.60, 0.70 } });
	/** variant/label → STAPLE values then truth values at ROT. */
	static final Map<String, double[][]> ON_ROT = Map.of( //
			"A1", new double[][] { { 0.85, 0.80 }, { 0.85, 0.90 } }, //
			"A2", new double[][] { { 0.85, 0.80 }, { 0.20, 0.30 } }, //
			"B1", new double[][] { { 0.50, 0.40 }, { 0.35, 0.40 } }, //
			"B2", new double[][] { { 0.80, 0.70 }, { 0.55, 0.60 } });

	@TempDir
	static Path dir;
	static Path withTruth;
	static Path withoutTruth;

	@BeforeAll
	static void runs() throws Exception {
		Path project = dir.resolve("project");
		Files.createDirectories(project.resolve("images"));
		ImageGeometry g = new ImageGeometry(new long[] { 6, 5, 4 }, new double[] { 1, 1, 1 }, new double[] { 0, 0, 0 }, ImageGeometry.identity(3));
		for (String c : CASES) {
			ImageIO.write(Image.of(g, new float[6 * 5 * 4]), project.resolve("images/" + c + ".nii.gz"));
		}
		withTruth = run(project, "agree", true);
		withoutTruth = run(project, "plain", false);
	}

	static String study(String id) {
		StringBuilder cases = new StringBuilder();
		for (String c : CASES) {
			cases.append("<cases id=\"").append(c).append("\"><channels name=\"t1\" path=\"images/").append(c).append(".nii.gz\"/></cases>\n");
		}
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="%s" seed="7">
				%s
				  <modelVariants id="A"><savedModel path="models/A"/><labels value="1" name="CST_left"/><labels value="2" name="CC"/></modelVariants>
				  <modelVariants id="B"><savedModel path="models/B"/><labels value="1" name="CST_left"/><labels value="2" name="CC"/></modelVariants>
				  <axes id="scale" perturbationType="intensity-scale" sweptParameter="factor">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0.6 0.8 1.2 1.4"/>
				  </axes>
				  <axes id="rot" perturbationType="rotation" sweptParameter="rz" unit="degrees">
				    <sweep xsi:type="segsense:ExplicitSweep" values="5 10"/>
				  </axes>
				  <design xsi:type="segsense:OneAtATimeDesign"/>
				  <reference xsi:type="segsense:BinaryStapleReference" raters="//@modelVariants.0 //@modelVariants.1"/>
				  <metrics id="dice" metricType="dice"/>
				  <metrics id="hd95" metricType="hd95"/>
				</segsense:Study>
				""".formatted(id, cases);
	}

	/** The rows of one job: dice and hd95 per bundle, and dice@truth when asked. */
	static List<ResultRow> rows(String key, String variant, String axis, int index, boolean truth) {
		List<ResultRow> r = new ArrayList<>();
		for (int label = 1; label <= 2; label++) {
			String cell = variant + label;
			double staple, t;
			if (axis == null) {
				staple = BASELINE.get(cell)[0];
				t = BASELINE.get(cell)[1];
			} else {
				double[][] v = (axis.equals("scale") ? ON_SCALE : ON_ROT).get(cell);
				staple = v[0][index];
				t = v[1][index];
			}
			r.add(new ResultRow(key, label, "dice", "dice", staple, null));
			r.add(new ResultRow(key, label, "hd95", "hd95", 1.0, null));
			if (truth) {
				r.add(new ResultRow(key, label, "dice@truth", "dice", t, null));
			}
		}
		return r;
	}

	static Path run(Path project, String id, boolean truth) throws Exception {
		Path file = project.resolve(id + ".segsense");
		Files.writeString(file, study(id), StandardCharsets.UTF_8);
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
							List.of(), rows(key, v, null, 0, truth));
					for (String axis : List.of("scale", "rot")) {
						double[] values = axis.equals("scale") ? SCALE : ROT;
						String type = axis.equals("scale") ? "intensity-scale" : "rotation";
						String param = axis.equals("scale") ? "factor" : "rz";
						for (int i = 0; i < values.length; i++) {
							String k = "case=" + c + "|variant=" + v + "|" + axis + "." + param + "=" + values[i];
							store.commit(new JobRecord(index++, k, c, v, axis, type, param, values[i], 1, JobStatus.DONE, "original", null,
									JobRecord.Timings.NONE), List.of(new JobSetting(axis, type, param, values[i], Map.of())), rows(k, v, axis, i, truth));
						}
					}
				}
			}
		}
		return runDir;
	}

	static Pair pair(ReferenceAgreement a, String axis, String variant, int label) {
		return a.pairs().stream().filter(p -> p.axis().id().equals(axis) && p.variant().id().equals(variant) && p.label().value() == label)
				.findFirst().orElseThrow();
	}

	@Test
	void theCurvesAndTheirRankAgreementMatchTheHandComputedValues() throws Exception {
		ReferenceAgreement a = ReferenceAgreement.of(RunData.load(withTruth));
		assertEquals(List.of("dice"), ReferenceAgreement.scoredAgainstTruth(RunData.load(withTruth)).stream().map(RunData.Metric::id).toList(),
				"hd95 has no rows against the truth");
		assertEquals(2 * 2 * 2, a.pairs().size(), "axis × label × variant, dice only");
		Pair a1 = pair(a, "scale", "A", 1);
		assertArrayEquals(new double[] { 0.6, 0.8, 1.0, 1.2, 1.4 }, a1.x(), 0, "the baseline stands at the unperturbed factor 1");
		assertArrayEquals(new double[] { 0.70, 0.80, 0.90, 0.85, 0.75 }, a1.reference(), 1e-15);
		assertArrayEquals(new double[] { 0.49, 0.64, 0.81, 0.7225, 0.5625 }, a1.truth(), 1e-15);
		assertEquals(1, a1.rho(), 1e-12, "truth = STAPLE² is monotone in STAPLE");
		assertEquals(0.21, a1.maxDifference(), 1e-12);
		assertEquals(0.6, a1.maxDifferenceAt(), 0);
		assertEquals((0.21 + 0.16 + 0.09 + 0.1275 + 0.1875) / 5, a1.meanDifference(), 1e-12);
		// relative to the baseline: STAPLE 0.7/0.9, 0.8/0.9, (1), 0.85/0.9, 0.75/0.9; truth 0.49/0.81, 0.64/0.81, (1), 0.7225/0.81, 0.5625/0.81
		assertEquals(0.7 / 0.9 - 0.49 / 0.81, a1.maxChangeDifference(), 1e-12);
		assertEquals(0.6, a1.maxChangeDifferenceAt(), 0);
		Pair a2 = pair(a, "scale", "A", 2);
		assertEquals(-1, a2.rho(), 1e-12, "truth = 1 − STAPLE reverses the ranking");
		assertEquals(0.8, a2.maxDifference(), 1e-12);
		assertEquals(1.0, a2.maxDifferenceAt(), 0, "the largest disagreement is at the baseline");
		assertEquals(3 - 0.7 / 0.9, a2.maxChangeDifference(), 1e-12, "STAPLE falls to 7/9 of its baseline where the truth triples");
		assertEquals(0.6, a2.maxChangeDifferenceAt(), 0);
		Pair rotA2 = pair(a, "rot", "A", 2);
		assertEquals(3 - 0.8 / 0.9, rotA2.maxChangeDifference(), 1e-12, "at 10°: STAPLE 0.8/0.9, truth 0.3/0.1");
		assertEquals(10, rotA2.maxChangeDifferenceAt(), 0);
		assertEquals(Math.sqrt(0.95), pair(a, "scale", "B", 1).rho(), 1e-12, "STAPLE 0.5, 0.6, 0.6, 0.7, 0.8 (a tie) vs increasing truth");
		assertEquals(0.45, pair(a, "scale", "B", 1).maxDifference(), 1e-12);
		Pair b2 = pair(a, "scale", "B", 2);
		assertTrue(Double.isNaN(b2.rho()), "a constant STAPLE curve has no rank correlation");
		assertEquals(0.6, b2.maxDifference(), 1e-12);
		for (String v : List.of("A", "B")) {
			for (int l = 1; l <= 2; l++) {
				assertEquals(-1, pair(a, "rot", v, l).rho(), 1e-12, "rot " + v + l);
				assertEquals(0, pair(a, "rot", v, l).x()[0], 0, "rot starts at the unperturbed 0°");
			}
		}
		List<AxisSummary> byAxis = a.byAxis();
		assertEquals(List.of("scale", "rot"), byAxis.stream().map(s -> s.axis().id()).toList());
		assertEquals(Math.sqrt(0.95), byAxis.get(0).medianRho(), 1e-12, "median of 1, −1, √0.95 (B/2 undefined)");
		assertEquals(-1, byAxis.get(0).worst().orElseThrow().rho(), 1e-12);
		assertEquals("A", byAxis.get(0).worst().orElseThrow().variant().id());
		assertEquals(0.8, byAxis.get(0).largest().orElseThrow().maxDifference(), 1e-12);
		assertEquals(-1, byAxis.get(1).medianRho(), 1e-12);
		assertEquals(0.8, byAxis.get(1).largest().orElseThrow().maxDifference(), 1e-12, "rot A/2 at 0°: 0.90 − 0.10");
		assertEquals(3 - 0.7 / 0.9, byAxis.get(0).largestChange().orElseThrow().maxChangeDifference(), 1e-12, "scale: A/2 at 0.6");
		assertEquals(3 - 0.8 / 0.9, byAxis.get(1).largestChange().orElseThrow().maxChangeDifference(), 1e-12, "rot: A/2 at 10°");
		assertEquals(-1, a.medianRho(), 1e-12, "median of 1, −1, √0.95 and four −1");
		assertEquals("rot", a.worstAxis().orElseThrow().axis().id());
	}

	@Test
	void theSectionShowsBothCurvesTheTablesAndAComputedSentence() throws Exception {
		Path out = dir.resolve("report-agree");
		ReportResult r = ReportGenerator.generate(withTruth, ReportOptions.defaults().withMontages(false).withOutputDir(out), null);
		String html = Files.readString(r.indexHtml());
		assertTrue(html.contains("data-section=\"reference-agreement\""), "the section is there");
		assertTrue(html.contains("STAPLE vs truth"), "its title");
		Matcher scale = Pattern.compile("<tr data-axis=\"scale\">(.*?)</tr>").matcher(html);
		assertTrue(scale.find(), "summary row of scale");
		Matcher median = Pattern.compile("data-value=\"([^\"]+)\">0.9747<").matcher(scale.group(1));
		assertTrue(median.find(), "median ρ of scale shown: " + scale.group(1));
		assertEquals(Math.sqrt(0.95), Double.parseDouble(median.group(1)), 1e-12);
		Matcher pairRow = Pattern.compile("<tr data-axis=\"scale\" data-variant=\"A\" data-label=\"2\" data-metric=\"dice\">(.*?)</tr>").matcher(html);
		assertTrue(pairRow.find(), "pair row of A, bundle 2");
		assertTrue(pairRow.group(1).contains("data-value=\"-1.0\""), pairRow.group(1));
		assertTrue(pairRow.group(1).contains(">1 (unperturbed)</td>"), "the largest |Δ| of A/2 is at the baseline: " + pairRow.group(1));
		assertFalse(html.contains("agreement-scale-hd95"), "no chart for a metric without rows against the truth");
		String sentence = html.substring(html.indexOf("data-finding=\"reference-agreement\""));
		sentence = sentence.substring(0, sentence.indexOf("</p>"));
		assertTrue(sentence.contains("median ρ is -1"), sentence);
		assertTrue(sentence.contains("rot (median ρ -1)"), "the axis below 0.8 is named: " + sentence);
		assertFalse(sentence.contains("scale (median"), "scale agrees (median √0.95 ≥ 0.8): " + sentence);
		assertTrue(sentence.contains("largest difference of levels is 0.8 (A, CC, dice, "), sentence);
		assertTrue(sentence.contains("disagree most on what a perturbation did at scale = 0.6 (A, CC, dice): the change relative to the unperturbed"
				+ " value differs by 222.2 percentage points."), sentence);
		assertTrue(sentence.contains("(unperturbed))."), "both 0.8 differences are at the baseline: " + sentence);
		for (String chart : List.of("agreement-scale-dice-1.svg", "agreement-scale-dice-2.svg", "agreement-rot-dice-1.svg", "agreement-rot-dice-2.svg")) {
			Path svg = out.resolve(SectionContext.ASSETS).resolve(chart);
			assertTrue(Files.isRegularFile(svg), chart);
			String text = Files.readString(svg);
			assertTrue(text.contains("stroke-dasharray"), "the truth curves are dashed: " + chart);
			assertTrue(text.contains("A vs truth") && text.contains("B vs STAPLE"), "legend names both references: " + chart);
		}
	}

	@Test
	void aRunWithoutRowsAgainstTheTruthHasNoSection() throws Exception {
		assertTrue(ReferenceAgreement.of(RunData.load(withoutTruth)).isEmpty());
		ReportResult r = ReportGenerator.generate(withoutTruth, ReportOptions.defaults().withMontages(false).withOutputDir(dir.resolve("report-plain")),
				null);
		String html = Files.readString(r.indexHtml());
		assertTrue(html.contains("data-section=\"staple\""), "a consensus run still has its STAPLE section");
		assertFalse(html.contains("data-section=\"reference-agreement\""), "no rows against the truth: no section");
	}
}
