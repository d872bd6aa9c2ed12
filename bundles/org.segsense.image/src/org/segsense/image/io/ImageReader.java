package org.segsense.image.io;

import java.io.IOException;
import java.nio.file.Path;

import org.segsense.image.Image;

/**
 * Reads one image file format. Implementations are stateless and thread-safe; they are found by
 * {@link ImageIO} among the built-in formats and the contributions to the extension point
 * {@code org.segsense.image.formats}.
 * <p>
 * Readers must return images in ITK 5.2's reading (LPS geometry, pixel type and components as ITK
 * reports them) and must reject malformed or hostile files with an {@link ImageFormatException}
 * using bounded memory: never allocate more than the header declares, and check the declared size
 * against {@link ImageIO#maxImageBytes()} first.
 */
public interface ImageReader {

    /** @return a short name of the format, e.g. {@code "NIfTI"} */
    String formatName();

    /**
     * Tells whether this reader recognises the file, by its name and, where the format has one, its
     * magic number. Must not throw; an unreadable file is answered by name alone.
     *
     * @param file the file
     * @return true if {@link #read} should be tried
     */
    boolean canRead(Path file);

    /**
     * Reads the image.
     *
     * @param file the file (for paired formats, either file of the pair)
     * @return the image
     * @throws ImageFormatException if the file is not a valid image of this format
     * @throws IOException if the file system fails
     */
    Image read(Path file) throws ImageFormatException, IOException;
}
