// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.segsense.workflows.study.StudyService;

/**
 * File → New → SegSense Study: a starter study ({@link StudyService#create}) at the top of a project, with the
 * cases, model variants, axes and design chosen on the second page ({@link StudyChoicesPage}).
 */
public final class NewStudyWizard extends Wizard implements INewWizard {

	/** The wizard id (plugin.xml). */
	public static final String ID = "org.segsense.ui.projects.newStudy";

	private IWorkbench workbench;
	private IProject initial;
	private StudyPage page;
	private StudyChoicesPage choices;
	private IFile created;

	public NewStudyWizard() {
		setWindowTitle("New SegSense Study");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench wb, IStructuredSelection selection) {
		this.workbench = wb;
		this.initial = Widgets.selectedProject(selection);
	}

	@Override
	public void addPages() {
		page = new StudyPage();
		addPage(page);
		choices = new StudyChoicesPage(() -> page.choices.isEmpty() ? null : page.project(), page::id);
		addPage(choices);
	}

	/** @return the study file made by the last finish, or null */
	public IFile created() {
		return created;
	}

	@Override
	public boolean performFinish() {
		IProject project = page.project();
		String id = page.id();
		IFile file = project.getFile(id + ".segsense");
		StudyChoices chosen = choices.choices();
		try {
			getContainer().run(true, false, monitor -> {
				try {
					StudyService studies = Services.get(StudyService.class);
					StudyService.Created c = studies.create(SegSenseProjects.folder(project).resolve(file.getName()), id, false);
					chosen.applyTo(c.study());
					studies.save(c.study(), c.file());
					file.refreshLocal(IResource.DEPTH_ZERO, monitor);
				} catch (CoreException | RuntimeException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), "New SegSense Study", e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		created = file;
		if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
			BasicNewResourceWizard.selectAndReveal(file, workbench.getActiveWorkbenchWindow());
		}
		return true;
	}

	/** The project and the study id. */
	final class StudyPage extends WizardPage {

		private Combo projects;
		private Text id;
		private List<IProject> choices;

		StudyPage() {
			super("study");
			setTitle("SegSense study");
			setDescription("A starter study with SegSense's defaults; Next chooses its cases, models and perturbations.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(2, false));
			new Label(c, SWT.NONE).setText("Project:");
			projects = Widgets.id(new Combo(c, SWT.READ_ONLY), "study.project");
			projects.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			choices = Widgets.openProjects();
			choices.forEach(p -> projects.add(p.getName()));
			projects.select(Math.max(0, choices.indexOf(initial)));
			id = Widgets.field(c, "Study id:", "study.id", "study", "The study's id and file name (ID.segsense)");
			projects.addModifyListener(e -> validate());
			id.addModifyListener(e -> validate());
			setControl(c);
			validate();
		}

		IProject project() {
			return choices.get(projects.getSelectionIndex());
		}

		String id() {
			return id.getText().trim();
		}

		private void validate() {
			String error = null;
			if (choices.isEmpty()) {
				error = "There is no open project: create one with File → New → SegSense Project first.";
			} else if (!id().matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
				error = "The study id must start with a letter or _ and hold only letters, digits, _ . -";
			} else if (Files.exists(SegSenseProjects.folder(project()).resolve(id() + ".segsense"))) {
				error = id() + ".segsense exists in " + project().getName() + ": choose another id.";
			}
			setErrorMessage(error);
			setPageComplete(error == null);
		}
	}
}
