// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.runs;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;
import org.segsense.engine.store.ResultStore;
import org.segsense.workflows.run.RunFolderNames;

/**
 * The Project Explorer's run commands (plugin.xml): Run… on a study file, Resume… and Reproduce… on a run folder
 * (one holding {@code results.sqlite}). Each handler is enabled only for its selection, and its menu entry shows
 * only then.
 */
public final class RunCommands {

	/** Command ids. */
	public static final String RUN = "org.segsense.ui.runs.run", RESUME = "org.segsense.ui.runs.resume", REPRODUCE = "org.segsense.ui.runs.reproduce";

	private RunCommands() {
	}

	/** @return the one selected resource's file-system path when it is a study file (not a run's copy), else null */
	static Path studyFile(ISelection selection) {
		IResource r = single(selection);
		Path p = r instanceof IFile f && f.getLocation() != null && f.getName().endsWith(".segsense") ? f.getLocation().toFile().toPath() : null;
		return p != null && !RunFolderNames.isRunCopy(p) ? p : null;
	}

	/** @return the one selected resource's file-system path when it is a run folder, else null */
	static Path runFolder(ISelection selection) {
		IResource r = single(selection);
		Path p = r instanceof IFolder f && f.getLocation() != null ? f.getLocation().toFile().toPath() : null;
		return p != null && Files.isRegularFile(p.resolve(ResultStore.FILE)) ? p : null;
	}

	private static IResource single(ISelection selection) {
		return selection instanceof IStructuredSelection s && s.size() == 1 ? Adapters.adapt(s.getFirstElement(), IResource.class) : null;
	}

	private abstract static class SelectionHandler extends AbstractHandler {
		@Override
		public void setEnabled(Object context) {
			Object s = HandlerUtil.getVariable(context, ISources.ACTIVE_CURRENT_SELECTION_NAME);
			setBaseEnabled(s instanceof ISelection sel && path(sel) != null);
		}

		abstract Path path(ISelection selection);

		abstract void execute(Shell shell, Path path);

		@Override
		public Object execute(ExecutionEvent event) {
			Path p = path(HandlerUtil.getCurrentSelection(event));
			if (p != null) {
				execute(HandlerUtil.getActiveShell(event), p);
			}
			return null;
		}
	}

	/** Run… on a study file. */
	public static final class Run extends SelectionHandler {
		@Override
		Path path(ISelection selection) {
			return studyFile(selection);
		}

		@Override
		void execute(Shell shell, Path study) {
			RunActions.run(shell, study, null);
		}
	}

	/** Resume… on a run folder (its own study copy). */
	public static final class Resume extends SelectionHandler {
		@Override
		Path path(ISelection selection) {
			return runFolder(selection);
		}

		@Override
		void execute(Shell shell, Path runDir) {
			RunActions.resume(shell, null, null, runDir);
		}
	}

	/** Reproduce… on a run folder. */
	public static final class Reproduce extends SelectionHandler {
		@Override
		Path path(ISelection selection) {
			return runFolder(selection);
		}

		@Override
		void execute(Shell shell, Path runDir) {
			RunActions.reproduce(shell, null, runDir);
		}
	}
}
