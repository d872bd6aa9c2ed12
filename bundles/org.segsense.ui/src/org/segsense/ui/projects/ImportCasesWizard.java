// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.segsense.workflows.study.StudyService;

/**
 * File → Import → SegSense → Cases: pairs the NIfTI/MetaImage/NRRD files of a folder into cases by a filename
 * pattern ({@link CasePairing}), shows the pairs, copies the files into the project's {@code images/} and adds
 * the cases to a study. A folder with unpaired files is refused with one message naming them.
 */
public final class ImportCasesWizard extends Wizard implements IImportWizard {

	/** The wizard id (plugin.xml). */
	public static final String ID = "org.segsense.ui.projects.importCases";

	private IProject initial;
	private CasesPage page;

	public ImportCasesWizard() {
		setWindowTitle("Import Cases");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench wb, IStructuredSelection selection) {
		this.initial = Widgets.selectedProject(selection);
	}

	@Override
	public void addPages() {
		page = new CasesPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IProject project = page.project();
		Path study = page.study();
		List<CasePairing.PairedCase> cases = page.cases;
		String channel = page.channel.getText().trim();
		try {
			getContainer().run(true, false, monitor -> {
				try {
					SegSenseProjects.importCases(project, study, cases, channel, Services.get(StudyService.class), monitor);
				} catch (CoreException | IOException | RuntimeException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), "Import Cases", e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		return true;
	}

	/** Folder, pattern, target study; the pairs found or why the folder is refused. */
	final class CasesPage extends WizardPage {

		private Text folder;
		private Text image;
		private Text label;
		private Text roi;
		private Button labelRequired;
		private Text channel;
		private Combo projects;
		private Combo studies;
		private Table table;
		private Label problem;
		private List<IProject> projectChoices = List.of();
		private List<Path> studyChoices = List.of();
		private List<CasePairing.PairedCase> cases = List.of();

		CasesPage() {
			super("cases");
			setTitle("Import cases");
			setDescription("Pair the image files of a folder into cases by their names: CASE + suffix + .nii.gz/.nii/.mha/.mhd/.nrrd/.nhdr.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(3, false));
			folder = Widgets.field(c, "Folder:", "import.folder", "", "The folder that holds the case images");
			Button browse = new Button(c, SWT.PUSH);
			browse.setText("Browse…");
			browse.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> {
				String dir = new DirectoryDialog(getShell()).open();
				if (dir != null) {
					folder.setText(dir);
				}
			}));
			image = span(Widgets.field(c, "Image suffix:", "import.imageSuffix", CasePairing.Pattern.DEFAULT.imageSuffix(),
					"CASE + this suffix is the case's image, e.g. c01_image.nii.gz"));
			label = span(Widgets.field(c, "Label map suffix:", "import.labelSuffix", CasePairing.Pattern.DEFAULT.labelSuffix(),
					"CASE + this suffix is the case's label map (ground truth)"));
			roi = span(Widgets.field(c, "ROI mask suffix:", "import.roiSuffix", CasePairing.Pattern.DEFAULT.roiSuffix(),
					"CASE + this suffix is the case's ROI mask (optional per case); empty to not look for ROI masks"));
			new Label(c, SWT.NONE);
			labelRequired = Widgets.id(new Button(c, SWT.CHECK), "import.labelRequired");
			labelRequired.setText("Every case needs a label map (untick for STAPLE studies without ground truth)");
			labelRequired.setSelection(true);
			labelRequired.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			channel = span(Widgets.field(c, "Channel name:", "import.channel", "t1", "The name of each case's image channel in the study"));
			new Label(c, SWT.NONE).setText("Project:");
			projects = span(Widgets.id(new Combo(c, SWT.READ_ONLY), "import.project"));
			new Label(c, SWT.NONE).setText("Add to study:");
			studies = span(Widgets.id(new Combo(c, SWT.READ_ONLY), "import.study"));
			table = Widgets.id(new Table(c, SWT.BORDER | SWT.FULL_SELECTION), "import.cases");
			table.setHeaderVisible(true);
			table.setLinesVisible(true);
			for (String h : new String[] {"Case", "Image", "Label map", "ROI mask"}) {
				TableColumn col = new TableColumn(table, SWT.NONE);
				col.setText(h);
				col.setWidth(h.equals("Case") ? 90 : 190);
			}
			GridData td = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
			td.heightHint = 160;
			table.setLayoutData(td);
			problem = Widgets.id(new Label(c, SWT.WRAP), "import.problem");
			GridData pd = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
			pd.widthHint = 600;
			problem.setLayoutData(pd);
			projectChoices = Widgets.openProjects();
			projectChoices.forEach(p -> projects.add(p.getName()));
			projects.select(Math.max(0, projectChoices.indexOf(initial)));
			fillStudies();
			projects.addModifyListener(e -> {
				fillStudies();
				validate();
			});
			for (Text t : new Text[] {folder, image, label, roi, channel}) {
				t.addModifyListener(e -> validate());
			}
			studies.addModifyListener(e -> validate());
			labelRequired.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> validate()));
			setControl(c);
			validate();
		}

		private <C extends org.eclipse.swt.widgets.Control> C span(C control) {
			control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			return control;
		}

		private void fillStudies() {
			studies.removeAll();
			studyChoices = new ArrayList<>();
			if (projects.getSelectionIndex() >= 0) {
				try (Stream<Path> files = Files.list(SegSenseProjects.folder(project()))) {
					studyChoices = files.filter(f -> f.getFileName().toString().endsWith(".segsense")).sorted().toList();
				} catch (IOException e) {
					studyChoices = List.of();
				}
			}
			studyChoices.forEach(f -> studies.add(f.getFileName().toString()));
			studies.select(0);
		}

		IProject project() {
			return projectChoices.get(projects.getSelectionIndex());
		}

		Path study() {
			return studyChoices.get(studies.getSelectionIndex());
		}

		private void validate() {
			table.removeAll();
			cases = List.of();
			String error = null;
			if (projectChoices.isEmpty()) {
				error = "There is no open project: create one with File → New → SegSense Project first.";
			} else if (studyChoices.isEmpty()) {
				error = project().getName() + " has no study: create one with File → New → SegSense Study first.";
			} else if (folder.getText().isBlank()) {
				error = null;
			} else if (channel.getText().isBlank()) {
				error = "The channel name must not be empty.";
			} else {
				try {
					cases = CasePairing.pair(Path.of(folder.getText().trim()),
							new CasePairing.Pattern(image.getText(), label.getText(), roi.getText(), labelRequired.getSelection()));
					for (CasePairing.PairedCase pc : cases) {
						TableItem item = new TableItem(table, SWT.NONE);
						item.setText(new String[] {pc.id(), pc.image().getFileName().toString(), name(pc.label()), name(pc.roi())});
					}
				} catch (IllegalArgumentException e) {
					error = e.getMessage();
				}
			}
			setErrorMessage(error);
			problem.setText(error == null ? "" : error);
			problem.getParent().layout(true);
			if (error == null && folder.getText().isBlank()) {
				setMessage("Choose the folder that holds the case images.");
			} else {
				setMessage(error == null ? cases.size() + " cases found; Finish copies them into images/ and adds them to the study." : null);
			}
			setPageComplete(error == null && !cases.isEmpty());
		}

		private String name(java.util.Optional<Path> p) {
			return p.map(f -> f.getFileName().toString()).orElse("—");
		}
	}
}
