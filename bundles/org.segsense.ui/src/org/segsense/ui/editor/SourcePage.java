// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.segsense.model.io.StudyResources;

/** Source: the study as its file would hold it now (XMI, as Save writes it), read-only, current with every edit. */
final class SourcePage extends FormPage {

	static final String ID = Ids.SOURCE_PAGE;

	private final StudyEditor editor;
	private Text text;

	SourcePage(StudyEditor editor) {
		super(editor, ID, "Source");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		Composite body = managedForm.getForm().getBody();
		managedForm.getForm().setText("Source (read-only: edit on the other pages)");
		managedForm.getToolkit().decorateFormHeading(managedForm.getForm().getForm());
		body.setLayout(new GridLayout(1, false));
		text = managedForm.getToolkit().createText(body, "", SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		text.setData(Ids.KEY, Ids.SOURCE);
		text.setFont(JFaceResources.getTextFont());
		GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
		gd.widthHint = 600;
		gd.heightHint = 400;
		text.setLayoutData(gd);
		editor.onChange(this::refresh);
		refresh();
	}

	private void refresh() {
		if (text == null || text.isDisposed()) {
			return;
		}
		Fields.show(text, xmi());
	}

	String xmi() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			StudyResources.write(editor.study(), out);
		} catch (IOException e) {
			return "The study cannot be written as XMI: " + e.getMessage();
		}
		return out.toString(StandardCharsets.UTF_8);
	}
}
