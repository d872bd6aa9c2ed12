// SPDX-License-Identifier: EPL-2.0
package org.segsense.backend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Finds image-operation backends: {@code java} ({@link JavaImageBackend}) always, others as OSGi services
 * of {@link ImageBackend} (Declarative Services components of other bundles, e.g. {@code org.segsense.simpleitk}).
 * A service whose backend is not usable on this machine is not registered, or refuses with a
 * {@link BackendUnavailableException} that says how to add it.
 */
public final class ImageBackends {

	/** The default backend's id. */
	public static final String DEFAULT = JavaImageBackend.ID;

	/** How a user adds the SimpleITK backend (quoted in messages). */
	public static final String HOW_TO_ADD = "build it with releng/simpleitk/build.sh SimpleITK-2.1.1.2.tar.gz (a SimpleITK "
			+ "2.1.x source archive; installs its Debian build dependencies when run as root, ~20 min on 2 cores) or set "
			+ "SEGSENSE_SIMPLEITK to the folder of an official SimpleITK 2.1.x Java distribution (simpleitk-*.jar and "
			+ "libSimpleITKJava.so); Debian's ITK 5.2 runtime (libinsighttoolkit5.2) must be installed; see docs/simpleitk.md";

	private ImageBackends() {
	}

	/** @return the ids of the backends available here, {@code java} first */
	public static List<String> ids() {
		List<String> ids = new ArrayList<>();
		ids.add(DEFAULT);
		for (ImageBackend b : services()) {
			if (!ids.contains(b.id())) {
				ids.add(b.id());
			}
		}
		return ids;
	}

	/**
	 * @param id a backend id ({@code java}, {@code simpleitk}, ...); null or blank = the default
	 * @return the backend
	 * @throws BackendUnavailableException when no such backend is installed (the message says how to add it)
	 */
	public static ImageBackend get(String id) {
		String wanted = id == null || id.isBlank() ? DEFAULT : id.trim().toLowerCase(Locale.ROOT);
		if (wanted.equals(DEFAULT)) {
			return new JavaImageBackend();
		}
		for (ImageBackend b : services()) {
			if (b.id().equals(wanted)) {
				return b;
			}
		}
		if (wanted.equals("simpleitk")) {
			throw new BackendUnavailableException("the SimpleITK backend is not installed: " + HOW_TO_ADD + ".");
		}
		throw new BackendUnavailableException("unknown backend '" + id + "': use one of " + String.join(", ", ids())
				+ " (the simpleitk backend is added with releng/simpleitk/build.sh; see docs/simpleitk.md).");
	}

	/**
	 * @return whether {@code path} names a DICOM series: a folder, or {@code FOLDER#SERIES_UID} where the folder exists
	 *         and the whole path does not
	 */
	public static boolean isSeriesPath(Path path) {
		if (Files.isDirectory(path)) {
			return true;
		}
		String s = path.toString();
		int hash = s.lastIndexOf('#');
		return !Files.exists(path) && hash > 0 && Files.isDirectory(Path.of(s.substring(0, hash)));
	}

	/** @return the message for a DICOM series given to a backend that cannot read it */
	public static String seriesMessage(Path path) {
		return path + " is a DICOM series folder: SegSense reads DICOM through the SimpleITK backend only. Add --backend simpleitk "
				+ "(for a study: imageBackend=\"simpleitk\" in its execution settings); if that backend is not installed, " + HOW_TO_ADD + ".";
	}

	private static List<ImageBackend> services() {
		try {
			return Osgi.services();
		} catch (LinkageError notInOsgi) {
			return List.of();
		}
	}

	/** Isolated so that plain Java never loads framework classes. */
	private static final class Osgi {
		static List<ImageBackend> services() {
			Bundle bundle = FrameworkUtil.getBundle(ImageBackends.class);
			BundleContext context = bundle == null ? null : bundle.getBundleContext();
			if (context == null) {
				return List.of();
			}
			List<ImageBackend> found = new ArrayList<>();
			try {
				for (ServiceReference<ImageBackend> ref : context.getServiceReferences(ImageBackend.class, null)) {
					ImageBackend b = context.getService(ref);
					if (b != null) {
						found.add(b);
					}
				}
			} catch (InvalidSyntaxException | IllegalStateException e) {
				return List.of();
			}
			return found;
		}
	}
}
