// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.io.internal.NiftiHeader;

/**
 * The trust boundary of headers that name data files (NRRD {@code data file}, MetaImage
 * {@code ElementDataFile}, Analyze/NIfTI pairs): data files outside the header's folder (absolute,
 * {@code ../}, symlinks), under {@code /proc}, FIFOs and folders are refused with a message naming the
 * header, unless external data are allowed; {@link ImageIO#files} lists every file of an image.
 */
class DataFileTrustTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearAllowance() {
        System.clearProperty(ImageIO.ALLOW_EXTERNAL_DATA_PROPERTY);
    }

    private static Image small() {
        byte[] v = new byte[4 * 3 * 2];
        for (int i = 0; i < v.length; i++) {
            v[i] = (byte) (i * 7);
        }
        return Image.ofUInt8(ImageGeometry.of(4, 3, 2), v);
    }

    /** Writes {@code name} (.nhdr or .mhd) in {@code folder} and rewrites its data file reference to {@code dataRef}. */
    private static Path headerNaming(Path folder, String name, String dataRef) throws Exception {
        Files.createDirectories(folder);
        Path header = folder.resolve(name);
        ImageIO.write(small(), header);
        String text = Files.readString(header, StandardCharsets.ISO_8859_1);
        String stem = name.substring(0, name.lastIndexOf('.'));
        text = text.replace(name.endsWith(".nhdr") ? "data file: " + stem + ".raw" : "ElementDataFile = " + stem + ".raw",
                name.endsWith(".nhdr") ? "data file: " + dataRef : "ElementDataFile = " + dataRef);
        Files.writeString(header, text, StandardCharsets.ISO_8859_1);
        return header;
    }

    /** A data file with the voxels of {@link #small()} outside {@code dir/h}. */
    private Path outsideData() throws Exception {
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside);
        ImageIO.write(small(), outside.resolve("secret.nhdr"));
        return outside.resolve("secret.raw");
    }

    /** The 348-byte header of a NIfTI-1 pair ({@code ni1}) for {@link #small()}. */
    static byte[] pairHeader() {
        NiftiHeader h = new NiftiHeader();
        h.singleFile = false;
        h.dim = new long[] {3, 4, 3, 2, 1, 1, 1, 1};
        h.pixdim = new double[] {1, 1, 1, 1, 1, 1, 1, 1};
        h.datatype = 2;
        h.bitpix = 8;
        h.voxOffset = 0;
        h.sclSlope = 1;
        h.qformCode = 1;
        return Arrays.copyOf(h.encode(), 348);
    }

    private static void assertRefused(Path header, String... words) {
        for (Executable e : List.<Executable>of(() -> ImageIO.read(header), () -> ImageIO.files(header), () -> ImageIO.readHeader(header))) {
            ImageFormatException x = assertThrows(ImageFormatException.class, e);
            String m = x.getMessage();
            assertTrue(m.startsWith(header + ": "), "names the header: " + m);
            for (String w : words) {
                assertTrue(m.contains(w), "mentions '" + w + "': " + m);
            }
        }
    }

    @Test
    void filesListsHeaderAndDataOfEveryFormat() throws Exception {
        Path nhdr = dir.resolve("a.nhdr");
        Path mhd = dir.resolve("a.mhd");
        ImageIO.write(small(), nhdr);
        ImageIO.write(small(), mhd);
        assertEquals(List.of(nhdr, dir.resolve("a.raw")), ImageIO.files(nhdr));
        assertEquals(List.of(mhd, dir.resolve("a.raw")), ImageIO.files(mhd));
        assertEquals(ImageIO.files(nhdr), ImageIO.readHeader(nhdr).files());
        for (String single : new String[] {"b.nii", "b.nii.gz", "b.mha", "b.nrrd"}) {
            Path p = dir.resolve(single);
            ImageIO.write(small(), p);
            assertEquals(List.of(p), ImageIO.files(p), single);
        }
        // an Analyze 7.5 / NIfTI pair, named by either file
        Path hdr = dir.resolve("p.hdr");
        Path img = dir.resolve("p.img");
        Files.write(hdr, pairHeader());
        Files.write(img, small().bytes());
        assertEquals(List.of(hdr, img), ImageIO.files(hdr));
        assertEquals(List.of(hdr, img), ImageIO.files(img));
        assertArrayEquals(small().bytes(), ImageIO.read(hdr).bytes());
    }

    @Test
    void aDataFileInASubfolderIsRead() throws Exception {
        Path sub = dir.resolve("h/sub");
        Files.createDirectories(sub);
        Files.copy(outsideData(), sub.resolve("v.raw"));
        Path header = headerNaming(dir.resolve("h"), "x.nhdr", "sub/v.raw");
        assertArrayEquals(small().bytes(), ImageIO.read(header).bytes());
        assertEquals(List.of(header, dir.resolve("h").resolve("sub/v.raw")), ImageIO.files(header));
    }

    @Test
    void anAbsoluteDataPathOutsideTheFolderIsRefusedUnlessAllowed() throws Exception {
        Path secret = outsideData();
        for (String name : new String[] {"x.nhdr", "x.mhd"}) {
            Path header = headerNaming(dir.resolve("h"), name, secret.toAbsolutePath().toString());
            assertRefused(header, "lies outside the header's folder", ImageIO.ALLOW_EXTERNAL_DATA_ENV);
            System.setProperty(ImageIO.ALLOW_EXTERNAL_DATA_PROPERTY, "true");
            assertArrayEquals(small().bytes(), ImageIO.read(header).bytes(), name);
            assertEquals(List.of(header, secret.toAbsolutePath()), ImageIO.files(header));
            System.clearProperty(ImageIO.ALLOW_EXTERNAL_DATA_PROPERTY);
        }
    }

    @Test
    void aDotDotDataPathIsRefusedUnlessAllowed() throws Exception {
        outsideData();
        for (String name : new String[] {"x.nhdr", "x.mhd"}) {
            Path header = headerNaming(dir.resolve("h"), name, "../outside/secret.raw");
            assertRefused(header, "lies outside the header's folder");
            System.setProperty(ImageIO.ALLOW_EXTERNAL_DATA_PROPERTY, "true");
            assertArrayEquals(small().bytes(), ImageIO.read(header).bytes(), name);
            System.clearProperty(ImageIO.ALLOW_EXTERNAL_DATA_PROPERTY);
        }
        // a ../ that comes back into the folder is inside
        Path back = headerNaming(dir.resolve("h"), "y.nhdr", "../h/x.raw");
        Files.copy(outsideData(), dir.resolve("h/x.raw"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertArrayEquals(small().bytes(), ImageIO.read(back).bytes());
    }

    @Test
    void aSymlinkPointingOutsideIsRefusedUnlessAllowed() throws Exception {
        Path secret = outsideData();
        Path folder = dir.resolve("h");
        Files.createDirectories(folder);
        Files.createSymbolicLink(folder.resolve("link.raw"), secret.toAbsolutePath());
        for (String name : new String[] {"x.nhdr", "x.mhd"}) {
            Path header = headerNaming(folder, name, "link.raw");
            assertRefused(header, "lies outside the header's folder", "resolves to " + secret.toRealPath());
            System.setProperty(ImageIO.ALLOW_EXTERNAL_DATA_PROPERTY, "true");
            assertArrayEquals(small().bytes(), ImageIO.read(header).bytes(), name);
            System.clearProperty(ImageIO.ALLOW_EXTERNAL_DATA_PROPERTY);
        }
        // the .img of an Analyze pair that is a symlink to elsewhere
        Path pair = dir.resolve("pair");
        Files.createDirectories(pair);
        Files.write(pair.resolve("p.hdr"), pairHeader());
        Files.createSymbolicLink(pair.resolve("p.img"), secret.toAbsolutePath());
        assertRefused(pair.resolve("p.hdr"), "p.img of this header/image pair lies outside the header's folder");
    }

    @Test
    void systemFilesAreRefusedEvenWhenExternalDataAreAllowed() throws Exception {
        System.setProperty(ImageIO.ALLOW_EXTERNAL_DATA_PROPERTY, "true");
        for (String target : new String[] {"/proc/self/environ", "/etc/../proc/self/environ", "/dev/zero", "/sys/kernel/notes"}) {
            for (String name : new String[] {"x.nhdr", "x.mhd"}) {
                Path header = headerNaming(dir.resolve("h"), name, target);
                assertRefused(header, "which holds system files, not image data");
            }
        }
        // also through a symlink in the folder
        Path folder = dir.resolve("h");
        Files.createSymbolicLink(folder.resolve("env.raw"), Path.of("/proc/self/environ"));
        assertRefused(headerNaming(folder, "z.nhdr", "env.raw"), "lies under /proc");
    }

    @Test
    void aFifoImageIsRefusedWithoutBlocking() throws Exception {
        Path fifo = mkfifo(dir.resolve("pipe.nii"));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (Executable e : List.<Executable>of(() -> ImageIO.read(fifo), () -> ImageIO.readHeader(fifo), () -> ImageIO.files(fifo))) {
                ImageFormatException x = assertThrows(ImageFormatException.class, e);
                assertTrue(x.getMessage().startsWith(fifo + ": this is not a regular file"), x.getMessage());
            }
            Path unnamed = mkfifo(dir.resolve("pipe.xyz")); // no name hint: a reader would sniff its magic bytes
            assertTrue(assertThrows(ImageFormatException.class, () -> ImageIO.read(unnamed)).getMessage().contains("not a regular file"));
        });
    }

    @Test
    void aFifoOrFolderAsDataFileIsRefusedWithoutBlocking() throws Exception {
        Path folder = dir.resolve("h");
        Files.createDirectories(folder);
        mkfifo(folder.resolve("pipe.raw"));
        Files.createDirectories(folder.resolve("adir.raw"));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String name : new String[] {"x.nhdr", "x.mhd"}) {
                Path header = headerNaming(folder, name, "pipe.raw");
                for (Executable e : List.<Executable>of(() -> ImageIO.read(header), () -> ImageIO.files(header))) {
                    assertTrue(assertThrows(ImageFormatException.class, e).getMessage().contains("is not a regular file"));
                }
                Path header2 = headerNaming(folder, name, "adir.raw");
                assertTrue(assertThrows(ImageFormatException.class, () -> ImageIO.read(header2)).getMessage().contains("is not a regular file"));
            }
            // the .img of an Analyze pair as a FIFO
            Files.write(folder.resolve("q.hdr"), pairHeader());
            mkfifo(folder.resolve("q.img"));
            assertTrue(assertThrows(ImageFormatException.class, () -> ImageIO.read(folder.resolve("q.hdr"))).getMessage().contains("q.img"));
        });
    }

    private static Path mkfifo(Path p) throws Exception {
        Process proc = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, proc.waitFor(), "mkfifo");
        assertTrue(Files.exists(p) && !Files.isRegularFile(p));
        return p;
    }

    @Test
    void aMissingOrEmptyDataFileIsNamed() throws Exception {
        Path header = headerNaming(dir.resolve("h"), "x.nhdr", "nothing.raw");
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(header));
        assertTrue(e.getMessage().contains("'nothing.raw'") && e.getMessage().contains("does not exist"), e.getMessage());
        assertThrows(ImageFormatException.class, () -> ImageIO.files(header));
        // the header alone can still be described
        assertEquals(PixelType.UINT8, ImageIO.readHeader(header).pixelType());
    }
}
