// SPDX-License-Identifier: EPL-2.0
package org.segsense.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImageTest {

    @ParameterizedTest
    @EnumSource(PixelType.class)
    void bufferIsOnePrimitiveArrayOfTheType(PixelType type) {
        Image image = Image.create(ImageGeometry.of(3, 4, 5), type, 2);
        assertSame(type.arrayClass(), image.buffer().getClass());
        assertEquals(120, java.lang.reflect.Array.getLength(image.buffer()));
        assertEquals(type.jsonName(), ImageInfo.of(image).pixelType());
    }

    @Test
    void wrongTypedAccessorSaysWhatToDo() {
        Image image = Image.create(ImageGeometry.of(2, 2), PixelType.UINT8);
        IllegalStateException e = assertThrows(IllegalStateException.class, image::floats);
        assertTrue(e.getMessage().contains("uint8"), e.getMessage());
        assertEquals(4, image.bytes().length);
    }

    @Test
    void unsignedValuesAreReadWithMasking() {
        Image u8 = Image.ofUInt8(ImageGeometry.of(2, 1), new byte[] {(byte) 200, 5});
        assertEquals(200, u8.getDouble(0, 0));
        Image u16 = Image.of(ImageGeometry.of(1, 1), PixelType.UINT16, 1, new short[] {(short) 60000});
        assertEquals(60000, u16.getDouble(0, 0));
        Image u32 = Image.of(ImageGeometry.of(1, 1), PixelType.UINT32, 1, new int[] {-1});
        assertEquals(4294967295.0, u32.getDouble(0, 0));
        Image u64 = Image.of(ImageGeometry.of(1, 1), PixelType.UINT64, 1, new long[] {-1});
        assertEquals(18446744073709551615.0, u64.getDouble(0, 0));
    }

    @Test
    void componentsAreInterleavedPerVoxel() {
        Image image = Image.of(ImageGeometry.of(2, 1), new float[] {1, 2, 3, 10, 20, 30});
        assertEquals(3, image.components());
        assertEquals(20, image.getDouble(1, 1));
    }

    @Test
    void convertTruncatesTowardZeroAndSaturates() {
        Image f = Image.of(ImageGeometry.of(6, 1), new float[] {-1.7f, 2.9f, 300f, -300f, Float.NaN, 127.5f});
        assertArrayEquals(new byte[] {-1, 2, 127, -128, 0, 127}, f.convert(PixelType.INT8).bytes());
        Image u8 = f.convert(PixelType.UINT8);
        assertEquals(255, u8.getDouble(2, 0));
        assertEquals(0, u8.getDouble(0, 0));
        assertArrayEquals(new double[] {-1.7f, 2.9f, 300f, -300f, Double.NaN, 127.5f}, f.convert(PixelType.FLOAT64).doubles(), 0);
        assertEquals(f.geometry(), u8.geometry());
    }

    @Test
    void tooManyElementsAreRejectedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Image.create(ImageGeometry.of(1 << 11, 1 << 11, 1 << 10), PixelType.FLOAT32));
        assertTrue(e.getMessage().contains("at most"), e.getMessage());
    }

    @Test
    void infoHasTheSpecJsonShape() {
        ImageGeometry g = new ImageGeometry(new long[] {3, 4, 5}, new double[] {1, 2, 3}, new double[] {-1, 0, 1}, ImageGeometry.identity(3));
        ImageInfo info = ImageInfo.of(Image.create(g, PixelType.INT16));
        assertEquals("{\"size\":[3,4,5],\"spacing\":[1.0,2.0,3.0],\"origin\":[-1.0,0.0,1.0],"
                + "\"direction\":[1.0,0.0,0.0,0.0,1.0,0.0,0.0,0.0,1.0],\"pixelType\":\"int16\",\"components\":1}", info.toJson());
        assertEquals(java.util.List.of(3L, 4L, 5L), info.toMap().get("size"));
        assertEquals(PixelType.INT16, PixelType.fromJsonName("INT16"));
    }
}
