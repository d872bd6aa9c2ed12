// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/** {@code segsense --version}: the SegSense build and the platform it runs on. */
public final class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		return new String[] { "SegSense " + segsenseVersion(),
				"Equinox " + frameworkVersion() + ", EMF " + bundleVersion(org.eclipse.emf.ecore.EObject.class)
						+ ", picocli " + picocli.CommandLine.VERSION,
				"Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
						+ System.getProperty("os.name") + " " + System.getProperty("os.arch") };
	}

	/** The version of the CLI bundle, which is released together with every SegSense bundle. */
	public static String segsenseVersion() {
		return bundleVersion(VersionProvider.class);
	}

	/** The system bundle's version (looked up through the started runtime: this bundle need not be started). */
	private static String frameworkVersion() {
		Bundle system = org.eclipse.core.runtime.Platform.getBundle("org.eclipse.osgi");
		return system == null ? "(not running in OSGi)" : system.getVersion().toString();
	}

	private static String bundleVersion(Class<?> type) {
		Bundle bundle = FrameworkUtil.getBundle(type);
		return bundle == null ? "(not running in OSGi)" : bundle.getVersion().toString();
	}
}
