// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.segsense.image.ImageGeometry;
import org.segsense.image.io.ImageFormatException;

/**
 * The voxel grid of a NIfTI-1/2 or Analyze 7.5 header exactly as {@code itk::ImageFileReader} delivers
 * it with ITK 5.2.1's {@code NiftiImageIO} (Debian's build, measured with
 * {@code tests/itk-reference/image_info}; see docs/image-io.md), or an {@link ImageFormatException}
 * where ITK's reading would be wrong or ITK refuses the file.
 * <p>
 * Conventions:
 * <ul>
 * <li>Voxel size: {@code pixdim[i]}, with 0 and non-finite values replaced by 1 (niftilib), and its
 * sign kept. Spatial sizes are scaled by {@code xyzt_units} to mm; the time step is not scaled.</li>
 * <li>Transform: the sform if its code is 1 and it is <em>usable</em>; else the qform if its code is
 * non-zero; else the sform if its code is non-zero — refused when it is not usable; else (no codes,
 * and every Analyze 7.5 header whatever its {@code orient} byte) the identity direction in LPS and
 * origin 0. The sform is usable when its 12 numbers are finite, each column's length is within
 * {@value #SFORM_LENGTH_TOLERANCE} of {@code pixdim} (signed: a negative {@code pixdim} never
 * matches) and the normalised columns are orthonormal within {@value #SFORM_ORTHO_TOLERANCE}.</li>
 * <li>Direction: the chosen matrix's columns, RAS converted to LPS (x and y negated), normalised over
 * the image's spatial axes (2-D images use the top-left 2×2 block). Origin: the matrix's offset in
 * LPS; 0 for a time axis.</li>
 * <li>Negative voxel sizes: ITK's ImageIO keeps them as negative spacings and
 * {@code itk::ImageFileReader} then makes the spacing positive and negates that axis' direction
 * column (time axis included).</li>
 * </ul>
 * Refused (ITK 5.2.1 refuses, crashes or reads an undefined geometry): an sform chosen but not usable
 * (non-orthonormal, column lengths different from {@code pixdim}); non-finite numbers in a transform
 * whose code is non-zero (ITK aborts on the sform, replaces qform numbers by 0); a 2-D image whose
 * transform is oblique out of its plane (its 2×2 direction is not orthonormal).
 */
final class NiftiGeometry {

    /** Largest difference between an sform column's length and {@code pixdim} (ITK 5.2.1: 1e-3). */
    static final double SFORM_LENGTH_TOLERANCE = 1e-3;
    /** Largest deviation of the normalised sform columns' Gram matrix from the identity (ITK: 1e-4). */
    static final double SFORM_ORTHO_TOLERANCE = 1e-4;

    private NiftiGeometry() {
    }

