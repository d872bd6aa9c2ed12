// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.report;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.segsense.report.ReportOptions;
import org.segsense.report.ReportResult;
import org.segsense.workflows.WorkflowException;

/** Reports of run folders, and their plain-language findings. Throws {@link WorkflowException}. */
public interface ReportService {

	/** Writes the HTML report of a run folder; cancelling the monitor throws {@code OperationCanceledException}. */
	ReportResult generate(Path runDir, ReportOptions options, ReportListener listener, IProgressMonitor monitor);

	/**
	 * The report's findings of a run folder — {@code org.segsense.report.analysis.Findings} over its analysis —
	 * without writing anything.
	 */
	List<String> findings(Path runDir);

	/**
	 * Compares two runs of one study ({@link RunComparison}: both analyses, the per-job changes B − A).
	 *
	 * @throws WorkflowException (bad input) when a folder is no run or the runs are of different studies
	 */
	default RunComparison compare(Path runA, Path runB) {
		return RunComparison.of(runA, runB);
	}
}
