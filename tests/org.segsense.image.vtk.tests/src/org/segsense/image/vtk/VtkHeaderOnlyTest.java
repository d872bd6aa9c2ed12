// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.vtk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segsense.image.vtk.VtkTestSupport.writeText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageHeader;
import org.segsense.image.io.ImageIO;

/**
 * Header-only reading of VTK files ({@code ImageIO.readHeader}, used by {@code segsense image info}):
 * the same geometry, pixel type and components as the full read, without the voxel data.
 */
class VtkHeaderOnlyTest {

    @TempDir
    Path work;

    @Test
    void theHeaderAgreesWithTheFullRead() throws Exception {
        for (VtkFormat.Encoding encoding : VtkFormat.Encoding.values()) {
            for (int components : new int[] {1, 3}) {
                Image image = VtkTestSupport.image(PixelType.INT16, components, 5, 7, 6, 5);
                Path file = work.resolve("a-" + encoding + components + ".vtk");
                VtkFormat.write(image, file, encoding);
                Image full = ImageIO.read(file);
                ImageHeader h = ImageIO.readHeader(file);
                assertEquals(full.geometry(), h.geometry(), file.toString());
                assertEquals(full.pixelType(), h.pixelType());
                assertEquals(full.components(), h.components());
                assertEquals("VTK legacy", h.format());
                assertEquals(List.of(file), h.files());
                assertEquals(List.of(file), ImageIO.files(file));
            }
        }
    }

    @Test
    void theHeaderNeedsNoVoxelData() throws Exception {
        Image image = VtkTestSupport.image(PixelType.FLOAT32, 1, 9, 8, 7, 6);
        Path file = work.resolve("cut.vtk");
        VtkFormat.write(image, file, VtkFormat.Encoding.BINARY);
        Image complete = ImageIO.read(file);
        byte[] b = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(b, b.length - 200)); // cut inside the data
        assertThrows(ImageFormatException.class, () -> ImageIO.read(file));
        assertEquals(complete.geometry(), ImageIO.readHeader(file).geometry());
        // a small file declaring 1000 x 1000 x 400 floats (1.6 GB): described at once, whatever the heap
        Path big = writeText(work.resolve("big.vtk"),
                "# vtk DataFile Version 3.0\ntitle\nBINARY\nDATASET STRUCTURED_POINTS\nDIMENSIONS 1000 1000 400\nSPACING 1 2 3\n"
                        + "POINT_DATA 400000000\nSCALARS s float 1\nLOOKUP_TABLE default\nabc");
        long t0 = System.nanoTime();
        ImageHeader h = ImageIO.readHeader(big);
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 2000);
        assertArrayEquals(new long[] {1000, 1000, 400}, h.geometry().size());
        assertArrayEquals(new double[] {1, 2, 3}, h.geometry().spacing());
        assertEquals(PixelType.FLOAT32, h.pixelType());
    }
}
