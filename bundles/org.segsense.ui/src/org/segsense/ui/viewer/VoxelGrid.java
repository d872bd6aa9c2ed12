// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.viewer;

import org.segsense.image.ImageGeometry;

/**
 * The 3-D sampling grid of a layer shown in the viewer, with the maps between LPS points (mm) and
 * continuous voxel indices of {@link ImageGeometry} ({@code p = origin + D · (spacing ⊙ i)}).
 * <p>
 * A 2-D image becomes one slice (third axis: the cross product of its two directions, spacing 1);
 * a 4-D image keeps its three spatial axes (its time points are channels, see {@link ViewVolume}).
 * <p>
 * {@link #sample} is the hot path of rendering: for a screen-aligned grid of points it writes the
 * linear index of the nearest voxel, or -1 outside the image, with no allocation.
 */
public final class VoxelGrid {

    private final int nx;
    private final int ny;
    private final int nz;
    private final double[] origin;
    private final double[] toPhysical;
    private final double[] toIndex;
    private final double[] spacing;
    private final double[] direction;

    /**
     * @param geometry a 2-, 3- or 4-D geometry
     */
    public VoxelGrid(ImageGeometry geometry) {
        ImageGeometry g = spatial(geometry);
        long[] size = g.size();
        for (long s : size) {
            if (s > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("Axis of " + s + " voxels is too long to show.");
            }
        }
        nx = (int) size[0];
        ny = (int) size[1];
        nz = (int) size[2];
        origin = g.origin();
        toPhysical = g.indexToPhysicalMatrix();
        spacing = g.spacing();
        direction = g.direction();
        toIndex = new double[9];
        double[] zero = g.physicalToContinuousIndex(origin);
        for (int c = 0; c < 3; c++) {
            double[] p = origin.clone();
            p[c] += 1;
            double[] i = g.physicalToContinuousIndex(p);
            for (int r = 0; r < 3; r++) {
                toIndex[r * 3 + c] = i[r] - zero[r];
            }
        }
    }

