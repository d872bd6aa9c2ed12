// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.io.internal.NiftiHeader;

/**
 * Hostile voxel data: a short file whose header declares a huge image is refused before anything is
 * allocated (asserted by the bytes this thread allocates); corrupted gzip/zlib trailers are refused;
 * NRRD {@code byte skip}/{@code line skip}/{@code endian} and MetaImage {@code HeaderSize} are
 * honoured or refused, never misread; header-only reading needs no voxel data.
 */
class HostileDataTest {

    /** What a refused read may allocate at most: a few buffers, never the declared array. */
    private static final long ALLOCATION_BOUND = 32L << 20;

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ allocation measurement

    /** @return the bytes allocated by this thread so far (HotSpot's com.sun.management.ThreadMXBean) */
    private static long allocated() {
        Object bean = ManagementFactory.getThreadMXBean();
        try {
            Class<?> api = Class.forName("com.sun.management.ThreadMXBean", false, ClassLoader.getSystemClassLoader());
            Method m = api.getMethod("getThreadAllocatedBytes", long.class);
            return (Long) m.invoke(bean, Thread.currentThread().getId());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("this JVM cannot measure allocation (com.sun.management.ThreadMXBean)", e);
        }
    }

    /** Declared voxel bytes: large, yet under the reader's byte limit so that only the new size check can refuse. */
    private static long declaredBytes() {
        return Math.min(1_500_000_000L, ImageIO.maxImageBytes() * 9 / 10) / 1_000_000 * 1_000_000;
    }

