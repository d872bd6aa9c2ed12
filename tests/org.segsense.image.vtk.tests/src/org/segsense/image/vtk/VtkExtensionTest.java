// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.vtk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.segsense.image.Image;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageIO;

/**
 * The contribution to {@code org.segsense.image.formats}: under OSGi (the Tycho test runtime) ImageIO
 * dispatches {@code .vtk} files to {@link VtkFormat}; in plain Java (no extension registry) ImageIO
 * refuses {@code .vtk} with a clear message.
 */
class VtkExtensionTest {

    @TempDir
    Path work;

    private boolean inOsgi() {
        return FrameworkUtil.getBundle(getClass()) != null;
    }

    @Test
    void imageIoFindsTheVtkFormatUnderOsgi() throws Exception {
        Image image = VtkTestSupport.image(PixelType.INT16, 1, 42, 4, 3, 2);
        Path file = work.resolve("x.vtk");
        if (inOsgi()) {
            assertTrue(ImageIO.readers().stream().anyMatch(r -> r instanceof VtkFormat), "VtkFormat among the readers: " + ImageIO.readers());
            assertTrue(ImageIO.writers().stream().anyMatch(w -> w instanceof VtkFormat), "VtkFormat among the writers: " + ImageIO.writers());
            ImageIO.write(image, file);
            assertTrue(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("# vtk DataFile Version 3.0\n"));
            VtkTestSupport.assertSameImage(image, ImageIO.read(file), "ImageIO round trip");
            assertEquals("VTK legacy", ImageIO.readers().stream().filter(r -> r.canRead(file)).findFirst().get().formatName());
        } else {
            assertFalse(ImageIO.readers().stream().anyMatch(r -> r instanceof VtkFormat), "no extension registry outside OSGi");
            ImageFormatException w = assertThrows(ImageFormatException.class, () -> ImageIO.write(image, file));
            assertTrue(w.getMessage().startsWith(file + ": ") && w.getMessage().contains("no image format"), w.getMessage());
            new VtkFormat().write(image, file);
            ImageFormatException r = assertThrows(ImageFormatException.class, () -> ImageIO.read(file));
            assertTrue(r.getMessage().startsWith(file + ": ") && r.getMessage().contains("no image format recognises"), r.getMessage());
        }
    }
}
