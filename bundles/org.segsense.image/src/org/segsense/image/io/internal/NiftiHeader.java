// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.segsense.image.io.ImageFormatException;

/**
 * The fields of a NIfTI-1 (348-byte), NIfTI-2 (540-byte) or Analyze 7.5 header that SegSense uses,
 * held in the widest Java type so that both versions share one representation.
 * <p>
 * Byte order is detected from {@code sizeof_hdr}, as the NIfTI standard prescribes. A NIfTI-1-sized
 * header without the magic {@code n+1}/{@code ni1} is Analyze 7.5 only in a {@code .hdr} file; in any
 * other file, or with a NIfTI-like but wrong magic, {@link #decode} refuses it. Fields are public
 * because this is a plain record of the file layout; tests use {@link #encode()} to build unusual or
 * hostile headers.
 */
public final class NiftiHeader {

    /** NIfTI-1 header size. */
    public static final int SIZE_V1 = 348;
    /** NIfTI-2 header size. */
    public static final int SIZE_V2 = 540;

    /** 1 or 2; Analyze 7.5 files are version 1 with {@link #analyze} set. */
    public int version = 1;
    /** Byte order of the file. */
    public ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    /** True for a header without NIfTI magic (Analyze 7.5). */
    public boolean analyze;
    /** True for single-file NIfTI ({@code n+1}/{@code n+2}), false for header/image pairs. */
    public boolean singleFile = true;
    /** dim[0..7]. */
    public long[] dim = new long[8];
    /** intent_p1..p3. */
    public double[] intentP = new double[3];
    public int intentCode;
    public int datatype;
    public int bitpix;
    /** pixdim[0..7]; pixdim[0] is qfac. */
    public double[] pixdim = new double[8];
    public double voxOffset;
    public double sclSlope;
    public double sclInter;
    public double toffset;
    public int xyztUnits;
    public int qformCode;
    public int sformCode;
    public double quaternB;
    public double quaternC;
    public double quaternD;
    public double qoffsetX;
    public double qoffsetY;
    public double qoffsetZ;
    /** srow_x, srow_y, srow_z, each 4 numbers. */
    public double[] srow = new double[12];
    /** Analyze 7.5 {@code orient} byte (offset 252 of an Analyze header); ITK 5.2.1, and so SegSense, ignore it. */
    public int analyzeOrient;
    public String description = "";

    /** @return the header size of this version, 348 or 540 */
    public int headerSize() {
        return version == 2 ? SIZE_V2 : SIZE_V1;
    }

    /**
     * Decodes a header.
     *
     * @param b at least 348 bytes (540 for NIfTI-2)
     * @param length number of valid bytes in {@code b}
     * @param file for messages
     * @return the header
     * @throws ImageFormatException if {@code sizeof_hdr} is neither 348 nor 540 in either byte order,
     *         or the data end early
     */
    public static NiftiHeader decode(byte[] b, int length, Path file) throws ImageFormatException {
        if (length < 4) {
            throw new ImageFormatException(file, "the file has only " + length + " bytes, too short for a NIfTI or Analyze header",
                    "The file is truncated or not an image");
        }
        ByteBuffer le = ByteBuffer.wrap(b, 0, length).order(ByteOrder.LITTLE_ENDIAN);
        int sizeLe = le.getInt(0);
        int sizeBe = Integer.reverseBytes(sizeLe);
        NiftiHeader h = new NiftiHeader();
        if (sizeLe == SIZE_V1 || sizeLe == SIZE_V2) {
            h.order = ByteOrder.LITTLE_ENDIAN;
            h.version = sizeLe == SIZE_V2 ? 2 : 1;
        } else if (sizeBe == SIZE_V1 || sizeBe == SIZE_V2) {
            h.order = ByteOrder.BIG_ENDIAN;
            h.version = sizeBe == SIZE_V2 ? 2 : 1;
        } else {
            throw new ImageFormatException(file, "the header size field (sizeof_hdr) is " + sizeLe + ", not 348 (NIfTI-1/Analyze) or 540 (NIfTI-2)",
                    "The file is not a NIfTI or Analyze image, or its header is corrupt");
        }
        if (length < h.headerSize()) {
            throw new ImageFormatException(file, "the header ends after " + length + " of " + h.headerSize() + " bytes",
                    "The file is truncated; copy or download it again");
        }
        ByteBuffer bb = ByteBuffer.wrap(b, 0, length).order(h.order);
        if (h.version == 1) {
            h.decodeV1(bb, b, file);
        } else {
            h.decodeV2(bb, b);
        }
        return h;
    }

