// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;

/** MetaImage and NRRD round trips (every type, vectors, 2-D/4-D) and malformed headers. */
class TextFormatRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(PixelType.class)
    void roundTripIsExact(PixelType type) throws Exception {
        Image[] images = {SyntheticImages.ramp(SyntheticImages.oblique3d(), type, 1), SyntheticImages.ramp(SyntheticImages.oblique3d(), type, 3),
                SyntheticImages.ramp(new ImageGeometry(new long[] {3, 5}, new double[] {0.5, 2}, new double[] {1, -2},
                        new double[] {0, -1, 1, 0}), type, 1),
                SyntheticImages.ramp(ImageGeometry.of(2, 3, 4, 5).withSpacing(1, 2, 3, 4), type, 1)};
        for (String ext : new String[] {".mha", ".mhd", ".nrrd", ".nhdr"}) {
            int n = 0;
            for (Image image : images) {
                Path file = dir.resolve("img" + n++ + ext);
                ImageIO.write(image, file);
                Image back = ImageIO.read(file);
                assertTrue(image.geometry().sameGridAs(back.geometry(), 1e-12), ext + ": " + image.geometry() + " vs " + back.geometry());
                assertTrue(image.withGeometry(back.geometry()).contentEquals(back), ext + " values");
            }
        }
    }

    @Test
    void malformedHeadersAreRejected() throws Exception {
        Path mha = dir.resolve("bad.mha");
        Files.writeString(mha, "ObjectType = Image\nNDims = 3\nDimSize = 4 -4 4\nElementType = MET_UCHAR\nElementDataFile = LOCAL\n");
        assertThrows(ImageFormatException.class, () -> ImageIO.read(mha));
        Path huge = dir.resolve("huge.mha");
        Files.writeString(huge, "NDims = 3\nDimSize = 100000 100000 100000\nElementType = MET_UCHAR\nElementDataFile = LOCAL\nxx");
        assertThrows(ImageFormatException.class, () -> ImageIO.read(huge));
        Path trunc = dir.resolve("trunc.mha");
        Files.writeString(trunc, "NDims = 2\nDimSize = 10 10\nElementType = MET_FLOAT\nElementDataFile = LOCAL\nabc");
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(trunc));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        Path nrrd = dir.resolve("bad.nrrd");
        Files.writeString(nrrd, "NRRD0004\ntype: float\ndimension: 2\nsizes: 10 10\nencoding: bzip2\n\n");
        assertThrows(ImageFormatException.class, () -> ImageIO.read(nrrd));
        Path notNrrd = dir.resolve("not.nrrd");
        Files.writeString(notNrrd, "hello\n\n");
        assertThrows(ImageFormatException.class, () -> ImageIO.read(notNrrd));
    }
}
