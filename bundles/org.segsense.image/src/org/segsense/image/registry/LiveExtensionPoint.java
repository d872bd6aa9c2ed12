// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.registry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;

/**
 * A value read from one extension point (a catalog), kept current with the extension registry.
 * <p>
 * The value is read on first use and cached; when a bundle that contributes to the point is
 * installed (resolved) or uninstalled, the registry tells this listener, the cache is dropped and
 * the next {@link #current()} reads the point again, and the change listeners are called. A read
 * that races with a change is returned to its caller but not cached. Registry events arrive on
 * the registry's own thread, shortly after the bundle event.
 *
 * @param <T> the catalog type (an immutable snapshot)
 */
public final class LiveExtensionPoint<T> implements IRegistryEventListener, AutoCloseable {

	private final IExtensionRegistry registry;
	private final String pointId;
	private final Function<IExtensionRegistry, T> reader;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final AtomicLong generation = new AtomicLong();
	private final Object lock = new Object();
	private volatile T current;

	/**
	 * Starts listening to the point.
	 *
	 * @param registry the extension registry
	 * @param pointId the full id of the extension point
	 * @param reader reads the catalog from the registry (called again after every change)
	 */
	public LiveExtensionPoint(IExtensionRegistry registry, String pointId, Function<IExtensionRegistry, T> reader) {
		this.registry = registry;
		this.pointId = pointId;
		this.reader = reader;
		registry.addListener(this, pointId);
	}

	/** @return the catalog as the registry holds it now */
	public T current() {
		T value = current;
		if (value != null) {
			return value;
		}
		synchronized (lock) {
			value = current;
			if (value == null) {
				long seen = generation.get();
				value = reader.apply(registry);
				if (generation.get() == seen) {
					current = value;
				}
			}
			return value;
		}
	}

	/** @param listener called (on the registry's event thread) after contributions were added or removed */
	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	/** @param listener a listener given to {@link #addChangeListener} */
	public void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** Stops listening to the registry. */
	@Override
	public void close() {
		registry.removeListener(this);
		listeners.clear();
	}

	@Override
	public void added(IExtension[] extensions) {
		changed();
	}

	@Override
	public void removed(IExtension[] extensions) {
		changed();
	}

	@Override
	public void added(IExtensionPoint[] extensionPoints) {
		changed();
	}

	@Override
	public void removed(IExtensionPoint[] extensionPoints) {
		changed();
	}

	private void changed() {
		generation.incrementAndGet();
		current = null;
		for (Runnable listener : listeners) {
			try {
				listener.run();
			} catch (RuntimeException e) {
				ILog.of(LiveExtensionPoint.class).error("A listener of " + pointId + " failed; the others were told.", e);
			}
		}
	}
}
