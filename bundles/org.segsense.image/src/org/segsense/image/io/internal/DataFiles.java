// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageIO;

/**
 * The trust boundary and size checks for the data files of images, shared by the built-in formats.
 * <ul>
 * <li>A data file named by a header (NRRD {@code data file}, MetaImage {@code ElementDataFile}, the
 * {@code .img} of an Analyze/NIfTI pair) must lie in the header's folder or below it, judged both on the
 * name as written (no absolute path, no {@code ..} out of the folder) and after resolving symlinks,
 * unless {@link ImageIO#externalDataAllowed()}. Files under {@code /proc}, {@code /sys} and
 * {@code /dev} and anything that is not a regular file are refused always: no image lives there, and
 * a FIFO or device would block the reader.</li>
 * <li>Before any voxel array is allocated, the data file must hold the declared bytes: uncompressed,
 * offset + declared size ≤ file size; compressed (gzip, zlib), the declared size must not exceed what
 * the compressed bytes can inflate to at deflate's maximum ratio of {@value #DEFLATE_MAX_RATIO}:1.
 * The gzip ISIZE trailer is not used for this (it is the size modulo 2³² of the last member only);
 * it is verified, with the CRC-32, after reading ({@link VoxelIO#readArray}).</li>
 * </ul>
 */
final class DataFiles {

    /** Deflate's maximum expansion: 258 bytes from one 2-bit code after the stream's first bytes. */
    static final long DEFLATE_MAX_RATIO = 1032;

    private static final List<Path> SYSTEM_TREES = List.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"));

    private DataFiles() {
    }

    /**
     * Resolves the data file a header names, next to the header, and applies the trust boundary. The
     * file need not exist yet (see {@link #requireRegular}).
     *
     * @param header the header file
     * @param dataName the name as written in the header
     * @param field the header field, for messages
     * @return the data file
     * @throws ImageFormatException if the name is invalid or the file is refused
     */
    static Path named(Path header, String dataName, String field) throws ImageFormatException {
        if (dataName.isEmpty()) {
            throw new ImageFormatException(header, field + " names no data file", "The header is corrupt; fix " + field);
        }
        Path dataFile;
        try {
            dataFile = header.resolveSibling(dataName);
        } catch (InvalidPathException e) {
            throw new ImageFormatException(header, "the data file name '" + VoxelIO.printable(dataName) + "' in " + field
                    + " is not a valid file name (" + e.getReason() + ")", "The header is corrupt; fix " + field, e);
        }
        checkTrusted(header, dataFile, "the data file '" + VoxelIO.printable(dataName) + "' named by " + field);
        return dataFile;
    }

    /**
     * Refuses a data file under {@code /proc}, {@code /sys} or {@code /dev}, and (unless allowed) one
     * outside the header's folder, by name or after resolving symlinks.
     *
     * @param header the header file
     * @param dataFile the data file
     * @param what the data file as the message names it
     */
    static void checkTrusted(Path header, Path dataFile, String what) throws ImageFormatException {
        Path lexical = dataFile.toAbsolutePath().normalize();
        Path real = realOrNull(dataFile);
        for (Path tree : SYSTEM_TREES) {
            if (lexical.startsWith(tree) || (real != null && real.startsWith(tree))) {
                throw new ImageFormatException(header, what + " lies under " + tree + ", which holds system files, not image data",
                        "The header is corrupt or hostile; name a data file next to the header");
            }
        }
        if (ImageIO.externalDataAllowed()) {
            return;
        }
        Path folder = header.toAbsolutePath().normalize().getParent();
        Path realFolder = folder == null ? null : realOrNull(folder);
        boolean outside = folder == null || !lexical.startsWith(folder) || (real != null && realFolder != null && !real.startsWith(realFolder));
        if (outside) {
            throw new ImageFormatException(header, what + " lies outside the header's folder" + (real != null && !real.equals(lexical)
                    ? " (it resolves to " + real + ")" : " (" + lexical + ")"),
                    "Keep the data file next to the header; if you trust this header, allow data files elsewhere with the environment "
                            + "variable " + ImageIO.ALLOW_EXTERNAL_DATA_ENV + "=1 (or -D" + ImageIO.ALLOW_EXTERNAL_DATA_PROPERTY + "=true)");
        }
    }

    private static Path realOrNull(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /**
     * Checks that a data file exists and is a regular file (not a FIFO, device or socket).
     *
     * @param header the header, for the message
     * @param dataFile the data file
     * @param what the data file as the message names it
     */
    static void requireRegular(Path header, Path dataFile, String what) throws ImageFormatException {
        if (!Files.exists(dataFile)) {
            throw new ImageFormatException(header, what + " does not exist", "Keep the data file next to the header");
        }
        if (!Files.isRegularFile(dataFile)) {
            throw new ImageFormatException(header, what + " is not a regular file (a folder, FIFO, socket or device)",
                    "Name an ordinary data file");
        }
    }

    /**
     * Checks, before anything is allocated, that a data file can hold the declared voxel data.
     *
     * @param dataFile the file holding the data
     * @param offset bytes before the data: in the file for uncompressed data, in the inflated stream for
     *        compressed data
     * @param bytes the declared bytes of voxel data
     * @param compressedFrom for compressed data, where the compressed stream starts in the file; -1 for
     *        uncompressed data
     * @throws ImageFormatException if the file is too short
     */
    static void checkFits(Path dataFile, long offset, long bytes, long compressedFrom) throws ImageFormatException, IOException {
        long size = Files.size(dataFile);
        if (compressedFrom < 0) {
            if (offset > size || bytes > size - offset) {
                throw new ImageFormatException(dataFile, "the voxel data ends after " + Math.max(0, size - offset) + " of " + bytes
                        + " bytes (the file has " + size + " bytes; the header declares " + bytes + " bytes of voxel data from byte "
                        + offset + ")", "The file is truncated or its header is wrong; copy or download it again");
            }
            return;
        }
        long compressed = Math.max(0, size - compressedFrom);
        long most = compressed > Long.MAX_VALUE / DEFLATE_MAX_RATIO ? Long.MAX_VALUE : compressed * DEFLATE_MAX_RATIO;
        if (offset + bytes > most) {
            throw new ImageFormatException(dataFile, "the " + compressed + " bytes of compressed data cannot hold the " + bytes
                    + " bytes of voxel data the header declares (deflate expands at most " + DEFLATE_MAX_RATIO + "-fold)",
                    "The file is truncated or its header is wrong; copy or download it again");
        }
    }
}
