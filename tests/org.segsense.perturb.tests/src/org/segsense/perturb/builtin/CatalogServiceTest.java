// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.segsense.image.Image;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.perturb.PerturbationCatalogService;
import org.segsense.perturb.PerturbationDescriptor;
import org.segsense.perturb.PerturbationInput;
import org.segsense.testing.TestBundles;

/** The perturbation catalogue as an OSGi service that follows bundles installed and uninstalled at run time. */
class CatalogServiceTest {

	private static final String ID = "runtime-offset";

	@Test
	void theServiceListsWhatTheRegistryHolds() {
		BundleContext context = context();
		ServiceReference<PerturbationCatalogService> ref = context.getServiceReference(PerturbationCatalogService.class);
		assertNotNull(ref, "PerturbationCatalogService is registered (Declarative Services running)");
		PerturbationCatalogService service = context.getService(ref);
		try {
			List<String> registry = Arrays.stream(RegistryFactory.getRegistry().getConfigurationElementsFor(PerturbationCatalog.EXTENSION_POINT))
					.map(e -> e.getAttribute("id")).toList();
			assertTrue(registry.containsAll(CatalogTest.IDS), registry.toString());
			assertEquals(registry, service.catalog().all().stream().map(PerturbationDescriptor::id).toList());
			assertTrue(service.catalog().problems().isEmpty(), service.catalog().problems().toString());
		} finally {
			context.ungetService(ref);
		}
	}

	@Test
	void aBundleInstalledAtRunTimeContributesUntilItIsUninstalled(@TempDir Path dir) throws Exception {
		BundleContext context = context();
		ServiceReference<PerturbationCatalogService> ref = context.getServiceReference(PerturbationCatalogService.class);
		PerturbationCatalogService service = context.getService(ref);
		AtomicInteger changes = new AtomicInteger();
		Runnable listener = changes::incrementAndGet;
		service.addChangeListener(listener);
		int before = service.catalog().all().size();
		assertFalse(service.catalog().byId(ID).isPresent());
		assertFalse(PerturbationCatalog.installed().byId(ID).isPresent());

		// Another id for a class of org.segsense.perturb.builtin: the jar holds no code.
		Path jar = TestBundles.pluginJar(dir, "org.segsense.perturb.runtimetest", "org.segsense.perturb.builtin", """
				<extension point="org.segsense.perturb.perturbations">
				   <perturbation id="runtime-offset" name="Offset installed at run time" category="intensity"
				         class="org.segsense.perturb.builtin.IntensityOffset" description="Adds a constant.">
				      <parameter name="offset" unit="intensity" min="-100" max="100" default="0" description="The constant."/>
				   </perturbation>
				</extension>""");
		Bundle bundle = context.installBundle(jar.toUri().toString());
		try {
			bundle.start();
			long ms = TestBundles.await("the service lists " + ID, () -> service.catalog().byId(ID).isPresent());
			System.out.println("CatalogServiceTest: contribution seen " + ms + " ms after start");
			PerturbationDescriptor d = service.catalog().require(ID);
			assertEquals("org.segsense.perturb.runtimetest", d.contributor());
			assertEquals(100, d.parameters().get(0).maximum());
			assertEquals(before + 1, service.catalog().all().size());
			assertTrue(PerturbationCatalog.installed().byId(ID).isPresent(), "the static bridge sees it too");
			assertTrue(changes.get() >= 1, "change listeners are told");

			Image in = Volumes.ramp(Volumes.grid(4, 3, 2, 1, 1, 1));
			float[] out = d.apply(new PerturbationInput(in, null, null), Map.of("offset", 2.5), new SplittableRandom(1)).image().floats();
			float[] v = in.floats();
			for (int i = 0; i < v.length; i++) {
				assertEquals(v[i] + 2.5f, out[i], 1e-6, "voxel " + i);
			}
		} finally {
			bundle.uninstall();
		}
		TestBundles.await("the service drops " + ID, () -> service.catalog().byId(ID).isEmpty());
		assertEquals(before, service.catalog().all().size());
		assertFalse(PerturbationCatalog.installed().byId(ID).isPresent(), "the static bridge drops it too");
		service.removeChangeListener(listener);
		context.ungetService(ref);
	}

	/** The context of org.segsense.perturb, which SCR has started (lazy activation). */
	private static BundleContext context() {
		BundleContext context = FrameworkUtil.getBundle(PerturbationCatalog.class).getBundleContext();
		assertNotNull(context, "org.segsense.perturb is started");
		return context;
	}

}
