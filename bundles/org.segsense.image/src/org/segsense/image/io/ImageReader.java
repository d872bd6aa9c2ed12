// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.segsense.image.Image;

/**
 * Reads one image file format. Implementations are stateless and thread-safe; they are found by
 * {@link ImageIO} among the built-in formats and the contributions to the extension point
 * {@code org.segsense.image.formats}.
 * <p>
 * Readers must return images in ITK 5.2's reading (LPS geometry, pixel type and components as ITK
 * reports them) and must reject malformed or hostile files with an {@link ImageFormatException}
 * using bounded memory: never allocate more than the header declares, and check the declared size
 * against {@link ImageIO#maxImageBytes()} and against the bytes present in the file first.
 * <p>
 * A header that names a separate data file (NRRD {@code data file}, MetaImage {@code ElementDataFile})
 * is a trust boundary: readers must refuse data files outside the header's folder unless
 * {@link ImageIO#externalDataAllowed()}, and always refuse files that are not regular files or that lie
 * under {@code /proc}, {@code /sys} or {@code /dev} (see {@code docs/security.md}).
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

    /**
     * Reads the header only: geometry, pixel type and components as {@link #read} would return them, and
     * the files of the image, without reading (or needing) the voxel data. The declared size is not
     * checked against the memory limits: an image too large to load is still described.
     * <p>
     * The default reads the whole image; the built-in formats override it.
     *
     * @param file the file (for paired formats, either file of the pair)
     * @return the header facts
     * @throws ImageFormatException if the header is not valid for this format
     * @throws IOException if the file system fails
     */
    default ImageHeader readHeader(Path file) throws ImageFormatException, IOException {
        Image image = read(file);
        return new ImageHeader(formatName(), files(file), image.geometry(), image.pixelType(), image.components());
    }

    /**
     * Lists every file the image consists of: the header, then its separate data file(s), each as the
     * reader would open it. Detached headers ({@code .nhdr}, {@code .mhd}, {@code .hdr}) list their data
     * file; single files list themselves. Used to checksum every input of a study.
     * <p>
     * The default lists {@code file} alone; formats with separate data files must override it.
     *
     * @param file the file (for paired formats, either file of the pair)
     * @return the files, header first
     * @throws ImageFormatException if the header is not valid or names a data file that is refused
     * @throws IOException if the file system fails
     */
    default List<Path> files(Path file) throws ImageFormatException, IOException {
        return List.of(file);
    }
}
