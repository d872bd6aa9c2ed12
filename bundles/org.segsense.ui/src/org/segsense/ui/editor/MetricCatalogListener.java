// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.segsense.metrics.catalog.MetricCatalogService;

/**
 * Tells the editor (on the UI thread) when plug-ins installed or removed at run time change the metric
 * catalogue, through {@link MetricCatalogService}; does nothing where that service is not running (the
 * catalogue is then read afresh whenever the page refreshes), as {@link CatalogListener} does for
 * perturbations.
 */
final class MetricCatalogListener implements AutoCloseable {

	private final BundleContext context;
	private final ServiceReference<MetricCatalogService> reference;
	private final MetricCatalogService service;
	private final Runnable listener;

	MetricCatalogListener(Runnable onChange) {
		Display display = Display.getCurrent();
		Bundle bundle = FrameworkUtil.getBundle(MetricCatalogListener.class);
		context = bundle == null ? null : bundle.getBundleContext();
		reference = context == null ? null : context.getServiceReference(MetricCatalogService.class);
		service = reference == null ? null : context.getService(reference);
		listener = () -> display.asyncExec(onChange);
		if (service != null) {
			service.addChangeListener(listener);
		}
	}

	@Override
	public void close() {
		if (service != null) {
			service.removeChangeListener(listener);
			context.ungetService(reference);
		}
	}
}
