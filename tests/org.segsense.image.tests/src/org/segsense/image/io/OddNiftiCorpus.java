// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.segsense.image.io.internal.NiftiHeader;

/**
 * A corpus of odd NIfTI-1 and Analyze 7.5 headers, generated here, each with what SegSense must do
 * with it compared with ITK 5.2.1 (measured with {@code tests/itk-reference/image_info}, which reports
 * the geometry {@code itk::ImageFileReader} delivers). Voxels are an int16 ramp 0, 1, 2, …
 * <p>
 * {@code java … OddNiftiCorpus FOLDER} writes the corpus into a folder for inspection with other tools.
 */
final class OddNiftiCorpus {

    /** What SegSense does with a file, and what ITK 5.2.1 does. */
    enum Expect {
        /** Both read it; size, geometry, pixel type and voxels agree. */
        AGREE,
        /** SegSense refuses it, and so does ITK (error or crash). */
        REFUSE_ITK_REFUSES,
        /** SegSense refuses it; ITK reads it with a geometry that is wrong or undefined ({@link Case#why}). */
        REFUSE_ITK_READS,
        /**
         * ITK refuses it through a numerical artefact although its geometry is consistent; SegSense reads
         * it, and must agree with ITK's reading of the twin file {@code twin.nii} that states the same
         * grid with a qform.
         */
        READ_ITK_REFUSES
    }

    /** One corpus file (or pair). */
    static final class Case {
        final String name;
        final String kind;
        final Expect expect;
        final Map<String, byte[]> files = new LinkedHashMap<>();
        String read;
        /** Words the refusal message must contain. */
        String[] words = {};
        String why = "";

        Case(String kind, String name, Expect expect) {
            this.kind = kind;
            this.name = name;
            this.expect = expect;
        }

        Case words(String... w) {
            words = w;
            return this;
        }

        Case why(String w) {
            why = w;
            return this;
        }

        /** Writes the files into a folder and returns the file to read. */
        Path writeTo(Path dir) throws IOException {
            Path d = Files.createDirectories(dir.resolve(name));
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Files.write(d.resolve(e.getKey()), e.getValue());
            }
            return d.resolve(read);
        }