    private static ImageGeometry spatial(ImageGeometry g) {
        int d = g.dimension();
        if (d == 3) {
            return g;
        }
        long[] size = g.size();
        double[] s = g.spacing();
        double[] o = g.origin();
        if (d == 4) {
            double[] dir = new double[9];
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    dir[r * 3 + c] = g.direction(r, c);
                }
            }
            return new ImageGeometry(new long[] {size[0], size[1], size[2]}, new double[] {s[0], s[1], s[2]},
                    new double[] {o[0], o[1], o[2]}, dir);
        }
        double a = g.direction(0, 0), b = g.direction(1, 0), c = g.direction(0, 1), e = g.direction(1, 1);
        double det = a * e - c * b;
        double[] dir = {a, c, 0, b, e, 0, 0, 0, det < 0 ? -1 : 1};
        return new ImageGeometry(new long[] {size[0], size[1], 1}, new double[] {s[0], s[1], 1}, new double[] {o[0], o[1], 0}, dir);
    }

    /** @return voxels along axis 0, 1, 2 */
    public int size(int axis) {
        return axis == 0 ? nx : axis == 1 ? ny : nz;
    }

    /** @return the number of voxels of one 3-D volume */
    public int voxelCount() {
        return nx * ny * nz;
    }

    /** @return the continuous index of an LPS point */
    public double[] toIndex(double[] p) {
        double[] i = new double[3];
        for (int r = 0; r < 3; r++) {
            i[r] = toIndex[r * 3] * (p[0] - origin[0]) + toIndex[r * 3 + 1] * (p[1] - origin[1]) + toIndex[r * 3 + 2] * (p[2] - origin[2]);
        }
        return i;
    }

    /** @return the LPS point of a continuous index */
    public double[] toPhysical(double[] index) {
        double[] p = new double[3];
        for (int r = 0; r < 3; r++) {
            p[r] = origin[r] + toPhysical[r * 3] * index[0] + toPhysical[r * 3 + 1] * index[1] + toPhysical[r * 3 + 2] * index[2];
        }
        return p;
    }

    /**
     * The nearest voxel of an LPS point.
     *
     * @param p LPS point (mm)
     * @return its integer index, or null when the point lies outside the image
     */
    public int[] nearestVoxel(double[] p) {
        double[] c = toIndex(p);
        int[] v = new int[3];
        for (int a = 0; a < 3; a++) {
            double f = c[a] + 0.5;
            if (!(f >= 0 && f < size(a))) {
                return null;
            }
            v[a] = (int) f;
        }
        return v;
    }

    /** @return the linear voxel index (x fastest) of an integer index */
    public int linear(int[] v) {
        return v[0] + nx * (v[1] + ny * v[2]);
    }

    /**
     * The LPS bounding box of the image, voxel extents included (half a voxel beyond the outer centres).
     *
     * @return {min x, min y, min z, max x, max y, max z}
     */
    public double[] bounds() {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int corner = 0; corner < 8; corner++) {
            double[] i = {(corner & 1) == 0 ? -0.5 : nx - 0.5, (corner & 2) == 0 ? -0.5 : ny - 0.5, (corner & 4) == 0 ? -0.5 : nz - 0.5};
            double[] p = toPhysical(i);
            for (int a = 0; a < 3; a++) {
                b[a] = Math.min(b[a], p[a]);
                b[a + 3] = Math.max(b[a + 3], p[a]);
            }
        }
        return b;
    }

    /**
     * The distance between neighbouring slices along an LPS axis: the smallest step that moves the
     * plane by one voxel along some image axis, {@code min_j spacing_j / |D_kj|}. For an image aligned
     * with patient space this is the spacing of the axis along {@code lpsAxis}.
     *
     * @param lpsAxis 0, 1 or 2
     * @return the step in mm
     */
    public double sliceStep(int lpsAxis) {
        double step = Double.MAX_VALUE;
        for (int j = 0; j < 3; j++) {
            double d = Math.abs(direction[lpsAxis * 3 + j]);
            if (d > 1e-6) {
                step = Math.min(step, spacing[j] / d);
            }
        }
        return step;
    }

    /**
     * Finds, for a {@code width × height} grid of LPS points {@code p0 + x·dx + y·dy}, the linear index
     * of each point's nearest voxel, or -1 where the point lies outside the image.
     *
     * @param p0 the LPS point of grid cell (0, 0)
     * @param dx LPS step from one column to the next
     * @param dy LPS step from one row to the next
     * @param width columns
     * @param height rows
     * @param out receives {@code width × height} indices, row by row
     */
    public void sample(double[] p0, double[] dx, double[] dy, int width, int height, int[] out) {
        double ox = 0, oy = 0, oz = 0, xx = 0, xy = 0, xz = 0, yx = 0, yy = 0, yz = 0;
        for (int c = 0; c < 3; c++) {
            double d = p0[c] - origin[c];
            ox += toIndex[c] * d;
            oy += toIndex[3 + c] * d;
            oz += toIndex[6 + c] * d;
            xx += toIndex[c] * dx[c];
            xy += toIndex[3 + c] * dx[c];
            xz += toIndex[6 + c] * dx[c];
            yx += toIndex[c] * dy[c];
            yy += toIndex[3 + c] * dy[c];
            yz += toIndex[6 + c] * dy[c];
        }
        // +0.5 turns truncation of non-negative numbers into rounding to the nearest voxel centre.
        ox += 0.5;
        oy += 0.5;
        oz += 0.5;
        int plane = nx * ny;
        int k = 0;
        for (int row = 0; row < height; row++) {
            double fx = ox + row * yx, fy = oy + row * yy, fz = oz + row * yz;
            for (int col = 0; col < width; col++, k++) {
                double ix = fx + col * xx, iy = fy + col * xy, iz = fz + col * xz;
                if (ix >= 0 && iy >= 0 && iz >= 0 && ix < nx && iy < ny && iz < nz) {
                    out[k] = (int) ix + nx * (int) iy + plane * (int) iz;
                } else {
                    out[k] = -1;
                }
            }
        }
    }

    /**
     * Tells whether another grid samples the same voxels (so an index computed for one serves both).
     *
     * @param other the other grid
     * @return true if size, origin and index maps are equal within 1e-9
     */
    public boolean sameAs(VoxelGrid other) {
        if (nx != other.nx || ny != other.ny || nz != other.nz) {
            return false;
        }
        for (int i = 0; i < 9; i++) {
            if (Math.abs(toIndex[i] - other.toIndex[i]) > 1e-9 || (i < 3 && Math.abs(origin[i] - other.origin[i]) > 1e-9)) {
                return false;
            }
        }
        return true;
    }
}
