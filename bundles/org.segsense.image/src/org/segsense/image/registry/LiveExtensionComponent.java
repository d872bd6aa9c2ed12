// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.registry;

import java.util.function.Function;

import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * The common part of the catalog services' DS components: a {@link LiveExtensionPoint} of one extension point and
 * its change listeners. A subclass declares {@code @Component}, an {@code @Activate} constructor that passes the
 * injected registry to this one, a {@code @Deactivate} method that calls {@link #close()} (DS annotations are not
 * inherited) and its service's getters over {@link #current()}.
 *
 * @param <T> the immutable snapshot the extension point is read into
 */
public abstract class LiveExtensionComponent<T> {

	private final LiveExtensionPoint<T> live;

	/**
	 * @param registry the extension registry (a service of org.eclipse.equinox.registry)
	 * @param pointId the extension point's full id
	 * @param reader reads the point into a snapshot (again after every change of its contributions)
	 */
	protected LiveExtensionComponent(IExtensionRegistry registry, String pointId, Function<IExtensionRegistry, T> reader) {
		live = new LiveExtensionPoint<>(registry, pointId, reader);
	}

	/** @return the snapshot of the extension point's contributions as they are now */
	protected final T current() {
		return live.current();
	}

	/** Stops following the registry (the component's deactivation). */
	protected final void close() {
		live.close();
	}

	/** @param listener called after a contribution was added or removed */
	public void addChangeListener(Runnable listener) {
		live.addChangeListener(listener);
	}

	/** @param listener no longer called */
	public void removeChangeListener(Runnable listener) {
		live.removeChangeListener(listener);
	}
}
