// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import org.eclipse.core.resources.IFolder;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;

/**
 * Decorates a run folder (one holding a results store) in the Project Explorer with its status and job
 * counts ({@link RunInfo#label()}), e.g. {@code run-1 [completed, 126/126 jobs]}. A lightweight decorator: the
 * workbench calls it off the UI thread.
 */
public final class RunDecorator extends LabelProvider implements ILightweightLabelDecorator {

	/** The decorator id (plugin.xml). */
	public static final String ID = "org.segsense.ui.projects.runDecorator";

	@Override
	public void decorate(Object element, IDecoration decoration) {
		if (element instanceof IFolder folder && folder.getLocation() != null) {
			RunInfo.of(folder.getLocation().toFile().toPath()).ifPresent(info -> decoration.addSuffix("  [" + info.label() + "]"));
		}
	}
}
