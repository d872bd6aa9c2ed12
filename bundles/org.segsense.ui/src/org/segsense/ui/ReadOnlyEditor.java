// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.part.EditorPart;

/**
 * An editor that only shows something (an image, a run, a comparison, the welcome page): never dirty, nothing to
 * save, no Save As.
 */
public abstract class ReadOnlyEditor extends EditorPart {

	@Override
	public final void doSave(IProgressMonitor monitor) {
		// nothing to save
	}

	@Override
	public final void doSaveAs() {
		// nothing to save
	}

	@Override
	public final boolean isDirty() {
		return false;
	}

	@Override
	public final boolean isSaveAsAllowed() {
		return false;
	}
}
