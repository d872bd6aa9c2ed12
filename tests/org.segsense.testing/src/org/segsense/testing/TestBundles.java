// SPDX-License-Identifier: EPL-2.0
package org.segsense.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Writes tiny plug-in jars for tests that install a bundle at run time: a manifest and a
 * {@code plugin.xml}, no classes (the contribution names a class of a bundle it requires).
 */
public final class TestBundles {

	private TestBundles() {
	}

	/**
	 * @param dir the folder to write into
	 * @param symbolicName the bundle's symbolic name (a singleton, as contributors must be)
	 * @param requireBundle the Require-Bundle header (the bundles whose classes the contributions name)
	 * @param extensions the {@code <extension>} elements of plugin.xml
	 * @return the jar
	 * @throws IOException if it cannot be written
	 */
	public static Path pluginJar(Path dir, String symbolicName, String requireBundle, String extensions) throws IOException {
		return pluginJar(dir, symbolicName, "1.0.0", requireBundle, extensions);
	}

	/**
	 * As {@link #pluginJar(Path, String, String, String)} with the given Bundle-Version (the jar is named
	 * {@code NAME_VERSION.jar}, so two versions can sit side by side).
	 */
	public static Path pluginJar(Path dir, String symbolicName, String version, String requireBundle, String extensions) throws IOException {
		Manifest manifest = new Manifest();
		Attributes a = manifest.getMainAttributes();
		a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		a.putValue("Bundle-ManifestVersion", "2");
		a.putValue("Bundle-SymbolicName", symbolicName + ";singleton:=true");
		a.putValue("Bundle-Version", version);
		a.putValue("Require-Bundle", requireBundle);
		Path jar = dir.resolve("1.0.0".equals(version) ? symbolicName + ".jar" : symbolicName + "_" + version + ".jar");
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
			j.putNextEntry(new JarEntry("plugin.xml"));
			j.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?eclipse version=\"3.4\"?>\n<plugin>\n" + extensions + "\n</plugin>\n")
					.getBytes(StandardCharsets.UTF_8));
			j.closeEntry();
		}
		return jar;
	}

	/**
	 * Waits for something the extension registry tells its listeners on its own thread.
	 *
	 * @param what what is awaited, for the failure message
	 * @param condition polled every 20 ms
	 * @return the milliseconds it took
	 * @throws AssertionError if it is still false after 20 s
	 */
	public static long await(String what, BooleanSupplier condition) {
		long start = System.nanoTime();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() - start > 20_000_000_000L) {
				throw new AssertionError("still not true after 20 s: " + what);
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting for: " + what);
			}
		}
		return (System.nanoTime() - start) / 1_000_000;
	}
}
