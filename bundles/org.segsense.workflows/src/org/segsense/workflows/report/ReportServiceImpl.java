// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.report;

import org.osgi.service.component.annotations.Component;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.segsense.report.ReportException;
import org.segsense.report.ReportGenerator;
import org.segsense.report.ReportOptions;
import org.segsense.report.ReportEvents;
import org.segsense.report.ReportResult;
import org.segsense.report.analysis.Analysis;
import org.segsense.report.analysis.Findings;
import org.segsense.report.analysis.RunData;
import org.segsense.workflows.WorkflowException;

/** The report service over {@link ReportGenerator} and {@link Findings}. */
@Component(service = ReportService.class)
public final class ReportServiceImpl implements ReportService {

	public ReportServiceImpl() {
	}

	@Override
	public ReportResult generate(Path runDir, ReportOptions options, ReportListener listener, IProgressMonitor monitor) {
		ReportListener l = listener != null ? listener : ReportListener.NONE;
		// the generator names its phases as the monitor's sub-tasks and checks the monitor between them
		IProgressMonitor phases = new ProgressMonitorWrapper(monitor != null ? monitor : new NullProgressMonitor()) {
			@Override
			public void subTask(String name) {
				super.subTask(name);
				if (name != null && !name.isEmpty()) {
					l.phase(name);
				}
			}
		};
		try {
			return ReportGenerator.generate(runDir, options != null ? options : ReportOptions.defaults(), phases, new ReportEvents() {
				@Override
				public void warning(String text) {
					l.warning(text);
				}
			});
		} catch (ReportException e) {
			throw WorkflowException.of(e);
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
