// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.models;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.segsense.ui.SegSensePerspective;
import org.segsense.workflows.model.ModelInspectionService;
import org.segsense.workflows.model.ModelInspectionServiceImpl;

/** The Models view's actions: reveal a model's folder in the Project Explorer, show its properties; the inspection service. */
final class ModelActions {

	private ModelActions() {
	}

	/** Opens the Project Explorer and selects the model's folder there (nothing for null). */
	static void showInProjectExplorer(IWorkbenchPartSite site, ModelEntry entry) {
		if (entry == null) {
			return;
		}
		try {
			IViewPart v = site.getPage().showView(SegSensePerspective.PROJECT_EXPLORER);
			if (v instanceof ISetSelectionTarget t) {
				t.selectReveal(new StructuredSelection(entry.folder()));
			}
		} catch (PartInitException e) {
			site.getWorkbenchWindow().getShell().getDisplay().beep();
		}
	}

	/** Shows the Properties view, which shows the selected model's folder (the view's selection adapts to it). */
	static void showProperties(IWorkbenchPartSite site) {
		try {
			site.getPage().showView(IPageLayout.ID_PROP_SHEET, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			site.getWorkbenchWindow().getShell().getDisplay().beep();
		}
	}

	/** @return the registered inspection service (Declarative Services), or a plain instance when none is registered */
	static ModelInspectionService inspectionService() {
		Bundle bundle = FrameworkUtil.getBundle(ModelActions.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		ServiceReference<ModelInspectionService> ref = context == null ? null : context.getServiceReference(ModelInspectionService.class);
		ModelInspectionService s = ref == null ? null : context.getService(ref);
		return s != null ? s : new ModelInspectionServiceImpl();
	}
}
