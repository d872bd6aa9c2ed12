// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.vtk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.testing.ItkReading;
import org.segsense.testing.ReferencePrograms;

/**
 * Test images, comparisons and the ITK 5.2 reference program {@code convert}
 * (tests/itk-reference/vtk/convert.cxx, built once per JVM by {@link ReferencePrograms#VTK} into
 * {@code -Dsegsense.itkReferenceVtk}, {@code $SEGSENSE_ITK_REFERENCE_VTK}, else
 * {@code <repo>/.cache/itk-reference-vtk}); when ITK cannot be built the test fails with the script's
 * message, it does not skip.
 */
final class VtkTestSupport {

    private VtkTestSupport() {
    }

    /** A 3-D (or 2-D when {@code nz == 0}) image with non-trivial spacing/origin and values covering the type's extremes. */
    static Image image(PixelType type, int components, long seed, long nx, long ny, long nz) {
        long[] size = nz == 0 ? new long[] {nx, ny} : new long[] {nx, ny, nz};
        int d = size.length;
        double[] spacing = d == 2 ? new double[] {0.7, 1.3} : new double[] {0.7, 1.3, 2.0000000000000004};
        double[] origin = d == 2 ? new double[] {-12.25, 3.1} : new double[] {-12.25, 3.1, 1e-7};
        Image image = Image.create(new ImageGeometry(size, spacing, origin, ImageGeometry.identity(d)), type, components);
        Random r = new Random(seed);
        Object a = image.buffer();
        int n = image.elementCount();
        for (int i = 0; i < n; i++) {
            switch (type) {
                case UINT8: case INT8: ((byte[]) a)[i] = (byte) r.nextInt(); break;
                case UINT16: case INT16: ((short[]) a)[i] = (short) r.nextInt(); break;
                case UINT32: case INT32: ((int[]) a)[i] = r.nextInt(); break;
                case UINT64: case INT64: ((long[]) a)[i] = r.nextLong(); break;
                case FLOAT32: ((float[]) a)[i] = Float.intBitsToFloat(r.nextInt() & 0x7f7fffff | (r.nextBoolean() ? 0x80000000 : 0)); break;
                default: ((double[]) a)[i] = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20); break;
            }
        }
        // Extremes in the first elements.
        switch (type) {
            case UINT8: case INT8: ((byte[]) a)[0] = Byte.MIN_VALUE; ((byte[]) a)[1] = Byte.MAX_VALUE; ((byte[]) a)[2] = -1; break;
            case UINT16: case INT16: ((short[]) a)[0] = Short.MIN_VALUE; ((short[]) a)[1] = Short.MAX_VALUE; ((short[]) a)[2] = -1; break;
            case UINT32: case INT32: ((int[]) a)[0] = Integer.MIN_VALUE; ((int[]) a)[1] = Integer.MAX_VALUE; ((int[]) a)[2] = -1; break;
            case UINT64: case INT64: ((long[]) a)[0] = Long.MIN_VALUE; ((long[]) a)[1] = Long.MAX_VALUE; ((long[]) a)[2] = -1; break;
            case FLOAT32: ((float[]) a)[0] = Float.MIN_VALUE; ((float[]) a)[1] = -Float.MAX_VALUE; ((float[]) a)[2] = -0.0f; break;
            default: ((double[]) a)[0] = Double.MIN_VALUE; ((double[]) a)[1] = Double.MAX_VALUE; ((double[]) a)[2] = 0.1; break;
        }
        return image;
    }

    /** Asserts equal geometry (exact), type, components and bit-identical voxels. */
    static void assertSameImage(Image expected, Image actual, String what) {
        assertEquals(expected.geometry(), actual.geometry(), what + ": geometry");
        assertEquals(expected.pixelType(), actual.pixelType(), what + ": pixel type");
        assertEquals(expected.components(), actual.components(), what + ": components");
        assertArrayEquals(littleEndian(expected), littleEndian(actual), what + ": voxels");
    }

    /** The voxel buffer as little-endian bytes, as ITK delivers it on x86. */
    static byte[] littleEndian(Image image) {
        int size = image.pixelType().byteSize();
        ByteBuffer b = ByteBuffer.allocate(image.elementCount() * size).order(ByteOrder.LITTLE_ENDIAN);
        Object a = image.buffer();
        switch (image.pixelType()) {
            case UINT8: case INT8: b.put((byte[]) a); break;
            case UINT16: case INT16: b.asShortBuffer().put((short[]) a); break;
            case UINT32: case INT32: b.asIntBuffer().put((int[]) a); break;
            case UINT64: case INT64: b.asLongBuffer().put((long[]) a); break;
            case FLOAT32: b.asFloatBuffer().put((float[]) a); break;
            default: b.asDoubleBuffer().put((double[]) a); break;
        }
        return b.array();
    }

    static Path writeText(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        return file;
    }

    // ------------------------------------------------------------------ ITK

    /** Relative tolerance for spacing, origin and direction (absolute below magnitude 1). */
    static final double GEOMETRY_TOLERANCE = 1e-12;

    /**
     * Runs {@code convert IN [OUT] [options] --dump RAW}: ITK reads IN (and writes OUT).
     *
     * @return ITK's reading of IN
     */
    static ItkReading itk(Path in, Path out, Path work, String... options) throws IOException {
        List<String> args = new ArrayList<>();
        if (out != null) {
            args.add(out.toString());
        }
        args.addAll(List.of(options));
        return ItkReading.read(ReferencePrograms.VTK, "convert", in, work, args.toArray(String[]::new));
    }

    /** Asserts that SegSense's image equals ITK's reading: size, geometry (1e-12 relative), type, components, every byte. */
    static void assertSameAsItk(ItkReading itk, Image image, String what) {
        ImageGeometry g = image.geometry();
        itk.assertSameHeader(g.size(), g.spacing(), g.origin(), g.direction(), image.pixelType().jsonName(), image.components(),
                GEOMETRY_TOLERANCE, what);
        itk.assertSamePixels(littleEndian(image), image.pixelType().byteSize(),
                e -> String.valueOf(image.getDouble(e / image.components(), e % image.components())), what);
    }

    /** @return ITK's exit code when reading the file (non-zero: ITK rejects it) */
    static int itkExitCode(Path in) {
        return ReferencePrograms.VTK.call("convert", in.toString()).exitCode();
    }
}