    private void decodeV1(ByteBuffer bb, byte[] b, Path file) throws ImageFormatException {
        String magic = new String(b, 344, 3, StandardCharsets.ISO_8859_1);
        analyze = !(magic.equals("n+1") || magic.equals("ni1")) || b[347] != 0;
        singleFile = magic.equals("n+1");
        if (analyze) {
            checkAnalyze(b, file);
        }
        for (int i = 0; i < 8; i++) {
            dim[i] = bb.getShort(40 + 2 * i);
        }
        for (int i = 0; i < 3; i++) {
            intentP[i] = bb.getFloat(56 + 4 * i);
        }
        intentCode = bb.getShort(68);
        datatype = bb.getShort(70);
        bitpix = bb.getShort(72);
        for (int i = 0; i < 8; i++) {
            pixdim[i] = bb.getFloat(76 + 4 * i);
        }
        voxOffset = bb.getFloat(108);
        sclSlope = bb.getFloat(112);
        sclInter = bb.getFloat(116);
        xyztUnits = b[123] & 0xFF;
        toffset = bb.getFloat(136);
        description = cString(b, 148, 80);
        if (analyze) {
            // Analyze 7.5 keeps orient and originator where NIfTI-1 keeps qform/sform; none of the
            // NIfTI-only fields apply.
            analyzeOrient = b[252];
            intentCode = 0;
            sclSlope = 0;
            sclInter = 0;
            xyztUnits = 0;
            return;
        }
        qformCode = bb.getShort(252);
        sformCode = bb.getShort(254);
        quaternB = bb.getFloat(256);
        quaternC = bb.getFloat(260);
        quaternD = bb.getFloat(264);
        qoffsetX = bb.getFloat(268);
        qoffsetY = bb.getFloat(272);
        qoffsetZ = bb.getFloat(276);
        for (int i = 0; i < 12; i++) {
            srow[i] = bb.getFloat(280 + 4 * i);
        }
    }

    /**
     * A NIfTI-1-sized header without the exact magic {@code n+1}/{@code ni1} is accepted as Analyze
     * 7.5 only when it comes from a {@code .hdr} file and its magic does not look like a NIfTI magic;
     * otherwise one corrupted byte would silently turn a NIfTI file into an Analyze file with another
     * geometry (ITK 5.2 reads a {@code .nii} without magic as Analyze, and {@code n+2}…{@code n+9}
     * in a 348-byte header as NIfTI-1).
     */
    private static void checkAnalyze(byte[] b, Path file) throws ImageFormatException {
        String found = describe(b, 344, 4);
        boolean niftiLike = b[344] == 'n' && (b[345] == '+' || b[345] == 'i') && b[346] >= '1' && b[346] <= '9' && b[347] == 0;
        if (niftiLike) {
            throw new ImageFormatException(file, "the NIfTI magic (bytes 344-347) is " + found + " in a NIfTI-1 header, where it must be \"n+1\" (single file) or \"ni1\" (.hdr/.img pair)",
                    "The header is corrupt; re-export the image or copy it again");
        }
        Path name = file == null ? null : file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(java.util.Locale.ROOT);
        if (!(lower.endsWith(".hdr") || lower.endsWith(".hdr.gz"))) {
            throw new ImageFormatException(file, "the NIfTI magic \"n+1\" is missing (bytes 344-347 are " + found
                    + "), so this is either a corrupted NIfTI file or an Analyze 7.5 header, and SegSense reads Analyze 7.5 only from a .hdr/.img pair",
                    "Re-export or copy the file again if it is NIfTI; if it really is Analyze 7.5, split it into a .hdr (first 348 bytes) and an .img (the voxels)");
        }
    }

