// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The application services (OSGi DS components of org.segsense.workflows) as the workbench finds them. */
final class Services {

	private Services() {
	}

	/** @return the registered service; fails with a message naming the missing bundle when none is */
	static <T> T get(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		ServiceReference<T> ref = context == null ? null : context.getServiceReference(type);
		T service = ref == null ? null : context.getService(ref);
		if (service == null) {
			throw new IllegalStateException(type.getName() + " is not registered: the bundle org.segsense.workflows (and Felix SCR) must be started.");
		}
		return service;
	}
}
