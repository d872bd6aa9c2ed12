// SPDX-License-Identifier: EPL-2.0
package org.segsense.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.segsense.testing.TestBundles;

/** The report sections as an OSGi service that follows the extension registry. */
class ReportSectionServiceTest {

	private static final String ID = "runtime-summary";

	@Test
	void aSectionBundleInstalledAtRunTimeIsRenderedUntilItIsUninstalled(@TempDir Path dir) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ReportSections.class).getBundleContext();
		assertNotNull(context, "org.segsense.report is started");
		ServiceReference<ReportSectionService> ref = context.getServiceReference(ReportSectionService.class);
		assertNotNull(ref, "ReportSectionService is registered (Declarative Services running)");
		ReportSectionService service = context.getService(ref);
		List<String> registry = registryIdsInOrder();
		assertTrue(registry.contains("summary"), registry.toString());
		assertEquals(registry, ids(service.catalog().sections()));
		assertTrue(service.catalog().problems().isEmpty(), service.catalog().problems()::toString);
		int before = registry.size();

		Path jar = TestBundles.pluginJar(dir, "org.segsense.report.runtimetest", "org.segsense.report.sections", """
				<extension point="org.segsense.report.sections">
				   <section id="runtime-summary" name="Summary, installed at run time" order="1"
				         class="org.segsense.report.sections.SummarySection"/>
				</extension>""");
		Bundle bundle = context.installBundle(jar.toUri().toString());
		try {
			bundle.start();
			TestBundles.await("the service lists " + ID, () -> ids(service.catalog().sections()).contains(ID));
			List<String> now = ids(service.catalog().sections());
			assertEquals(ID, now.get(0), "order 1 puts it first: " + now);
			assertEquals(registryIdsInOrder(), now);
			assertEquals(before + 1, now.size());
			List<String> problems = new ArrayList<>();
			assertEquals(now, ids(ReportSections.installed(problems)), "the static accessor delegates to the service");
			assertTrue(problems.isEmpty(), problems.toString());
		} finally {
			bundle.uninstall();
		}
		TestBundles.await("the service drops " + ID, () -> !ids(service.catalog().sections()).contains(ID));
		assertEquals(before, service.catalog().sections().size());
		assertFalse(ids(ReportSections.installed(new ArrayList<>())).contains(ID));
		context.ungetService(ref);
	}

	private static List<String> registryIdsInOrder() {
		return Arrays.stream(RegistryFactory.getRegistry().getConfigurationElementsFor(ReportSections.EXTENSION_POINT))
				.sorted(Comparator.comparingInt(ReportSectionServiceTest::order).thenComparing(e -> e.getAttribute("id")))
				.map(e -> e.getAttribute("id")).toList();
	}

	private static int order(IConfigurationElement e) {
		return e.getAttribute("order") == null ? 1000 : Integer.parseInt(e.getAttribute("order").trim());
	}

	private static List<String> ids(List<ReportSections.Descriptor> sections) {
		return sections.stream().map(ReportSections.Descriptor::id).toList();
	}
}
