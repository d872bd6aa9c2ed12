// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.catalog;

/**
 * The metric catalog of this runtime as an OSGi service (Declarative Services): the built-ins, then
 * every contribution to {@value MetricCatalog#EXTENSION_POINT}, following the extension registry, so
 * that a bundle installed at run time adds its metrics and an uninstalled one takes them away.
 * Inject it ({@code @Reference}) or get it from the service registry; plain-Java code uses
 * {@link MetricCatalog#installed()}, which delegates here when this service runs.
 */
public interface MetricCatalogService {

	/** @return the catalog as the registry holds it now (an immutable snapshot) */
	MetricCatalog catalog();

	/** @param listener called after metrics were contributed or removed */
	void addChangeListener(Runnable listener);

	/** @param listener a listener given to {@link #addChangeListener} */
	void removeChangeListener(Runnable listener);
}
