// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.catalog.internal;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.metrics.catalog.MetricDescriptor;
import org.segsense.metrics.spi.ContributedMetric;

/** Reads {@value MetricCatalog#EXTENSION_POINT}; isolated so that plain Java never loads registry classes. */
public final class ContributedMetrics {

	private ContributedMetrics() {
	}

	/**
	 * Reads the registry of this runtime, if there is one.
	 *
	 * @param into receives the metrics after those already there
	 * @param problems receives one line per ignored contribution
	 */
	public static void read(List<MetricDescriptor> into, List<String> problems) {
		IExtensionRegistry registry;
		try {
			registry = RegistryFactory.getRegistry();
		} catch (LinkageError notInOsgi) {
			return; // plain Java without the registry jar: built-ins only
		}
		if (registry != null) {
			read(registry, into, problems);
		}
	}

	/**
	 * @param registry the extension registry to read
	 * @param into receives the metrics after those already there
	 * @param problems receives one line per ignored contribution
	 */
	public static void read(IExtensionRegistry registry, List<MetricDescriptor> into, List<String> problems) {
		for (IConfigurationElement element : registry.getConfigurationElementsFor(MetricCatalog.EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			String id = element.getAttribute("id");
			try {
				Object implementation = element.createExecutableExtension("class");
				if (!(implementation instanceof ContributedMetric metric)) {
					problems.add("metric '" + id + "' of " + contributor + " ignored: its class does not implement "
							+ ContributedMetric.class.getName());
					continue;
				}
				MetricDescriptor descriptor = new MetricDescriptor(id, element.getAttribute("name"),
						element.getAttribute("unit"), Boolean.parseBoolean(element.getAttribute("higherIsBetter")),
						Boolean.parseBoolean(element.getAttribute("signed")),
						element.getAttribute("description"), contributor, metric);
				addUnlessDuplicate(into, descriptor, problems);
			} catch (CoreException | RuntimeException e) {
				problems.add("metric '" + id + "' of " + contributor + " ignored: " + e.getMessage());
			}
		}
	}

	/**
	 * @param into the metrics so far
	 * @param descriptor added unless its id is taken
	 * @param problems receives a line when it is not added
	 */
	public static void addUnlessDuplicate(List<MetricDescriptor> into, MetricDescriptor descriptor, List<String> problems) {
		for (MetricDescriptor existing : into) {
			if (existing.id().equals(descriptor.id())) {
				problems.add("metric '" + descriptor.id() + "' of " + descriptor.contributor()
						+ " ignored: the id is already used by " + existing.contributor());
				return;
			}
		}
		into.add(descriptor);
	}
}
