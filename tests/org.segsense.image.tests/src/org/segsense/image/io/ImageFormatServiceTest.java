// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.segsense.testing.TestBundles;

/** The image formats as an OSGi service that follows the extension registry. */
class ImageFormatServiceTest {

	private static final List<String> BUILT_INS = List.of("org.segsense.image.io.internal.NiftiFormat",
			"org.segsense.image.io.internal.MetaImageFormat", "org.segsense.image.io.internal.NrrdFormat");

	@Test
	void theServiceListsTheContributedFormatsThenTheBuiltIns() {
		BundleContext context = context();
		ServiceReference<ImageFormatService> ref = context.getServiceReference(ImageFormatService.class);
		assertNotNull(ref, "ImageFormatService is registered (Declarative Services running)");
		try {
			ImageFormatService service = context.getService(ref);
			List<String> contributed = contributedClasses();
			assertTrue(contributed.contains("org.segsense.image.vtk.VtkFormat"), contributed.toString());
			assertEquals(expected(contributed), classes(service.readers()));
			assertEquals(expected(contributed), classes(service.writers()));
			assertEquals(classes(service.readers()), classes(ImageIO.readers()), "the static accessor delegates to the service");
		} finally {
			context.ungetService(ref);
		}
	}

	@Test
	void aFormatBundleInstalledAtRunTimeIsUsedUntilItIsUninstalled(@TempDir Path dir) throws Exception {
		BundleContext context = context();
		ServiceReference<ImageFormatService> ref = context.getServiceReference(ImageFormatService.class);
		ImageFormatService service = context.getService(ref);
		int before = service.readers().size();
		Path jar = TestBundles.pluginJar(dir, "org.segsense.image.runtimetest", "org.segsense.image.vtk", """
				<extension point="org.segsense.image.formats">
				   <format id="org.segsense.image.runtimetest.vtk" name="VTK again" extensions=".vtk"
				         reader="org.segsense.image.vtk.VtkFormat" writer="org.segsense.image.vtk.VtkFormat"/>
				</extension>""");
		Bundle bundle = context.installBundle(jar.toUri().toString());
		try {
			bundle.start();
			TestBundles.await("the service lists one more reader", () -> service.readers().size() == before + 1);
			assertEquals(before + 1, service.writers().size());
			assertEquals(before + 1, ImageIO.readers().size(), "the static accessor sees it too");
			assertEquals(expected(contributedClasses()), classes(service.readers()));
		} finally {
			bundle.uninstall();
		}
		TestBundles.await("the service drops the reader", () -> service.readers().size() == before);
		assertEquals(before, ImageIO.writers().size());
		context.ungetService(ref);
	}

	private static BundleContext context() {
		BundleContext context = FrameworkUtil.getBundle(ImageIO.class).getBundleContext();
		assertNotNull(context, "org.segsense.image is started");
		return context;
	}

	private static List<String> contributedClasses() {
		return Arrays.stream(RegistryFactory.getRegistry().getConfigurationElementsFor("org.segsense.image.formats"))
				.map(e -> e.getAttribute("reader")).toList();
	}

	private static List<String> expected(List<String> contributed) {
		List<String> all = new ArrayList<>(contributed);
		all.addAll(BUILT_INS);
		return all;
	}

	private static List<String> classes(List<?> formats) {
		return formats.stream().map(f -> f.getClass().getName()).toList();
	}
}
