// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.util.function.BiConsumer;

import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.segsense.metrics.catalog.MetricCatalogService;
import org.segsense.perturb.PerturbationCatalogService;

/**
 * Tells an editor page (on the UI thread) when plug-ins installed or removed at run time change a catalogue,
 * through the catalogue's DS service ({@link PerturbationCatalogService}, {@link MetricCatalogService});
 * does nothing where that service is not running (the catalogue is then read afresh whenever the page
 * refreshes its list).
 *
 * @param <S> the catalogue service
 */
final class CatalogListener<S> implements AutoCloseable {

	private final BundleContext context;
	private final ServiceReference<S> reference;
	private final S service;
	private final Runnable listener;
	private final BiConsumer<S, Runnable> remove;

	private CatalogListener(Class<S> type, BiConsumer<S, Runnable> add, BiConsumer<S, Runnable> remove, Runnable onChange) {
		Display display = Display.getCurrent();
		Bundle bundle = FrameworkUtil.getBundle(CatalogListener.class);
		context = bundle == null ? null : bundle.getBundleContext();
		reference = context == null ? null : context.getServiceReference(type);
		service = reference == null ? null : context.getService(reference);
		listener = () -> display.asyncExec(onChange);
		this.remove = remove;
		if (service != null) {
			add.accept(service, listener);
		}
	}

	/** @return a listener of the perturbation catalogue calling {@code onChange} on the UI thread */
	static CatalogListener<PerturbationCatalogService> perturbations(Runnable onChange) {
		return new CatalogListener<>(PerturbationCatalogService.class, PerturbationCatalogService::addChangeListener,
				PerturbationCatalogService::removeChangeListener, onChange);
	}

	/** @return a listener of the metric catalogue calling {@code onChange} on the UI thread */
	static CatalogListener<MetricCatalogService> metrics(Runnable onChange) {
		return new CatalogListener<>(MetricCatalogService.class, MetricCatalogService::addChangeListener,
				MetricCatalogService::removeChangeListener, onChange);
	}

	@Override
	public void close() {
		if (service != null) {
			remove.accept(service, listener);
			context.ungetService(reference);
		}
	}
}
