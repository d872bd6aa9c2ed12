// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.preview;

import org.osgi.service.component.annotations.Component;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.segsense.engine.JobPreview;
import org.segsense.engine.StudyRunException;
import org.segsense.engine.StudyRunner;
import org.segsense.model.Study;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.workflows.WorkflowException;

/** The preview service over the engine's {@link JobPreview}. */
@Component(service = PreviewService.class)
public final class PreviewServiceImpl implements PreviewService {

	private final PerturbationCatalog perturbations;

	/** With the installed perturbations. */
	public PreviewServiceImpl() {
		this(null);
	}

	/** With a given perturbation catalogue (null: the installed one). */
	public PreviewServiceImpl(PerturbationCatalog perturbations) {
		this.perturbations = perturbations;
	}

	@Override
	public JobPreview.Images preview(Request r, IProgressMonitor monitor) {
		SubMonitor m = SubMonitor.convert(monitor, "Previewing case " + r.caseId(), 2);
		Path file = r.study().toAbsolutePath().normalize();
		Path project = r.project() != null ? r.project().toAbsolutePath().normalize() : file.getParent();
		try {
			Study study = r.edited();
			if (study == null) {
				study = StudyRunner.loadValid(file, project);
			} else {
				StudyRunner.checkValid(study, file, project, true);
			}
			m.split(1);
			JobPreview.Images images = JobPreview.compute(study, project, r.caseId(), r.variantId(), r.axisId(), r.value(),
					perturbations != null ? perturbations : PerturbationCatalog.installed());
			m.split(1);
			return images;
		} catch (StudyRunException e) {
			throw WorkflowException.of(e);
		} finally {
			m.done();
		}
	}
}
