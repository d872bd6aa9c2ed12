// SPDX-License-Identifier: EPL-2.0
package org.segsense.image;

/**
 * Fibre-orientation peak images: an ordinary {@link Image} with 3·k components per voxel that holds k
 * peaks per voxel, peak j in components 3j, 3j+1, 3j+2. There is no separate image type; this class
 * declares the convention and converts to and from the files other tools write.
 * <p>
 * <b>The vector convention in memory.</b> Each peak is a vector in SegSense's physical frame, the
 * same frame as {@link ImageGeometry}: ITK's LPS world axes (x to the patient's left, y posterior,
 * z superior), <i>not</i> the voxel axes. Its direction is the fibre direction, its length the peak
 * amplitude (the fODF value or volume fraction); a zero vector is "no peak". A peak is an axis, not an
 * arrow: {@code v} and {@code −v} are the same peak, so every operation is sign-symmetric (spatial
 * perturbations reorient the vectors with the content and interpolate them with signs aligned, see
 * {@code org.segsense.image.resample.PeakResampler}). Peaks are ordered by amplitude, largest first,
 * as MRtrix's {@code sh2peaks} writes them.
 * <p>
 * <b>On disk</b> a peak image is a 4-D scalar NIfTI of size (x, y, z, 3k), volume 3j + c being
 * component c of peak j (MRtrix {@code sh2peaks} and TractSeg layout). The vectors in the file are in
 * one of two frames, {@link Frame}:
 * <ul>
 * <li>{@link Frame#WORLD_RAS} — MRtrix and TractSeg: world (scanner) RAS coordinates, independent of
 * the voxel axes. Reading negates x and y (RAS → LPS); writing negates them back.</li>
 * <li>{@link Frame#FSL_VOXEL} — FSL ({@code dtifit} V1, {@code bedpostx} dyads, bvecs): "scaled voxel"
 * coordinates, i.e. along the image's i, j, k axes, with the i component negated when the header's
 * (sform or qform) 3×3 matrix has a positive determinant (FSL's implicit radiological storage).
 * Reading undoes the flip and maps voxel axes to world with the direction matrix D
 * ({@code v_LPS = D · v_voxel}); writing inverts it.</li>
 * </ul>
 * For an axial image stored LAS (FSL's usual radiological order: det &lt; 0, D = diag(1, −1, 1) in
 * LPS) the two frames differ by the sign of x — the classic FSL/MRtrix mix-up, which the perturbation
 * {@code peak-axis-flip} emulates.
 */
public final class Peaks {

    /** The frame of the vectors in a peak file. */
    public enum Frame {
        /** World (scanner) RAS, as MRtrix and TractSeg write peaks. */
        WORLD_RAS,
        /** FSL's scaled-voxel frame: voxel axes, i negated when det(header matrix) &gt; 0. */
        FSL_VOXEL
    }

    private Peaks() {
    }

    /**
     * @param image an image
     * @return true if it can hold peaks: 3-D with 3·k components (k ≥ 1)
     */
    public static boolean isPeakImage(Image image) {
        return image.dimension() == 3 && image.components() % 3 == 0;
    }

    /**
     * @param image a peak image
     * @return the number of peaks per voxel, k
     * @throws IllegalArgumentException if the image is not a peak image
     */
    public static int count(Image image) {
        if (!isPeakImage(image)) {
            throw new IllegalArgumentException("A peak image is 3-D with 3·k components; this one is " + image.dimension() + "-D with "
                    + image.components() + " component(s).");
        }
        return image.components() / 3;
    }

    /**
     * Converts a 4-D scalar image of size (x, y, z, 3k) as read from a peak file into a peak image
     * (float32, vectors in LPS).
     *
     * @param volumes the 4-D image
     * @param frame the frame of the vectors in the file
     * @return the peak image on the 3-D grid of {@code volumes}
     * @throws IllegalArgumentException if {@code volumes} is not 4-D with a multiple of 3 volumes
     */
    public static Image fromVolumes(Image volumes, Frame frame) {
        ImageGeometry g = volumes.geometry();
        if (g.dimension() != 4 || volumes.components() != 1 || g.size(3) % 3 != 0) {
            throw new IllegalArgumentException("A peak file is a 4-D image with 3·k volumes (x, y, z of each peak); this one has size "
                    + java.util.Arrays.toString(g.size()) + " and " + volumes.components() + " component(s).");
        }
        ImageGeometry grid = g.spatial();
        int nc = (int) g.size(3);
        int voxels = (int) grid.voxelCount();
        double[] m = fileToLps(grid, frame);
        float[] out = new float[voxels * nc];
        for (int c = 0; c < nc; c++) {
            for (int v = 0; v < voxels; v++) {
                out[v * nc + c] = (float) volumes.getDouble((long) c * voxels + v, 0);
            }
        }
        transform(out, m);
        return Image.of(grid, PixelType.FLOAT32, nc, out);
    }

    /**
     * Converts a peak image into the 4-D scalar image of a peak file (float32).
     *
     * @param peaks the peak image
     * @param frame the frame the file's vectors are to be in
     * @return the 4-D image (x, y, z, 3k), spacing 1 and direction identity on the 4th axis
     */
    public static Image toVolumes(Image peaks, Frame frame) {
        int nc = count(peaks) * 3;
        ImageGeometry grid = peaks.geometry();
        float[] lps = peaks.toFloatArray();
        transform(lps, transpose(fileToLps(grid, frame))); // the matrices are orthogonal
        int voxels = (int) grid.voxelCount();
        float[] out = new float[voxels * nc];
        for (int c = 0; c < nc; c++) {
            for (int v = 0; v < voxels; v++) {
                out[c * voxels + v] = lps[v * nc + c];
            }
        }
        ImageGeometry g4 = grid.withVolumes(nc);
        return Image.of(g4, out);
    }

    /**
     * @return the row-major 3×3 matrix taking a file vector in {@code frame} to LPS on grid {@code g}
     *         (orthogonal: the direction matrix is orthonormal for every image SegSense reads)
     */
    static double[] fileToLps(ImageGeometry g, Frame frame) {
        if (frame == Frame.WORLD_RAS) {
            return new double[] { -1, 0, 0, 0, -1, 0, 0, 0, 1 };
        }
        double[] d = new double[9];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                d[r * 3 + c] = g.direction(r, c);
            }
        }
        // det of the header's RAS matrix = det(diag(-1,-1,1)·D·S) has the sign of det(D)
        double det = d[0] * (d[4] * d[8] - d[5] * d[7]) - d[1] * (d[3] * d[8] - d[5] * d[6]) + d[2] * (d[3] * d[7] - d[4] * d[6]);
        if (det > 0) {
            for (int r = 0; r < 3; r++) {
                d[r * 3] = -d[r * 3]; // undo FSL's flip of the i component
            }
        }
        return d;
    }

    private static double[] transpose(double[] m) {
        return new double[] { m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8] };
    }

    /** Multiplies every 3-vector of an interleaved buffer by m (row-major), in place. */
    private static void transform(float[] v, double[] m) {
        for (int i = 0; i + 2 < v.length; i += 3) {
            double x = v[i], y = v[i + 1], z = v[i + 2];
            v[i] = (float) (m[0] * x + m[1] * y + m[2] * z);
            v[i + 1] = (float) (m[3] * x + m[4] * y + m[5] * z);
            v[i + 2] = (float) (m[6] * x + m[7] * y + m[8] * z);
        }
    }
}
