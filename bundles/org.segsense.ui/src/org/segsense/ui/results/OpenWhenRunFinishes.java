// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.results;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.segsense.ui.runs.RunJobs;

/**
 * Opens the results editor of a run started from the workbench when it finishes (completed, incomplete or cancelled:
 * every run that {@link RunJobs#onFinished} reports), on the UI thread, in the active window's page, brought to the
 * top without taking the focus. Registered at workbench startup ({@code org.eclipse.ui.startup}). A preference of
 * {@code org.segsense.ui}, {@value #PREFERENCE}, switches it (default on; the system property of the same name sets
 * the default — the UI tests start with it off so that their runs open no editors); the user sets it on the
 * preference page {@link ResultsPreferencePage} (Window → Preferences → SegSense Results).
 */
public final class OpenWhenRunFinishes implements IStartup {

	/** The preference (instance scope of {@code org.segsense.ui}) and the system property giving its default. */
	public static final String PREFERENCE = "segsense.results.openWhenRunFinishes";
	private static final String NODE = "org.segsense.ui";
	private static Runnable registered;

	@Override
	public void earlyStartup() {
		install();
	}

	/** Registers the listener once (any thread). */
	public static synchronized void install() {
		if (registered == null) {
			registered = RunJobs.onFinished(OpenWhenRunFinishes::finished);
		}
	}

	/** @return whether the listener is registered (by the workbench's startup) */
	public static synchronized boolean installed() {
		return registered != null;
	}

	/** @return whether a finished run opens its results */
	public static boolean enabled() {
		return Platform.getPreferencesService().getBoolean(NODE, PREFERENCE, byDefault(), null);
	}

	/** @return the preference's default: on, unless the system property {@value #PREFERENCE} says false */
	public static boolean byDefault() {
		return Boolean.parseBoolean(System.getProperty(PREFERENCE, "true"));
	}

	/** Switches the preference (saved in the workspace's instance scope). */
	public static void setEnabled(boolean on) {
		InstanceScope.INSTANCE.getNode(NODE).putBoolean(PREFERENCE, on); // saved with the workspace's preferences
	}

	private static void finished(Path runDir) {
		if (!enabled() || !PlatformUI.isWorkbenchRunning() || !ResultsEditor.isRunFolder(runDir)) {
			return;
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page != null) {
			try {
				page.openEditor(new org.segsense.ui.viewer.PathEditorInput(runDir), ResultsEditor.ID, false);
			} catch (PartInitException e) {
				Platform.getLog(OpenWhenRunFinishes.class).log(e.getStatus());
			}
		}
	}
}
