// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.vtk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.segsense.image.Image;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageHeader;
import org.segsense.image.io.ImageReader;
import org.segsense.image.io.ImageWriter;

/**
 * VTK legacy structured points images ({@code .vtk}, {@code DATASET STRUCTURED_POINTS}), read and
 * written as ITK 5.2's {@code itk::VTKImageIO}. Contributed to the extension point
 * {@code org.segsense.image.formats}, so {@code ImageIO.read/write} handle {@code .vtk} files inside
 * an Eclipse/OSGi runtime.
 * <p>
 * Reading, as ITK: {@code BINARY} (big-endian) or {@code ASCII} data; the first point attribute
 * decides the pixel: {@code SCALARS name type [n]} (n components, default 1; an optional
 * {@code LOOKUP_TABLE} line is skipped), {@code COLOR_SCALARS name n} (uint8 when binary, float32
 * when ASCII), {@code VECTORS name type} (3 components) or {@code TENSORS name type} (the 3×3
 * symmetric tensor as 6 components xx, xy, xz, yy, yz, zz). Component types: {@code unsigned_char},
 * {@code char}, {@code unsigned_short}, {@code short}, {@code unsigned_int}, {@code int},
 * {@code unsigned_long}, {@code long}, {@code unsigned_long_long}, {@code long_long},
 * {@code vtktypeuint64}, {@code vtktypeint64} (the long types are 64-bit, as ITK on Linux),
 * {@code float}, {@code double}. {@code DIMENSIONS}, {@code SPACING} (or {@code ASPECT_RATIO}) and
 * {@code ORIGIN} give the grid; VTK legacy files have no direction, so it is the identity. When the
 * third dimension is 1 the image is 2-D (size, spacing and origin of the first two axes), as ITK.
 * <p>
 * Writing, as ITK: {@code # vtk DataFile Version 3.0}, {@code DIMENSIONS}/{@code SPACING}/
 * {@code ORIGIN} (2-D images get a third dimension 1, spacing 1, origin 0), {@code POINT_DATA},
 * then {@code VECTORS vectors type} for 3 components and {@code SCALARS scalars type n} with
 * {@code LOOKUP_TABLE default} otherwise; 64-bit integers as {@code vtktypeint64}/
 * {@code vtktypeuint64}. {@link Encoding#BINARY} (the default, used by {@code ImageIO.write}) writes
 * big-endian binary data; {@link Encoding#ASCII} writes text with enough digits to read back every
 * value exactly (ITK writes only 6 significant digits). The writer refuses 4-D images and images
 * whose direction is not the identity, because the format cannot store them.
 * <p>
 * Malformed or hostile files are rejected with an {@link ImageFormatException} naming the file, the
 * problem and the fix; memory is bounded by the declared image size, which is checked against
 * {@code ImageIO.maxImageBytes()} and against the bytes present in the file before anything is
 * allocated.
 * <p>
 * Stateless and thread-safe.
 */
public final class VtkFormat implements ImageReader, ImageWriter {

    /** How the voxel data are stored in a written file. */
    public enum Encoding {
        /** Big-endian binary data ({@code BINARY}), compact and exact. */
        BINARY,
        /** Whitespace-separated text ({@code ASCII}), exact (shortest round-trip decimal digits). */
        ASCII
    }

    private final Encoding encoding;

    /** Creates the format with a {@link Encoding#BINARY} writer; used by the extension registry. */
    public VtkFormat() {
        this(Encoding.BINARY);
    }

    /**
     * Creates the format with a writer of the given encoding.
     *
     * @param encoding how {@link #write} stores the voxel data
     */
    public VtkFormat(Encoding encoding) {
        this.encoding = Objects.requireNonNull(encoding, "encoding");
    }

    /** @return the encoding this format's writer uses */
    public Encoding encoding() {
        return encoding;
    }

    @Override
    public String formatName() {
        return "VTK legacy";
    }

    /** @return true for names ending in {@code .vtk} (any case), as ITK's VTKImageIO */
    @Override
    public boolean canRead(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".vtk");
    }

    @Override
    public boolean canWrite(Path file) {
        return canRead(file);
    }

    @Override
    public Image read(Path file) throws ImageFormatException, IOException {
        return VtkReader.read(file);
    }

    /** Reads the header only; the voxel data are neither read nor needed. */
    @Override
    public ImageHeader readHeader(Path file) throws ImageFormatException, IOException {
        return VtkReader.readHeaderOnly(file, formatName());
    }

    @Override
    public void write(Image image, Path file) throws ImageFormatException, IOException {
        VtkWriter.write(image, file, encoding);
    }

    /**
     * Writes an image as a VTK legacy file with the given encoding.
     *
     * @param image the image (2-D or 3-D, identity direction)
     * @param file the destination (replaced if it exists)
     * @param encoding binary or ASCII data
     * @throws ImageFormatException if the format cannot store the image
     * @throws IOException if the file system fails
     */
    public static void write(Image image, Path file, Encoding encoding) throws ImageFormatException, IOException {
        VtkWriter.write(image, file, encoding);
    }
}
