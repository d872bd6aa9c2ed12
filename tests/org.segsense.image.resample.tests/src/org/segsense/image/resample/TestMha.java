// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.resample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.testing.MetaImage;
import org.segsense.testing.MetaImage.ElementType;
import org.segsense.testing.MetaImageFiles;

/**
 * SegSense {@link Image}s as MetaImage (.mha) files for the resampling tests, through the shared
 * {@link MetaImageFiles} (independent of the bundle's readers).
 */
final class TestMha {

    private TestMha() {
    }

    private static final Map<PixelType, ElementType> MET = Map.of(PixelType.UINT8, ElementType.MET_UCHAR, PixelType.INT8,
            ElementType.MET_CHAR, PixelType.UINT16, ElementType.MET_USHORT, PixelType.INT16, ElementType.MET_SHORT, PixelType.UINT32,
            ElementType.MET_UINT, PixelType.INT32, ElementType.MET_INT, PixelType.FLOAT32, ElementType.MET_FLOAT, PixelType.FLOAT64,
            ElementType.MET_DOUBLE);

    static void write(Path file, Image image) throws IOException {
        ImageGeometry g = image.geometry();
        MetaImageFiles.write(file, new MetaImage(g.size(), g.spacing(), g.origin(), g.direction(), image.components(),
                MET.get(image.pixelType()), image.buffer()));
    }

    static Image read(Path file) throws IOException {
        MetaImage m = MetaImageFiles.read(file);
        PixelType type = MET.entrySet().stream().filter(e -> e.getValue() == m.type()).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IOException(file + ": unsupported ElementType " + m.type()));
        return Image.of(new ImageGeometry(m.size(), m.spacing(), m.origin(), m.direction()), type, m.channels(), m.data());
    }
}
