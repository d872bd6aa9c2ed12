// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.report.ReportOptions;
import org.segsense.report.ReportResult;
import org.segsense.report.analysis.Analysis;
import org.segsense.report.analysis.Findings;
import org.segsense.report.analysis.RunData;
import org.segsense.workflows.TestProjects;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.run.RunRequest;
import org.segsense.workflows.run.RunServiceImpl;

/** The report service on a tiny synthetic run: the report, its findings, cancellation and bad input. */
class ReportServiceTest {

	private final ReportService reports = new ReportServiceImpl();

	@Test
	void theReportIsWrittenAndItsSummaryIsTheFindings(@TempDir Path dir) throws Exception {
		Path run = new RunServiceImpl().start(RunRequest.of(TestProjects.study(dir), dir.resolve("run")), null, null).runDir();
		List<String> phases = new ArrayList<>();
		ReportListener l = new ReportListener() {
			@Override
			public void phase(String text) {
				phases.add(text);
			}
		};
		ReportResult r = reports.generate(run, ReportOptions.defaults().withMontages(false), l, new NullProgressMonitor());
		assertTrue(Files.isRegularFile(r.indexHtml()));
		assertFalse(phases.isEmpty());
		List<String> findings = reports.findings(run);
		assertEquals(Findings.of(Analysis.of(RunData.load(run))), findings);
		assertEquals(findings, r.summary());
		assertTrue(findings.get(0).startsWith("Study tiny:"), findings.get(0));
	}

	@Test
	void aCancelledReportWritesNothing(@TempDir Path dir) throws Exception {
		Path run = new RunServiceImpl().start(RunRequest.of(TestProjects.study(dir), dir.resolve("run")), null, null).runDir();
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		Path out = dir.resolve("report");
		assertThrows(OperationCanceledException.class, () -> reports.generate(run, ReportOptions.defaults().withOutputDir(out), null, cancelled));
		assertFalse(Files.exists(out.resolve("index.html")));
	}

	@Test
	void aFolderThatIsNotARunIsBadInput(@TempDir Path dir) {
		WorkflowException e = assertThrows(WorkflowException.class, () -> reports.findings(dir));
		assertTrue(e.badInput(), e.getMessage());
		assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
	}
}
