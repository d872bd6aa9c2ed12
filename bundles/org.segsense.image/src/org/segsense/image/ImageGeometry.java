// SPDX-License-Identifier: EPL-2.0
package org.segsense.image;

import java.util.Arrays;

import org.segsense.image.util.SmallMatrix;

/**
 * The sampling grid of an image: size, spacing, origin and direction, exactly as ITK's
 * {@code itk::ImageBase} defines them.
 * <p>
 * Conventions:
 * <ul>
 * <li>Physical space is ITK's LPS (x grows to the patient's left, y to posterior, z to superior),
 * in millimetres. NIfTI and NRRD files in RAS are converted by the readers.</li>
 * <li>An index {@code i} (continuous or integer, 0-based, x fastest in memory) maps to the physical
 * point {@code p = origin + D · (spacing ⊙ i)}, where {@code D} is the direction matrix.
 * The origin is the centre of voxel 0, not its corner.</li>
 * <li>{@link #direction()} is {@code D} in row-major order, {@code d × d} numbers; column {@code j}
 * is the unit direction of axis {@code j} in physical space. The default is the identity.</li>
 * <li>Dimension is 2, 3 or 4. A 4th axis (time) keeps its spacing; ITK's direction for it is
 * usually the identity row and column.</li>
 * </ul>
 * The class is immutable and thread-safe; every accessor returns a copy. The constructor rejects
 * non-positive sizes, non-positive or non-finite spacings and singular direction matrices.
 */
public final class ImageGeometry {

    private final long[] size;
    private final double[] spacing;
    private final double[] origin;
    private final double[] direction;
    /** D · diag(spacing), row-major: index to physical offset. */
    private final double[] indexToPhysical;
    /** The inverse of {@link #indexToPhysical}. */
    private final double[] physicalToIndex;

