package org.segsense.workflows.report;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.segsense.report.ReportException;
import org.segsense.report.ReportGenerator;
import org.segsense.report.ReportOptions;
import org.segsense.report.ReportProgress;
import org.segsense.report.ReportResult;
import org.segsense.report.analysis.Analysis;
import org.segsense.report.analysis.Findings;
import org.segsense.report.analysis.RunData;
import org.segsense.workflows.WorkflowException;

/** The report service over {@link ReportGenerator} and {@link Findings}. */
public final class ReportServiceImpl implements ReportService {

	public ReportServiceImpl() {
	}

	@Override
	public ReportResult generate(Path runDir, ReportOptions options, ReportListener listener, IProgressMonitor monitor) {
		ReportListener l = listener != null ? listener : ReportListener.NONE;
		SubMonitor m = SubMonitor.convert(monitor, "Report of " + runDir, 1);
		// the report generator's progress today; it checks the monitor between its phases
		ReportProgress progress = new ReportProgress() {
			@Override
			public void phase(String text) {
				if (m.isCanceled()) {
					throw new OperationCanceledException("the report of " + runDir + " was cancelled");
				}
				m.subTask(text);
				l.phase(text);
			}

			@Override
			public void warning(String text) {
				l.warning(text);
			}
		};
		try {
			if (m.isCanceled()) {
				throw new OperationCanceledException("the report of " + runDir + " was cancelled");
			}
			return ReportGenerator.generate(runDir, options != null ? options : ReportOptions.defaults(), progress);
		} catch (ReportException e) {
			throw WorkflowException.of(e);
		} finally {
			m.done();
		}
	}

	@Override
	public List<String> findings(Path runDir) {
		try {
			return Findings.of(Analysis.of(RunData.load(runDir)));
		} catch (ReportException e) {
			throw WorkflowException.of(e);
		}
	}
}
