// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.preview;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.segsense.engine.JobPreview;
import org.segsense.model.Study;
import org.segsense.workflows.WorkflowException;

/**
 * What one job of a study will see: the perturbed input channels, the moved ROI and the moved label map of
 * one case at one value of one axis — computed by the run's own job stages ({@link JobPreview}), so the
 * preview is bit-identical to the network's input of that job. Throws {@link WorkflowException}.
 */
public interface PreviewService {

	/**
	 * Which job to preview.
	 *
	 * @param study the study file
	 * @param project the folder its relative paths refer to, or null for the study file's folder
	 * @param caseId the case
	 * @param variantId the model variant (the job's seed depends on it), or null for the study's first
	 * @param axisId the axis, or null for the baseline (the channels as read)
	 * @param value the swept parameter's value
	 * @param edited the study as edited (e.g. the study editor's, saved or not) to preview instead of the file's
	 *        content, checked as a run checks its file; {@code study} is then the file it is edited from (named in
	 *        messages; its folder is the default project). Null to read the file. The caller must not change it
	 *        during the call (pass a copy).
	 */
	record Request(Path study, Path project, String caseId, String variantId, String axisId, double value, Study edited) {

		/** A request that reads the study file. */
		public Request(Path study, Path project, String caseId, String variantId, String axisId, double value) {
			this(study, project, caseId, variantId, axisId, value, null);
		}
	}

	/** @return the job's perturbed channels, moved ROI and moved labels */
	JobPreview.Images preview(Request request, IProgressMonitor monitor);
}
