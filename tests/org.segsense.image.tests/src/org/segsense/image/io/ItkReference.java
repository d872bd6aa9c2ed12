// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;

import org.segsense.image.Image;
import org.segsense.image.io.internal.VoxelIO;
import org.segsense.testing.Checks;
import org.segsense.testing.ItkReading;
import org.segsense.testing.ReferencePrograms;

/**
 * How ITK 5.2 reads a file, from {@code tests/itk-reference/image_info.cxx} (built once per JVM by
 * {@link ReferencePrograms#IMAGE_IO}), and comparisons of SegSense's reading against it.
 */
final class ItkReference {

    /** Relative tolerance for spacing, origin and direction (absolute below magnitude 1). */
    static final double GEOMETRY_TOLERANCE = 1e-5;

    private final ItkReading reading;

    private ItkReference(ItkReading reading) {
        this.reading = reading;
    }

    /**
     * Runs {@code image_info FILE --dump RAW}.
     *
     * @param file the image
     * @param work a folder for the dump
     * @return ITK's reading
     */
    static ItkReference read(Path file, Path work) throws IOException {
        return new ItkReference(ItkReading.read(ReferencePrograms.IMAGE_IO, "image_info", file, work));
    }

    /** @return ITK's exit code for the file (non-zero: ITK rejects it) */
    static int exitCode(Path file) {
        return ReferencePrograms.IMAGE_IO.call("image_info", file.toString()).exitCode();
    }

    /** Asserts header equality (size exact, geometry within tolerance, type, components). */
    void assertSameHeader(Image image, String what) {
        reading.assertSameHeader(image.geometry().size(), image.geometry().spacing(), image.geometry().origin(),
                image.geometry().direction(), image.pixelType().jsonName(), image.components(), GEOMETRY_TOLERANCE, what);
    }

    /** Asserts that every voxel equals ITK's, bit for bit. */
    void assertSamePixels(Image image, String what) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.elementCount() * image.pixelType().byteSize());
        VoxelIO.writeArray(out, image.buffer(), image.pixelType(), 0, image.elementCount(), ByteOrder.LITTLE_ENDIAN);
        reading.assertSamePixels(out.toByteArray(), image.pixelType().byteSize(),
                e -> String.valueOf(image.getDouble(e / image.components(), e % image.components())), what);
    }

    /** Asserts that SegSense's values are within {@link #GEOMETRY_TOLERANCE} of ITK's (relative, absolute below 1). */
    static void assertClose(double[] expected, double[] actual, String what) {
        Checks.assertClose(expected, actual, GEOMETRY_TOLERANCE, what);
    }
}
