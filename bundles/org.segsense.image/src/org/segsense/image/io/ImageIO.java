// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.segsense.image.Image;
import org.segsense.image.io.internal.ExtensionFormats;
import org.segsense.image.registry.LiveService;

/**
 * Reads and writes image files, choosing the format from the file's magic number and name, as ITK's
 * {@code ImageFileReader}/{@code ImageFileWriter} with {@code ImageIOFactory}.
 * <p>
 * Built-in formats: NIfTI-1/NIfTI-2 and Analyze 7.5 ({@code .nii}, {@code .nii.gz}, {@code .hdr/.img}
 * pairs), MetaImage ({@code .mha}, {@code .mhd}) and NRRD ({@code .nrrd}, {@code .nhdr}). Inside an
 * Eclipse/OSGi runtime, formats contributed to the extension point {@code org.segsense.image.formats}
 * are consulted first; outside OSGi the built-ins work alone.
 * <p>
 * Every reader bounds its memory by the size the header declares, and refuses declared sizes over
 * {@link #maxImageBytes()} (system property {@code segsense.image.maxBytes}, default 8 GiB, and never
 * more than the JVM's maximum heap), and before allocating checks that the file holds the declared
 * data (for compressed data: that it could, at deflate's maximum ratio).
 * <p>
 * Trust boundary: only regular files are read (a FIFO or device is refused instead of blocking), and a
 * data file named by a header must lie in the header's folder (after resolving symlinks) unless the
 * user allows external data files with the system property {@value #ALLOW_EXTERNAL_DATA_PROPERTY}
 * {@code =true} or the environment variable {@value #ALLOW_EXTERNAL_DATA_ENV}{@code =1}; data files
 * under {@code /proc}, {@code /sys} and {@code /dev} are refused always.
 */
public final class ImageIO {

    /** System property that caps the bytes of one image a reader may allocate. */
    public static final String MAX_BYTES_PROPERTY = "segsense.image.maxBytes";

    /** System property that, set to {@code true}, lets headers name data files outside their folder. */
    public static final String ALLOW_EXTERNAL_DATA_PROPERTY = "segsense.image.allowExternalData";
    /** Environment variable that, set to {@code 1} or {@code true}, does the same. */
    public static final String ALLOW_EXTERNAL_DATA_ENV = "SEGSENSE_ALLOW_EXTERNAL_DATA";

    private static volatile List<ImageReader> readers;
    private static volatile List<ImageWriter> writers;

    private ImageIO() {
    }

    /**
     * Reads an image.
     *
     * @param file the file
     * @return the image in ITK 5.2's reading
     * @throws ImageFormatException if no format recognises the file or the file is malformed
     * @throws IOException if the file system fails
     */
    public static Image read(Path file) throws ImageFormatException, IOException {
        return readerFor(file).read(file);
    }

    /**
     * Reads the header of an image without its voxel data (see {@link ImageReader#readHeader}).
     *
     * @param file the file
     * @return geometry, pixel type, components and files of the image
     * @throws ImageFormatException if no format recognises the file or the header is malformed
     * @throws IOException if the file system fails
     */
    public static ImageHeader readHeader(Path file) throws ImageFormatException, IOException {
        return readerFor(file).readHeader(file);
    }

    /**
     * Lists every file an image consists of, header first (see {@link ImageReader#files}).
     *
     * @param file the file
     * @return the files
     * @throws ImageFormatException if no format recognises the file, the header is malformed or names a
     *         refused data file
     * @throws IOException if the file system fails
     */
    public static List<Path> files(Path file) throws ImageFormatException, IOException {
        return readerFor(file).files(file);
    }

