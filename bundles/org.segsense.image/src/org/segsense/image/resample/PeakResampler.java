// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.resample;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.Peaks;
import org.segsense.image.transform.AffineTransform;

/**
 * Sign-symmetric trilinear resampling of a peak image ({@link Peaks}): a peak {@code v} and its
 * negation {@code −v} are the same fibre direction, so plain component-wise linear interpolation
 * would cancel neighbours that happen to be stored with opposite signs. Here, for each output voxel
 * and each peak slot j, the 8 neighbours' vectors are first <b>sign-aligned to a reference</b> — the
 * non-zero neighbour with the largest trilinear weight (ties: the first in x-fastest order) — by
 * negating those with a negative dot product with it, and then averaged with the trilinear weights.
 * Negating any input vector therefore leaves the output unchanged, or negates it when the reference
 * itself was negated — the same peak either way. (The alternative, interpolating the outer products
 * v vᵀ and taking the principal eigenvector, was not chosen: it needs an eigen-solve per voxel and
 * loses the amplitude's linearity.) Slot j is interpolated with slot j of the neighbours, as the
 * file stores it (peaks sorted by amplitude); no matching of peaks across voxels is attempted.
 * <p>
 * Positions follow ITK's linear interpolator: a point whose continuous index lies in
 * [−0.5, n − 0.5) on every axis is inside (neighbours beyond the edge are clamped to it), any other
 * point gets zero vectors. Vectors are <i>not</i> reoriented here; the caller rotates them with the
 * content.
 */
public final class PeakResampler {

    private PeakResampler() {
    }

    /**
     * Resamples a peak image onto its own grid.
     *
     * @param peaks the peak image (3-D, 3k components, any pixel type)
     * @param outputToInput the transform from a physical point of the output to the input point it shows
     * @return a float32 peak image on the input grid
     */
    public static Image resample(Image peaks, AffineTransform outputToInput) {
        int nc = Peaks.count(peaks) * 3;
        ImageGeometry g = peaks.geometry();
        int nx = (int) g.size(0), ny = (int) g.size(1), nz = (int) g.size(2);
        float[] in = peaks.toFloatArray();
        float[] out = new float[in.length];
        double[] q = new double[3];
        double[] acc = new double[3];
        int[] corner = new int[8];
        double[] w = new double[8];
        for (int z = 0, o = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++, o++) {
                    double[] phys = g.indexToPhysical(new double[] { x, y, z });
                    outputToInput.transformPoint(phys, q);
                    double[] ci = g.physicalToContinuousIndex(q);
                    if (!inside(ci[0], nx) || !inside(ci[1], ny) || !inside(ci[2], nz)) {
                        continue;
                    }
                    int x0 = (int) Math.floor(ci[0]), y0 = (int) Math.floor(ci[1]), z0 = (int) Math.floor(ci[2]);
                    double fx = ci[0] - x0, fy = ci[1] - y0, fz = ci[2] - z0;
                    for (int k = 0; k < 8; k++) {
                        int cx = clamp(x0 + (k & 1), nx), cy = clamp(y0 + ((k >> 1) & 1), ny), cz = clamp(z0 + ((k >> 2) & 1), nz);
                        corner[k] = ((cz * ny + cy) * nx + cx) * nc;
                        w[k] = ((k & 1) != 0 ? fx : 1 - fx) * (((k >> 1) & 1) != 0 ? fy : 1 - fy) * (((k >> 2) & 1) != 0 ? fz : 1 - fz);
                    }
                    for (int j = 0; j < nc; j += 3) {
                        int ref = reference(in, corner, w, j);
                        if (ref < 0) {
                            continue;
                        }
                        int r = corner[ref] + j;
                        acc[0] = acc[1] = acc[2] = 0;
                        for (int k = 0; k < 8; k++) {
                            int c = corner[k] + j;
                            double dot = in[c] * in[r] + in[c + 1] * in[r + 1] + in[c + 2] * in[r + 2];
                            double s = dot < 0 ? -w[k] : w[k];
                            acc[0] += s * in[c];
                            acc[1] += s * in[c + 1];
                            acc[2] += s * in[c + 2];
                        }
                        out[o * nc + j] = (float) acc[0];
                        out[o * nc + j + 1] = (float) acc[1];
                        out[o * nc + j + 2] = (float) acc[2];
                    }
                }
            }
        }
        return Image.of(g, PixelType.FLOAT32, nc, out);
    }

    /** @return the index of the non-zero neighbour with the largest weight, or −1 if all are zero */
    private static int reference(float[] v, int[] corner, double[] w, int j) {
        int best = -1;
        for (int k = 0; k < 8; k++) {
            int c = corner[k] + j;
            boolean nonZero = v[c] != 0 || v[c + 1] != 0 || v[c + 2] != 0;
            if (nonZero && w[k] > 0 && (best < 0 || w[k] > w[best])) {
                best = k;
            }
        }
        return best;
    }

    private static boolean inside(double ci, int n) {
        return ci >= -0.5 && ci < n - 0.5;
    }

    private static int clamp(int i, int n) {
        return i < 0 ? 0 : i >= n ? n - 1 : i;
    }
}
