// SPDX-License-Identifier: EPL-2.0
package org.segsense.simpleitk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where SimpleITK's Java binding lies: a folder with the jar ({@code simpleitk.jar} as
 * releng/simpleitk/build.sh names it, or {@code simpleitk-VERSION.jar} as official distributions do) and
 * {@code libSimpleITKJava.so}; the jar must hold {@code org/itk/simple/SimpleITKJNI.class}. Looked up in this order:
 * <ol>
 * <li>the system property {@value #PROPERTY},</li>
 * <li>the environment variable {@value #ENV} (e.g. an unpacked official SimpleITK 2.1.x Java distribution),</li>
 * <li>the newest complete folder of the build cache, {@code $SEGSENSE_SIMPLEITK_CACHE} or
 * {@code ~/.cache/segsense/simpleitk/KEY/}, that releng/simpleitk/build.sh fills.</li>
 * </ol>
 */
public record SimpleItkLocation(Path folder, Path jar, Path library) {

	/** System property naming the folder. */
	public static final String PROPERTY = "segsense.simpleitk";
	/** Environment variable naming the folder. */
	public static final String ENV = "SEGSENSE_SIMPLEITK";
	/** Environment variable naming the build cache's root. */
	public static final String CACHE_ENV = "SEGSENSE_SIMPLEITK_CACHE";
	/** The class every SimpleITK 2.x Java jar holds (package org.itk.simple). */
	static final String JNI_CLASS = "org/itk/simple/SimpleITKJNI.class";
	/** The native library's file name. */
	public static final String LIBRARY = "libSimpleITKJava.so";

	/**
	 * @return the configured or cached binding
	 * @throws IllegalStateException with the reason when none is found (a named folder lacking a file, or no cache)
	 */
	public static SimpleItkLocation find() {
		String property = System.getProperty(PROPERTY);
		boolean byProperty = property != null && !property.isBlank();
		String named = byProperty ? property : System.getenv(ENV);
		if (named != null && !named.isBlank()) {
			Path folder = Path.of(named);
			String source = byProperty ? "the system property " + PROPERTY : "the environment variable " + ENV;
			return in(folder).orElseThrow(() -> new IllegalStateException(source + " names " + folder.toAbsolutePath()
					+ ", which lacks " + LIBRARY + " or a simpleitk*.jar with SimpleITK's classes (" + JNI_CLASS + ")"));
		}
		Path cache = cacheRoot();
		try (Stream<Path> dirs = Files.isDirectory(cache) ? Files.list(cache) : Stream.empty()) {
			List<Path> candidates = dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith("."))
					.sorted(Comparator.comparing(SimpleItkLocation::modified).reversed()).toList();
			for (Path d : candidates) {
				Optional<SimpleItkLocation> l = in(d);
				if (l.isPresent()) {
					return l.get();
				}
			}
		} catch (IOException e) {
			throw new IllegalStateException("the SimpleITK cache " + cache + " cannot be listed (" + e.getMessage() + ")", e);
		}
		throw new IllegalStateException("no SimpleITK binding found (" + ENV + " is not set and the cache " + cache + " holds no build)");
	}

	/** @return the cache root: {@code $SEGSENSE_SIMPLEITK_CACHE} or {@code ~/.cache/segsense/simpleitk} */
	public static Path cacheRoot() {
		String env = System.getenv(CACHE_ENV);
		return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache", "segsense", "simpleitk");
	}

	/** @return the binding in {@code folder}, if it holds both files */
	public static Optional<SimpleItkLocation> in(Path folder) {
		Path lib = folder.resolve(LIBRARY);
		if (!Files.isRegularFile(lib)) {
			return Optional.empty();
		}
		Path jar = folder.resolve("simpleitk.jar");
		if (!Files.isRegularFile(jar)) {
			try (Stream<Path> files = Files.list(folder)) {
				jar = files.filter(f -> {
					String n = f.getFileName().toString();
					return n.startsWith("simpleitk") && n.endsWith(".jar");
				}).sorted().filter(SimpleItkLocation::holdsBinding).findFirst().orElse(null);
			} catch (IOException e) {
				return Optional.empty();
			}
		}
		return jar == null || !holdsBinding(jar) ? Optional.empty()
				: Optional.of(new SimpleItkLocation(folder.toAbsolutePath(), jar.toAbsolutePath(), lib.toAbsolutePath()));
	}

	/** @return whether {@code jar} holds SimpleITK's JNI class (not a source or javadoc jar, not a damaged file) */
	static boolean holdsBinding(Path jar) {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
			return zip.getEntry(JNI_CLASS) != null;
		} catch (IOException e) {
			return false;
		}
	}

	private static long modified(Path p) {
		try {
			return Files.getLastModifiedTime(p).toMillis();
		} catch (IOException e) {
			return 0;
		}
	}
}
