// SPDX-License-Identifier: EPL-2.0
package org.segsense.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.RunSummary;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.report.stats.Holm;
import org.segsense.report.stats.WilcoxonSignedRank;
import org.w3c.dom.Document;

/** A report of a small real run: every section, valid SVG charts, table numbers equal to the store's. */
class ReportGenerationTest {

	@TempDir
	static Path dir;

	static Path project;
	static Path run;
	static ReportResult report;
	static String html;
	static List<String> phases = new ArrayList<>();
	static List<JobRecord> jobs;
	static List<ResultRow> rows;

	@BeforeAll
	static void runAndReport() throws Exception {
		project = SyntheticRuns.project(dir.resolve("project"));
		run = dir.resolve("runs/gt");
		RunSummary s = SyntheticRuns.run(project, "gt", SyntheticRuns.GROUND_TRUTH, run);
		assertTrue(s.complete(), s::toString);
		org.segsense.testing.RecordingMonitor progress = new org.segsense.testing.RecordingMonitor();
		report = ReportGenerator.generate(run, ReportOptions.defaults().withMontages(false), progress);
		phases.addAll(progress.subTasks());
		System.out.println("report: " + report.indexHtml() + "\n  " + String.join("\n  ", report.summary()));
		if (System.getenv("SEGSENSE_REPORT_KEEP") != null) {
			copy(report.indexHtml().getParent(), Path.of(System.getenv("SEGSENSE_REPORT_KEEP")));
		}
		html = Files.readString(report.indexHtml());
		try (ResultStore store = ResultStore.open(run.resolve(ResultStore.FILE))) {
			jobs = store.jobs();
			rows = store.results();
		}
	}