    /**
     * Creates a geometry.
     *
     * @param size number of voxels along each axis, each ≥ 1; the length (2–4) sets the dimension
     * @param spacing distance between voxel centres along each axis in mm, each &gt; 0
     * @param origin physical point of voxel 0 (LPS, mm)
     * @param direction row-major {@code d × d} direction cosines; column j is axis j's direction
     * @throws IllegalArgumentException for inconsistent lengths or invalid values (the message says
     *         which)
     */
    public ImageGeometry(long[] size, double[] spacing, double[] origin, double[] direction) {
        int d = size.length;
        if (d < 2 || d > 4) {
            throw new IllegalArgumentException("Image dimension " + d + " is not supported; SegSense handles 2-D, 3-D and 4-D images.");
        }
        if (spacing.length != d || origin.length != d || direction.length != d * d) {
            throw new IllegalArgumentException("Geometry arrays do not match dimension " + d + ": spacing " + spacing.length
                    + ", origin " + origin.length + ", direction " + direction.length + " (expected " + d + ", " + d + ", " + d * d + ").");
        }
        for (int i = 0; i < d; i++) {
            if (size[i] < 1) {
                throw new IllegalArgumentException("Size along axis " + i + " is " + size[i] + "; every axis needs at least 1 voxel.");
            }
            if (!(spacing[i] > 0) || !Double.isFinite(spacing[i])) {
                throw new IllegalArgumentException("Spacing along axis " + i + " is " + spacing[i] + "; spacings must be positive and finite.");
            }
            if (!Double.isFinite(origin[i])) {
                throw new IllegalArgumentException("Origin coordinate " + i + " is " + origin[i] + "; it must be finite.");
            }
        }
        for (double v : direction) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("Direction matrix contains " + v + "; every entry must be finite.");
            }
        }
        this.size = size.clone();
        this.spacing = spacing.clone();
        this.origin = origin.clone();
        this.direction = direction.clone();
        this.indexToPhysical = new double[d * d];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                indexToPhysical[r * d + c] = direction[r * d + c] * spacing[c];
            }
        }
        double[] inverse = SmallMatrix.invert(indexToPhysical, d);
        if (inverse == null) {
            throw new IllegalArgumentException("Direction matrix " + Arrays.toString(direction) + " is singular; its columns must be independent.");
        }
        this.physicalToIndex = inverse;
    }

    /**
     * Creates a geometry with unit spacing, zero origin and identity direction, as a new ITK image.
     *
     * @param size number of voxels along each axis (2–4 axes)
     * @return the geometry
     */
    public static ImageGeometry of(long... size) {
        int d = size.length;
        double[] spacing = new double[d];
        Arrays.fill(spacing, 1.0);
        return new ImageGeometry(size, spacing, new double[d], identity(d));
    }

    /**
     * The identity matrix, row-major.
     *
     * @param d dimension
     * @return {@code d × d} numbers
     */
    public static double[] identity(int d) {
        return SmallMatrix.identity(d);
    }

    /** @return this geometry with another spacing */
    public ImageGeometry withSpacing(double... newSpacing) {
        return new ImageGeometry(size, newSpacing, origin, direction);
    }

    /** @return this geometry with another origin */
    public ImageGeometry withOrigin(double... newOrigin) {
        return new ImageGeometry(size, spacing, newOrigin, direction);
    }

    /** @return this geometry with another direction (row-major, column j = axis j) */
    public ImageGeometry withDirection(double... newDirection) {
        return new ImageGeometry(size, spacing, origin, newDirection);
    }

    /** @return this geometry with another size */
    public ImageGeometry withSize(long... newSize) {
        return new ImageGeometry(newSize, spacing, origin, direction);
    }

    /**
     * @return the 3-D grid of a 4-D geometry (its first three axes, as NIfTI and ITK read the spatial part of a
     *         4-D image); a 2-D or 3-D geometry unchanged
     */
    public ImageGeometry spatial() {
        if (size.length <= 3) {
            return this;
        }
        double[] d = new double[9];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                d[r * 3 + c] = direction(r, c);
            }
        }
        return new ImageGeometry(new long[] {size[0], size[1], size[2]}, new double[] {spacing[0], spacing[1], spacing[2]},
                new double[] {origin[0], origin[1], origin[2]}, d);
    }

    /**
     * @param volumes the length of the 4th axis (e.g. one volume per bundle or per peak component)
     * @return this 3-D grid as the 4-D grid of a stack of volumes: spacing 1, origin 0 and no rotation on the 4th axis
     * @throws IllegalArgumentException if this geometry is not 3-D or {@code volumes < 1}
     */
    public ImageGeometry withVolumes(long volumes) {
        if (size.length != 3 || volumes < 1) {
            throw new IllegalArgumentException("A stack of " + volumes + " volume(s) needs a 3-D grid and at least one volume; this grid is "
                    + size.length + "-D.");
        }
        double[] d4 = new double[16];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                d4[r * 4 + c] = direction(r, c);
            }
        }
        d4[15] = 1;
        return new ImageGeometry(new long[] {size[0], size[1], size[2], volumes}, new double[] {spacing[0], spacing[1], spacing[2], 1},
                new double[] {origin[0], origin[1], origin[2], 0}, d4);
    }

    /** @return the number of axes, 2 to 4 */
    public int dimension() {
        return size.length;
    }

    /** @return a copy of the size (voxels per axis) */
    public long[] size() {
        return size.clone();
    }

    /** @return the number of voxels along {@code axis} */
    public long size(int axis) {
        return size[axis];
    }

    /** @return a copy of the spacing (mm) */
    public double[] spacing() {
        return spacing.clone();
    }

    /** @return the spacing along {@code axis} (mm) */
    public double spacing(int axis) {
        return spacing[axis];
    }

    /** @return a copy of the origin, the physical point of voxel 0 (LPS, mm) */
    public double[] origin() {
        return origin.clone();
    }

    /** @return the origin coordinate along {@code axis} (LPS, mm) */
    public double origin(int axis) {
        return origin[axis];
    }

    /** @return a copy of the direction matrix, row-major, column j = direction of axis j */
    public double[] direction() {
        return direction.clone();
    }

    /** @return the direction matrix entry at {@code row}, {@code column} */
    public double direction(int row, int column) {
        return direction[row * size.length + column];
    }

    /** @return a copy of D · diag(spacing), row-major: the linear part of index → physical */
    public double[] indexToPhysicalMatrix() {
        return indexToPhysical.clone();
    }

    /** @return the product of the sizes */
    public long voxelCount() {
        long n = 1;
        for (long s : size) {
            n = Math.multiplyExact(n, s);
        }
        return n;
    }

    /**
     * Maps a continuous index to a physical point: {@code origin + D · (spacing ⊙ index)}, as ITK's
     * {@code TransformContinuousIndexToPhysicalPoint}.
     *
     * @param continuousIndex index (length = dimension)
     * @return the physical point (LPS, mm)
     */
    public double[] indexToPhysical(double[] continuousIndex) {
        int d = size.length;
        checkLength(continuousIndex);
        double[] p = new double[d];
        for (int r = 0; r < d; r++) {
            double sum = origin[r];
            for (int c = 0; c < d; c++) {
                sum += indexToPhysical[r * d + c] * continuousIndex[c];
            }
            p[r] = sum;
        }
        return p;
    }

    /**
     * Maps a physical point to a continuous index, the inverse of {@link #indexToPhysical}, as ITK's
     * {@code TransformPhysicalPointToContinuousIndex}.
     *
     * @param point physical point (LPS, mm)
     * @return the continuous index; integer values are voxel centres
     */
    public double[] physicalToContinuousIndex(double[] point) {
        int d = size.length;
        checkLength(point);
        double[] index = new double[d];
        for (int r = 0; r < d; r++) {
            double sum = 0;
            for (int c = 0; c < d; c++) {
                sum += physicalToIndex[r * d + c] * (point[c] - origin[c]);
            }
            index[r] = sum;
        }
        return index;
    }

    /**
     * Tells whether two geometries describe the same grid, with ITK's rule for "same physical space"
     * ({@code ImageToImageFilter::VerifyInputInformation}): sizes equal; spacing and origin equal
     * within {@code tolerance × spacing[0]} (absolute, mm); direction entries equal within
     * {@code tolerance}. ITK's default tolerance is {@code 1e-6}.
     *
     * @param other the other geometry
     * @param tolerance relative tolerance, e.g. {@code 1e-6}
     * @return true if both grids sample the same points
     */
    public boolean sameGridAs(ImageGeometry other, double tolerance) {
        if (!Arrays.equals(size, other.size)) {
            return false;
        }
        double coordinateTolerance = tolerance * spacing[0];
        for (int i = 0; i < size.length; i++) {
            if (Math.abs(spacing[i] - other.spacing[i]) > coordinateTolerance
                    || Math.abs(origin[i] - other.origin[i]) > coordinateTolerance) {
                return false;
            }
        }
        for (int i = 0; i < direction.length; i++) {
            if (Math.abs(direction[i] - other.direction[i]) > tolerance) {
                return false;
            }
        }
        return true;
    }

    /** @return true if the direction matrix is orthonormal within {@code tolerance} */
    public boolean isDirectionOrthonormal(double tolerance) {
        int d = size.length;
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                double dot = 0;
                for (int r = 0; r < d; r++) {
                    dot += direction[r * d + a] * direction[r * d + b];
                }
                if (Math.abs(dot - (a == b ? 1 : 0)) > tolerance) {
                    return false;
                }
            }
        }
        return true;
    }

    private void checkLength(double[] v) {
        if (v.length != size.length) {
            throw new IllegalArgumentException("Expected " + size.length + " coordinates, got " + v.length + ".");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ImageGeometry)) {
            return false;
        }
        ImageGeometry g = (ImageGeometry) o;
        return Arrays.equals(size, g.size) && Arrays.equals(spacing, g.spacing) && Arrays.equals(origin, g.origin)
                && Arrays.equals(direction, g.direction);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * Arrays.hashCode(size) + Arrays.hashCode(spacing)) + Arrays.hashCode(origin)) + Arrays.hashCode(direction);
    }

    @Override
    public String toString() {
        return "ImageGeometry[size=" + Arrays.toString(size) + ", spacing=" + Arrays.toString(spacing) + ", origin="
                + Arrays.toString(origin) + ", direction=" + Arrays.toString(direction) + "]";
    }
}
