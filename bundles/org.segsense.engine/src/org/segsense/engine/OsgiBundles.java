// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.nio.file.Path;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** The OSGi side of {@link PluginProvenance}: loaded only when the framework classes are there. */
final class OsgiBundles {

	private OsgiBundles() {
	}

	/** @return the version and checksum of the installed bundle with this name (the highest version that is not uninstalled) */
	static PluginProvenance.Bundles.Info info(String symbolicName) {
		BundleContext context = context();
		if (context == null) {
			return new PluginProvenance.Bundles.Info(PluginProvenance.UNKNOWN, PluginProvenance.UNKNOWN);
		}
		Bundle best = null;
		for (Bundle b : context.getBundles()) {
			if (symbolicName.equals(b.getSymbolicName()) && b.getState() != Bundle.UNINSTALLED
					&& (best == null || b.getVersion().compareTo(best.getVersion()) > 0)) {
				best = b;
			}
		}
		if (best == null) {
			return new PluginProvenance.Bundles.Info(PluginProvenance.UNKNOWN, PluginProvenance.UNKNOWN);
		}
		Version v = best.getVersion();
		Path location = PluginProvenance.Bundles.path(best.getLocation(), context.getProperty("osgi.install.area"));
		return new PluginProvenance.Bundles.Info(v.toString(), location == null ? PluginProvenance.UNKNOWN : PluginProvenance.Bundles.sha256(location));
	}

	/** A bundle context: the engine's is null while it is only resolved (no lazy activation), the catalogues' bundles are started. */
	private static BundleContext context() {
		for (Class<?> c : new Class<?>[] { OsgiBundles.class, org.segsense.metrics.catalog.MetricCatalog.class,
				org.segsense.perturb.PerturbationCatalog.class }) {
			Bundle b = FrameworkUtil.getBundle(c);
			BundleContext context = b == null ? null : b.getBundleContext();
			if (context != null) {
				return context;
			}
		}
		return null;
	}

	/** @return the symbolic name of the bundle that loaded the class, or null */
	static String owner(Class<?> type) {
		Bundle b = FrameworkUtil.getBundle(type);
		return b == null ? null : b.getSymbolicName();
	}
}
