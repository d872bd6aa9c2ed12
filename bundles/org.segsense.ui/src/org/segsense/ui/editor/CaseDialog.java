// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.util.function.Supplier;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The common frame of the Add Case and Import Cases dialogs: labelled fields with a Browse button, an error
 * line, and an OK that asks {@link #accept()} for the result; a refused input (an
 * {@link IllegalArgumentException}: unreadable file, duplicate id …) is shown in the error line with its
 * message and the dialog stays open with everything the user typed.
 */
abstract class CaseDialog<T> extends Dialog {

	private final String title;
	private final String id;
	private Label error;
	private T result;

	CaseDialog(Shell parent, String title, String id) {
		super(parent);
		this.title = title;
		this.id = id;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
		shell.setData(Ids.KEY, id);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite grid = new Composite(area, SWT.NONE);
		grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		grid.setLayout(new GridLayout(3, false));
		createFields(grid);
		error = new Label(grid, SWT.WRAP);
		error.setData(Ids.KEY, Ids.DIALOG_ERROR);
		error.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		gd.widthHint = 560;
		error.setLayoutData(gd);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setData(Ids.KEY, Ids.DIALOG_OK);
	}

	/** Adds the fields to a three-column grid (label, field, button). */
	abstract void createFields(Composite grid);

	/** @return the result of the fields as typed; refuses bad input with an {@link IllegalArgumentException} */
	abstract T accept();

	/** Shows a refusal (or nothing) in the error line. */
	void showError(String message) {
		if (error == null) {
			return; // while the fields are created
		}
		error.setText(message == null ? "" : message);
		error.getParent().layout(true);
		getShell().layout(true, true);
	}

	@Override
	protected void okPressed() {
		try {
			result = accept();
		} catch (IllegalArgumentException e) {
			showError(e.getMessage());
			return;
		}
		super.okPressed();
	}

	/** @return what OK accepted, or null when cancelled */
	T result() {
		return result;
	}

	static Text field(Composite grid, String label, String tooltip, String widgetId, int style) {
		Label l = new Label(grid, SWT.NONE);
		l.setText(label);
		l.setToolTipText(tooltip);
		l.setLayoutData(new GridData(SWT.LEFT, (style & SWT.MULTI) != 0 ? SWT.TOP : SWT.CENTER, false, false));
		Text t = new Text(grid, SWT.BORDER | style);
		t.setData(Ids.KEY, widgetId);
		t.setToolTipText(tooltip);
		GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
		gd.widthHint = 420;
		if ((style & SWT.MULTI) != 0) {
			gd.heightHint = 3 * t.getLineHeight();
		}
		t.setLayoutData(gd);
		return t;
	}

	/** A Browse button for {@code t}: files (appended one per line when {@code multi}), or a folder when {@code folder}. */
	static void browse(Composite grid, Text t, boolean folder, boolean multi, Supplier<String> startIn) {
		Button b = new Button(grid, SWT.PUSH);
		b.setText("Browse\u2026");
		b.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		b.addListener(SWT.Selection, e -> {
			if (folder) {
				DirectoryDialog d = new DirectoryDialog(b.getShell());
				d.setFilterPath(startIn.get());
				String dir = d.open();
				if (dir != null) {
					t.setText(dir);
				}
				return;
			}
			FileDialog d = new FileDialog(b.getShell(), SWT.OPEN | (multi ? SWT.MULTI : SWT.SINGLE));
			d.setFilterPath(startIn.get());
			d.setFilterExtensions(new String[] {"*.nii;*.nii.gz;*.mha;*.mhd;*.nrrd;*.nhdr", "*"});
			d.setFilterNames(new String[] {"Images (NIfTI, MetaImage, NRRD)", "All files"});
			if (d.open() == null) {
				return;
			}
			StringBuilder s = new StringBuilder(multi ? t.getText().strip() : "");
			for (String name : d.getFileNames()) {
				s.append(s.length() == 0 ? "" : "\n").append(java.nio.file.Path.of(d.getFilterPath(), name));
			}
			t.setText(s.toString());
		});
	}

	static void filler(Composite grid) {
		new Label(grid, SWT.NONE);
	}
}
