// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.resample;

import java.util.Objects;

import org.segsense.image.Image;
import org.segsense.image.PixelType;

/**
 * An image prepared for interpolation at continuous indices, as an ITK
 * {@code InterpolateImageFunction} after {@code SetInputImage}: the voxels are copied once into a
 * {@code float[]} (8/16-bit integer and float32 images; float32 is used without a copy) or a
 * {@code double[]} (other types), and for {@link Interpolation#BSPLINE} the cubic B-spline
 * coefficients are computed once ({@link BSplineDecomposition}, {@code double}). Build one per
 * image and reuse it for many resamplings of that image.
 * <p>
 * Indices are ITK continuous indices: integer values are voxel centres. A point is inside the buffer
 * (ITK's {@code ImageFunction::IsInsideBuffer}) when every coordinate {@code x} satisfies
 * {@code −0.5 ≤ x < size − 0.5}; the resampler gives points outside the default value.
 * <p>
 * 2-D images are handled as 3-D images one voxel thick; 4-D images as a series of 3-D volumes
 * interpolated in space only (the 4th index selects the volume). Components are interpolated one by
 * one. Immutable and thread-safe once built; the input image must not change while this is in use.
 */
public final class ImageInterpolator {

    private final Image image;
    private final Interpolation interpolation;
    final int nx;
    final int ny;
    final int nz;
    final int volumes;
    final int nc;
    /** Source values when float-backed (nearest/linear), else null. */
    final float[] fsrc;
    /** Source values when double-backed (nearest/linear), else null. */
    final double[] dsrc;
    /** The cubic B-spline kernel on the coefficients ({@link Interpolation#BSPLINE}), else null. */
    private final BSplineKernel bspline;

    private ImageInterpolator(Image image, Interpolation interpolation) {
        this.image = image;
        this.interpolation = interpolation;
        long[] size = image.geometry().size();
        int d = size.length;
        this.nx = (int) size[0];
        this.ny = (int) size[1];
        this.nz = d >= 3 ? (int) size[2] : 1;
        this.volumes = d >= 4 ? (int) size[3] : 1;
        this.nc = image.components();
        PixelType t = image.pixelType();
        if (interpolation == Interpolation.BSPLINE) {
            double[] c = image.toDoubleArray();
            BSplineDecomposition.coefficientsInPlace(c, nx, ny, nz, volumes, nc);
            this.bspline = new BSplineKernel(c, nx, ny, nz, nc);
            this.dsrc = null;
            this.fsrc = null;
        } else {
            if (t == PixelType.FLOAT32) {
                this.fsrc = image.floats();
                this.dsrc = null;
            } else if (t == PixelType.UINT8 || t == PixelType.INT8 || t == PixelType.UINT16 || t == PixelType.INT16) {
                this.fsrc = image.toFloatArray();
                this.dsrc = null;
            } else {
                this.fsrc = null;
                this.dsrc = image.toDoubleArray();
            }
            this.bspline = null;
        }
    }

