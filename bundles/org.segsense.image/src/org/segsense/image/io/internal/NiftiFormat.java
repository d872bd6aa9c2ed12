// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageHeader;
import org.segsense.image.io.ImageReader;
import org.segsense.image.io.ImageWriter;

/**
 * NIfTI-1, NIfTI-2 and Analyze 7.5 files ({@code .nii}, {@code .nii.gz}, {@code .hdr}/{@code .img}
 * pairs, optionally gzipped), read as ITK 5.2's {@code NiftiImageIO} reads them.
 * <p>
 * Reading rules (ITK 5.2):
 * <ul>
 * <li>Byte order from {@code sizeof_hdr} (348 or 540); header extensions are skipped by honouring
 * {@code vox_offset}.</li>
 * <li>Magic: {@code n+1} (single file) or {@code ni1} (pair). A header without NIfTI magic is read
 * as Analyze 7.5 only from a {@code .hdr}/{@code .img} pair; a single file with corrupted magic is
 * refused (see {@link NiftiHeader}).</li>
 * <li>Dimensions: trailing axes of size 1 beyond the third are dropped. With intent
 * {@code VECTOR}/{@code SYMMATRIX} and {@code dim[0] ≥ 5}, {@code dim[5]} is the number of
 * components; the file stores them planar, the image interleaved (SYMMATRIX components reordered
 * from the file's lower triangle to ITK's upper-triangle order). With any other intent a
 * {@code dim[5] > 1} is a fifth axis, as in ITK, and such 5-D images are refused. RGB24/RGBA32
 * become 3/4 uint8 components, complex64/complex128 2 float components.</li>
 * <li>Geometry (sform/qform choice, negative {@code pixdim}, Analyze 7.5): {@link NiftiGeometry}.</li>
 * <li>Intensity: if {@code scl_slope} is non-zero and not the identity ({@code slope ≠ 1} or
 * {@code inter ≠ 0}), values become {@code raw · slope + inter} in float32 (float64 data stay
 * float64).</li>
 * </ul>
 * Writing follows ITK's writer: NIfTI-1, little-endian, {@code vox_offset} 352, both qform and sform
 * with code 1, origin stored in float32, units mm and s, vectors as {@code dim[5]} with intent
 * {@code VECTOR}; {@code .nii.gz} is gzip. {@link #write(Image, Path, Options)} can also write
 * NIfTI-2 and big-endian files.
 */
public final class NiftiFormat implements ImageReader, ImageWriter {

    static final int DT_BINARY = 1, DT_UINT8 = 2, DT_INT16 = 4, DT_INT32 = 8, DT_FLOAT32 = 16, DT_COMPLEX64 = 32, DT_FLOAT64 = 64,
            DT_RGB24 = 128, DT_INT8 = 256, DT_UINT16 = 512, DT_UINT32 = 768, DT_INT64 = 1024, DT_UINT64 = 1280, DT_FLOAT128 = 1536,
            DT_COMPLEX128 = 1792, DT_COMPLEX256 = 2048, DT_RGBA32 = 2304;
    static final int INTENT_SYMMATRIX = 1005, INTENT_VECTOR = 1007, INTENT_GENMATRIX = 1004;

    /** Options of {@link NiftiFormat#write(Image, Path, Options)}. */
    public static final class Options {
        /** NIfTI version, 1 (ITK's choice) or 2. */
        public int version = 1;
        /** Byte order; ITK writes the machine's order, little-endian here. */
        public ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        /** Deflate level for {@code .gz} files. */
        public int gzipLevel = 6;
    }

    @Override
    public String formatName() {
        return "NIfTI";
    }