    /**
     * Computes the geometry of a header.
     *
     * @param h the header
     * @param dimension 2, 3 or 4
     * @param size the image size
     * @param file for messages
     * @return the geometry
     * @throws ImageFormatException when the header's geometry is refused (see the class comment)
     */
    static ImageGeometry of(NiftiHeader h, int dimension, long[] size, Path file) throws ImageFormatException {
        double[] pix = new double[4];
        for (int i = 0; i < 4; i++) {
            double p = h.pixdim[i + 1];
            pix[i] = (p == 0 || !Double.isFinite(p)) ? 1.0 : p;
        }
        double[][] m = chooseTransform(h, pix, file); // 3x4, RAS, or null for the identity
        double spatial = NiftiFormat.spatialScale(h.xyztUnits);
        int d = dimension;
        int spatialAxes = Math.min(d, 3);
        double[] spacing = new double[d];
        double[] origin = new double[d];
        double[] direction = new double[d * d];
        for (int j = 0; j < spatialAxes; j++) {
            double norm = 0;
            for (int r = 0; r < spatialAxes && m != null; r++) {
                norm += m[r][j] * m[r][j];
            }
            norm = Math.sqrt(norm);
            for (int r = 0; r < spatialAxes; r++) {
                double lps = m == null ? (r == j ? 1 : 0) : (r < 2 ? -m[r][j] : m[r][j]);
                direction[r * d + j] = m == null ? lps : norm > 0 ? lps / norm : (r == j ? 1 : 0);
            }
            spacing[j] = pix[j] * spatial;
            origin[j] = m == null ? 0 : (j < 2 ? -m[j][3] : m[j][3]);
        }
        if (d == 4) {
            // ITK 5.2.1 ignores the temporal unit and toffset: time step = pixdim[4], origin 0.
            direction[15] = 1;
            spacing[3] = pix[3];
            origin[3] = 0;
        }
        // itk::ImageFileReader: a negative spacing becomes positive and flips its axis' direction.
        for (int j = 0; j < d; j++) {
            if (spacing[j] < 0) {
                spacing[j] = -spacing[j];
                for (int r = 0; r < d; r++) {
                    direction[r * d + j] = -direction[r * d + j];
                }
            }
        }
        try {
            ImageGeometry g = new ImageGeometry(size, spacing, origin, direction);
            if (!g.isDirectionOrthonormal(1e-4)) {
                if (d == 2) {
                    throw new ImageFormatException(file, "the 2-D image's orientation is oblique to its own plane (its 2×2 direction matrix is not"
                            + " orthonormal), which a 2-D image cannot represent", "Store the slice as a 3-D image with one slice, e.g. with nibabel");
                }
                throw new ImageFormatException(file, "the orientation matrix is sheared (not a rotation times the spacing); ITK only supports orthonormal direction cosines",
                        "Fix the sform/qform with a tool such as nibabel or fslorient, or resample the image");
            }
            return g;
        } catch (IllegalArgumentException e) {
            throw new ImageFormatException(file, "the header's geometry is invalid: " + e.getMessage(), "The header is corrupt; re-export the image");
        }
    }

    /**
     * Picks the sform, the qform or the identity as ITK 5.2.1 does.
     *
     * @param pix pixdim[1..4] with 0 and non-finite values replaced by 1, signs kept
     * @return a 3×4 RAS matrix, or null for the identity direction (LPS) with origin 0
     */
    static double[][] chooseTransform(NiftiHeader h, double[] pix, Path file) throws ImageFormatException {
        if (h.analyze) {
            // Debian's ITK 5.2.1 ignores the Analyze 7.5 orient byte (every code gives the identity).
            return null;
        }
        double[][] s = {{h.srow[0], h.srow[1], h.srow[2], h.srow[3]}, {h.srow[4], h.srow[5], h.srow[6], h.srow[7]},
                {h.srow[8], h.srow[9], h.srow[10], h.srow[11]}};
        if (h.sformCode > 0) {
            for (double v : h.srow) {
                if (!Double.isFinite(v)) {
                    throw new ImageFormatException(file, "the sform (sform_code " + h.sformCode + ") contains a non-finite number (" + v + ")",
                            "The header is corrupt; set sform_code to 0 or rewrite the sform, e.g. with nibabel");
                }
            }
        }
        String sformProblem = h.sformCode > 0 ? sformProblem(s, pix) : "no sform";
        if (h.sformCode == 1 && sformProblem == null) {
            return s;
        }
        if (h.qformCode > 0) {
            return qformMatrix(h, pix, file);
        }
        if (h.sformCode > 0) {
            if (sformProblem != null) {
                throw new ImageFormatException(file, "the sform (sform_code " + h.sformCode + ", no qform) " + sformProblem
                        + ", so the voxel positions it defines contradict the voxel size; ITK 5.2 refuses such files too"
                        + " (\"ITK only supports orthonormal direction cosines\")",
                        "Make pixdim equal the sform's column lengths and remove any shear (with nibabel,"
                                + " nib.Nifti1Image(img.dataobj, fixed_affine) writes a consistent header), or resample the image");
            }
            return s;
        }
        return null;
    }

