// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.segsense.workflows.study.StudyService;

/**
 * File → New → SegSense Project: a workspace project with {@code images/}, {@code models/}, {@code runs/} and,
 * unless unticked, a starter study ({@link StudyService#create}) at its top; or the cerebellum example, prepared
 * as the demo does by an {@link ExampleProjectJob} that runs after the wizard closes (minutes: it trains models).
 */
public final class NewProjectWizard extends Wizard implements INewWizard {

	/** The wizard id (plugin.xml). */
	public static final String ID = "org.segsense.ui.projects.newProject";

	private WizardNewProjectCreationPage main;
	private ContentsPage contents;
	private IWorkbench workbench;
	private IProject created;
	private Start start = Start.STARTER;

	/** The contents choice the wizard opens with. */
	public enum Start {
		/** A starter study (the default). */
		STARTER,
		/** An empty project. */
		EMPTY,
		/** The cerebellum example, named {@code cerebellum-example}. */
		EXAMPLE
	}
	private ExampleProjectJob scheduled;

	public NewProjectWizard() {
		setWindowTitle("New SegSense Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench wb, IStructuredSelection selection) {
		this.workbench = wb;
	}

	@Override
	public void addPages() {
		main = new WizardNewProjectCreationPage("project");
		main.setTitle("SegSense project");
		main.setDescription("An experiment project: study files at the top, images/, models/ and runs/ below.");
		if (start == Start.EXAMPLE) {
			main.setInitialProjectName("cerebellum-example");
		}
		addPage(main);
		contents = new ContentsPage(start);
		addPage(contents);
	}

	/**
	 * Chooses the contents the wizard opens with (the welcome page's links); call before the wizard is opened.
	 *
	 * @return this wizard
	 */
	public NewProjectWizard startWith(Start choice) {
		this.start = choice;
		return this;
	}

	/** @return the example job scheduled by the last finish, or null */
	public ExampleProjectJob exampleJob() {
		return scheduled;
	}

	/** @return the project made by the last finish, or null */
	public IProject created() {
		return created;
	}

	@Override
	public boolean performFinish() {
		String name = main.getProjectName();
		Path location = main.useDefaults() ? null : main.getLocationPath().toFile().toPath();
		String study = contents.studyId();
		if (contents.example()) {
			Path folder = location != null ? location
					: org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath().resolve(name);
			if (java.nio.file.Files.exists(folder)) {
				MessageDialog.openError(getShell(), "New SegSense Project", folder + " exists: the example needs a new folder; choose another name or location.");
				return false;
			}
			scheduled = new ExampleProjectJob(name, folder, location == null);
			scheduled.schedule();
			return true;
		}
		try {
			getContainer().run(true, false, monitor -> {
				SubMonitor sub = SubMonitor.convert(monitor, "Creating " + name, 3);
				try {
					IProject p = SegSenseProjects.create(name, location, sub.split(2));
					if (study != null) {
						Services.get(StudyService.class).create(SegSenseProjects.folder(p).resolve(study + ".segsense"), study, false);
						p.refreshLocal(1, sub.split(1));
					}
					created = p;
				} catch (CoreException | RuntimeException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), "New SegSense Project", "Could not create " + name + ": " + e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
			BasicNewResourceWizard.selectAndReveal(created, workbench.getActiveWorkbenchWindow());
		}
		return true;
	}

	/** The project's contents: a starter study, nothing, or the cerebellum example. */
	static final class ContentsPage extends org.eclipse.jface.wizard.WizardPage {

		private Button starter;
		private Button empty;
		private Button example;
		private Text id;

		private final Start start;

		ContentsPage(Start start) {
			super("contents");
			this.start = start;
			setTitle("Contents");
			setDescription("Start with a starter study, an empty project, or the cerebellum example of ./segsense demo.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(2, false));
			starter = radio(c, "project.starterStudy", "A starter study (SegSense's defaults; add cases with File \u2192 Import Cases\u2026)");
			starter.setSelection(true);
			Label indent = new Label(c, SWT.NONE);
			indent.setText("      Study id:");
			id = Widgets.id(new Text(c, SWT.BORDER), "project.studyId");
			id.setText("study");
			id.setToolTipText("The study's id and file name (ID.segsense)");
			id.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			empty = radio(c, "project.empty", "An empty project (images/, models/, runs/)");
			example = radio(c, "project.example", "The cerebellum example, prepared as ./segsense demo --quick does");
			Label note = new Label(c, SWT.WRAP);
			note.setText("The example fetches ~23 MB of public images on first use (cached in ~/.cache/segsense), trains three\n"
					+ "small models (or reuses them from the cache) and runs two studies: about a minute on two cores. It runs\n"
					+ "in the background after Finish; the Progress view shows how far it is.");
			note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			SelectionListener changed = SelectionListener.widgetSelectedAdapter(e -> {
				id.setEnabled(starter.getSelection());
				validate();
			});
			starter.addSelectionListener(changed);
			empty.addSelectionListener(changed);
			example.addSelectionListener(changed);
			id.addModifyListener(e -> validate());
			if (start != Start.STARTER) {
				starter.setSelection(false);
				(start == Start.EXAMPLE ? example : empty).setSelection(true);
				id.setEnabled(false);
			}
			setControl(c);
		}

		private static Button radio(Composite c, String widgetId, String text) {
			Button b = Widgets.id(new Button(c, SWT.RADIO), widgetId);
			b.setText(text);
			b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			return b;
		}

		private void validate() {
			String v = id.getText().trim();
			boolean ok = !starter.getSelection() || v.matches("[A-Za-z_][A-Za-z0-9_.-]*");
			setErrorMessage(ok ? null : "The study id must start with a letter or _ and hold only letters, digits, _ . -");
			setPageComplete(ok);
		}

		/** @return the starter study's id, or null for an empty project or the example */
		String studyId() {
			return starter == null ? "study" : starter.getSelection() ? id.getText().trim() : null;
		}

		boolean example() {
			return example != null && example.getSelection();
		}
	}
}