        @Override
        public String toString() {
            return kind + ": " + name + " (" + expect + ")";
        }
    }

    private OddNiftiCorpus() {
    }

    // ---------------------------------------------------------------------------------------------
    // Header building

    private static NiftiHeader base() {
        NiftiHeader h = new NiftiHeader();
        h.dim = new long[] {3, 4, 3, 2, 1, 1, 1, 1};
        h.pixdim = new double[] {1, 1, 1, 1, 1, 1, 1, 1};
        h.datatype = 4; // int16
        h.bitpix = 16;
        h.voxOffset = 352;
        h.xyztUnits = 2; // mm
        return h;
    }

    private static NiftiHeader pix(NiftiHeader h, double... p) {
        System.arraycopy(p, 0, h.pixdim, 0, p.length);
        return h;
    }

    private static NiftiHeader dim(NiftiHeader h, long... d) {
        System.arraycopy(d, 0, h.dim, 0, d.length);
        return h;
    }

    private static NiftiHeader sform(NiftiHeader h, int code, double... rows) {
        h.sformCode = code;
        System.arraycopy(rows, 0, h.srow, 0, 12);
        return h;
    }

    private static NiftiHeader qform(NiftiHeader h, int code, double b, double c, double d, double x, double y, double z) {
        h.qformCode = code;
        h.quaternB = b;
        h.quaternC = c;
        h.quaternD = d;
        h.qoffsetX = x;
        h.qoffsetY = y;
        h.qoffsetZ = z;
        return h;
    }

    /** Number of voxel values the header declares (axes of size ≤ 0 count as 1, as niftilib does). */
    private static int values(NiftiHeader h) {
        int n = 1;
        int nd = (int) Math.max(1, Math.min(7, h.dim[0]));
        for (int i = 1; i <= nd; i++) {
            n *= (int) Math.max(1, h.dim[i]);
        }
        return n;
    }

    private static byte[] ramp(int n) {
        ByteBuffer b = ByteBuffer.allocate(2 * n).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            b.putShort((short) i);
        }
        return b.array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static void setMagic(byte[] header, String magic) {
        for (int i = 0; i < 4; i++) {
            header[344 + i] = i < magic.length() ? (byte) magic.charAt(i) : 0;
        }
    }

    /** A single .nii file. */
    private static Case nii(String kind, String name, Expect expect, NiftiHeader h) {
        return nii(kind, name, expect, h, null);
    }

    /** A single .nii file with the magic bytes replaced (null: keep "n+1"). */
    private static Case nii(String kind, String name, Expect expect, NiftiHeader h, String magic) {
        Case c = new Case(kind, name, expect);
        byte[] header = h.encode();
        if (magic != null) {
            setMagic(header, magic);
        }
        c.read = name + ".nii";
        c.files.put(c.read, concat(header, ramp(values(h))));
        return c;
    }

    /** A .hdr/.img pair with the given magic ("" for Analyze 7.5, whose orient byte is then set). */
    private static Case pair(String kind, String name, Expect expect, NiftiHeader h, String magic, int orient) {
        Case c = new Case(kind, name, expect);
        h.voxOffset = 0;
        h.singleFile = false;
        if (magic.isEmpty()) {
            h.qformCode = 0;
            h.sformCode = 0;
        }
        byte[] header = java.util.Arrays.copyOf(h.encode(), 348);
        setMagic(header, magic);
        if (magic.isEmpty()) {
            header[252] = (byte) orient;
        }
        c.read = name + ".hdr";
        c.files.put(c.read, header);
        c.files.put(name + ".img", ramp(values(h)));
        return c;
    }

    private static Case analyze(String name, Expect expect, NiftiHeader h, int orient) {
        return pair("Analyze 7.5 orient", name, expect, h, "", orient);
    }

    // ---------------------------------------------------------------------------------------------
    // The corpus

    static List<Case> cases() {
        List<Case> l = new ArrayList<>();
        final Expect agree = Expect.AGREE, bothRefuse = Expect.REFUSE_ITK_REFUSES, refuse = Expect.REFUSE_ITK_READS;

        // 1. sform only, column lengths different from pixdim (ITK: "only supports orthonormal direction cosines").
        String k = "sform-only, column lengths differ from pixdim";
        l.add(nii(k, "sform1-lengths-0.7-1.2-3", bothRefuse, sform(base(), 1, 0.7, 0, 0, 5, 0, 1.2, 0, 6, 0, 0, 3, 7)).words("column lengths", "pixdim"));
        l.add(nii(k, "sform2-lengths-0.7-1.2-3", bothRefuse, sform(base(), 2, 0.7, 0, 0, 5, 0, 1.2, 0, 6, 0, 0, 3, 7)).words("column lengths", "pixdim"));
        l.add(nii(k, "sform4-lengths-0.7-1.2-3", bothRefuse, sform(base(), 4, 0.7, 0, 0, 5, 0, 1.2, 0, 6, 0, 0, 3, 7)).words("column lengths"));
        l.add(nii(k, "sform2-uniform-scale-2", bothRefuse, sform(base(), 2, 2, 0, 0, 5, 0, 2, 0, 6, 0, 0, 2, 7)).words("column lengths"));
        l.add(nii(k, "sform2-length-1.002", bothRefuse, sform(base(), 2, 1.002, 0, 0, 5, 0, 1, 0, 6, 0, 0, 1, 7)).words("column lengths"));
        l.add(nii(k, "sform2-rotated-lengths-2-1-1", bothRefuse, sform(base(), 2, 0, 1, 0, 5, -2, 0, 0, 6, 0, 0, 1, 7)).words("column lengths"));
        l.add(nii(k, "sform9-lengths-0.7-1.2-3", bothRefuse, sform(base(), 9, 0.7, 0, 0, 5, 0, 1.2, 0, 6, 0, 0, 3, 7)).words("column lengths"));
        // ... and the consistent sform-only files that both read.
        k = "sform-only, consistent";
        l.add(nii(k, "sform2-rotated-0.7-1.2-3", agree, sform(pix(base(), 1, 0.7, 1.2, 3), 2, 0, 1.2, 0, 5, -0.7, 0, 0, 6, 0, 0, 3, 7)));
        l.add(nii(k, "sform2-length-within-1e-3", agree, sform(base(), 2, 1.0005, 0, 0, 5, 0, 1, 0, 6, 0, 0, 1, 7)));
        l.add(nii(k, "sform9-identity", agree, sform(base(), 9, 1, 0, 0, 5, 0, 1, 0, 6, 0, 0, 1, 7)));
        l.add(nii(k, "sform2-oblique", agree, sform(base(), 2, 0.8, 0, 0.6, 5, 0, 1, 0, 6, -0.6, 0, 0.8, 7)));
        NiftiHeader micron = sform(pix(base(), 1, 2, 2, 2), 2, 2, 0, 0, 5, 0, 2, 0, 6, 0, 0, 2, 7);
        micron.xyztUnits = 3;
        l.add(nii(k, "sform2-micron-units", agree, micron));
        l.add(nii(k, "sform2-2d-rotated", agree, sform(dim(base(), 2, 4, 3, 1), 2, 0, 1, 0, 5, -1, 0, 0, 6, 0, 0, 1, 7)));
        l.add(nii(k, "sform2-2d-oblique-out-of-plane", agree, sform(dim(base(), 2, 4, 3, 1), 2, 0.8, 0, 0.6, 5, 0, 1, 0, 6, -0.6, 0, 0.8, 7)));
        l.add(nii(k, "sform2-4d", agree, sform(pix(dim(base(), 4, 4, 3, 2, 2), 1, 1, 1, 1, 3), 2, 0, 1, 0, 5, -1, 0, 0, 6, 0, 0, 1, 7)));
        l.add(nii(k, "sform1-pixdim0-column1", agree, sform(pix(base(), 1, 0, 1, 1), 1, 1, 0, 0, 5, 0, 1, 0, 6, 0, 0, 1, 7)));

        // 2. Negative pixdim: ITK keeps the sign, its reader flips the axis.
        k = "negative pixdim";
        l.add(nii(k, "x-no-codes", agree, pix(base(), 1, -0.7, 1, 1)));
        l.add(nii(k, "y-and-z-no-codes", agree, pix(base(), 1, 0.7, -1.5, -2)));
        l.add(nii(k, "x-qform-identity", agree, qform(pix(base(), 1, -0.7, 1, 1), 1, 0, 0, 0, 1, 2, 3)));
        l.add(nii(k, "x-z-qform-rotated", agree, qform(pix(base(), 1, -0.7, 1.2, -3), 1, 0.1, 0.2, 0.3, 1, 2, 3)));
        l.add(nii(k, "x-z-qform-rotated-qfac-1", agree, qform(pix(base(), -1, -0.7, 1.2, -3), 1, 0.1, 0.2, 0.3, 1, 2, 3)));
        l.add(nii(k, "time-4d", agree, pix(dim(base(), 4, 4, 3, 2, 2), 1, 1, 1, 1, -2.5)));
        l.add(nii(k, "y-2d-qform", agree, qform(pix(dim(base(), 2, 4, 3, 1), 1, 1, -2, 1), 1, 0, 0, 1, 1, 2, 3)));
        l.add(nii(k, "x-sform1-and-qform", agree, qform(sform(pix(base(), 1, -0.7, 1, 1), 1, 0.7, 0, 0, 5, 0, 1, 0, 6, 0, 0, 1, 7), 1, 0, 0, 0, 1, 2, 3)));
        l.add(nii(k, "x-sform2-only-positive-column", bothRefuse, sform(pix(base(), 1, -0.7, 1, 1), 2, 0.7, 0, 0, 5, 0, 1, 0, 6, 0, 0, 1, 7))
                .words("column lengths", "pixdim"));
        l.add(nii(k, "x-sform2-only-negative-column", bothRefuse, sform(pix(base(), 1, -0.7, 1, 1), 2, -0.7, 0, 0, 5, 0, 1, 0, 6, 0, 0, 1, 7))
                .words("column lengths"));
        l.add(pair(k, "x-analyze", agree, pix(base(), 1, -0.7, 1.2, 3), "", 0));

        // 3. Analyze 7.5: the orient byte is ignored by Debian's ITK 5.2.1 (identity, origin 0).
        for (int orient : new int[] {0, 1, 2, 3, 4, 5, 255}) {
            l.add(analyze("orient-" + orient, agree, pix(base(), 1, 0.7, 1.2, 3), orient));
        }
        l.add(analyze("orient-1-2d", agree, pix(dim(base(), 2, 4, 3, 1), 1, 0.7, 1.2), 1));
        l.add(pair("NIfTI pair", "ni1-pair-qform", agree, qform(base(), 1, 0, 0, 1, 1, 2, 3), "ni1", 0));

        // 4. dim[5] > 1: vector components only with intent VECTOR (1007) or SYMMATRIX (1005).
        k = "5-D data";
        for (int intent : new int[] {0, 1001, 1006, 1010, 2003}) {
            l.add(nii(k, "dim5-3-intent-" + intent, refuse, intentOf(dim(base(), 5, 4, 3, 2, 1, 3), intent)).words("dim[5] is 3", "intent_code " + intent)
                    .why("ITK reads a 5-D scalar image, which SegSense cannot represent"));
        }
        l.add(nii(k, "dim5-3-t2-intent-estimate", refuse, intentOf(dim(base(), 5, 4, 3, 2, 2, 3), 1001)).words("dim[5] is 3")
                .why("ITK reads a 5-D scalar image, which SegSense cannot represent"));
        l.add(nii(k, "dim5-3-intent-vector", agree, intentOf(dim(base(), 5, 4, 3, 2, 1, 3), 1007)));
        l.add(nii(k, "dim5-6-intent-symmatrix", agree, intentOf(dim(base(), 5, 4, 3, 2, 1, 6), 1005)));
        l.add(nii(k, "dim5-3-intent-symmatrix", agree, intentOf(dim(base(), 5, 4, 3, 2, 1, 3), 1005)));
        l.add(nii(k, "dim5-10-intent-symmatrix", agree, intentOf(dim(base(), 5, 4, 3, 2, 1, 10), 1005)));
        l.add(nii(k, "dim5-4-intent-symmatrix", refuse, intentOf(dim(base(), 5, 4, 3, 2, 1, 4), 1005)).words("SYMMATRIX", "triangular")
                .why("4 is not the size of a triangular matrix; ITK reads the components in an arbitrary order (0, 1, 3, 2)"));
        l.add(nii(k, "dim5-3-t2-intent-vector", agree, intentOf(dim(base(), 5, 4, 3, 2, 2, 3), 1007)));
        l.add(nii(k, "dim5-2-2d-intent-vector", agree, intentOf(dim(base(), 5, 4, 3, 1, 1, 2), 1007)));
        l.add(nii(k, "dim5-1-intent-estimate", agree, intentOf(dim(base(), 5, 4, 3, 2, 1, 1), 1001)));
        l.add(nii(k, "dim4-3-intent-vector", agree, intentOf(dim(base(), 4, 4, 3, 2, 3), 1007)));
        l.add(nii(k, "dim5-3-intent-genmatrix", bothRefuse, intentOf(dim(base(), 5, 4, 3, 2, 1, 3), 1004)).words("GENMATRIX"));
        l.add(nii(k, "dim6-2-intent-vector", refuse, intentOf(dim(base(), 6, 4, 3, 2, 1, 3, 2), 1007)).words("dimensions 6 and 7")
                .why("ITK drops dim[6] and reads only the first half of the voxels"));

        // SAFE 11: corrupted magic.
        k = "corrupted magic";
        l.add(nii(k, "nii-magic-zero", refuse, qform(base(), 1, 0, 0, 1, 1, 2, 3), "").words("magic", ".hdr/.img pair")
                .why("ITK reads it as Analyze 7.5: identity direction and origin 0 instead of the qform"));
        l.add(nii(k, "nii-magic-N+1", refuse, qform(base(), 1, 0, 0, 1, 1, 2, 3), "N+1").words("magic", "\"N+1\\x00\"")
                .why("ITK reads it as Analyze 7.5"));
        l.add(nii(k, "nii-magic-n+1x", refuse, qform(base(), 1, 0, 0, 1, 1, 2, 3), "n+1x").words("magic")
                .why("ITK reads it as Analyze 7.5"));
        l.add(nii(k, "nii-magic-n+2", refuse, qform(base(), 1, 0, 0, 1, 1, 2, 3), "n+2").words("magic", "\"n+2\\x00\"")
                .why("ITK reads a NIfTI-2 magic in a NIfTI-1 header as NIfTI-1"));
        l.add(pair(k, "hdr-magic-ni2", refuse, qform(base(), 1, 0, 0, 1, 1, 2, 3), "ni2", 0).words("magic")
                .why("ITK reads a NIfTI-2 magic in a NIfTI-1 header as NIfTI-1"));

        // qform and sform both present.
        k = "qform and sform";
        l.add(nii(k, "q2-s3-different", agree, qform(sform(base(), 3, 1, 0, 0, 5, 0, 1, 0, 6, 0, 0, 1, 7), 2, 0, 0, 1, 1, 2, 3)));
        l.add(nii(k, "q3-s1-different", agree, qform(sform(base(), 1, 1, 0, 0, 5, 0, 1, 0, 6, 0, 0, 1, 7), 3, 0, 0, 1, 1, 2, 3)));
        l.add(nii(k, "q1-s1-lengths-differ", agree, qform(sform(base(), 1, 0.7, 0, 0, 5, 0, 1.2, 0, 6, 0, 0, 3, 7), 1, 0, 0, 0, 1, 2, 3)));
        l.add(nii(k, "q1-s1-sheared", agree, qform(sform(base(), 1, 1, 0.3, 0, 5, 0, 1, 0, 6, 0, 0, 1, 7), 1, 0, 0, 0, 1, 2, 3)));
        l.add(nii(k, "q1-s2-lengths-differ", agree, qform(sform(base(), 2, 0.7, 0, 0, 5, 0, 1.2, 0, 6, 0, 0, 3, 7), 1, 0, 0, 0, 1, 2, 3)));
        l.add(nii(k, "q1-s1-length-within-1e-3", agree, qform(sform(base(), 1, 1.0005, 0, 0, 5, 0, 1, 0, 6, 0, 0, 1, 7), 1, 0, 0, 0, 1, 2, 3)));
        l.add(nii(k, "s-negative-code", agree, sform(base(), -1, 0.7, 0, 0, 5, 0, 1.2, 0, 6, 0, 0, 3, 7)));
        l.add(nii(k, "q9", agree, qform(base(), 9, 0, 0, 0, 1, 2, 3)));
        l.add(nii(k, "q1-s1-nan", bothRefuse, qform(sform(base(), 1, Double.NaN, 0, 0, 5, 0, 1, 0, 6, 0, 0, 1, 7), 1, 0, 0, 0, 1, 2, 3))
                .words("non-finite").why("ITK aborts in vnl"));

        // Sheared or degenerate sform without qform.
        k = "sheared sform";
        l.add(nii(k, "sform2-shear-0.3", bothRefuse, sform(base(), 2, 1, 0.3, 0, 5, 0, 1, 0, 6, 0, 0, 1, 7)).words("sheared"));
        l.add(nii(k, "sform2-shear-5e-4", bothRefuse, sform(base(), 2, 1, 5e-4, 0, 5, 0, 1, 0, 6, 0, 0, 1, 7)).words("sheared"));
        l.add(nii(k, "sform2-zero-column", bothRefuse, sform(base(), 2, 0, 0, 0, 5, 0, 1, 0, 6, 0, 0, 1, 7)).words("column lengths"));
        l.add(nii(k, "sform2-nan", bothRefuse, sform(base(), 2, Double.NaN, 0, 0, 5, 0, 1, 0, 6, 0, 0, 1, 7)).words("non-finite"));

        // Zero, NaN and infinite pixdim (niftilib: 1).
        k = "zero or non-finite pixdim";
        l.add(nii(k, "zero-no-codes", agree, pix(base(), 1, 0, 1, 1)));
        l.add(nii(k, "zero-qform", agree, qform(pix(base(), 1, 0, 1, 1), 1, 0, 0, 0, 1, 2, 3)));
        l.add(nii(k, "zero-sform2-column1", agree, sform(pix(base(), 1, 0, 1, 1), 2, 1, 0, 0, 5, 0, 1, 0, 6, 0, 0, 1, 7)));
        l.add(nii(k, "nan-no-codes", agree, pix(base(), 1, Double.NaN, 1, 1)));
        l.add(nii(k, "inf-qform", agree, qform(pix(base(), 1, Double.POSITIVE_INFINITY, 1, 1), 1, 0, 0, 0, 1, 2, 3)));

        // qfac = pixdim[0]: negative flips the third column, anything else (0, NaN) does not.
        k = "qfac";
        for (double qfac : new double[] {-1, 0, 0.5, -2, Double.NaN}) {
            l.add(nii(k, "qfac-" + qfac, agree, qform(pix(base(), qfac, 1, 1, 2), 1, 0.1, 0.2, 0.3, 1, 2, 3)));
        }

        // Odd quaternions.
        k = "quaternion";
        l.add(nii(k, "bcd-norm-above-1", agree, qform(base(), 1, 0.8, 0.8, 0, 1, 2, 3)));
        l.add(nii(k, "b-1.0000001", agree, qform(base(), 1, 1.0000001, 0, 0, 1, 2, 3)));
        l.add(nii(k, "b-nan", refuse, qform(base(), 1, Double.NaN, 0, 0, 1, 2, 3)).words("non-finite")
                .why("ITK replaces the NaN by 0 and reads an arbitrary rotation"));
        l.add(nii(k, "qoffset-nan", refuse, qform(base(), 1, 0, 0, 0, Double.NaN, 2, 3)).words("non-finite")
                .why("ITK replaces the NaN by 0 and reads an arbitrary origin"));
        l.add(nii(k, "2d-oblique", refuse, qform(dim(base(), 2, 4, 3, 1), 1, 0.3, 0.1, 0.2, 1, 2, 3)).words("oblique")
                .why("ITK reads a non-orthonormal 2-D direction matrix"));

        // dim[0] and dim[i] out of range.
        k = "dimensions out of range";
        for (long d0 : new long[] {0, 8, -1}) {
            l.add(nii(k, "dim0-" + d0, bothRefuse, dim(base(), d0)).words("dim[0]"));
        }
        l.add(nii(k, "dim2-0", refuse, dim(base(), 3, 4, 0, 2)).words("dim[2]").why("ITK reads an axis of size 0 as size 1"));
        l.add(nii(k, "dim2-negative", refuse, dim(base(), 3, 4, -3, 2)).words("dim[2]").why("ITK reads a negative axis size as 1"));

        // Units.
        k = "units";
        NiftiHeader um = qform(pix(base(), 1, 2, 2, 2), 1, 0, 0, 0, 1, 2, 3);
        um.xyztUnits = 3;
        l.add(nii(k, "micron-qform", agree, um));
        NiftiHeader ms = pix(dim(base(), 4, 4, 3, 2, 2), 1, 1, 1, 1, 2000);
        ms.xyztUnits = 2 | 16;
        l.add(nii(k, "ms-4d", agree, ms));

        // ITK 5.2.1's affine check refuses consistent sforms with small voxels and an offset, or a far
        // offset (float round-off compared with an absolute tolerance); SegSense reads them.
        k = "sform-only, ITK round-off refusal";
        l.add(withTwin(nii(k, "sform2-voxel-0.01-offset-5", Expect.READ_ITK_REFUSES,
                sform(pix(base(), 1, 0.01, 0.01, 0.01), 2, 0.01, 0, 0, 5, 0, 0.01, 0, 6, 0, 0, 0.01, 7)),
                qform(pix(base(), 1, 0.01, 0.01, 0.01), 1, 0, 0, 0, 5, 6, 7)));
        l.add(withTwin(nii(k, "sform2-offset-50000", Expect.READ_ITK_REFUSES,
                sform(base(), 2, 1, 0, 0, 50000, 0, 1, 0, 60000, 0, 0, 1, 70000)), qform(base(), 1, 0, 0, 0, 50000, 60000, 70000)));
        return l;
    }

    private static NiftiHeader intentOf(NiftiHeader h, int intent) {
        h.intentCode = intent;
        return h;
    }

    private static Case withTwin(Case c, NiftiHeader twin) {
        c.files.put("twin.nii", concat(twin.encode(), ramp(values(twin))));
        return c;
    }

    /**
     * Writes the corpus.
     *
     * @param args the target folder
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "odd-nifti-corpus");
        for (Case c : cases()) {
            c.writeTo(dir);
        }
    }
}
