// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.resample;

import java.util.stream.IntStream;

/**
 * Cubic B-spline coefficients of an image, as {@code itk::BSplineDecompositionImageFilter} with
 * spline order 3 and its defaults: one pole {@code z = √3 − 2}, gain {@code (1 − z)(1 − 1/z)},
 * mirror-boundary causal initialisation truncated at {@code horizon = ⌈ln(1e−10)/ln|z|⌉} terms when
 * the line is longer than that, the anticausal initialisation of Unser (1999, with erratum), axes
 * filtered in order x, y, z. Arithmetic in {@code double}, in ITK's operation order. An axis of length
 * 1 is left unchanged.
 */
public final class BSplineDecomposition {

    /** The pole of the cubic B-spline. */
    static final double POLE = Math.sqrt(3.0) - 2.0;
    /** ITK's default tolerance for the causal initialisation. */
    static final double TOLERANCE = 1e-10;

    private BSplineDecomposition() {
    }

    /**
     * Replaces {@code data} by its cubic B-spline coefficients, in place.
     *
     * @param data voxels, x fastest, {@code components} interleaved per voxel, then {@code volumes}
     *        3-D volumes one after the other (each volume filtered on its own)
     * @param nx size along x
     * @param ny size along y
     * @param nz size along z (1 for 2-D images)
     * @param volumes number of 3-D volumes
     * @param components components per voxel (each filtered on its own)
     */
    public static void coefficientsInPlace(double[] data, int nx, int ny, int nz, int volumes, int components) {
        int nc = components;
        int row = nx * nc;
        int slice = row * ny;
        int volume = slice * nz;
        if (nx > 1) {
            int lines = ny * nz * volumes;
            IntStream.range(0, lines).parallel().forEach(l -> filter(data, l * row, nx, nc, nc));
        }
        if (ny > 1) {
            IntStream.range(0, nz * volumes).parallel().forEach(s -> filter(data, s * slice, ny, row, row));
        }
        if (nz > 1) {
            IntStream.range(0, ny * volumes).parallel().forEach(l -> {
                int v = l / ny;
                int y = l - v * ny;
                filter(data, v * volume + y * row, nz, slice, row);
            });
        }
    }

    /**
     * Filters {@code width} interleaved lines at once: line k has its samples at
     * {@code base + k + m·stride}, m = 0..n−1 (width ≤ stride).
     */
    static void filter(double[] a, int base, int n, int stride, int width) {
        double z = POLE;
        double c0 = (1.0 - z) * (1.0 - 1.0 / z);
        int end = base + n * stride;
        for (int m = base; m < end; m += stride) {
            for (int k = 0; k < width; k++) {
                a[m + k] *= c0;
            }
        }
        // causal initialisation (mirror boundaries), as SetInitialCausalCoefficient
        long horizon = (long) Math.ceil(Math.log(TOLERANCE) / Math.log(Math.abs(z)));
        if (horizon < n) {
            double zn = z;
            double[] sum = new double[width];
            for (int k = 0; k < width; k++) {
                sum[k] = a[base + k];
            }
            for (int m = 1; m < horizon; m++) {
                int o = base + m * stride;
                for (int k = 0; k < width; k++) {
                    sum[k] += zn * a[o + k];
                }
                zn *= z;
            }
            for (int k = 0; k < width; k++) {
                a[base + k] = sum[k];
            }
        } else {
            double iz = 1.0 / z;
            double z2n0 = Math.pow(z, (double) (n - 1L));
            double[] sum = new double[width];
            int last = base + (n - 1) * stride;
            for (int k = 0; k < width; k++) {
                sum[k] = a[base + k] + z2n0 * a[last + k];
            }
            double zn = z;
            double z2n = z2n0 * (z2n0 * iz); // ITK: z2n *= z2n * iz
            for (int m = 1; m <= n - 2; m++) {
                int o = base + m * stride;
                double f = zn + z2n;
                for (int k = 0; k < width; k++) {
                    sum[k] += f * a[o + k];
                }
                zn *= z;
                z2n *= iz;
            }
            double div = 1.0 - zn * zn;
            for (int k = 0; k < width; k++) {
                a[base + k] = sum[k] / div;
            }
        }
        // causal recursion
        for (int m = base + stride; m < end; m += stride) {
            int p = m - stride;
            for (int k = 0; k < width; k++) {
                a[m + k] += z * a[p + k];
            }
        }
        // anticausal initialisation
        int last = base + (n - 1) * stride;
        int prev = last - stride;
        double f = z / (z * z - 1.0);
        for (int k = 0; k < width; k++) {
            a[last + k] = f * (z * a[prev + k] + a[last + k]);
        }
        // anticausal recursion
        for (int m = prev; m >= base; m -= stride) {
            int q = m + stride;
            for (int k = 0; k < width; k++) {
                a[m + k] = z * (a[q + k] - a[m + k]);
            }
        }
    }
}