    /**
     * Why the sform cannot be used with these voxel sizes, or null when it can.
     *
     * @param s 3×4 sform
     * @param pix signed voxel sizes
     */
    static String sformProblem(double[][] s, double[] pix) {
        double[][] n = new double[3][3];
        boolean lengthsDiffer = false;
        for (int c = 0; c < 3; c++) {
            double len = columnLength(s, c);
            lengthsDiffer |= !(Math.abs(len - pix[c]) <= SFORM_LENGTH_TOLERANCE);
            for (int r = 0; r < 3; r++) {
                n[r][c] = len > 0 ? s[r][c] / len : 0;
            }
        }
        String shear = null;
        for (int a = 0; a < 3 && shear == null; a++) {
            for (int b = a; b < 3 && shear == null; b++) {
                double dot = n[0][a] * n[0][b] + n[1][a] * n[1][b] + n[2][a] * n[2][b];
                if (!(Math.abs(dot - (a == b ? 1 : 0)) <= SFORM_ORTHO_TOLERANCE)) {
                    shear = a == b ? "has a zero column " + (a + 1)
                            : String.format(Locale.ROOT, "is sheared (its columns %d and %d are not perpendicular: cosine %.3g)", a + 1, b + 1, dot);
                }
            }
        }
        String lengths = !lengthsDiffer ? null
                : String.format(Locale.ROOT, "has column lengths %.6g, %.6g, %.6g (the voxel sizes it implies) but pixdim is %.6g, %.6g, %.6g",
                        columnLength(s, 0), columnLength(s, 1), columnLength(s, 2), pix[0], pix[1], pix[2]);
        if (shear != null && lengths != null) {
            return shear + " and " + lengths;
        }
        return shear != null ? shear : lengths;
    }

    private static double columnLength(double[][] s, int c) {
        return Math.sqrt(s[0][c] * s[0][c] + s[1][c] * s[1][c] + s[2][c] * s[2][c]);
    }

    /** The qform: quaternion rotation, qfac (sign of pixdim[0]) on the third column, plus qoffset. */
    static double[][] qformMatrix(NiftiHeader h, double[] pix, Path file) throws ImageFormatException {
        double[] q = {h.quaternB, h.quaternC, h.quaternD, h.qoffsetX, h.qoffsetY, h.qoffsetZ};
        for (double v : q) {
            if (!Double.isFinite(v)) {
                throw new ImageFormatException(file, "the qform (qform_code " + h.qformCode + ") contains a non-finite number (" + v + ")",
                        "The header is corrupt; rewrite the qform, e.g. with nibabel, or set qform_code to 0 if the sform is valid");
            }
        }
        double b = h.quaternB, c = h.quaternC, d = h.quaternD;
        double aa = 1.0 - (b * b + c * c + d * d);
        double a;
        if (aa < 1e-7) {
            // Numerically a 180-degree rotation (or |(b,c,d)| > 1): renormalise and take a = 0, as niftilib does.
            double n = Math.sqrt(b * b + c * c + d * d);
            if (n > 0) {
                b /= n;
                c /= n;
                d /= n;
            }
            a = 0;
        } else {
            a = Math.sqrt(aa);
        }
        double qfac = h.pixdim[0] < 0 ? -1 : 1;
        double[][] r = {
                {a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c)},
                {2 * (b * c + a * d), a * a + c * c - b * b - d * d, 2 * (c * d - a * b)},
                {2 * (b * d - a * c), 2 * (c * d + a * b), a * a + d * d - c * c - b * b}};
        double[][] m = new double[3][4];
        for (int i = 0; i < 3; i++) {
            m[i][0] = r[i][0] * Math.abs(pix[0]);
            m[i][1] = r[i][1] * Math.abs(pix[1]);
            m[i][2] = r[i][2] * Math.abs(pix[2]) * qfac;
        }
        m[0][3] = h.qoffsetX;
        m[1][3] = h.qoffsetY;
        m[2][3] = h.qoffsetZ;
        return m;
    }
}
