// SPDX-License-Identifier: EPL-2.0
package org.segsense.tensorflow;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

import org.tensorflow.TensorFlow;

/**
 * Entry point to the embedded TensorFlow Java runtime (TF Java 1.1.0, TensorFlow 2.18.0).
 *
 * <p>Call {@link #ensureLoaded()} before the first use of TensorFlow. It points JavaCPP's native
 * cache at a folder of its own for this TensorFlow version and natives variant, then loads the
 * natives. Under OSGi the cache path JavaCPP derives carries no jar name or version, so without a
 * per-version folder two SegSense installations with different TensorFlow builds would overwrite
 * each other's unpacked libraries.
 *
 * <p>The folder is {@code ~/.segsense/javacpp-cache/tensorflow-1.1.0-<platform>} (for example
 * {@code tensorflow-1.1.0-linux-x86_64} or {@code tensorflow-1.1.0-linux-x86_64-gpu}); it lives in
 * the user's home, not in the installation, so that reinstalling or updating SegSense with the same
 * TensorFlow does not unpack ~680 MB again. A value the user gave with
 * {@code -Dorg.bytedeco.javacpp.cachedir=...} is kept.
 *
 * <p>The bundle's activator (lazy activation: before the first TensorFlow class is loaded through
 * this bundle) already calls {@link #configureNativeCache()}, so bundles that use TensorFlow
 * directly get the same folder; {@link #ensureLoaded()} additionally loads the natives and records
 * how long that took.
 *
 * <p>oneDNN: TensorFlow reads the environment variable {@code TF_ENABLE_ONEDNN_OPTS} when its
 * natives load; Java cannot set it. The {@code segsense} launcher exports
 * {@code TF_ENABLE_ONEDNN_OPTS=1} unless the user set it (see {@link #oneDnnRequested()}).
 */
public final class TensorFlowRuntime {

    /** The TensorFlow Java release embedded in this bundle. */
    public static final String TF_JAVA_VERSION = "1.1.0";
    /** The TensorFlow (C++) release of {@link #TF_JAVA_VERSION}. */
    public static final String TENSORFLOW_VERSION = "2.18.0";
    /** JavaCPP's system property for the folder into which it unpacks native libraries. */
    public static final String CACHE_DIR_PROPERTY = "org.bytedeco.javacpp.cachedir";
    /** The environment variable that switches TensorFlow's oneDNN CPU kernels on. */
    public static final String ONEDNN_ENV = "TF_ENABLE_ONEDNN_OPTS";

    private static final String NATIVES_FOLDER = "org/tensorflow/internal/c_api/";
    private static final String JNI_LIBRARY = "libjnitensorflow.so";

    private static volatile String loadedVersion;
    private static volatile long loadMillis = -1;

    private TensorFlowRuntime() {
    }

    /**
     * Sets {@value #CACHE_DIR_PROPERTY} to {@link #defaultCacheDir()} unless it is set already.
     * Has an effect only before JavaCPP unpacks its first library.
     *
     * @return the cache folder in effect
     */
    public static synchronized Path configureNativeCache() {
        String configured = System.getProperty(CACHE_DIR_PROPERTY);
        if (configured == null || configured.isBlank()) {
            Path dir = defaultCacheDir();
            System.setProperty(CACHE_DIR_PROPERTY, dir.toString());
            return dir;
        }
        return Paths.get(configured);
    }

    /** {@code ~/.segsense/javacpp-cache/tensorflow-<TF Java version>-<natives platform>}. */
    public static Path defaultCacheDir() {
        return Paths.get(System.getProperty("user.home"), ".segsense", "javacpp-cache",
                "tensorflow-" + TF_JAVA_VERSION + "-" + nativesPlatform());
    }

    /**
     * The JavaCPP platform of the natives that are installed: {@code linux-x86_64-gpu} when the CUDA
     * build (natives fragment built with {@code -Pgpu}) is present, else the plain platform such as
     * {@code linux-x86_64}. Does not load anything.
     */
    public static String nativesPlatform() {
        String platform = javaCppPlatform();
        ClassLoader loader = TensorFlowRuntime.class.getClassLoader();
        if (loader.getResource(NATIVES_FOLDER + platform + "-gpu/" + JNI_LIBRARY) != null) {
            return platform + "-gpu";
        }
        return platform;
    }

    /** True when a TensorFlow natives library for {@link #nativesPlatform()} is installed. */
    public static boolean nativesPresent() {
        return TensorFlowRuntime.class.getClassLoader()
                .getResource(NATIVES_FOLDER + nativesPlatform() + "/" + JNI_LIBRARY) != null;
    }

    /**
     * Configures the native cache and loads TensorFlow (first time on a machine: unpacks ~680 MB of
     * natives, a few seconds; later about a second).
     *
     * @return the TensorFlow version, {@code "2.18.0"}
     * @throws UnsatisfiedLinkError when the natives for this platform are not installed or cannot be
     *         loaded
     */
    public static String ensureLoaded() {
        String version = loadedVersion;
        if (version != null) {
            return version;
        }
        synchronized (TensorFlowRuntime.class) {
            if (loadedVersion == null) {
                configureNativeCache();
                long start = System.nanoTime();
                String v = TensorFlow.version();
                loadMillis = (System.nanoTime() - start) / 1_000_000L;
                loadedVersion = v;
            }
            return loadedVersion;
        }
    }

    /** True once {@link #ensureLoaded()} succeeded. */
    public static boolean isLoaded() {
        return loadedVersion != null;
    }

    /** Milliseconds the first {@link #ensureLoaded()} took to load the natives, or -1. */
    public static long loadMillis() {
        return loadMillis;
    }

    /**
     * True when the environment asks TensorFlow for its oneDNN kernels ({@value #ONEDNN_ENV} = 1 or
     * true). The {@code segsense} launcher sets it by default.
     */
    public static boolean oneDnnRequested() {
        String value = System.getenv(ONEDNN_ENV);
        return value != null && (value.trim().equals("1") || value.trim().equalsIgnoreCase("true"));
    }

    private static String javaCppPlatform() {
        String platform = System.getProperty("org.bytedeco.javacpp.platform");
        if (platform != null && !platform.isBlank()) {
            return platform;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.startsWith("windows") ? "windows"
                : os.startsWith("mac") ? "macosx" : os.startsWith("linux") ? "linux" : os;
        String archName = switch (arch) {
            case "amd64", "x86_64", "x86-64" -> "x86_64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch;
        };
        return osName + "-" + archName;
    }
}
