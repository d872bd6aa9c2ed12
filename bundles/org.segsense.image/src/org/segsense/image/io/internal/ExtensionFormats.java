// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io.internal;

import java.util.ArrayList;
import java.util.List;

import org.segsense.image.io.ImageReader;
import org.segsense.image.io.ImageWriter;

/**
 * Collects readers and writers contributed to the extension point {@code org.segsense.image.formats}.
 * <p>
 * Inside OSGi, {@link ImageFormatComponent} offers the same, kept current, as the
 * {@link org.segsense.image.io.ImageFormatService}; these static readers are the fallback.
 * <p>
 * Outside a running Eclipse platform (plain Java, unit tests) the classes of
 * {@code org.eclipse.core.runtime} may be missing or the registry absent; then both lists are empty
 * and only the built-in formats are used. The registry is touched only in {@link RegistryAccess}, so
 * that this class loads without Eclipse on the class path.
 */
public final class ExtensionFormats {

    /** The full id of the extension point. */
    public static final String EXTENSION_POINT = "org.segsense.image.formats";

    private ExtensionFormats() {
    }

    /** @return contributed readers, in registry order, or an empty list outside OSGi */
    public static List<ImageReader> readers() {
        return contributions("reader", ImageReader.class);
    }

    /** @return contributed writers, in registry order, or an empty list outside OSGi */
    public static List<ImageWriter> writers() {
        return contributions("writer", ImageWriter.class);
    }

    /**
     * @param <F> reader or writer
     * @return new instances of the built-in formats (NIfTI, MetaImage, NRRD), in the order they are tried
     */
    @SuppressWarnings("unchecked")
    public static <F> List<F> builtIns() {
        return (List<F>) List.of(new NiftiFormat(), new MetaImageFormat(), new NrrdFormat());
    }

    private static <T> List<T> contributions(String attribute, Class<T> type) {
        try {
            Class.forName("org.eclipse.core.runtime.Platform", false, ExtensionFormats.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return new ArrayList<>(); // plain Java: built-ins only
        }
        try {
            return RegistryAccess.contributions(EXTENSION_POINT, attribute, type);
        } catch (LinkageError e) {
            return new ArrayList<>();
        }
    }
}