    /**
     * Prepares an image for interpolation.
     *
     * @param image the input image (2-D, 3-D or 4-D, any pixel type and component count)
     * @param interpolation the method
     * @return the interpolator
     */
    public static ImageInterpolator of(Image image, Interpolation interpolation) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(interpolation, "interpolation");
        return new ImageInterpolator(image, interpolation);
    }

    /** @return the input image */
    public Image image() {
        return image;
    }

    /** @return the method */
    public Interpolation interpolation() {
        return interpolation;
    }

    /**
     * ITK's {@code IsInsideBuffer(ContinuousIndex)}: {@code −0.5 ≤ x[j] < size[j] − 0.5} on every axis
     * (NaN is outside).
     *
     * @param continuousIndex the index (length = image dimension)
     * @return true if the point may be interpolated
     */
    public boolean isInsideBuffer(double[] continuousIndex) {
        long[] size = image.geometry().size();
        if (continuousIndex.length != size.length) {
            throw new IllegalArgumentException("Expected a " + size.length + "-D index, got " + continuousIndex.length + " coordinates.");
        }
        for (int j = 0; j < size.length; j++) {
            double x = continuousIndex[j];
            if (!(x >= -0.5 && x < size[j] - 0.5)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Interpolates all components at one continuous index (the slow, one-point path; the
     * {@link Resampler} works on whole lines). For 4-D images the 4th coordinate is rounded to a volume.
     *
     * @param continuousIndex the index, inside the buffer ({@link #isInsideBuffer})
     * @param out receives {@code components} values
     * @throws IllegalArgumentException if the point is outside the buffer
     */
    public void evaluate(double[] continuousIndex, double[] out) {
        if (!isInsideBuffer(continuousIndex)) {
            throw new IllegalArgumentException("Continuous index " + java.util.Arrays.toString(continuousIndex)
                    + " is outside the image buffer; check isInsideBuffer first.");
        }
        double z = continuousIndex.length >= 3 ? continuousIndex[2] : 0;
        int vol = continuousIndex.length >= 4 ? (int) Math.floor(continuousIndex[3] + 0.5) : 0;
        double[] tmp = nc == out.length ? out : new double[nc];
        line(vol, continuousIndex[0], continuousIndex[1], z, 0, 0, 0, new double[] {0}, 1, tmp, 0);
        if (tmp != out) {
            System.arraycopy(tmp, 0, out, 0, Math.min(nc, out.length));
        }
    }

    /** @return {@code evaluate} of component 0 (scalar images) */
    public double evaluate(double... continuousIndex) {
        double[] out = new double[nc];
        evaluate(continuousIndex, out);
        return out[0];
    }

    /**
     * Interpolates one output line: point {@code i} (0 ≤ i &lt; n) is at continuous index
     * {@code s + alpha[i]·d}, exactly as ITK's {@code LinearThreadedGenerateData}; points outside the
     * buffer get {@code dflt}. Writes {@code n·nc} values into {@code out}.
     */
    void line(int vol, double sx, double sy, double sz, double dx, double dy, double dz, double[] alpha, int n, double[] out,
            double dflt) {
        switch (interpolation) {
            case NEAREST:
                if (fsrc != null) {
                    nearestF(vol, sx, sy, sz, dx, dy, dz, alpha, n, out, dflt);
                } else {
                    nearestD(vol, sx, sy, sz, dx, dy, dz, alpha, n, out, dflt);
                }
                break;
            case LINEAR:
                if (fsrc != null) {
                    linearF(vol, sx, sy, sz, dx, dy, dz, alpha, n, out, dflt);
                } else {
                    linearD(vol, sx, sy, sz, dx, dy, dz, alpha, n, out, dflt);
                }
                break;
            default:
                bspline.evaluate(vol, sx, sy, sz, dx, dy, dz, alpha, n, out, dflt);
                break;
        }
    }

    /**
     * True when {@link #lineFloat} applies: nearest or linear on a float-backed scalar image.
     */
    boolean hasFloatLine() {
        return fsrc != null && nc == 1 && interpolation != Interpolation.BSPLINE;
    }

    /**
     * {@link #line} for a float-backed scalar image with nearest or linear interpolation, writing the
     * float32 output directly: {@code out[at + i]} receives the value that {@link #line} followed by
     * the float32 {@link OutputStore#store} would give ({@code dflt} is already cast to float32).
     * <p>
     * Each mapped coordinate {@code s + alpha[i]·d} is a monotone function of {@code i} (i/n, the
     * product and the sum are each correctly rounded, and rounding is monotone), so the voxels that
     * pass the per-voxel inside test form one interval, and so do those whose 8 linear neighbours are
     * all inside without clamping. Both intervals are found with the per-voxel tests themselves
     * (walking in from the line ends), so every decision equals the per-voxel one; the voxels in
     * between skip the tests and the clamps.
     */
    void lineFloat(int vol, double sx, double sy, double sz, double dx, double dy, double dz, double[] alpha, int n, float[] out,
            int at, float dflt, LineScratch scratch) {
        if (!(Double.isFinite(sx) && Double.isFinite(sy) && Double.isFinite(sz) && Double.isFinite(dx) && Double.isFinite(dy)
                && Double.isFinite(dz))) {
            // not monotone-safe (NaN/infinite products): per-voxel tests everywhere
            if (interpolation == Interpolation.NEAREST) {
                nearestF1Tested(vol, sx, sy, sz, dx, dy, dz, alpha, 0, n, out, at, dflt);
            } else {
                linearF1Tested(vol, sx, sy, sz, dx, dy, dz, alpha, 0, n, out, at, dflt);
            }
            return;
        }
        final double ex = nx - 0.5, ey = ny - 0.5, ez = nz - 0.5;
        int i0 = 0;
        for (; i0 < n; i0++) {
            double a = alpha[i0];
            double x = sx + a * dx, y = sy + a * dy, z = sz + a * dz;
            if (x >= -0.5 && x < ex && y >= -0.5 && y < ey && z >= -0.5 && z < ez) {
                break;
            }
            out[at + i0] = dflt;
        }
        if (i0 == n) {
            return;
        }
        int i1 = n;
        for (;;) {
            double a = alpha[i1 - 1];
            double x = sx + a * dx, y = sy + a * dy, z = sz + a * dz;
            if (x >= -0.5 && x < ex && y >= -0.5 && y < ey && z >= -0.5 && z < ez) {
                break;
            }
            out[at + --i1] = dflt;
        }
        if (interpolation == Interpolation.NEAREST) {
            nearestF1Inside(vol, sx, sy, sz, dx, dy, dz, alpha, i0, i1, out, at);
            return;
        }
        // linear: interior where 0 ≤ x < size − 1 on every axis (base = floor, step 1, fraction ≥ 0)
        final double lx = nx - 1, ly = ny - 1, lz = nz - 1;
        int j0 = i0;
        for (; j0 < i1; j0++) {
            double a = alpha[j0];
            double x = sx + a * dx, y = sy + a * dy, z = sz + a * dz;
            if (x >= 0 && x < lx && y >= 0 && y < ly && z >= 0 && z < lz) {
                break;
            }
        }
        int j1 = i1;
        if (j0 < i1) {
            for (;;) {
                double a = alpha[j1 - 1];
                double x = sx + a * dx, y = sy + a * dy, z = sz + a * dz;
                if (x >= 0 && x < lx && y >= 0 && y < ly && z >= 0 && z < lz) {
                    break;
                }
                j1--;
            }
        }
        linearF1Tested(vol, sx, sy, sz, dx, dy, dz, alpha, i0, j0, out, at, dflt);
        linearF1Interior(vol, sx, sy, sz, dx, dy, dz, alpha, j0, j1, out, at, scratch);
        linearF1Tested(vol, sx, sy, sz, dx, dy, dz, alpha, j1, i1, out, at, dflt);
    }

    /** The float32 output cast of {@link OutputStore#store}. */
    private static float toFloat32(double v) {
        return v <= -Float.MAX_VALUE ? -Float.MAX_VALUE : v >= Float.MAX_VALUE ? Float.MAX_VALUE : (float) v;
    }

    /** Nearest for voxels [from, to) known to be inside the buffer. */
    private void nearestF1Inside(int vol, double sx, double sy, double sz, double dx, double dy, double dz, double[] alpha, int from,
            int to, float[] out, int at) {
        final float[] src = fsrc;
        final int row = nx, slice = row * ny;
        final int volOff = vol * slice * nz;
        for (int i = from; i < to; i++) {
            double a = alpha[i];
            double x = sx + a * dx, y = sy + a * dy, z = sz + a * dz;
            int p = volOff + roundHalfUp(z) * slice + roundHalfUp(y) * row + roundHalfUp(x);
            float v = src[p];
            out[at + i] = v <= -Float.MAX_VALUE ? -Float.MAX_VALUE : v >= Float.MAX_VALUE ? Float.MAX_VALUE : v;
        }
    }

    /** Nearest for voxels [from, to) with the per-voxel inside test. */
    private void nearestF1Tested(int vol, double sx, double sy, double sz, double dx, double dy, double dz, double[] alpha, int from,
            int to, float[] out, int at, float dflt) {
        final float[] src = fsrc;
        final double ex = nx - 0.5, ey = ny - 0.5, ez = nz - 0.5;
        final int row = nx, slice = row * ny;
        final int volOff = vol * slice * nz;
        for (int i = from; i < to; i++) {
            double a = alpha[i];
            double x = sx + a * dx, y = sy + a * dy, z = sz + a * dz;
            if (x >= -0.5 && x < ex && y >= -0.5 && y < ey && z >= -0.5 && z < ez) {
                int p = volOff + roundHalfUp(z) * slice + roundHalfUp(y) * row + roundHalfUp(x);
                out[at + i] = toFloat32(src[p]);
            } else {
                out[at + i] = dflt;
            }
        }
    }

    /** Linear for voxels [from, to) with the per-voxel inside test and the border clamps ({@link #linearF1}). */
    private void linearF1Tested(int vol, double sx, double sy, double sz, double dx, double dy, double dz, double[] alpha, int from,
            int to, float[] out, int at, float dflt) {
        final float[] src = fsrc;
        final double ex = nx - 0.5, ey = ny - 0.5, ez = nz - 0.5;
        final int row = nx, slice = row * ny;
        final int volOff = vol * slice * nz;
        final int lx = nx - 1, ly = ny - 1, lz = nz - 1;
        for (int i = from; i < to; i++) {
            double a = alpha[i];
            double x = sx + a * dx, y = sy + a * dy, z = sz + a * dz;
            if (x >= -0.5 && x < ex && y >= -0.5 && y < ey && z >= -0.5 && z < ez) {
                int bx = (int) x, by = (int) y, bz = (int) z;
                double fx = Math.max(x - bx, 0.0), fy = Math.max(y - by, 0.0), fz = Math.max(z - bz, 0.0);
                int tx = bx < lx ? 1 : 0, ty = by < ly ? row : 0, tz = bz < lz ? slice : 0;
                int q = volOff + bz * slice + by * row + bx;
                int qy = q + ty, qz = q + tz, qyz = qz + ty;
                double v000 = src[q], v100 = src[q + tx], v010 = src[qy], v110 = src[qy + tx];
                double v001 = src[qz], v101 = src[qz + tx], v011 = src[qyz], v111 = src[qyz + tx];
                double x00 = v000 + (v100 - v000) * fx, x10 = v010 + (v110 - v010) * fx;
                double x01 = v001 + (v101 - v001) * fx, x11 = v011 + (v111 - v011) * fx;
                double y0 = x00 + (x10 - x00) * fy, y1 = x01 + (x11 - x01) * fy;
                out[at + i] = toFloat32(y0 + (y1 - y0) * fz);
            } else {
                out[at + i] = dflt;
            }
        }
    }

    /**
     * Per-thread buffers of the linear interior pass, sized for one output line.
     */
    static final class LineScratch {
        final int[] base;
        final double[] fx;
        final double[] fy;
        final double[] fz;

        LineScratch(int n) {
            base = new int[n];
            fx = new double[n];
            fy = new double[n];
            fz = new double[n];
        }
    }

    /**
     * Linear for voxels [from, to) known to satisfy {@code 0 ≤ x < size − 1} on every axis: base =
     * truncation = floor, fraction ≥ 0, all 8 neighbours inside — the same arithmetic as
     * {@link #linearF1Tested} without its tests and clamps. Two passes: the base offsets and fractions of
     * the whole run first (no memory dependence, so the JIT pipelines the conversions), then the
     * gathers and the lerps; the values are those of a single pass, bit for bit.
     */
    private void linearF1Interior(int vol, double sx, double sy, double sz, double dx, double dy, double dz, double[] alpha, int from,
            int to, float[] out, int at, LineScratch scratch) {
        final float[] src = fsrc;
        final int row = nx, slice = row * ny;
        final int volOff = vol * slice * nz;
        final int[] base = scratch.base;
        final double[] gx = scratch.fx, gy = scratch.fy, gz = scratch.fz;
        for (int i = from; i < to; i++) {
            double a = alpha[i];
            double x = sx + a * dx, y = sy + a * dy, z = sz + a * dz;
            int bx = (int) x, by = (int) y, bz = (int) z;
            gx[i] = x - bx;
            gy[i] = y - by;
            gz[i] = z - bz;
            base[i] = volOff + bz * slice + by * row + bx;
        }
        for (int i = from; i < to; i++) {
            double fx = gx[i], fy = gy[i], fz = gz[i];
            int q = base[i];
            int qy = q + row, qz = q + slice, qyz = qz + row;
            double v000 = src[q], v100 = src[q + 1], v010 = src[qy], v110 = src[qy + 1];
            double v001 = src[qz], v101 = src[qz + 1], v011 = src[qyz], v111 = src[qyz + 1];
            double x00 = v000 + (v100 - v000) * fx, x10 = v010 + (v110 - v010) * fx;
            double x01 = v001 + (v101 - v001) * fx, x11 = v011 + (v111 - v011) * fx;
            double y0 = x00 + (x10 - x00) * fy, y1 = x01 + (x11 - x01) * fy;
            double v = y0 + (y1 - y0) * fz;
            out[at + i] = v <= -Float.MAX_VALUE ? -Float.MAX_VALUE : v >= Float.MAX_VALUE ? Float.MAX_VALUE : (float) v;
        }
    }

    /** ITK's {@code Math::RoundHalfIntegerUp}: {@code RoundHalfIntegerToEven(2x + 0.5) >> 1}. */
    static int roundHalfUp(double x) {
        return ((int) Math.rint(2.0 * x + 0.5)) >> 1;
    }

    private void nearestF(int vol, double sx, double sy, double sz, double dx, double dy, double dz, double[] alpha, int n,
            double[] out, double dflt) {
        final float[] src = fsrc;
        final int nc = this.nc;
        final double ex = nx - 0.5, ey = ny - 0.5, ez = nz - 0.5;
        final int row = nx * nc, slice = row * ny;
        final int volOff = vol * slice * nz;
        for (int i = 0, o = 0; i < n; i++, o += nc) {
            double a = alpha[i];
            double x = sx + a * dx, y = sy + a * dy, z = sz + a * dz;
            if (x >= -0.5 && x < ex && y >= -0.5 && y < ey && z >= -0.5 && z < ez) {
                int p = volOff + roundHalfUp(z) * slice + roundHalfUp(y) * row + roundHalfUp(x) * nc;
                for (int c = 0; c < nc; c++) {
                    out[o + c] = src[p + c];
                }
            } else {
                for (int c = 0; c < nc; c++) {
                    out[o + c] = dflt;
                }
            }
        }
    }

    private void nearestD(int vol, double sx, double sy, double sz, double dx, double dy, double dz, double[] alpha, int n,
            double[] out, double dflt) {
        final double[] src = dsrc;
        final int nc = this.nc;
        final double ex = nx - 0.5, ey = ny - 0.5, ez = nz - 0.5;
        final int row = nx * nc, slice = row * ny;
        final int volOff = vol * slice * nz;
        for (int i = 0, o = 0; i < n; i++, o += nc) {
            double a = alpha[i];
            double x = sx + a * dx, y = sy + a * dy, z = sz + a * dz;
            if (x >= -0.5 && x < ex && y >= -0.5 && y < ey && z >= -0.5 && z < ez) {
                int p = volOff + roundHalfUp(z) * slice + roundHalfUp(y) * row + roundHalfUp(x) * nc;
                for (int c = 0; c < nc; c++) {
                    out[o + c] = src[p + c];
                }
            } else {
                for (int c = 0; c < nc; c++) {
                    out[o + c] = dflt;
                }
            }
        }
    }

    /*
     * Linear: ITK's base index is floor(x) clamped below to 0 with distance x − base (≤ 0 means no
     * step); the step to the next voxel is dropped past the last voxel. Truncation (int) x equals that
     * clamped floor for x ≥ −0.5.
     */
    private void linearF(int vol, double sx, double sy, double sz, double dx, double dy, double dz, double[] alpha, int n,
            double[] out, double dflt) {
        if (nc == 1) {
            linearF1(vol, sx, sy, sz, dx, dy, dz, alpha, n, out, dflt);
            return;
        }
        final float[] src = fsrc;
        final int nc = this.nc;
        final double ex = nx - 0.5, ey = ny - 0.5, ez = nz - 0.5;
        final int row = nx * nc, slice = row * ny;
        final int volOff = vol * slice * nz;
        final int lx = nx - 1, ly = ny - 1, lz = nz - 1;
        for (int i = 0, o = 0; i < n; i++, o += nc) {
            double a = alpha[i];
            double x = sx + a * dx, y = sy + a * dy, z = sz + a * dz;
            if (x >= -0.5 && x < ex && y >= -0.5 && y < ey && z >= -0.5 && z < ez) {
                int bx = (int) x, by = (int) y, bz = (int) z;
                double fx = x - bx, fy = y - by, fz = z - bz;
                if (fx < 0) fx = 0;
                if (fy < 0) fy = 0;
                if (fz < 0) fz = 0;
                int tx = bx < lx ? nc : 0, ty = by < ly ? row : 0, tz = bz < lz ? slice : 0;
                int p = volOff + bz * slice + by * row + bx * nc;
                for (int c = 0; c < nc; c++) {
                    int q = p + c;
                    double v000 = src[q], v100 = src[q + tx], v010 = src[q + ty], v110 = src[q + ty + tx];
                    double v001 = src[q + tz], v101 = src[q + tz + tx], v011 = src[q + tz + ty], v111 = src[q + tz + ty + tx];
                    double x00 = v000 + (v100 - v000) * fx, x10 = v010 + (v110 - v010) * fx;
                    double x01 = v001 + (v101 - v001) * fx, x11 = v011 + (v111 - v011) * fx;
                    double y0 = x00 + (x10 - x00) * fy, y1 = x01 + (x11 - x01) * fy;
                    out[o + c] = y0 + (y1 - y0) * fz;
                }
            } else {
                for (int c = 0; c < nc; c++) {
                    out[o + c] = dflt;
                }
            }
        }
    }

    /** {@link #linearF} for scalar images (same arithmetic, no component loop). */
    private void linearF1(int vol, double sx, double sy, double sz, double dx, double dy, double dz, double[] alpha, int n,
            double[] out, double dflt) {
        final float[] src = fsrc;
        final double ex = nx - 0.5, ey = ny - 0.5, ez = nz - 0.5;
        final int row = nx, slice = row * ny;
        final int volOff = vol * slice * nz;
        final int lx = nx - 1, ly = ny - 1, lz = nz - 1;
        for (int i = 0; i < n; i++) {
            double a = alpha[i];
            double x = sx + a * dx, y = sy + a * dy, z = sz + a * dz;
            if (x >= -0.5 && x < ex && y >= -0.5 && y < ey && z >= -0.5 && z < ez) {
                int bx = (int) x, by = (int) y, bz = (int) z;
                double fx = Math.max(x - bx, 0.0), fy = Math.max(y - by, 0.0), fz = Math.max(z - bz, 0.0);
                int tx = bx < lx ? 1 : 0, ty = by < ly ? row : 0, tz = bz < lz ? slice : 0;
                int q = volOff + bz * slice + by * row + bx;
                int qy = q + ty, qz = q + tz, qyz = qz + ty;
                double v000 = src[q], v100 = src[q + tx], v010 = src[qy], v110 = src[qy + tx];
                double v001 = src[qz], v101 = src[qz + tx], v011 = src[qyz], v111 = src[qyz + tx];
                double x00 = v000 + (v100 - v000) * fx, x10 = v010 + (v110 - v010) * fx;
                double x01 = v001 + (v101 - v001) * fx, x11 = v011 + (v111 - v011) * fx;
                double y0 = x00 + (x10 - x00) * fy, y1 = x01 + (x11 - x01) * fy;
                out[i] = y0 + (y1 - y0) * fz;
            } else {
                out[i] = dflt;
            }
        }
    }

    private void linearD(int vol, double sx, double sy, double sz, double dx, double dy, double dz, double[] alpha, int n,
            double[] out, double dflt) {
        final double[] src = dsrc;
        final int nc = this.nc;
        final double ex = nx - 0.5, ey = ny - 0.5, ez = nz - 0.5;
        final int row = nx * nc, slice = row * ny;
        final int volOff = vol * slice * nz;
        final int lx = nx - 1, ly = ny - 1, lz = nz - 1;
        for (int i = 0, o = 0; i < n; i++, o += nc) {
            double a = alpha[i];
            double x = sx + a * dx, y = sy + a * dy, z = sz + a * dz;
            if (x >= -0.5 && x < ex && y >= -0.5 && y < ey && z >= -0.5 && z < ez) {
                int bx = (int) x, by = (int) y, bz = (int) z;
                double fx = x - bx, fy = y - by, fz = z - bz;
                if (fx < 0) fx = 0;
                if (fy < 0) fy = 0;
                if (fz < 0) fz = 0;
                int tx = bx < lx ? nc : 0, ty = by < ly ? row : 0, tz = bz < lz ? slice : 0;
                int p = volOff + bz * slice + by * row + bx * nc;
                for (int c = 0; c < nc; c++) {
                    int q = p + c;
                    double v000 = src[q], v100 = src[q + tx], v010 = src[q + ty], v110 = src[q + ty + tx];
                    double v001 = src[q + tz], v101 = src[q + tz + tx], v011 = src[q + tz + ty], v111 = src[q + tz + ty + tx];
                    double x00 = v000 + (v100 - v000) * fx, x10 = v010 + (v110 - v010) * fx;
                    double x01 = v001 + (v101 - v001) * fx, x11 = v011 + (v111 - v011) * fx;
                    double y0 = x00 + (x10 - x00) * fy, y1 = x01 + (x11 - x01) * fy;
                    out[o + c] = y0 + (y1 - y0) * fz;
                }
            } else {
                for (int c = 0; c < nc; c++) {
                    out[o + c] = dflt;
                }
            }
        }
    }

}