    private static String lowerName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean canRead(Path file) {
        String n = lowerName(file);
        if (n.endsWith(".nii") || n.endsWith(".nii.gz") || n.endsWith(".hdr") || n.endsWith(".img") || n.endsWith(".hdr.gz")
                || n.endsWith(".img.gz")) {
            return true;
        }
        try {
            byte[] head = VoxelIO.readHeadInflated(file, NiftiHeader.SIZE_V2);
            if (head.length >= NiftiHeader.SIZE_V1) {
                String m1 = new String(head, 344, 3, java.nio.charset.StandardCharsets.ISO_8859_1);
                String m2 = head.length >= 8 ? new String(head, 4, 3, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
                return m1.equals("n+1") || m2.equals("n+2");
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    @Override
    public boolean canWrite(Path file) {
        String n = lowerName(file);
        return n.endsWith(".nii") || n.endsWith(".nii.gz");
    }

    // ---------------------------------------------------------------------------------------------
    // Reading

    /** A parsed header: the files, the header and the layout of the voxels. */
    static final class Parsed {
        Path headerFile;
        Path dataFile;
        NiftiHeader h;
        NiftiLayout layout;
        long offset;
    }

    @Override
    public Image read(Path file) throws ImageFormatException, IOException {
        Parsed p = parse(file);
        Path dataFile = p.dataFile;
        NiftiHeader h = p.h;
        NiftiLayout layout = p.layout;
        Path headerFile = p.headerFile;
        long offset = p.offset;
        int elements = VoxelIO.checkDeclaredSize(headerFile, layout.size, layout.components * layout.fileElementsPerComponent, layout.fileType);
        DataFiles.checkFits(dataFile, offset, (long) elements * layout.fileType.byteSize(), VoxelIO.isGzip(dataFile) ? 0 : -1);
        Object array;
        try (InputStream in = VoxelIO.open(dataFile)) {
            VoxelIO.skip(in, offset, dataFile);
            array = VoxelIO.readArray(in, layout.fileType, elements, h.order, dataFile);
        } catch (java.util.zip.ZipException e) {
            throw new ImageFormatException(dataFile, "the gzip data is corrupt (" + e.getMessage() + ")", "Copy or download the file again", e);
        }
        int voxels = (elements / (layout.components * layout.fileElementsPerComponent));
        if (layout.planar) {
            array = NiftiLayout.reorderPlanes(array, voxels, layout.planeOrder);
            array = VoxelIO.planarToInterleaved(array, voxels, layout.components);
        }
        ImageGeometry geometry = geometry(h, layout.dimension, layout.size, headerFile);
        Image image = Image.of(geometry, layout.fileType, layout.components * layout.fileElementsPerComponent, array);
        return rescale(image, h);
    }

    @Override
    public ImageHeader readHeader(Path file) throws ImageFormatException, IOException {
        Parsed p = parse(file);
        ImageGeometry geometry = geometry(p.h, p.layout.dimension, p.layout.size, p.headerFile);
        PixelType type = !rescales(p.h) || p.layout.fileType == PixelType.FLOAT64 ? p.layout.fileType : PixelType.FLOAT32;
        return new ImageHeader(formatName(), files(p), geometry, type, p.layout.components * p.layout.fileElementsPerComponent);
    }

    @Override
    public List<Path> files(Path file) throws ImageFormatException, IOException {
        return files(parse(file));
    }

    private static List<Path> files(Parsed p) {
        return p.dataFile.equals(p.headerFile) ? List.of(p.headerFile) : List.of(p.headerFile, p.dataFile);
    }

    /** Reads the header of a single file or pair (not the voxels): files, header, layout, data offset. */
    static Parsed parse(Path file) throws ImageFormatException, IOException {
        Path headerFile = pairedFile(file, true);
        if (!headerFile.equals(file) && !Files.isRegularFile(headerFile)) {
            throw new ImageFormatException(file, "the header file " + headerFile.getFileName() + " of this image/header pair does not exist",
                    "Keep the .hdr file next to the .img file");
        }
        NiftiHeader h;
        try (InputStream in = VoxelIO.open(headerFile)) {
            byte[] b = in.readNBytes(NiftiHeader.SIZE_V2);
            h = NiftiHeader.decode(b, b.length, headerFile);
        } catch (java.io.EOFException e) {
            throw new ImageFormatException(headerFile, "the compressed header ends early", "The file is truncated; copy or download it again", e);
        } catch (java.util.zip.ZipException e) {
            throw new ImageFormatException(headerFile, "the gzip data is corrupt (" + e.getMessage() + ")", "Copy or download the file again", e);
        }
        Path dataFile = h.singleFile && !h.analyze ? headerFile : pairedFile(file, false);
        if (!dataFile.equals(headerFile) && !Files.isRegularFile(dataFile)) {
            throw new ImageFormatException(headerFile, "the image file " + dataFile.getFileName() + " of this header/image pair does not exist",
                    "Keep the .img file next to the .hdr file");
        }
        if (!dataFile.equals(headerFile)) {
            DataFiles.checkTrusted(headerFile, dataFile, "the image file " + dataFile.getFileName() + " of this header/image pair");
        }
        NiftiLayout layout = NiftiLayout.of(h, headerFile);
        long offset = h.singleFile && !h.analyze ? Math.max((long) h.voxOffset, h.headerSize() + 4L) : Math.max(0, (long) h.voxOffset);
        if (!Double.isFinite(h.voxOffset) || h.voxOffset < 0 || h.voxOffset > (1L << 40)) {
            throw new ImageFormatException(headerFile, "vox_offset " + h.voxOffset + " is invalid", "The header is corrupt; re-export the image");
        }
        Parsed p = new Parsed();
        p.headerFile = headerFile;
        p.dataFile = dataFile;
        p.h = h;
        p.layout = layout;
        p.offset = offset;
        return p;
    }

    /**
     * Finds the header ({@code header == true}) or image file of a pair from either name; for
     * single files, the file itself.
     */
    static Path pairedFile(Path file, boolean header) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String[][] pairs = {{".hdr.gz", ".img.gz"}, {".hdr", ".img"}};
        for (String[] p : pairs) {
            String from = header ? p[1] : p[0];
            String to = header ? p[0] : p[1];
            if (lower.endsWith(from)) {
                String stem = name.substring(0, name.length() - from.length());
                Path exact = file.resolveSibling(stem + to);
                if (Files.exists(exact)) {
                    return exact;
                }
                // The partner may be gzipped or not independently, and upper-case.
                for (String alt : new String[] {to, to.endsWith(".gz") ? to.substring(0, to.length() - 3) : to + ".gz"}) {
                    for (String cased : new String[] {alt, alt.toUpperCase(Locale.ROOT)}) {
                        Path candidate = file.resolveSibling(stem + cased);
                        if (Files.exists(candidate)) {
                            return candidate;
                        }
                    }
                }
                return exact;
            }
            if (lower.endsWith(to)) {
                return file;
            }
        }
        return file;
    }

    /** ITK's rescaling: float32 (or float64) {@code raw · slope + inter} unless the scaling is the identity. */
    static Image rescale(Image image, NiftiHeader h) {
        double slope = h.sclSlope;
        double inter = h.sclInter;
        if (!rescales(h)) {
            return image;
        }
        if (image.pixelType() == PixelType.FLOAT64) {
            double[] d = image.doubles();
            for (int i = 0; i < d.length; i++) {
                d[i] = d[i] * slope + inter;
            }
            return image;
        }
        Image f = image.pixelType() == PixelType.FLOAT32 ? image : image.convert(PixelType.FLOAT32);
        float[] v = f.floats();
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (v[i] * slope + inter);
        }
        return f;
    }

    /** @return true if ITK rescales the values ({@code scl_slope} non-zero, finite and not the identity) */
    static boolean rescales(NiftiHeader h) {
        double slope = h.sclSlope;
        double inter = h.sclInter;
        return !(slope == 0 || !Double.isFinite(slope) || !Double.isFinite(inter) || (slope == 1 && inter == 0));
    }

    /** The scale of {@code xyzt_units} spatial codes to mm. */
    static double spatialScale(int units) {
        switch (units & 0x07) {
            case 1: return 1000.0; // metre
            case 3: return 0.001;  // micron
            default: return 1.0;   // mm or unknown
        }
    }

    /** The scale of {@code xyzt_units} temporal codes to seconds. */
    static double temporalScale(int units) {
        switch (units & 0x38) {
            case 16: return 0.001; // ms
            case 24: return 1e-6;  // µs
            default: return 1.0;   // s or unknown
        }
    }

    /** ITK's geometry from the header; see {@link NiftiGeometry}. */
    static ImageGeometry geometry(NiftiHeader h, int dimension, long[] size, Path file) throws ImageFormatException {
        return NiftiGeometry.of(h, dimension, size, file);
    }

    // ---------------------------------------------------------------------------------------------
    // Writing

    @Override
    public void write(Image image, Path file) throws ImageFormatException, IOException {
        write(image, file, new Options());
    }

    /**
     * Writes with explicit options (version, byte order, gzip level).
     *
     * @param image the image
     * @param file {@code .nii} or {@code .nii.gz}
     * @param options the options
     */
    public void write(Image image, Path file, Options options) throws ImageFormatException, IOException {
        NiftiHeader h = header(image, options);
        boolean gz = lowerName(file).endsWith(".gz");
        int voxels = (int) image.voxelCount();
        Object data = image.components() > 1 ? VoxelIO.interleavedToPlanar(image.buffer(), voxels, image.components()) : image.buffer();
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), VoxelIO.STREAM_BUFFER);
                OutputStream out = gz ? VoxelIO.gzip(raw, options.gzipLevel) : raw) {
            out.write(h.encode());
            VoxelIO.writeArray(out, data, image.pixelType(), 0, image.elementCount(), options.order);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Builds the header ITK would write for the image. */
    static NiftiHeader header(Image image, Options options) {
        ImageGeometry g = image.geometry();
        int d = g.dimension();
        NiftiHeader h = new NiftiHeader();
        h.version = options.version;
        h.order = options.order;
        h.singleFile = true;
        h.voxOffset = h.headerSize() + 4;
        long[] size = g.size();
        if (image.components() > 1) {
            h.dim[0] = 5;
            h.dim[5] = image.components();
            h.intentCode = INTENT_VECTOR;
        } else {
            h.dim[0] = d;
        }
        for (int i = 1; i < 8; i++) {
            h.dim[i] = i <= d ? size[i - 1] : (i == 5 && image.components() > 1 ? image.components() : 1);
            h.pixdim[i] = i <= d ? g.spacing(i - 1) : 1;
        }
        h.datatype = datatypeOf(image.pixelType());
        h.bitpix = image.pixelType().byteSize() * 8;
        h.sclSlope = 1;
        h.sclInter = 0;
        h.xyztUnits = 2 | 8; // mm, s
        h.description = "SegSense";
        // 3x3 LPS direction and spacing (2-D images: z axis along +z, spacing 1).
        double[][] dir = new double[3][3];
        double[] sp = {1, 1, 1};
        double[] org = new double[3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                dir[r][c] = (r < d && c < d) ? g.direction(r, c) : (r == c ? 1 : 0);
            }
        }
        for (int i = 0; i < Math.min(d, 3); i++) {
            sp[i] = g.spacing(i);
            org[i] = g.origin(i);
        }
        if (d == 4) {
            h.toffset = g.origin(3);
        }
        // LPS -> RAS.
        for (int c = 0; c < 3; c++) {
            dir[0][c] = -dir[0][c];
            dir[1][c] = -dir[1][c];
        }
        double[] ras = {-org[0], -org[1], org[2]};
        // Origin in float32 as ITK stores it, identically in qform and sform.
        for (int r = 0; r < 3; r++) {
            ras[r] = (float) ras[r];
            for (int c = 0; c < 3; c++) {
                h.srow[r * 4 + c] = dir[r][c] * sp[c];
            }
            h.srow[r * 4 + 3] = ras[r];
        }
        h.qoffsetX = ras[0];
        h.qoffsetY = ras[1];
        h.qoffsetZ = ras[2];
        double[] q = quaternion(dir);
        h.quaternB = q[1];
        h.quaternC = q[2];
        h.quaternD = q[3];
        h.pixdim[0] = q[4];
        h.qformCode = 1;
        h.sformCode = 1;
        return h;
    }

