// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.segsense.testing.TestBundles;

/**
 * The inference engines as an OSGi service that follows the extension registry. The engine installed
 * at run time is this fragment's {@link BoxFilterEngine} (its package is the host's exported one).
 */
class InferenceEngineServiceTest {

	private static final String ID = "runtime-box";

	@Test
	void anEngineBundleInstalledAtRunTimeIsOfferedUntilItIsUninstalled(@TempDir Path dir) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(InferenceEngines.class).getBundleContext();
		assertNotNull(context, "org.segsense.inference is started");
		ServiceReference<InferenceEngineService> ref = context.getServiceReference(InferenceEngineService.class);
		assertNotNull(ref, "InferenceEngineService is registered (Declarative Services running)");
		InferenceEngineService service = context.getService(ref);
		assertEquals(registryIds(), ids(service.engines()));
		int before = service.engines().all().size();

		Path jar = TestBundles.pluginJar(dir, "org.segsense.inference.runtimetest", "org.segsense.inference", """
				<extension point="org.segsense.inference.engines">
				   <engine id="runtime-box" name="Box filter, installed at run time" class="org.segsense.inference.BoxFilterEngine"/>
				</extension>""");
		Bundle bundle = context.installBundle(jar.toUri().toString());
		try {
			bundle.start();
			TestBundles.await("the service offers " + ID, () -> service.engines().byId(ID).isPresent());
			assertEquals(registryIds(), ids(service.engines()), "the service lists what the registry holds");
			assertEquals(before + 1, service.engines().all().size());
			assertInstanceOf(BoxFilterEngine.class, service.engines().byId(ID).get().engine());
			assertTrue(InferenceEngines.installed().byId(ID).isPresent(), "the static bridge sees it too");
		} finally {
			bundle.uninstall();
		}
		TestBundles.await("the service drops " + ID, () -> service.engines().byId(ID).isEmpty());
		assertEquals(before, service.engines().all().size());
		assertFalse(InferenceEngines.installed().byId(ID).isPresent());
		context.ungetService(ref);
	}

	private static List<String> registryIds() {
		return Arrays.stream(RegistryFactory.getRegistry().getConfigurationElementsFor(InferenceEngines.EXTENSION_POINT))
				.map(e -> e.getAttribute("id")).toList();
	}

	private static List<String> ids(InferenceEngines engines) {
		return engines.all().stream().map(EngineDescriptor::id).toList();
	}
}
