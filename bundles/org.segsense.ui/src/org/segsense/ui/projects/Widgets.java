// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Small helpers of the wizard pages: labelled fields, widget ids (for tests and accessibility), the selected project. */
final class Widgets {

	/** The widget data key that names a control of the wizards (UI tests find controls by it). */
	static final String ID_KEY = "org.segsense.ui.id";

	private Widgets() {
	}

	static <C extends Control> C id(C control, String id) {
		control.setData(ID_KEY, id);
		return control;
	}

	static Text field(Composite parent, String label, String id, String value, String tooltip) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = id(new Text(parent, SWT.BORDER), id);
		text.setText(value);
		text.setToolTipText(tooltip);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}

	/** @return the project of the first selected resource, or null */
	static IProject selectedProject(IStructuredSelection selection) {
		if (selection != null && selection.getFirstElement() instanceof IAdaptable a) {
			IResource r = a.getAdapter(IResource.class);
			return r == null ? null : r.getProject();
		}
		return null;
	}

	/** @return the open projects of the workspace, by name */
	static List<IProject> openProjects() {
		return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(IProject::isOpen).toList();
	}
}