    /**
     * Tells whether headers may name data files outside their folder: the system property
     * {@value #ALLOW_EXTERNAL_DATA_PROPERTY} is {@code true}, or the environment variable
     * {@value #ALLOW_EXTERNAL_DATA_ENV} is {@code 1} or {@code true}.
     *
     * @return true if allowed
     */
    public static boolean externalDataAllowed() {
        if (Boolean.parseBoolean(System.getProperty(ALLOW_EXTERNAL_DATA_PROPERTY))) {
            return true;
        }
        String env = System.getenv(ALLOW_EXTERNAL_DATA_ENV);
        return env != null && (env.trim().equals("1") || env.trim().equalsIgnoreCase("true"));
    }

    private static ImageReader readerFor(Path file) throws ImageFormatException {
        if (!Files.exists(file)) {
            throw new ImageFormatException(file, "the file does not exist", "Check the path");
        }
        if (Files.isDirectory(file)) {
            throw new ImageFormatException(file, "this is a folder, not an image file", "Give the path of an image file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ImageFormatException(file, "this is not a regular file (a FIFO, socket or device), which could block or never end",
                    "Give the path of an image file");
        }
        for (ImageReader r : readers()) {
            if (r.canRead(file)) {
                return r;
            }
        }
        throw new ImageFormatException(file, "no image format recognises this file",
                "Use one of " + formatNames(readers().stream().map(ImageReader::formatName).collect(Collectors.toList()))
                        + " (.nii, .nii.gz, .hdr/.img, .mha, .mhd, .nrrd, .nhdr)");
    }

    /**
     * Writes an image in the format given by the file name's extension.
     *
     * @param image the image
     * @param file the destination (replaced if it exists)
     * @throws ImageFormatException if no format handles the extension or the format cannot store the
     *         image
     * @throws IOException if the file system fails
     */
    public static void write(Image image, Path file) throws ImageFormatException, IOException {
        for (ImageWriter w : writers()) {
            if (w.canWrite(file)) {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                w.write(image, file);
                return;
            }
        }
        throw new ImageFormatException(file, "no image format is known for this file name",
                "Use the extension .nii, .nii.gz, .mha, .mhd, .nrrd or .nhdr");
    }

    /**
     * All readers, contributed ones first, then the built-ins. Inside OSGi this is the live
     * {@link ImageFormatService} (a format bundle installed at run time is seen); without it (plain
     * Java, no Declarative Services) the extension registry is read once.
     *
     * @return the readers (unmodifiable)
     */
    public static List<ImageReader> readers() {
        List<ImageReader> live = LiveService.call(ImageIO.class, ImageFormatService.class, ImageFormatService::readers);
        if (live != null) {
            return live;
        }
        List<ImageReader> r = readers;
        if (r == null) {
            List<ImageReader> list = new ArrayList<>(ExtensionFormats.readers());
            list.addAll(ExtensionFormats.builtIns());
            readers = r = Collections.unmodifiableList(list);
        }
        return r;
    }

    /**
     * All writers, contributed ones first, then the built-ins; live inside OSGi as {@link #readers()}.
     *
     * @return the writers (unmodifiable)
     */
    public static List<ImageWriter> writers() {
        List<ImageWriter> live = LiveService.call(ImageIO.class, ImageFormatService.class, ImageFormatService::writers);
        if (live != null) {
            return live;
        }
        List<ImageWriter> w = writers;
        if (w == null) {
            List<ImageWriter> list = new ArrayList<>(ExtensionFormats.writers());
            list.addAll(ExtensionFormats.builtIns());
            writers = w = Collections.unmodifiableList(list);
        }
        return w;
    }

    /**
     * The largest image, in bytes of voxel data, that a reader may allocate: the system property
     * {@value #MAX_BYTES_PROPERTY} (default 8 GiB), and never more than the JVM's maximum heap.
     *
     * @return the limit in bytes
     */
    public static long maxImageBytes() {
        long configured = Long.getLong(MAX_BYTES_PROPERTY, 8L << 30);
        return Math.min(configured, Runtime.getRuntime().maxMemory());
    }

    private static String formatNames(List<String> names) {
        return String.join(", ", new java.util.LinkedHashSet<>(names));
    }
}
