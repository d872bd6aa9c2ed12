// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.resample;

/**
 * The cubic B-spline evaluation of {@link ImageInterpolator} ({@link Interpolation#BSPLINE}), as ITK's
 * {@code BSplineInterpolateImageFunction} of order 3: weights on the coefficients of
 * {@link BSplineDecomposition}, with ITK's mirror boundary conditions as precomputed offset tables.
 * Layout of the coefficients: x fastest, then y, z, volume; components interleaved. Immutable.
 */
final class BSplineKernel {

    static final int PAD = 4;

    private final double[] coefficients;
    private final int nx;
    private final int ny;
    private final int nz;
    private final int nc;
    /** Mirrored index → element offset tables, indexed by i + PAD. */
    private final int[] mirrorX;
    private final int[] mirrorY;
    private final int[] mirrorZ;

    BSplineKernel(double[] coefficients, int nx, int ny, int nz, int nc) {
        this.coefficients = coefficients;
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.nc = nc;
        this.mirrorX = mirrorTable(nx, nc);
        this.mirrorY = mirrorTable(ny, nx * nc);
        this.mirrorZ = mirrorTable(nz, nx * ny * nc);
    }

    /**
     * Mirror table as ITK's {@code ApplyMirrorBoundaryConditions} (first {@code i < 0 → −i}, then
     * {@code i ≥ n−1 → 2(n−1) − i}; everything to 0 when n = 1), for i in [−PAD, n + PAD), times the
     * stride. Indices that a single reflection cannot bring inside (tiny images, where ITK would read
     * outside its buffer) are clamped.
     */
    static int[] mirrorTable(int n, int stride) {
        int[] t = new int[n + 2 * PAD];
        int end = n - 1;
        for (int k = 0; k < t.length; k++) {
            int i = k - PAD;
            int m;
            if (n == 1) {
                m = 0;
            } else {
                m = i;
                if (m < 0) {
                    m = -m;
                }
                if (m >= end) {
                    m = end - (m - end);
                }
                m = Math.max(0, Math.min(end, m));
            }
            t[k] = m * stride;
        }
        return t;
    }

