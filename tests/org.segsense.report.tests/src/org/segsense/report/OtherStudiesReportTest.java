// SPDX-License-Identifier: EPL-2.0
package org.segsense.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.RunSummary;
import org.segsense.report.analysis.JsonValues;

/** Reports of other kinds of studies: consensus (multi-label STAPLE) with its rater section and warning; factorial. */
class OtherStudiesReportTest {

	@TempDir
	Path dir;

	@Test
	void aStapleStudyGetsTheRaterSectionWithTheCorrelationWarning() throws Exception {
		Path project = SyntheticRuns.project(dir.resolve("project"));
		Path run = dir.resolve("runs/staple");
		RunSummary s = SyntheticRuns.run(project, "staple", SyntheticRuns.STAPLE, run);
		assertTrue(s.complete(), s::toString);
		Path out = dir.resolve("out");
		ReportResult r = ReportGenerator.generate(run, ReportOptions.defaults().withOutputDir(out).withMontages(false), null);
		assertEquals(out.resolve("index.html"), r.indexHtml());
		String html = Files.readString(r.indexHtml());
		assertTrue(html.contains("data-section=\"staple\""), "no STAPLE section");
		assertTrue(html.contains("data-warning=\"correlated-raters\""));
		assertTrue(html.contains("independence") || html.contains("err independently"));
		assertTrue(r.summary().get(0).contains("consensus"), r.summary()::toString);
		for (String c : List.of("c1", "c2")) {
			Path facts = run.resolve("references").resolve(c + ".staple.json");
			if (!Files.isRegularFile(facts)) {
				// an engine that records no rater statistics: the section says the file is missing
				assertTrue(html.contains(c + ".staple.json is missing"), html);
				continue;
			}
			Map<?, ?> j = (Map<?, ?>) JsonValues.parse(Files.readString(facts));
			List<?> raters = (List<?>) j.get("raters");
			List<?> sens = (List<?>) j.get("sensitivity");
			for (int i = 0; i < raters.size(); i++) {
				String row = "<tr data-case=\"" + c + "\" data-rater=\"" + raters.get(i) + "\">";
				int at = html.indexOf(row);
				assertTrue(at >= 0, row);
				String cells = html.substring(at, html.indexOf("</tr>", at));
				double expected = (Double) ((List<?>) sens.get(i)).get(0);
				assertTrue(cells.contains("data-value=\"" + expected + "\""), () -> cells + " lacks sensitivity " + expected);
			}
		}
	}

	@Test
	void aFactorialStudyIsReportedWithItsCombinationsNamed() throws Exception {
		Path project = SyntheticRuns.project(dir.resolve("project"));
		Path run = dir.resolve("runs/factorial");
		RunSummary s = SyntheticRuns.run(project, "factorial", SyntheticRuns.FACTORIAL, SyntheticRuns.GROUND_TRUTH, run);
		assertTrue(s.complete(), s::toString);
		ReportResult r = ReportGenerator.generate(run, ReportOptions.defaults().withMontages(false), null);
		String html = Files.readString(r.indexHtml());
		// 2 cases × 2 variants × 2 × 2 combinations
		assertTrue(html.contains("16 job(s) of factorial combinations"), html);
		assertTrue(html.contains("data-section=\"provenance\""));
	}
}