    /** Asserts that reading {@code file} is refused quickly, with bounded allocation, by a message with {@code words}. */
    private static void assertRefusedCheaply(Path file, String... words) {
        long before = allocated();
        long t0 = System.nanoTime();
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(file));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long bytes = allocated() - before;
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), "mentions '" + w + "': " + e.getMessage());
        }
        assertTrue(bytes < ALLOCATION_BOUND, file.getFileName() + ": allocated " + bytes + " bytes for a refused read");
        assertTrue(ms < 2000, file.getFileName() + ": took " + ms + " ms");
    }

    private static String nrrdHeader(long bytes, String extra) {
        return "NRRD0004\ntype: unsigned char\ndimension: 3\nsizes: 1000 1000 " + bytes / 1_000_000 + "\nendian: little\n" + extra;
    }

    private static String metaHeader(long bytes, String extra) {
        return "ObjectType = Image\nNDims = 3\nDimSize = 1000 1000 " + bytes / 1_000_000 + "\nElementType = MET_UCHAR\n" + extra;
    }

    private Path text(String name, String content, int dataBytes) throws Exception {
        Path p = dir.resolve(name);
        byte[] h = content.getBytes(StandardCharsets.ISO_8859_1);
        Files.write(p, Arrays.copyOf(h, h.length + dataBytes));
        return p;
    }

    private static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(b)) {
            out.write(data);
        }
        return b.toByteArray();
    }

    private static byte[] zlib(byte[] data) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream out = new DeflaterOutputStream(b)) {
            out.write(data);
        }
        return b.toByteArray();
    }

    // ------------------------------------------------------------------ item 10: declared size vs file size

    @Test
    void aShortFileDeclaringAHugeImageIsRefusedBeforeAllocation() throws Exception {
        long declared = declaredBytes();
        assertTrue(declared >= 100_000_000L, "the test needs a heap of at least ~120 MB; declared " + declared);
        String ends = "ends after 100 of " + declared + " bytes";
        assertRefusedCheaply(text("short.nrrd", nrrdHeader(declared, "encoding: raw\n\n"), 100), ends, "truncated");
        text("short.raw", "", 100);
        assertRefusedCheaply(text("short.nhdr", nrrdHeader(declared, "encoding: raw\ndata file: short.raw\n\n"), 0), ends);
        assertRefusedCheaply(text("short.mha", metaHeader(declared, "ElementDataFile = LOCAL\n"), 100), ends);
        assertRefusedCheaply(text("short.mhd", metaHeader(declared, "ElementDataFile = short.raw\n"), 0), ends);
        NiftiHeader h = new NiftiHeader();
        h.dim = new long[] {3, 1000, 1000, declared / 1_000_000, 1, 1, 1, 1};
        h.pixdim = new double[] {1, 1, 1, 1, 1, 1, 1, 1};
        h.datatype = 2;
        h.bitpix = 8;
        h.voxOffset = 352;
        h.sclSlope = 1;
        Path nii = dir.resolve("short.nii");
        Files.write(nii, Arrays.copyOf(h.encode(), 1024)); // a 1 KB file
        assertRefusedCheaply(nii, "ends after " + (1024 - 352) + " of " + declared + " bytes", "the file has 1024 bytes");
    }

    @Test
    void aShortCompressedFileDeclaringAHugeImageIsRefusedBeforeAllocation() throws Exception {
        long declared = declaredBytes();
        String cannot = "cannot hold the " + declared + " bytes";
        NiftiHeader h = new NiftiHeader();
        h.dim = new long[] {3, 1000, 1000, declared / 1_000_000, 1, 1, 1, 1};
        h.pixdim = new double[] {1, 1, 1, 1, 1, 1, 1, 1};
        h.datatype = 2;
        h.bitpix = 8;
        h.voxOffset = 352;
        h.sclSlope = 1;
        Path niigz = dir.resolve("short.nii.gz");
        Files.write(niigz, gzip(Arrays.copyOf(h.encode(), 100_000))); // 100 KB of zeros inflate from ~100 bytes
        assertRefusedCheaply(niigz, cannot, "1032-fold");
        byte[] header = nrrdHeader(declared, "encoding: gzip\n\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] data = gzip(new byte[100_000]);
        Path nrrd = dir.resolve("short-gz.nrrd");
        Files.write(nrrd, concat(header, data));
        assertRefusedCheaply(nrrd, cannot);
        byte[] mha = metaHeader(declared, "CompressedData = True\nElementDataFile = LOCAL\n").getBytes(StandardCharsets.ISO_8859_1);
        Path mhaFile = dir.resolve("short-z.mha");
        Files.write(mhaFile, concat(mha, zlib(new byte[100_000])));
        assertRefusedCheaply(mhaFile, cannot);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    // ------------------------------------------------------------------ item 14: gzip/zlib trailers

    private static Image small() {
        return SyntheticImages.ramp(ImageGeometry.of(6, 5, 4), PixelType.INT16, 1);
    }

    private static void flipByte(Path p, int fromEnd) throws Exception {
        byte[] b = Files.readAllBytes(p);
        b[b.length - fromEnd] ^= 0x5a;
        Files.write(p, b);
    }

    private static void assertCorrupt(Path file) {
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(file));
        assertTrue(e.getMessage().startsWith(file + ": ") && e.getMessage().contains("trailer") && e.getMessage().contains("does not match"),
                e.getMessage());
    }

    @Test
    void aGzipTrailerWithAWrongCrcOrIsizeIsRefused() throws Exception {
        for (int fromEnd : new int[] {8, 5, 4, 1}) { // CRC-32 bytes 0 and 3, ISIZE bytes 0 and 3
            Path p = dir.resolve("crc" + fromEnd + ".nii.gz");
            ImageIO.write(small(), p);
            assertTrue(ImageIO.read(p).contentEquals(small()));
            flipByte(p, fromEnd);
            assertCorrupt(p);
        }
        // NRRD gzip data, attached and detached
        Path nrrd = dir.resolve("g.nrrd");
        ImageIO.write(small(), nrrd);
        String text = Files.readString(nrrd, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\n\n") + 2;
        byte[] raw = Arrays.copyOfRange(Files.readAllBytes(nrrd), end, (int) Files.size(nrrd));
        byte[] header = text.substring(0, end).replace("encoding: raw", "encoding: gzip").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(nrrd, concat(header, gzip(raw)));
        assertTrue(ImageIO.read(nrrd).contentEquals(small()));
        flipByte(nrrd, 6);
        assertCorrupt(nrrd);
        Path nhdr = dir.resolve("g.nhdr");
        Files.writeString(nhdr, text.substring(0, end - 1).replace("encoding: raw", "encoding: gzip") + "data file: g.raw.gz\n",
                StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("g.raw.gz"), gzip(raw));
        assertTrue(ImageIO.read(nhdr).contentEquals(small()));
        flipByte(dir.resolve("g.raw.gz"), 2);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(nhdr));
        assertTrue(e.getMessage().startsWith(dir.resolve("g.raw.gz") + ": ") && e.getMessage().contains("trailer"), e.getMessage());
    }

    @Test
    void aCorruptTrailerOfAnEarlierGzipMemberIsRefused() throws Exception {
        // two members, as the parallel writer produces them; the first member's CRC is wrong
        Path p = dir.resolve("members.nii");
        ImageIO.write(small(), p);
        byte[] all = Files.readAllBytes(p);
        byte[] first = gzip(Arrays.copyOf(all, 560)); // the member ends inside the voxel data
        byte[] second = gzip(Arrays.copyOfRange(all, 560, all.length));
        Path gz = dir.resolve("members.nii.gz");
        Files.write(gz, concat(first, second));
        assertTrue(ImageIO.read(gz).contentEquals(small()), "two intact members read as one stream");
        first[first.length - 7] ^= 1;
        Files.write(gz, concat(first, second));
        assertCorrupt(gz);
    }

    @Test
    void aZlibStreamWithAWrongAdlerChecksumIsRefused() throws Exception {
        Path mha = dir.resolve("z.mha");
        ImageIO.write(small(), mha);
        String text = Files.readString(mha, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("ElementDataFile = LOCAL\n") + "ElementDataFile = LOCAL\n".length();
        byte[] raw = Arrays.copyOfRange(Files.readAllBytes(mha), end, (int) Files.size(mha));
        byte[] header = text.substring(0, end).replace("CompressedData = False", "CompressedData = True").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(mha, concat(header, zlib(raw)));
        assertTrue(ImageIO.read(mha).contentEquals(small()));
        flipByte(mha, 1);
        assertCorrupt(mha);
    }

    @Test
    void compressedDataFarBeyondTheDeclaredSizeAreRefusedAfterBoundedWork() throws Exception {
        NiftiHeader h = HostileFileTest.smallHeader(); // 4³ float32
        Path small = dir.resolve("tail.nii.gz");
        Files.write(small, gzip(Arrays.copyOf(h.encode(), 352 + 256 + 1000))); // 1000 bytes of padding are tolerated
        assertEquals(64, ImageIO.read(small).elementCount());
        Path bomb = dir.resolve("bomb.nii.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
            out.write(Arrays.copyOf(h.encode(), 352 + 256));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                out.write(zeros);
            }
        }
        assertRefusedCheaply(bomb, "continue for more than");
    }

    // ------------------------------------------------------------------ item 14: NRRD skips and endian, MetaImage HeaderSize

    private Path nrrdWith(String name, String fields, byte[] prefix) throws Exception {
        Image image = small();
        Path p = dir.resolve(name);
        ImageIO.write(image, dir.resolve("ref.nrrd"));
        String text = Files.readString(dir.resolve("ref.nrrd"), StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\n\n") + 1;
        byte[] data = Arrays.copyOfRange(Files.readAllBytes(dir.resolve("ref.nrrd")), end + 1, (int) Files.size(dir.resolve("ref.nrrd")));
        byte[] header = (text.substring(0, end) + fields + "\n\n").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(p, concat(concat(header, prefix), data));
        return p;
    }

    @Test
    void nrrdByteSkipMinusOneReadsTheDataAtTheEnd() throws Exception {
        byte[] junk = "fifty-one bytes of something that is not voxel data".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(ImageIO.read(nrrdWith("end.nrrd", "byte skip: -1", junk)).contentEquals(small()));
        assertTrue(ImageIO.read(nrrdWith("skip.nrrd", "byte skip: " + junk.length, junk)).contentEquals(small()));
        assertTrue(ImageIO.read(nrrdWith("lines.nrrd", "line skip: 2", "a\nbc\n".getBytes(StandardCharsets.ISO_8859_1))).contentEquals(small()));
        // the file is shorter than the data byte skip -1 asks for
        Path shortFile = nrrdWith("short.nrrd", "byte skip: -1", new byte[0]);
        byte[] b = Files.readAllBytes(shortFile);
        Files.write(shortFile, Arrays.copyOf(b, b.length - 10));
        assertRefused(shortFile, "'byte skip: -1' places the 240 bytes");
    }

    @Test
    void nrrdNegativeSkipsAndMiddleEndianAreRefused() throws Exception {
        assertRefused(nrrdWith("bs2.nrrd", "byte skip: -2", new byte[0]), "'byte skip: -2' is invalid");
        assertRefused(nrrdWith("bs5.nrrd", "byte skip: -5", new byte[8]), "'byte skip: -5' is invalid");
        assertRefused(nrrdWith("bsf.nrrd", "byte skip: 1.5", new byte[8]), "'byte skip: 1.5' is invalid");
        assertRefused(nrrdWith("ls.nrrd", "line skip: -1", new byte[0]), "'line skip: -1' is invalid");
        Path mid = nrrdWith("mid.nrrd", "x: y", new byte[0]);
        Files.writeString(mid, Files.readString(mid, StandardCharsets.ISO_8859_1).replace("endian: little", "endian: middle"),
                StandardCharsets.ISO_8859_1);
        assertRefused(mid, "'endian: middle' is not a byte order");
        // byte skip -1 is defined for raw data only
        Path gz = dir.resolve("bsgz.nrrd");
        Files.writeString(gz, "NRRD0004\ntype: short\ndimension: 3\nsizes: 6 5 4\nendian: little\nencoding: gzip\nbyte skip: -1\n\n",
                StandardCharsets.ISO_8859_1);
        Files.write(gz, gzip(new byte[240]), java.nio.file.StandardOpenOption.APPEND);
        assertRefused(gz, "raw encoding only");
    }

    private Path mhdWith(String name, String fields, byte[] prefix, boolean compressed) throws Exception {
        ImageIO.write(small(), dir.resolve("ref.mhd"));
        byte[] data = Files.readAllBytes(dir.resolve("ref.raw"));
        String text = Files.readString(dir.resolve("ref.mhd"), StandardCharsets.ISO_8859_1)
                .replace("ElementDataFile = ref.raw", fields + "\nElementDataFile = " + name + ".raw");
        if (compressed) {
            text = text.replace("CompressedData = False", "CompressedData = True");
            data = zlib(data);
        }
        Path p = dir.resolve(name + ".mhd");
        Files.writeString(p, text, StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve(name + ".raw"), concat(prefix, data));
        return p;
    }

    @Test
    void metaImageHeaderSizeMinusOneReadsTheDataAtTheEnd() throws Exception {
        byte[] junk = new byte[37];
        Arrays.fill(junk, (byte) 'j');
        assertTrue(ImageIO.read(mhdWith("end", "HeaderSize = -1", junk, false)).contentEquals(small()));
        assertTrue(ImageIO.read(mhdWith("skip", "HeaderSize = 37", junk, false)).contentEquals(small()));
        Path shortFile = mhdWith("short", "HeaderSize = -1", new byte[0], false);
        Files.write(dir.resolve("short.raw"), Arrays.copyOf(Files.readAllBytes(dir.resolve("short.raw")), 200));
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(shortFile));
        assertTrue(e.getMessage().contains("HeaderSize = -1 places the 240 bytes") && e.getMessage().contains("holds only 200"), e.getMessage());
    }

    @Test
    void metaImageNegativeHeaderSizeIsRefused() throws Exception {
        assertRefused(mhdWith("m2", "HeaderSize = -2", new byte[0], false), "HeaderSize -2 is invalid");
        assertRefused(mhdWith("m100", "HeaderSize = -100", new byte[0], false), "HeaderSize -100 is invalid");
        assertRefused(mhdWith("mz", "HeaderSize = -1", new byte[0], true), "uncompressed data only");
        assertTrue(ImageIO.read(mhdWith("zok", "HeaderSize = 0", new byte[0], true)).contentEquals(small()));
    }

    private static void assertRefused(Path file, String... words) {
        for (Executable x : new Executable[] {() -> ImageIO.read(file)}) {
            ImageFormatException e = assertThrows(ImageFormatException.class, x);
            assertTrue(e.getMessage().startsWith(file + ": "), "names the file: " + e.getMessage());
            for (String w : words) {
                assertTrue(e.getMessage().contains(w), "mentions '" + w + "': " + e.getMessage());
            }
        }
    }

    // ------------------------------------------------------------------ item 10: header-only reading

    @Test
    void headerOnlyReadingAgreesWithTheFullReadForEveryFormat() throws Exception {
        Image image = SyntheticImages.ramp(SyntheticImages.oblique3d(), PixelType.FLOAT32, 2);
        for (String name : new String[] {"v.nii", "v.nii.gz", "v.nrrd", "v.nhdr", "v.mha", "v.mhd"}) {
            Path p = dir.resolve(name);
            ImageIO.write(image, p);
            Image full = ImageIO.read(p);
            ImageHeader h = ImageIO.readHeader(p);
            assertEquals(full.geometry(), h.geometry(), name);
            assertEquals(full.pixelType(), h.pixelType(), name);
            assertEquals(full.components(), h.components(), name);
            assertEquals(ImageIO.files(p), h.files(), name);
        }
        // NIfTI scaling turns int16 into float32, which the header reports too
        NiftiHeader n = HostileFileTest.smallHeader(); // 4³ float32
        n.datatype = 4;
        n.bitpix = 16;
        n.sclSlope = 2;
        Path scaled = dir.resolve("scaled.nii");
        Files.write(scaled, Arrays.copyOf(n.encode(), 352 + 128));
        assertEquals(PixelType.FLOAT32, ImageIO.read(scaled).pixelType());
        assertEquals(PixelType.FLOAT32, ImageIO.readHeader(scaled).pixelType());
    }

    @Test
    void headerOnlyReadingNeedsNoVoxelData() throws Exception {
        ImageGeometry o = SyntheticImages.oblique3d();
        ImageGeometry g = new ImageGeometry(new long[] {20, 20, 20}, o.spacing(), o.origin(), o.direction());
        Image image = SyntheticImages.ramp(g, PixelType.INT16, 1);
        for (String name : new String[] {"t.nii", "t.nii.gz", "t.nrrd", "t.mha"}) {
            Path p = dir.resolve(name);
            ImageIO.write(image, p);
            ImageGeometry complete = ImageIO.read(p).geometry();
            byte[] b = Files.readAllBytes(p);
            Files.write(p, Arrays.copyOf(b, name.endsWith(".gz") ? b.length / 2 : b.length - 100)); // cut inside the data
            assertThrows(ImageFormatException.class, () -> ImageIO.read(p), name);
            ImageHeader h = ImageIO.readHeader(p);
            assertEquals(complete, h.geometry(), name);
            assertEquals(PixelType.INT16, h.pixelType(), name);
        }
        for (String name : new String[] {"t.nhdr", "t.mhd"}) {
            Path p = dir.resolve(name);
            ImageIO.write(image, p);
            ImageGeometry complete = ImageIO.read(p).geometry();
            Files.delete(dir.resolve("t.raw"));
            assertEquals(complete, ImageIO.readHeader(p).geometry(), name);
        }
        // a 1 KB header declaring a large image: described at once, with bounded allocation
        long declared = declaredBytes();
        Path big = text("big.nrrd", nrrdHeader(declared, "encoding: raw\n\n"), 100);
        long before = allocated();
        long t0 = System.nanoTime();
        ImageHeader h = ImageIO.readHeader(big);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long bytes = allocated() - before;
        assertArrayEquals(new long[] {1000, 1000, declared / 1_000_000}, h.geometry().size());
        assertTrue(bytes < ALLOCATION_BOUND && ms < 2000, "header-only read allocated " + bytes + " bytes in " + ms + " ms");
    }
}
