// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.segsense.image.io.ImageFormatService;

/** Caching and invalidation of {@link LiveExtensionPoint}, and {@link LiveService} where there is no service. */
class LiveExtensionPointTest {

	@Test
	void theValueIsReadOnceAndAgainAfterEveryRegistryChange() {
		AtomicInteger reads = new AtomicInteger();
		AtomicInteger told = new AtomicInteger();
		try (LiveExtensionPoint<Object> live = new LiveExtensionPoint<>(RegistryFactory.getRegistry(), "org.segsense.image.formats",
				r -> "snapshot " + reads.incrementAndGet())) {
			live.addChangeListener(told::incrementAndGet);
			Object first = live.current();
			assertSame(first, live.current(), "cached until the registry changes");
			assertEquals(1, reads.get());

			live.added(new IExtension[0]);
			assertEquals(1, told.get());
			assertEquals("snapshot 2", live.current());
			live.removed(new IExtension[0]);
			assertEquals("snapshot 3", live.current());
			live.removed(new IExtensionPoint[0]);
			assertEquals("snapshot 4", live.current());
			assertEquals(3, told.get());

			Runnable failing = () -> {
				throw new IllegalStateException("a broken listener");
			};
			live.addChangeListener(failing);
			live.added(new IExtension[0]);
			assertEquals(4, told.get(), "a failing listener does not stop the others");
		}
	}

	@Test
	void aClassOutsideAnyBundleHasNoService() {
		assertNull(LiveService.call(String.class, ImageFormatService.class, ImageFormatService::readers));
	}
}
