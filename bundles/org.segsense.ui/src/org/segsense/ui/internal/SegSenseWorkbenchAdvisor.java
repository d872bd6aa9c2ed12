// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.segsense.ui.SegSensePerspective;

/**
 * Opens SegSense windows in the SegSense perspective and remembers their layout. The workspace's projects
 * are the pages' input (the Project Explorer shows them); the workspace is saved on exit.
 */
final class SegSenseWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
		IDE.registerAdapters();
		// The project icons of the Project Explorer: an IDE application declares them, an RCP application must.
		declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT, "prj_obj.png");
		declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "cprj_obj.png");
	}

	private static void declare(IWorkbenchConfigurer configurer, String key, String icon) {
		ImageDescriptor d = ImageDescriptor.createFromURLSupplier(true, () -> {
			try {
				return new java.net.URL("platform:/plugin/org.eclipse.ui.ide/icons/full/obj16/" + icon);
			} catch (java.net.MalformedURLException e) {
				return null;
			}
		});
		configurer.declareImage(key, d, true);
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return SegSensePerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new SegSenseWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		// the first start (no project yet): the welcome page
		org.segsense.ui.projects.WelcomeEditor.openOnFirstStart(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow());
	}

	@Override
	public boolean preShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		return true;
	}
}
