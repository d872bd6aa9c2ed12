// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.registry;

import java.util.function.Function;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Reaches an OSGi service from code that may also run outside OSGi: the bridge behind the static
 * accessors ({@code PerturbationCatalog.installed()}, {@code ImageIO.readers()}, ...) that plain-Java
 * callers and tests keep using. Inside OSGi it asks the service registry through the bundle of an
 * anchor class; outside OSGi (no framework classes, or the class not loaded by a bundle), or when
 * the service is not registered (Declarative Services not running), it answers {@code null} and the
 * caller falls back to reading the extension registry itself.
 */
public final class LiveService {

	private LiveService() {
	}

	/**
	 * Calls the registered service of a type, if there is one.
	 *
	 * @param <S> the service type
	 * @param <R> the result type
	 * @param anchor a class of the bundle that asks (its bundle context is used)
	 * @param type the service interface
	 * @param call what to do with the service (must not keep it)
	 * @return the call's result, or {@code null} when no such service is available
	 */
	public static <S, R> R call(Class<?> anchor, Class<S> type, Function<S, R> call) {
		try {
			return Osgi.call(anchor, type, call);
		} catch (LinkageError notInOsgi) {
			return null;
		}
	}

	/** Isolated so that plain Java never loads framework classes. */
	private static final class Osgi {
		static <S, R> R call(Class<?> anchor, Class<S> type, Function<S, R> call) {
			Bundle bundle = FrameworkUtil.getBundle(anchor);
			BundleContext context = bundle == null ? null : bundle.getBundleContext();
			if (context == null) {
				return null;
			}
			try {
				ServiceReference<S> reference = context.getServiceReference(type);
				S service = reference == null ? null : context.getService(reference);
				if (service == null) {
					return null;
				}
				try {
					return call.apply(service);
				} finally {
					context.ungetService(reference);
				}
			} catch (IllegalStateException stopping) {
				return null; // the bundle is stopping: answer as outside OSGi
			}
		}
	}
}