    /*
     * Cubic B-spline, as BSplineInterpolateImageFunction::EvaluateAtContinuousIndexInternal: support
     * starts at floor((float) x) − 1 (ITK casts to float there), w = x − (start + 1),
     * weights {1/6 + w(w−1)/2 − w³/6, 1 − ..., w + w0 − 2w3, w³/6}, mirrored indices.
     */
    void evaluate(int vol, double sx, double sy, double sz, double dx, double dy, double dz, double[] alpha, int n,
            double[] out, double dflt) {
        final double[] cf = coefficients;
                final double ex = nx - 0.5, ey = ny - 0.5, ez = nz - 0.5;
        final int volOff = vol * nx * ny * nz * nc;
        final int[] mx = mirrorX, my = mirrorY, mz = mirrorZ;
        final double sixth = 1.0 / 6.0;
        final int sliceStep = nx * ny;
        for (int i = 0, o = 0; i < n; i++, o += nc) {
            double a = alpha[i];
            double x = sx + a * dx, y = sy + a * dy, z = sz + a * dz;
            if (!(x >= -0.5 && x < ex && y >= -0.5 && y < ey && z >= -0.5 && z < ez)) {
                for (int c = 0; c < nc; c++) {
                    out[o + c] = dflt;
                }
                continue;
            }
            int ix = (int) Math.floor((float) x) - 1;
            int iy = (int) Math.floor((float) y) - 1;
            int iz = (int) Math.floor((float) z) - 1;
            double w = x - (ix + 1);
            double wx3 = sixth * w * w * w;
            double wx0 = sixth + 0.5 * w * (w - 1.0) - wx3;
            double wx2 = w + wx0 - 2.0 * wx3;
            double wx1 = 1.0 - wx0 - wx2 - wx3;
            w = y - (iy + 1);
            double wy3 = sixth * w * w * w;
            double wy0 = sixth + 0.5 * w * (w - 1.0) - wy3;
            double wy2 = w + wy0 - 2.0 * wy3;
            double wy1 = 1.0 - wy0 - wy2 - wy3;
            w = z - (iz + 1);
            double wz3 = sixth * w * w * w;
            double wz0 = sixth + 0.5 * w * (w - 1.0) - wz3;
            double wz2 = w + wz0 - 2.0 * wz3;
            double wz1 = 1.0 - wz0 - wz2 - wz3;
            if (nc == 1 && ix >= 0 && iy >= 0 && iz >= 0 && ix + 3 < nx && iy + 3 < ny && iz + 3 < nz) {
                // interior: no mirroring, rows of 4 contiguous coefficients
                int p = volOff + (iz * ny + iy) * nx + ix;
                double acc = 0;
                for (int k = 0; k < 4; k++, p += sliceStep) {
                    double wz = k == 0 ? wz0 : k == 1 ? wz1 : k == 2 ? wz2 : wz3;
                    int r0 = p, r1 = p + nx, r2 = r1 + nx, r3 = r2 + nx;
                    double a0 = wx0 * cf[r0] + wx1 * cf[r0 + 1] + wx2 * cf[r0 + 2] + wx3 * cf[r0 + 3];
                    double a1 = wx0 * cf[r1] + wx1 * cf[r1 + 1] + wx2 * cf[r1 + 2] + wx3 * cf[r1 + 3];
                    double a2 = wx0 * cf[r2] + wx1 * cf[r2 + 1] + wx2 * cf[r2 + 2] + wx3 * cf[r2 + 3];
                    double a3 = wx0 * cf[r3] + wx1 * cf[r3 + 1] + wx2 * cf[r3 + 2] + wx3 * cf[r3 + 3];
                    acc += wz * (wy0 * a0 + wy1 * a1 + wy2 * a2 + wy3 * a3);
                }
                out[o] = acc;
                continue;
            }
            int kx = ix + PAD, ky = iy + PAD, kz = iz + PAD;
            int x0 = mx[kx], x1 = mx[kx + 1], x2 = mx[kx + 2], x3 = mx[kx + 3];
            int y0 = my[ky], y1 = my[ky + 1], y2 = my[ky + 2], y3 = my[ky + 3];
            int z0 = mz[kz] + volOff, z1 = mz[kz + 1] + volOff, z2 = mz[kz + 2] + volOff, z3 = mz[kz + 3] + volOff;
            for (int c = 0; c < nc; c++) {
                double s0 = plane(cf, z0 + c, y0, y1, y2, y3, x0, x1, x2, x3, wy0, wy1, wy2, wy3, wx0, wx1, wx2, wx3);
                double s1 = plane(cf, z1 + c, y0, y1, y2, y3, x0, x1, x2, x3, wy0, wy1, wy2, wy3, wx0, wx1, wx2, wx3);
                double s2 = plane(cf, z2 + c, y0, y1, y2, y3, x0, x1, x2, x3, wy0, wy1, wy2, wy3, wx0, wx1, wx2, wx3);
                double s3 = plane(cf, z3 + c, y0, y1, y2, y3, x0, x1, x2, x3, wy0, wy1, wy2, wy3, wx0, wx1, wx2, wx3);
                out[o + c] = wz0 * s0 + wz1 * s1 + wz2 * s2 + wz3 * s3;
            }
        }
    }

    private static double plane(double[] cf, int p, int y0, int y1, int y2, int y3, int x0, int x1, int x2, int x3, double wy0,
            double wy1, double wy2, double wy3, double wx0, double wx1, double wx2, double wx3) {
        int r0 = p + y0, r1 = p + y1, r2 = p + y2, r3 = p + y3;
        double a0 = wx0 * cf[r0 + x0] + wx1 * cf[r0 + x1] + wx2 * cf[r0 + x2] + wx3 * cf[r0 + x3];
        double a1 = wx0 * cf[r1 + x0] + wx1 * cf[r1 + x1] + wx2 * cf[r1 + x2] + wx3 * cf[r1 + x3];
        double a2 = wx0 * cf[r2 + x0] + wx1 * cf[r2 + x1] + wx2 * cf[r2 + x2] + wx3 * cf[r2 + x3];
        double a3 = wx0 * cf[r3 + x0] + wx1 * cf[r3 + x1] + wx2 * cf[r3 + x2] + wx3 * cf[r3 + x3];
        return wy0 * a0 + wy1 * a1 + wy2 * a2 + wy3 * a3;
    }
}
