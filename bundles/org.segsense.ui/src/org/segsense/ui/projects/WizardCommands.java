// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.handlers.HandlerUtil;

/** The File menu's commands that open the project wizards on the current selection (plugin.xml). */
public final class WizardCommands {

	private WizardCommands() {
	}

	static Object open(IWorkbenchWizard wizard, ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		wizard.init(window.getWorkbench(), HandlerUtil.getCurrentStructuredSelection(event));
		new WizardDialog(window.getShell(), wizard).open();
		return null;
	}

	/** File → New SegSense Project… (a starter study, an empty project or the cerebellum example). */
	public static final class NewProject extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			return open(new NewProjectWizard(), event);
		}
	}

	/** File → New SegSense Study… */
	public static final class NewStudy extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			return open(new NewStudyWizard(), event);
		}
	}

	/** File → Import Cases… */
	public static final class ImportCases extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			return open(new ImportCasesWizard(), event);
		}
	}

	/** Help → Welcome: the welcome page. */
	public static final class Welcome extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			try {
				WelcomeEditor.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage());
			} catch (org.eclipse.ui.PartInitException e) {
				throw new ExecutionException("Cannot open the welcome page", e);
			}
			return null;
		}
	}
}