    static int datatypeOf(PixelType t) {
        switch (t) {
            case UINT8: return DT_UINT8;
            case INT8: return DT_INT8;
            case UINT16: return DT_UINT16;
            case INT16: return DT_INT16;
            case UINT32: return DT_UINT32;
            case INT32: return DT_INT32;
            case UINT64: return DT_UINT64;
            case INT64: return DT_INT64;
            case FLOAT32: return DT_FLOAT32;
            default: return DT_FLOAT64;
        }
    }

    /**
     * Converts a direction matrix (RAS, columns = axes) to the NIfTI quaternion.
     * The matrix is first made orthonormal (nearest rotation by Gram-Schmidt in column order); a
     * reflection is expressed by qfac = -1 on the third column.
     *
     * @return {a, b, c, d, qfac} with a ≥ 0
     */
    static double[] quaternion(double[][] dir) {
        double[][] r = new double[3][3];
        // Gram-Schmidt on the columns.
        for (int c = 0; c < 3; c++) {
            double[] v = {dir[0][c], dir[1][c], dir[2][c]};
            for (int p = 0; p < c; p++) {
                double dot = v[0] * r[0][p] + v[1] * r[1][p] + v[2] * r[2][p];
                for (int i = 0; i < 3; i++) {
                    v[i] -= dot * r[i][p];
                }
            }
            double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
            for (int i = 0; i < 3; i++) {
                r[i][c] = v[i] / n;
            }
        }
        double det = r[0][0] * (r[1][1] * r[2][2] - r[1][2] * r[2][1]) - r[0][1] * (r[1][0] * r[2][2] - r[1][2] * r[2][0])
                + r[0][2] * (r[1][0] * r[2][1] - r[1][1] * r[2][0]);
        double qfac = 1;
        if (det < 0) {
            qfac = -1;
            for (int i = 0; i < 3; i++) {
                r[i][2] = -r[i][2];
            }
        }
        double a, b, c, d;
        double trace = r[0][0] + r[1][1] + r[2][2];
        if (trace > 0) {
            double s = Math.sqrt(trace + 1) * 2;
            a = 0.25 * s;
            b = (r[2][1] - r[1][2]) / s;
            c = (r[0][2] - r[2][0]) / s;
            d = (r[1][0] - r[0][1]) / s;
        } else if (r[0][0] > r[1][1] && r[0][0] > r[2][2]) {
            double s = Math.sqrt(1 + r[0][0] - r[1][1] - r[2][2]) * 2;
            a = (r[2][1] - r[1][2]) / s;
            b = 0.25 * s;
            c = (r[0][1] + r[1][0]) / s;
            d = (r[0][2] + r[2][0]) / s;
        } else if (r[1][1] > r[2][2]) {
            double s = Math.sqrt(1 + r[1][1] - r[0][0] - r[2][2]) * 2;
            a = (r[0][2] - r[2][0]) / s;
            b = (r[0][1] + r[1][0]) / s;
            c = 0.25 * s;
            d = (r[1][2] + r[2][1]) / s;
        } else {
            double s = Math.sqrt(1 + r[2][2] - r[0][0] - r[1][1]) * 2;
            a = (r[1][0] - r[0][1]) / s;
            b = (r[0][2] + r[2][0]) / s;
            c = (r[1][2] + r[2][1]) / s;
            d = 0.25 * s;
        }
        if (a < 0) {
            a = -a;
            b = -b;
            c = -c;
            d = -d;
        }
        return new double[] {a, b, c, d, qfac};
    }
}
