// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.segsense.metrics.LabelMetrics;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.metrics.catalog.MetricCatalogService;
import org.segsense.metrics.catalog.MetricDescriptor;
import org.segsense.testing.TestBundles;

/** The metric catalog as an OSGi service that follows the extension registry. */
class MetricCatalogServiceTest {

	private static final String ID = "runtimeFalsePositiveMl";

	@Test
	void theServiceListsTheBuiltInsThenWhatTheRegistryHolds() {
		BundleContext context = context();
		ServiceReference<MetricCatalogService> ref = context.getServiceReference(MetricCatalogService.class);
		assertNotNull(ref, "MetricCatalogService is registered (Declarative Services running)");
		try {
			MetricCatalog catalog = context.getService(ref).catalog();
			List<String> expected = new ArrayList<>(List.of(LabelMetrics.NAMES));
			Arrays.stream(RegistryFactory.getRegistry().getConfigurationElementsFor(MetricCatalog.EXTENSION_POINT))
					.forEach(e -> expected.add(e.getAttribute("id")));
			assertTrue(expected.contains("falsePositiveVolumeMl"), expected.toString());
			assertEquals(expected, catalog.descriptors().stream().map(MetricDescriptor::id).toList());
			assertTrue(catalog.problems().isEmpty(), catalog.problems()::toString);
		} finally {
			context.ungetService(ref);
		}
	}

	@Test
	void aBundleInstalledAtRunTimeContributesUntilItIsUninstalled(@TempDir Path dir) throws Exception {
		BundleContext context = context();
		ServiceReference<MetricCatalogService> ref = context.getServiceReference(MetricCatalogService.class);
		MetricCatalogService service = context.getService(ref);
		int before = service.catalog().descriptors().size();
		Path jar = TestBundles.pluginJar(dir, "org.segsense.metrics.runtimetest", "org.segsense.metrics.volumes", """
				<extension point="org.segsense.metrics.metrics">
				   <metric id="runtimeFalsePositiveMl" name="FP volume, installed at run time" unit="ml" higherIsBetter="false"
				         description="As falsePositiveVolumeMl." class="org.segsense.metrics.volumes.FalsePositiveVolume"/>
				</extension>""");
		Bundle bundle = context.installBundle(jar.toUri().toString());
		try {
			bundle.start();
			TestBundles.await("the service lists " + ID, () -> service.catalog().find(ID).isPresent());
			assertEquals(before + 1, service.catalog().descriptors().size());
			assertEquals("org.segsense.metrics.runtimetest", service.catalog().find(ID).get().contributor());
			assertTrue(MetricCatalog.installed().find(ID).isPresent(), "the static bridge sees it too");
		} finally {
			bundle.uninstall();
		}
		TestBundles.await("the service drops " + ID, () -> service.catalog().find(ID).isEmpty());
		assertEquals(before, service.catalog().descriptors().size());
		assertFalse(MetricCatalog.installed().find(ID).isPresent());
		context.ungetService(ref);
	}

	private static BundleContext context() {
		BundleContext context = FrameworkUtil.getBundle(MetricCatalog.class).getBundleContext();
		assertNotNull(context, "org.segsense.metrics is started");
		return context;
	}
}
