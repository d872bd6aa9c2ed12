// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.results;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.segsense.report.ReportOptions;
import org.segsense.report.ReportResult;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.report.ReportListener;
import org.segsense.workflows.report.ReportService;

/**
 * Export HTML Report: the report generator through {@link ReportService} (as {@code segsense report} runs it, with
 * its default options: {@code report/index.html} in the run folder) as a user job with progress and Cancel.
 * A failure is the job's error status with the service's message (which names the file and the fix).
 */
final class ExportReportJob extends Job {

	private final Path runDir;
	private volatile ReportResult result;

	ExportReportJob(Path runDir) {
		super("Writing the HTML report of " + runDir.getFileName());
		this.runDir = runDir;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			result = service().generate(runDir, ReportOptions.defaults(), ReportListener.NONE, monitor);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (WorkflowException e) {
			return ResultsEditor.error("The report of " + runDir + " was not written: " + e.getMessage(), e);
		}
	}

	/** @return the written report, null before it is done or when it failed */
	ReportResult result() {
		return result;
	}

	/** @return the registered report service */
	static ReportService service() {
		BundleContext context = FrameworkUtil.getBundle(ExportReportJob.class).getBundleContext();
		ServiceReference<ReportService> ref = context == null ? null : context.getServiceReference(ReportService.class);
		ReportService s = ref == null ? null : context.getService(ref);
		if (s == null) {
			throw new IllegalStateException("ReportService is not registered: the bundle org.segsense.workflows (and Felix SCR) must be started.");
		}
		return s;
	}
}
