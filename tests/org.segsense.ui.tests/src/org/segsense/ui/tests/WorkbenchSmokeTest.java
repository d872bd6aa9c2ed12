// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.segsense.ui.SegSensePerspective;

/** The SegSense workbench application starts, shows its window and opens the SegSense perspective. */
class WorkbenchSmokeTest {

	private static <T> T onUiThread(Supplier<T> query) {
		AtomicReference<T> result = new AtomicReference<>();
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.syncExec(() -> result.set(query.get()));
		return result.get();
	}

	@Test
	void workbenchWindowOpensInTheSegSensePerspective() {
		assertTrue(PlatformUI.isWorkbenchRunning(), "the workbench is not running");
		String perspective = onUiThread(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
			IWorkbenchPage page = window.getActivePage();
			return page == null || page.getPerspective() == null ? null : page.getPerspective().getId();
		});
		assertEquals(SegSensePerspective.ID, perspective);
	}

	@Test
	void windowIsVisibleAndTitledSegSense() {
		String title = onUiThread(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
			return window.getShell().isVisible() ? window.getShell().getText() : "(hidden)";
		});
		assertTrue(title.startsWith("SegSense"), "window title: " + title);
	}

	@Test
	void perspectiveShowsThePropertiesView() {
		boolean shown = onUiThread(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
			return page.findView(IPageLayout.ID_PROP_SHEET) != null;
		});
		assertTrue(shown, "the Properties view is not in the SegSense perspective");
	}

	@Test
	void perspectiveIsRegisteredWithItsName() {
		IPerspectiveDescriptor descriptor = PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(SegSensePerspective.ID);
		assertNotNull(descriptor);
		assertEquals("SegSense", descriptor.getLabel());
	}

	@Test
	void productBrandingIsSegSense() {
		IProduct product = Platform.getProduct();
		assertNotNull(product, "no product: eclipse.product is not org.segsense.ui.product");
		assertEquals("SegSense", product.getName());
		assertEquals("org.segsense.ui.workbench", product.getApplication());
		assertTrue(product.getProperty("aboutText").contains("Güllmar"), product.getProperty("aboutText"));
		assertNotNull(product.getDefiningBundle().getEntry("icons/segsense128.png"));
	}
}
