// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.io.internal.NiftiHeader;

/**
 * Malformed and hostile files are rejected with an {@link ImageFormatException} whose message names
 * the file, the problem and a fix, without allocating more than the header declares.
 */
class HostileFileTest {

    @TempDir
    Path dir;

    /** A 4³ float32 NIfTI-1 header with a qform, for crafted files. */
    static NiftiHeader smallHeader() {
        NiftiHeader h = new NiftiHeader();
        h.dim = new long[] {3, 4, 4, 4, 1, 1, 1, 1};
        h.pixdim = new double[] {1, 1, 1, 1, 1, 1, 1, 1};
        h.datatype = 16;
        h.bitpix = 32;
        h.voxOffset = 352;
        h.sclSlope = 1;
        h.qformCode = 1;
        return h;
    }

    private Path write(String name, byte[] header, int dataBytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, Arrays.copyOf(header, header.length + dataBytes));
        return p;
    }

    private static ImageFormatException assertRejected(Path file, String... words) {
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(file));
        String m = e.getMessage();
        assertTrue(m.startsWith(file.toString() + ": "), "message names the file: " + m);
        for (String w : words) {
            assertTrue(m.contains(w), "message mentions '" + w + "': " + m);
        }
        assertFalse(m.contains("\tat "), "no stack trace in the message");
        return e;
    }

    @Test
    void truncatedData() throws Exception {
        assertRejected(write("trunc.nii", smallHeader().encode(), 100), "ends after 100 of 256 bytes", "truncated");
    }

    @Test
    void truncatedGzipData() throws Exception {
        Path p = dir.resolve("trunc.nii.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(Arrays.copyOf(smallHeader().encode(), 352 + 17));
        }
        assertRejected(p, "truncated");
        byte[] gz = Files.readAllBytes(p);
        Files.write(p, Arrays.copyOf(gz, gz.length / 2)); // cut inside the deflate stream
        assertThrows(ImageFormatException.class, () -> ImageIO.read(p));
    }

    @Test
    void truncatedHeader() throws Exception {
        Path p = dir.resolve("short.nii");
        Files.write(p, Arrays.copyOf(smallHeader().encode(), 200));
        assertRejected(p, "header ends after 200 of 348 bytes");
    }

    @Test
    void negativeDimension() throws Exception {
        NiftiHeader h = smallHeader();
        h.dim[2] = -4;
        assertRejected(write("neg.nii", h.encode(), 256), "dim[2] is -4");
    }

    @Test
    void badDimensionCount() throws Exception {
        NiftiHeader h = smallHeader();
        h.dim[0] = 9;
        assertRejected(write("dim9.nii", h.encode(), 256), "9 dimensions");
    }

    @Test
    void hugeDimensionsAreRefusedBeforeAllocation() throws Exception {
        NiftiHeader h = smallHeader();
        h.version = 2;
        h.dim = new long[] {3, 1L << 40, 1L << 40, 1L << 40, 1, 1, 1, 1};
        h.voxOffset = 544;
        assertRejected(write("huge.nii", h.encode(), 16), "elements", "at most");
        NiftiHeader h1 = smallHeader();
        h1.dim = new long[] {3, 32767, 32767, 32767, 1, 1, 1, 1};
        assertRejected(write("huge1.nii", h1.encode(), 16), "elements");
    }

    @Test
    void declaredSizeOverTheByteLimitIsRefused() throws Exception {
        String old = System.getProperty(ImageIO.MAX_BYTES_PROPERTY);
        System.setProperty(ImageIO.MAX_BYTES_PROPERTY, "1000");
        try {
            NiftiHeader h = smallHeader();
            h.dim = new long[] {3, 20, 20, 20, 1, 1, 1, 1};
            assertRejected(write("limit.nii", h.encode(), 32000), "32000 bytes", "limit of 1000", ImageIO.MAX_BYTES_PROPERTY);
        } finally {
            if (old == null) {
                System.clearProperty(ImageIO.MAX_BYTES_PROPERTY);
            } else {
                System.setProperty(ImageIO.MAX_BYTES_PROPERTY, old);
            }
        }
    }

    // A gzip stream inflating far beyond its declared data: HostileDataTest.compressedDataFarBeyondTheDeclaredSizeAreRefusedAfterBoundedWork

    @Test
    void gzipBombWithHugeDeclaredSizeIsRefused() throws Exception {
        NiftiHeader h = smallHeader();
        h.dim = new long[] {3, 30000, 30000, 30000, 1, 1, 1, 1};
        Path p = dir.resolve("bomb2.nii.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(h.encode());
            out.write(new byte[1 << 20]);
        }
        assertRejected(p, "elements");
    }

    @Test
    void badMagicAndGarbage() throws Exception {
        Path p = dir.resolve("garbage.nii");
        byte[] b = new byte[2000];
        new java.util.Random(1).nextBytes(b);
        Files.write(p, b);
        assertRejected(p, "sizeof_hdr");
        Path unknown = dir.resolve("garbage.xyz");
        Files.write(unknown, b);
        assertRejected(unknown, "no image format recognises");
    }

    @Test
    void emptyAndMissingFiles() throws Exception {
        Path empty = dir.resolve("empty.nii");
        Files.write(empty, new byte[0]);
        assertRejected(empty, "too short");
        assertRejected(dir.resolve("missing.nii"), "does not exist");
    }

    @Test
    void unsupportedDatatype() throws Exception {
        NiftiHeader h = smallHeader();
        h.datatype = 1536;
        h.bitpix = 128;
        assertRejected(write("f128.nii", h.encode(), 1024), "datatype 1536", "float128");
    }

    @Test
    void shearedSformWithoutQform() throws Exception {
        NiftiHeader h = smallHeader();
        h.qformCode = 0;
        h.sformCode = 2;
        h.srow = new double[] {1, 0.5, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0};
        assertRejected(write("shear.nii", h.encode(), 256), "sheared");
    }

    @Test
    void negativeVoxOffset() throws Exception {
        NiftiHeader h = smallHeader();
        h.voxOffset = -5;
        assertRejected(write("off.nii", h.encode(), 256), "vox_offset");
    }

    @Test
    void writingTooBigOrUnknownIsRefused() {
        Image image = Image.create(ImageGeometry.of(2, 2), PixelType.UINT8);
        assertThrows(ImageFormatException.class, () -> ImageIO.write(image, dir.resolve("x.unknown")));
        assertThrows(IllegalArgumentException.class, () -> Image.create(ImageGeometry.of(2048, 2048, 1024), PixelType.UINT8));
    }

    @Test
    void bigEndianTruncated() throws Exception {
        NiftiHeader h = smallHeader();
        h.order = ByteOrder.BIG_ENDIAN;
        assertRejected(write("be.nii", h.encode(), 10), "truncated");
    }
}