	/** Copies the report out of the temporary folder (environment SEGSENSE_REPORT_KEEP=DIR) to look at it. */
	static void copy(Path from, Path to) throws java.io.IOException {
		try (Stream<Path> all = Files.walk(from)) {
			for (Path p : all.toList()) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	/** The store's values of one cell over cases, read directly (axis null = baseline). */
	static List<Double> storeValues(String variant, String axis, Double value, String metric, int label) {
		Map<String, JobRecord> byKey = new HashMap<>();
		jobs.forEach(j -> byKey.put(j.key(), j));
		List<Double> out = new ArrayList<>();
		for (ResultRow r : rows) {
			JobRecord j = byKey.get(r.jobKey());
			boolean cell = j.variant().equals(variant) && (axis == null ? j.axis() == null : axis.equals(j.axis()) && value.equals(j.value()));
			if (cell && r.metric().equals(metric) && r.label() == label && r.value() != null) {
				out.add(r.value());
			}
		}
		return out;
	}

	static double mean(List<Double> v) {
		return v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
	}

	/** The data-value attributes of the cells of the first table row that matches. */
	static List<Double> rowValues(String tableStart, String rowStart) {
		int t = html.indexOf(tableStart);
		assertTrue(t >= 0, () -> "no " + tableStart);
		int end = html.indexOf("</table>", t);
		int r = html.indexOf(rowStart, t);
		assertTrue(r >= 0 && r < end, () -> "no row " + rowStart + " in " + tableStart);
		String row = html.substring(r, html.indexOf("</tr>", r));
		List<Double> v = new ArrayList<>();
		Matcher m = Pattern.compile("data-value=\"([^\"]+)\">").matcher(row.substring(rowStart.length()));
		while (m.find()) {
			v.add(Double.valueOf(m.group(1)));
		}
		return v;
	}

	@Test
	void everyBuiltInSectionIsPresentInOrder() {
		List<String> ids = List.of("summary", "curves", "change", "tolerance", "comparisons", "montages", "provenance");
		int last = -1;
		for (String id : ids) {
			int at = html.indexOf("data-section=\"" + id + "\"");
			assertTrue(at > last, () -> "section " + id + " missing or out of order");
			last = at;
		}
		assertFalse(html.contains("data-section=\"staple\""), "a ground-truth study has no STAPLE section");
		assertTrue(phases.stream().anyMatch(p -> p.startsWith("section: ")), phases::toString);
		assertTrue(report.indexHtml().startsWith(run.resolve("report")));
	}

	@Test
	void chartsAreValidSvgDrawnByJFreeChartWithEverySeries() throws Exception {
		List<Path> svgs;
		try (Stream<Path> s = Files.list(report.indexHtml().getParent().resolve(SectionContext.ASSETS))) {
			svgs = s.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
		}
		// curves and change: 2 axes × 2 metrics × 1 label, 4 charts each
		assertEquals(8, svgs.size(), svgs::toString);
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		DocumentBuilder b = f.newDocumentBuilder();
		for (Path svg : svgs) {
			Document d = b.parse(svg.toFile());
			assertEquals("svg", d.getDocumentElement().getLocalName() != null ? d.getDocumentElement().getLocalName() : d.getDocumentElement().getTagName(),
					svg::toString);
			String text = d.getDocumentElement().getTextContent();
			assertTrue(text.contains("tight") && text.contains("wide"), () -> svg + " lacks a series: " + text);
			assertTrue(text.contains("unperturbed"), () -> svg + " lacks the baseline marker");
			assertTrue(html.contains("src=\"assets/" + svg.getFileName() + "\""), () -> svg + " is not referenced");
		}
	}

	@Test
	void curveMeansEqualTheStore() {
		for (String variant : List.of("tight", "wide")) {
			for (double value : new double[] { 0.6, 1.4 }) {
				List<Double> v = rowValues("<table class=\"curve\" data-axis=\"scale\" data-metric=\"dice\" data-label=\"1\">",
						"<tr data-variant=\"" + variant + "\" data-value=\"" + value + "\">");
				assertEquals(value, v.get(0), 0);
				assertEquals(mean(storeValues(variant, "scale", value, "dice", 1)), v.get(1), 1e-12, variant + " " + value);
			}
			List<Double> b = rowValues("<table class=\"curve\" data-axis=\"rot\" data-metric=\"hd95\" data-label=\"1\">",
					"<tr data-variant=\"" + variant + "\" data-value=\"baseline\">");
			assertEquals(mean(storeValues(variant, null, null, "hd95", 1)), b.get(0), 1e-12);
		}
	}

	@Test
	void changeIsPairedPerCase() {
		List<Double> v = rowValues("<table class=\"change\" data-axis=\"rot\" data-metric=\"dice\" data-label=\"1\">",
				"<tr data-variant=\"wide\" data-value=\"10.0\">");
		double base = mean(storeValues("wide", null, null, "dice", 1));
		double at = mean(storeValues("wide", "rot", 10.0, "dice", 1));
		assertEquals(base, v.get(1), 1e-12);
		assertEquals(at, v.get(2), 1e-12);
		assertEquals(at - base, v.get(3), 1e-12); // both cases defined: mean of differences = difference of means
		assertEquals(at / base, v.get(6), 1e-12);
	}

	@Test
	void comparisonsAreWilcoxonOverTheCellsWithHolm() {
		// Family: 2 axes × 2 metrics × 1 label × 1 pair.
		double[] raw = new double[4];
		int i = 0;
		for (String axis : List.of("scale", "rot")) {
			for (String metric : List.of("dice", "hd95")) {
				List<Double> x = new ArrayList<>(), y = new ArrayList<>();
				for (JobRecord j : jobs) {
					if (axis.equals(j.axis()) && j.variant().equals("tight")) {
						for (ResultRow r : rows) {
							if (r.jobKey().equals(j.key()) && r.metric().equals(metric) && r.value() != null) {
								String other = j.key().replace("variant=tight", "variant=wide");
								rows.stream().filter(o -> o.jobKey().equals(other) && o.metric().equals(metric) && o.value() != null).findFirst()
										.ifPresent(o -> {
											x.add(r.value());
											y.add(o.value());
										});
							}
						}
					}
				}
				WilcoxonSignedRank w = WilcoxonSignedRank.test(x.stream().mapToDouble(Double::doubleValue).toArray(),
						y.stream().mapToDouble(Double::doubleValue).toArray());
				raw[i++] = w.pValue();
				String row = " data-axis=\"" + axis + "\" data-metric=\"" + metric + "\" data-a=\"tight\" data-b=\"wide\">";
				List<Double> v = rowValues("<table class=\"comparisons\">", row);
				assertEquals(w.v(), v.get(1), 0, axis + " " + metric);
				assertEquals(w.pValue(), v.get(2), 1e-15, axis + " " + metric);
			}
		}
		double[] holm = Holm.adjust(raw);
		List<Double> first = rowValues("<table class=\"comparisons\">", " data-axis=\"scale\" data-metric=\"dice\" data-a=\"tight\" data-b=\"wide\">");
		assertEquals(holm[0], first.get(3), 1e-15);
	}

	@Test
	void toleranceTableHasARowPerCurve() {
		int t = html.indexOf("<table class=\"tolerance\">");
		String table = html.substring(t, html.indexOf("</table>", t));
		// 2 axes × 2 metrics × 1 label × 2 variants
		assertEquals(8, table.split("<tr data-axis=").length - 1);
		// rot contains the unperturbed value 0; dice of the unperturbed image is the baseline itself, so 0 is in every range
		assertTrue(table.contains("data-axis=\"rot\" data-metric=\"dice\""));
		assertTrue(html.contains("mean ≥ 0.95 × baseline"));
		assertTrue(html.contains("mean ≤ baseline / 0.95"));
	}

	@Test
	void summaryNamesTheAxisWithTheLargestDrop() {
		String worstAxis = null;
		double worst = Double.NEGATIVE_INFINITY;
		for (String axis : List.of("scale", "rot")) {
			double[] values = axis.equals("scale") ? new double[] { 0.6, 1.4 } : new double[] { 0, 10 };
			for (String variant : List.of("tight", "wide")) {
				double base = mean(storeValues(variant, null, null, "dice", 1));
				for (double value : values) {
					double drop = (base - mean(storeValues(variant, axis, value, "dice", 1))) / base;
					if (drop > worst) {
						worst = drop;
						worstAxis = axis;
					}
				}
			}
		}
		String named = worstAxis;
		String line = report.summary().stream().filter(s -> s.startsWith("Largest sensitivity")).findFirst().orElseThrow();
		assertTrue(line.contains("along " + named + ":"), () -> "expected " + named + ": " + report.summary());
		assertTrue(report.summary().stream().anyMatch(s -> s.startsWith("Most robust variant: ")), report.summary()::toString);
		assertTrue(report.summary().stream().anyMatch(s -> s.startsWith("Tolerance along rot")), report.summary()::toString);
		for (String s : report.summary()) {
			assertTrue(html.contains(org.segsense.report.render.Html.esc(s)), () -> "summary line not in the report: " + s);
		}
	}

	@Test
	void montagesRecomputeTheJobsAtTheExtremesOfEachAxis() throws Exception {
		assertTrue(html.contains("Montages were not requested"), "montages off: the section says so");
		Path out = dir.resolve("with-montages");
		ReportResult r = ReportGenerator.generate(run, ReportOptions.defaults().withOutputDir(out), null);
		String withMontages = Files.readString(r.indexHtml());
		List<Path> pngs;
		try (Stream<Path> s = Files.list(out.resolve(SectionContext.ASSETS))) {
			pngs = s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
		}
		// case c1 × 2 axes × 2 values (the extremes) × 2 variants
		assertEquals(8, pngs.size(), pngs::toString);
		for (Path png : pngs) {
			java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
			assertNotNull(image, png::toString);
			assertTrue(image.getWidth() > 4 * org.segsense.report.render.Montages.PANEL && image.getHeight() > org.segsense.report.render.Montages.PANEL,
					png::toString);
			assertTrue(withMontages.contains("src=\"assets/" + png.getFileName() + "\""), () -> png + " is not referenced");
		}
		for (String key : List.of("case=c1|variant=tight|scale.factor=0.6", "case=c1|variant=wide|rot.rz=10")) {
			assertTrue(withMontages.contains("data-job=\"" + key + "\""), key);
		}
		assertFalse(withMontages.contains("case=c2|"), "montages show the first case only");
		// written again without montages: the earlier montages are gone
		ReportGenerator.generate(run, ReportOptions.defaults().withOutputDir(out).withMontages(false), null);
		try (Stream<Path> s = Files.list(out.resolve(SectionContext.ASSETS))) {
			assertEquals(0, s.filter(p -> p.toString().endsWith(".png")).count());
		}
	}

	@Test
	void montagesAtChosenValuesOfAChosenCase() throws Exception {
		Path out = dir.resolve("chosen-montages");
		java.util.List<String> warnings = new java.util.ArrayList<>();
		ReportEvents progress = new ReportEvents() {
			@Override
			public void warning(String text) {
				warnings.add(text);
			}
		};
		// rot at 10 only (and at 7, which was not swept); scale by the count (1 = the value farthest from 1); case c2
		ReportResult r = ReportGenerator.generate(run, ReportOptions.defaults().withOutputDir(out).withMontageValuesPerAxis(1)
				.withMontageAt(java.util.Map.of("rot", List.of(10.0, 7.0))).withMontageCase("c2"), null, progress);
		String html = Files.readString(r.indexHtml());
		List<String> jobs = new java.util.ArrayList<>();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("<figure data-job=\"([^\"]+)\"").matcher(html);
		while (m.find()) {
			jobs.add(m.group(1));
		}
		assertEquals(List.of("case=c2|variant=tight|scale.factor=0.6", "case=c2|variant=wide|scale.factor=0.6", "case=c2|variant=tight|rot.rz=10",
				"case=c2|variant=wide|rot.rz=10"), jobs);
		assertTrue(warnings.stream().anyMatch(w -> w.contains("not swept at 7")), warnings::toString);
		assertTrue(html.contains("not swept at 7"), "the report says so too");
		// an unknown case falls back to the first, with a warning
		warnings.clear();
		ReportGenerator.generate(run, ReportOptions.defaults().withOutputDir(out).withMontageValuesPerAxis(1).withMontageCase("c9"), null, progress);
		assertTrue(warnings.stream().anyMatch(w -> w.contains("no case 'c9'")), warnings::toString);
	}

	@Test
	void provenanceListsVersionsSeedsAndChecksums() {
		for (String key : List.of("study.sha256", "seed.study", "java.version", "os.name", "threads.workers")) {
			assertTrue(html.contains("<tr data-key=\"" + key + "\">"), key);
		}
		assertTrue(html.contains("data-key=\"file.images/c1.nii.gz\""));
		assertTrue(html.contains("data-key=\"model.tight\""));
	}

	@Test
	void aFolderThatIsNotARunIsBadInputNamingIt() throws Exception {
		Path empty = Files.createDirectories(dir.resolve("not-a-run"));
		ReportException e = assertThrows(ReportException.class, () -> ReportGenerator.generate(empty, null, null));
		assertTrue(e.badInput());
		assertTrue(e.getMessage().contains(empty.toString()) && e.getMessage().contains("segsense run"), e.getMessage());
		ReportException missing = assertThrows(ReportException.class, () -> ReportGenerator.generate(dir.resolve("nowhere"), null, null));
		assertTrue(missing.badInput() && missing.getMessage().contains("nowhere"), missing.getMessage());
		assertFalse(Files.exists(empty.resolve(ResultStore.FILE)), "the report must not create a store");
	}

	@Test
	void aReportWrittenToAnOutputFolderReturnsItsPageAndSummary() throws Exception {
		// what 'segsense report RUN --out DIR --no-montages' calls (its --json output is pinned by the CLI's snapshot tests)
		Path out = dir.resolve("cli-report");
		ReportResult r = ReportGenerator.generate(run, ReportOptions.defaults().withOutputDir(out).withMontages(false), null);
		assertEquals(out.resolve("index.html"), r.indexHtml());
		assertEquals(report.summary(), r.summary());
		assertFalse(r.summary().isEmpty());
		assertTrue(Files.isRegularFile(out.resolve("index.html")));
		assertNotNull(Files.readString(out.resolve("index.html")));
	}
}
