// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.io.internal.NiftiFormat;
import org.segsense.image.io.internal.NiftiHeader;

/** Write → read round trips through NIfTI-1/2, both byte orders, gzip, every pixel type. */
class NiftiRoundTripTest {

    @TempDir
    Path dir;

    static Stream<Arguments> variants() {
        List<Arguments> list = new ArrayList<>();
        for (PixelType type : PixelType.values()) {
            for (int version : new int[] {1, 2}) {
                for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
                    for (String ext : new String[] {".nii", ".nii.gz"}) {
                        list.add(Arguments.of(type, version, order, ext));
                    }
                }
            }
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0} v{1} {2} {3}")
    @MethodSource("variants")
    void roundTripKeepsEverything(PixelType type, int version, ByteOrder order, String ext) throws Exception {
        Image image = SyntheticImages.ramp(SyntheticImages.oblique3d(), type, 1);
        NiftiFormat.Options options = new NiftiFormat.Options();
        options.version = version;
        options.order = order;
        Path file = dir.resolve("img" + ext);
        new NiftiFormat().write(image, file, options);
        Image back = ImageIO.read(file);
        assertSameGeometry(image.geometry(), back.geometry());
        assertEquals(type, back.pixelType());
        assertTrue(image.withGeometry(back.geometry()).contentEquals(back), "voxel values changed");
    }

    @Test
    void vectorImagesAreInterleavedInMemoryAndPlanarOnDisk() throws Exception {
        Image image = SyntheticImages.ramp(SyntheticImages.oblique3d(), PixelType.FLOAT32, 3);
        Path file = dir.resolve("vec.nii");
        ImageIO.write(image, file);
        byte[] raw = Files.readAllBytes(file);
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        // On disk: all voxels of component 0 first; voxel 1 component 0 is element 3 in memory.
        assertEquals(image.floats()[3], bb.getFloat(352 + 4), 0);
        assertEquals(5, bb.getShort(40));
        assertEquals(3, bb.getShort(50));
        Image back = ImageIO.read(file);
        assertEquals(3, back.components());
        assertTrue(image.withGeometry(back.geometry()).contentEquals(back));
    }

    @Test
    void twoDAndFourDImagesKeepTheirDimension() throws Exception {
        Image twoD = SyntheticImages.ramp(new ImageGeometry(new long[] {9, 4}, new double[] {0.25, 3}, new double[] {1, 2},
                new double[] {0, 1, 1, 0}), PixelType.INT16, 1);
        Image fourD = SyntheticImages.ramp(ImageGeometry.of(3, 4, 5, 6).withSpacing(1, 1, 2, 1.5).withOrigin(5, 6, 7, 0),
                PixelType.FLOAT32, 1);
        for (Image image : new Image[] {twoD, fourD}) {
            Path file = dir.resolve("d" + image.dimension() + ".nii.gz");
            ImageIO.write(image, file);
            Image back = ImageIO.read(file);
            assertSameGeometry(image.geometry(), back.geometry());
            assertTrue(image.withGeometry(back.geometry()).contentEquals(back));
        }
    }

    @Test
    void writerSetsBothFormCodesToOneAndOriginInFloat32() throws Exception {
        ImageGeometry g = SyntheticImages.oblique3d().withOrigin(0.1, -0.2, 1.0 / 3);
        Path file = dir.resolve("codes.nii");
        ImageIO.write(Image.create(g, PixelType.UINT8), file);
        byte[] b = Files.readAllBytes(file);
        NiftiHeader h = NiftiHeader.decode(b, b.length, file);
        assertEquals(1, h.qformCode);
        assertEquals(1, h.sformCode);
        assertEquals(352.0, h.voxOffset);
        assertEquals((float) -0.1, (float) h.qoffsetX);
        assertEquals((float) (1.0 / 3), (float) h.srow[11]);
        Image back = ImageIO.read(file);
        assertEquals((float) (1.0 / 3), back.geometry().origin(2), 0);
    }

    @Test
    void scaledIntegersBecomeFloat32() throws Exception {
        NiftiHeader h = new NiftiHeader();
        h.dim = new long[] {3, 2, 2, 1, 1, 1, 1, 1};
        h.pixdim = new double[] {1, 1, 1, 1, 1, 1, 1, 1};
        h.datatype = 4;
        h.bitpix = 16;
        h.voxOffset = 352;
        h.sclSlope = 0.5;
        h.sclInter = -3;
        byte[] header = h.encode();
        byte[] file = new byte[header.length + 8];
        System.arraycopy(header, 0, file, 0, header.length);
        java.nio.ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putShort(352, (short) 10).putShort(354, (short) -4);
        Path p = dir.resolve("scaled.nii");
        Files.write(p, file);
        Image image = ImageIO.read(p);
        assertEquals(PixelType.FLOAT32, image.pixelType());
        assertArrayEquals(new float[] {2f, -5f, -3f, -3f}, image.floats());
    }

    @Test
    void bigEndianHeaderIsDetectedFromSizeofHdr() throws Exception {
        Image image = SyntheticImages.ramp(SyntheticImages.oblique3d(), PixelType.INT32, 1);
        NiftiFormat.Options options = new NiftiFormat.Options();
        options.order = ByteOrder.BIG_ENDIAN;
        Path file = dir.resolve("be.nii");
        new NiftiFormat().write(image, file, options);
        byte[] b = Files.readAllBytes(file);
        assertEquals(0, b[0]);
        assertEquals(0x5c, b[3] & 0xFF); // 348 = 0x15c, big-endian
        assertTrue(image.withGeometry(ImageIO.read(file).geometry()).contentEquals(ImageIO.read(file)));
    }

    static void assertSameGeometry(ImageGeometry expected, ImageGeometry actual) {
        assertArrayEquals(expected.size(), actual.size());
        // The file stores spacing, origin and matrices in float32 (NIfTI-1): 1e-6 relative.
        ItkReference.assertClose(expected.spacing(), actual.spacing(), "spacing");
        ItkReference.assertClose(expected.origin(), actual.origin(), "origin");
        ItkReference.assertClose(expected.direction(), actual.direction(), "direction");
        assertTrue(expected.sameGridAs(actual, 1e-5), expected + " vs " + actual);
    }
}
