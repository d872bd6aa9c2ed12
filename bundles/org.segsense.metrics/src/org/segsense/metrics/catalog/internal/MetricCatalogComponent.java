// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.catalog.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.segsense.image.registry.LiveExtensionComponent;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.metrics.catalog.MetricCatalogService;
import org.segsense.metrics.catalog.MetricDescriptor;

/** The {@link MetricCatalogService}: built-ins and the contributions to {@value MetricCatalog#EXTENSION_POINT}, kept current. */
@Component(service = MetricCatalogService.class, immediate = true)
public final class MetricCatalogComponent extends LiveExtensionComponent<MetricCatalog> implements MetricCatalogService {

	/** @param registry the extension registry (a service of org.eclipse.equinox.registry) */
	@Activate
	public MetricCatalogComponent(@Reference IExtensionRegistry registry) {
		super(registry, MetricCatalog.EXTENSION_POINT, r -> {
			List<MetricDescriptor> contributed = new ArrayList<>();
			List<String> problems = new ArrayList<>();
			ContributedMetrics.read(r, contributed, problems);
			return MetricCatalog.of(contributed, problems);
		});
	}

	@Deactivate
	void deactivate() {
		close();
	}

	@Override
	public MetricCatalog catalog() {
		return current();
	}
}