    /** Bytes as a quoted string, non-printable bytes as {@code \xNN}. */
    private static String describe(byte[] b, int off, int n) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = off; i < off + n; i++) {
            int v = b[i] & 0xFF;
            if (v >= 0x20 && v < 0x7F && v != '"' && v != '\\') {
                s.append((char) v);
            } else {
                s.append(String.format("\\x%02x", v));
            }
        }
        return s.append('"').toString();
    }

    private void decodeV2(ByteBuffer bb, byte[] b) {
        String magic = new String(b, 4, 3, StandardCharsets.ISO_8859_1);
        singleFile = magic.equals("n+2");
        analyze = false;
        datatype = bb.getShort(12);
        bitpix = bb.getShort(14);
        for (int i = 0; i < 8; i++) {
            dim[i] = bb.getLong(16 + 8 * i);
        }
        for (int i = 0; i < 3; i++) {
            intentP[i] = bb.getDouble(80 + 8 * i);
        }
        for (int i = 0; i < 8; i++) {
            pixdim[i] = bb.getDouble(104 + 8 * i);
        }
        voxOffset = bb.getLong(168);
        sclSlope = bb.getDouble(176);
        sclInter = bb.getDouble(184);
        toffset = bb.getDouble(216);
        description = cString(b, 240, 80);
        qformCode = bb.getInt(344);
        sformCode = bb.getInt(348);
        quaternB = bb.getDouble(352);
        quaternC = bb.getDouble(360);
        quaternD = bb.getDouble(368);
        qoffsetX = bb.getDouble(376);
        qoffsetY = bb.getDouble(384);
        qoffsetZ = bb.getDouble(392);
        for (int i = 0; i < 12; i++) {
            srow[i] = bb.getDouble(400 + 8 * i);
        }
        xyztUnits = bb.getInt(500);
        intentCode = bb.getInt(504);
    }

    private static String cString(byte[] b, int off, int max) {
        int end = off;
        while (end < off + max && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.ISO_8859_1);
    }

    /**
     * Encodes the header in {@link #version} and {@link #order}, with the single-file magic if
     * {@link #singleFile}, followed by the 4-byte extension flag (all zero: no extensions).
     *
     * @return 352 or 544 bytes
     */
    public byte[] encode() {
        byte[] b = new byte[headerSize() + 4];
        ByteBuffer bb = ByteBuffer.wrap(b).order(order);
        bb.putInt(0, headerSize());
        if (version == 1) {
            b[38] = 'r'; // "regular", as niftilib writes
            for (int i = 0; i < 8; i++) {
                bb.putShort(40 + 2 * i, (short) dim[i]);
            }
            for (int i = 0; i < 3; i++) {
                bb.putFloat(56 + 4 * i, (float) intentP[i]);
            }
            bb.putShort(68, (short) intentCode);
            bb.putShort(70, (short) datatype);
            bb.putShort(72, (short) bitpix);
            for (int i = 0; i < 8; i++) {
                bb.putFloat(76 + 4 * i, (float) pixdim[i]);
            }
            bb.putFloat(108, (float) voxOffset);
            bb.putFloat(112, (float) sclSlope);
            bb.putFloat(116, (float) sclInter);
            b[123] = (byte) xyztUnits;
            bb.putFloat(136, (float) toffset);
            putString(b, 148, 80, description);
            bb.putShort(252, (short) qformCode);
            bb.putShort(254, (short) sformCode);
            bb.putFloat(256, (float) quaternB);
            bb.putFloat(260, (float) quaternC);
            bb.putFloat(264, (float) quaternD);
            bb.putFloat(268, (float) qoffsetX);
            bb.putFloat(272, (float) qoffsetY);
            bb.putFloat(276, (float) qoffsetZ);
            for (int i = 0; i < 12; i++) {
                bb.putFloat(280 + 4 * i, (float) srow[i]);
            }
            putString(b, 344, 4, singleFile ? "n+1" : "ni1");
        } else {
            putString(b, 4, 8, singleFile ? "n+2" : "ni2");
            b[8] = '\r';
            b[9] = '\n';
            b[10] = 0x1a;
            b[11] = '\n';
            bb.putShort(12, (short) datatype);
            bb.putShort(14, (short) bitpix);
            for (int i = 0; i < 8; i++) {
                bb.putLong(16 + 8 * i, dim[i]);
            }
            for (int i = 0; i < 3; i++) {
                bb.putDouble(80 + 8 * i, intentP[i]);
            }
            for (int i = 0; i < 8; i++) {
                bb.putDouble(104 + 8 * i, pixdim[i]);
            }
            bb.putLong(168, (long) voxOffset);
            bb.putDouble(176, sclSlope);
            bb.putDouble(184, sclInter);
            bb.putDouble(216, toffset);
            putString(b, 240, 80, description);
            bb.putInt(344, qformCode);
            bb.putInt(348, sformCode);
            bb.putDouble(352, quaternB);
            bb.putDouble(360, quaternC);
            bb.putDouble(368, quaternD);
            bb.putDouble(376, qoffsetX);
            bb.putDouble(384, qoffsetY);
            bb.putDouble(392, qoffsetZ);
            for (int i = 0; i < 12; i++) {
                bb.putDouble(400 + 8 * i, srow[i]);
            }
            bb.putInt(500, xyztUnits);
            bb.putInt(504, intentCode);
        }
        return b;
    }

    private static void putString(byte[] b, int off, int max, String s) {
        byte[] t = s.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(t, 0, b, off, Math.min(t.length, max - 1));
    }
}
