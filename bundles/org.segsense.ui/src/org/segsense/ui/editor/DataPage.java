// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.segsense.model.Case;
import org.segsense.model.FileReference;
import org.segsense.model.SegsensePackage.Literals;
import org.segsense.model.validation.ObjectPaths;
import org.segsense.model.validation.Problem;

/**
 * Data: the study's cases — id, channels with their files, label map, ROI mask, whether checksums are
 * recorded — and a thumbnail of the selected case ({@link CaseThumbnail}). Add (picked files,
 * {@link AddCaseDialog}), Import (a folder paired by pattern, {@link ImportCasesDialog}) and Remove are EMF
 * commands: one undoable command per user action. Files are referenced where they are ({@link CaseFiles}).
 */
final class DataPage extends FormPage {

	static final String ID = Ids.DATA_PAGE;

	private final StudyEditor editor;
	private final Decorations decorations = new Decorations();
	private Case selected;
	private Table cases;
	private CaseThumbnail thumbnail;
	private Case thumbnailOf;

	DataPage(StudyEditor editor) {
		super(editor, ID, "Data");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit tk = managedForm.getToolkit();
		managedForm.getForm().setText("Data");
		tk.decorateFormHeading(managedForm.getForm().getForm());
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(2, false));

		Composite c = OverviewPage.section(tk, body, "Cases",
				"Each case is one subject: its image channels, label map and ROI mask. Files are referenced where they are.");
		c.setLayout(new GridLayout(3, false));
		cases = tk.createTable(c, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		cases.setData(Ids.KEY, Ids.CASES);
		cases.setHeaderVisible(true);
		GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		gd.heightHint = 260;
		gd.widthHint = 700; // wide paths and problems scroll inside the table
		cases.setLayoutData(gd);
		for (String[] col : new String[][] {{"Case", "90"}, {"Channels", "230"}, {"Label map", "170"}, {"ROI mask", "130"}, {"Checksums", "110"}, {"Problems", "400"}}) {
			TableColumn t = new TableColumn(cases, SWT.LEFT);
			t.setText(col[0]);
			t.setWidth(Integer.parseInt(col[1]));
		}
		decorations.add(cases, editor::study, Literals.STUDY__CASES);
		cases.addListener(SWT.MouseHover, e -> { // a row's whole problem text, which the column may cut
			TableItem item = cases.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
			String problems = item == null ? "" : item.getText(5);
			cases.setToolTipText(problems.isEmpty() ? null : problems);
		});
		cases.addListener(SWT.Selection, e -> {
			int i = cases.getSelectionIndex();
			selected = i < 0 ? null : editor.study().getCases().get(i);
			refresh();
		});
		button(tk, c, "Add\u2026", Ids.CASE_ADD, "Pick the image files of a new case.", this::addCase);
		button(tk, c, "Import\u2026", Ids.CASE_IMPORT, "Add every case of a folder, paired by file names.", this::importCases);
		button(tk, c, "Remove", Ids.CASE_REMOVE, "Remove the selected case from the study (its files stay).", this::removeCase);

		Composite t = OverviewPage.section(tk, body, "Thumbnail", "The middle axial slice of the first channel, label map over it.");
		((GridData) t.getParent().getLayoutData()).grabExcessHorizontalSpace = false;
		((GridLayout) t.getLayout()).numColumns = 1;
		thumbnail = new CaseThumbnail(tk, t);
		GridData td = new GridData(SWT.CENTER, SWT.TOP, false, false);
		td.widthHint = CaseThumbnail.SIZE;
		td.heightHint = CaseThumbnail.SIZE;
		thumbnail.control().setLayoutData(td);

		editor.onChange(this::refresh);
		refresh();
	}

	private static void button(FormToolkit tk, Composite parent, String text, String id, String tooltip, Runnable action) {
		Button b = tk.createButton(parent, text, SWT.PUSH);
		b.setData(Ids.KEY, id);
		b.setToolTipText(tooltip);
		b.addListener(SWT.Selection, e -> action.run());
	}

	private Path studyDir() {
		return editor.file().getParent();
	}

	private void addCase() {
		AddCaseDialog d = new AddCaseDialog(cases.getShell(), editor.study(), studyDir());
		if (d.open() == AddCaseDialog.OK && d.result() != null) {
			selected = d.result();
			editor.execute(AddCommand.create(editor.getEditingDomain(), editor.study(), Literals.STUDY__CASES, d.result()));
		}
	}

	private void importCases() {
		ImportCasesDialog d = new ImportCasesDialog(cases.getShell(), editor.study(), studyDir());
		if (d.open() == ImportCasesDialog.OK && d.result() != null && !d.result().isEmpty()) {
			selected = d.result().get(0);
			CompoundCommand c = new CompoundCommand("Import " + d.result().size() + " cases");
			c.append(AddCommand.create(editor.getEditingDomain(), editor.study(), Literals.STUDY__CASES, d.result()));
			editor.execute(c);
		}
	}

	private void removeCase() {
		if (selected != null) {
			Case c = selected;
			selected = null;
			editor.execute(RemoveCommand.create(editor.getEditingDomain(), editor.study(), Literals.STUDY__CASES, c));
		}
	}

	private void refresh() {
		if (cases == null || cases.isDisposed()) {
			return;
		}
		List<Case> all = editor.study().getCases();
		if (selected != null && !all.contains(selected)) {
			selected = null;
		}
		if (selected == null && !all.isEmpty()) {
			selected = all.get(0);
		}
		cases.removeAll();
		for (Case k : all) {
			TableItem item = new TableItem(cases, SWT.NONE);
			item.setText(new String[] {nz(k.getId()), channels(k), path(k.getLabelImage()), path(k.getRoiMask()), checksums(k), problems(k)});
		}
		cases.setSelection(selected == null ? -1 : all.indexOf(selected));
		if (selected != thumbnailOf || selected == null) {
			thumbnailOf = selected;
			thumbnail.show(selected == null ? null : selected.getId(), selected == null ? null : CaseFiles.firstChannel(studyDir(), selected).orElse(null),
					selected == null || selected.getLabelImage() == null || selected.getLabelImage().getPath() == null ? null
							: CaseFiles.resolve(studyDir(), selected.getLabelImage().getPath()));
		}
		decorations.show(editor.problems());
		getManagedForm().getForm().reflow(true);
	}

	private static String channels(Case k) {
		return String.join("; ", k.getChannels().stream().map(c -> nz(c.getName()) + ": " + nz(c.getPath())).toList());
	}

	private static String path(FileReference r) {
		return r == null || r.getPath() == null ? "\u2014" : r.getPath();
	}

	/** @return the validation problems of a case and its files (missing file, no channel …), errors first, or empty */
	private String problems(Case k) {
		String path = ObjectPaths.pathOf(k);
		List<Problem> mine = editor.problems().stream().filter(p -> p.path().equals(path) || p.path().startsWith(path + "/"))
				.sorted(java.util.Comparator.comparing(Problem::severity)).toList();
		return String.join(" ", mine.stream().map(p -> p.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + p.message()).toList());
	}

	/** @return how many of the case's files have a recorded checksum */
	static String checksums(Case k) {
		List<FileReference> files = Stream.concat(k.getChannels().stream().map(c -> (FileReference) c),
				Stream.of(k.getLabelImage(), k.getRoiMask())).filter(f -> f != null).toList();
		long recorded = files.stream().filter(f -> f.getChecksum() != null && !f.getChecksum().isBlank()).count();
		return recorded == 0 ? "not recorded" : recorded == files.size() ? "all " + recorded + " recorded" : recorded + " of " + files.size() + " recorded";
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
