// SPDX-License-Identifier: EPL-2.0
package org.segsense.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.TruthScores;
import org.segsense.report.analysis.RunData;

/**
 * A binary-STAPLE study scored also against the truth ({@code scoreAgainstTruth}): the report's run data takes
 * the rows {@code <metric>@truth} as further metrics of the same kind, after the study's own, and the report
 * shows them.
 */
class TruthScoresReportTest {

	@TempDir
	Path dir;

	@Test
	void truthRowsAreFurtherMetricsOfTheRunData() throws Exception {
		Path project = SyntheticRuns.project(dir.resolve("project"));
		String staple = "<reference xsi:type=\"segsense:BinaryStapleReference\" raters=\"//@modelVariants.0 //@modelVariants.1\""
				+ " scoreAgainstTruth=\"true\"/>";
		Path run = dir.resolve("run");
		assertTrue(SyntheticRuns.run(project, "truth", staple, run).complete());
		RunData data = RunData.load(run);
		assertEquals(List.of("dice", "hd95", "dice" + TruthScores.SUFFIX, "hd95" + TruthScores.SUFFIX),
				data.metrics().stream().map(RunData.Metric::id).toList());
		RunData.Metric truthDice = data.metrics().get(2);
		assertEquals("dice", truthDice.type());
		assertTrue(truthDice.name().endsWith("against the truth"), truthDice.name());
		assertEquals(data.metrics().get(0).higherIsBetter(), truthDice.higherIsBetter());
		// a value against the truth is there for the baseline (rz 0) of each case and variant
		double v = data.value("c1", "tight", "rot", 0, "dice@truth", 1);
		assertTrue(v > 0.5 && v <= 1, "dice@truth " + v);

		ReportResult report = ReportGenerator.generate(run, ReportOptions.defaults().withMontages(false), null);
		String html = Files.readString(report.indexHtml());
		assertTrue(html.contains("dice@truth"), "the report shows the metrics against the truth");
	}
}
