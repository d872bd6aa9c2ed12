// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import java.io.IOException;
import java.nio.file.Path;

import org.segsense.image.Image;

/**
 * Writes one image file format, chosen by {@link ImageIO} from the file name. Implementations are
 * stateless and thread-safe. A round trip through a writer and the matching reader must not change
 * the geometry (beyond the precision the format stores), pixel type or voxel values.
 */
public interface ImageWriter {

    /** @return a short name of the format, e.g. {@code "NIfTI"} */
    String formatName();

    /**
     * Tells whether this writer handles the file name (by extension).
     *
     * @param file the destination
     * @return true if {@link #write} should be used
     */
    boolean canWrite(Path file);

    /**
     * Writes the image, replacing the file.
     *
     * @param image the image
     * @param file the destination
     * @throws ImageFormatException if the format cannot store the image (the message says why)
     * @throws IOException if the file system fails
     */
    void write(Image image, Path file) throws ImageFormatException, IOException;
}
