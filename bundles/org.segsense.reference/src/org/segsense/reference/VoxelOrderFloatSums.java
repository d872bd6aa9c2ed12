// SPDX-License-Identifier: EPL-2.0
package org.segsense.reference;

/**
 * Sums of float values in voxel order, bit for bit as a C++ loop {@code float s; s += x;} over the voxels
 * computes them (IEEE 754 binary32, round to nearest even), but in time proportional to the number of
 * <em>runs</em> of equal values rather than of voxels. Internal.
 *
 * <p>ITK's {@code MultiLabelSTAPLEImageFilter<…, float>} (SimpleITK's instantiation) accumulates each
 * confusion-matrix entry as such a sequential float sum over millions of voxels; once the sum is large,
 * each addition is rounded to the sum's grid (2 M voxels: steps of 0.25), so the result depends on the
 * voxel order and differs from the exact sum by up to ~1e-5 relative — enough to change the iteration
 * count. Since the added value depends only on the voxel's rater-label tuple, runs of equal tuples in
 * voxel order add the same value m times; {@link #addRepeated} does those m additions at once.
 */
final class VoxelOrderFloatSums {

    /** 2^i for i = −{@value #POW_OFFSET}…{@value #POW_OFFSET}, exact doubles (Math.scalb is slow). */
    private static final double[] POW2 = new double[2 * 200 + 1];
    private static final int POW_OFFSET = 200;

    static {
        for (int i = 0; i < POW2.length; i++) {
            POW2[i] = Math.scalb(1.0, i - POW_OFFSET);
        }
    }

    private VoxelOrderFloatSums() {
    }

    /** Tuple id per run and run length, in voxel order. */
    static final class Runs {
        final int[] tuple;
        final int[] length;
        final int count;

        private Runs(int[] tuple, int[] length, int count) {
            this.tuple = tuple;
            this.length = length;
            this.count = count;
        }
    }

    /**
     * Run-length encodes the voxels' tuple ids in voxel order.
     *
     * @param voxelTuple tuple id per voxel (all ≥ 0)
     * @return the runs
     */
    static Runs runs(int[] voxelTuple) {
        int n = voxelTuple.length;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || voxelTuple[i] != voxelTuple[i - 1]) {
                count++;
            }
        }
        int[] tuple = new int[count];
        int[] length = new int[count];
        int r = -1;
        for (int i = 0; i < n; i++) {
            if (i == 0 || voxelTuple[i] != voxelTuple[i - 1]) {
                r++;
                tuple[r] = voxelTuple[i];
            }
            length[r]++;
        }
        return new Runs(tuple, length, count);
    }

    /**
     * {@code m} sequential float additions {@code s = s + x}, with x ≥ 0 and s ≥ 0 finite.
     *
     * <p>Within one binade [2^e, 2^(e+1)) of the sum, floats are the multiples of u = 2^(e−23); while the
     * exact sum stays in the binade, every addition adds round(x / u)·u (unless x / u ends in exactly .5, a
     * tie whose rounding depends on the parity of s: then one addition at a time). So the additions are
     * done in blocks, one block per binade, plus single additions near binade ends and for ties.
     *
     * @param s start value
     * @param x value added each time
     * @param m number of additions (≥ 0)
     * @return the float sum, identical to the sequential loop's
     */
    static float addRepeated(float s, float x, int m) {
        while (m > 0) {
            float s1 = s + x;
            if (s1 == s) {
                return s; // absorbed: every further addition is absorbed too
            }
            s = s1;
            m--;
            if (m < 4) {
                continue;
            }
            // s > 0 here; its binade exponent e (subnormals share the grid of the first normal binade)
            int e = Math.max((Float.floatToRawIntBits(s) >>> 23) - 127, Float.MIN_EXPONENT);
            double u = POW2[POW_OFFSET + e - 23];
            double xu = x * POW2[POW_OFFSET + 23 - e];
            double whole = Math.floor(xu);
            double frac = xu - whole;
            if (frac == 0.5) {
                continue; // tie: rounding alternates with the parity of s
            }
            double d = (frac < 0.5 ? whole : whole + 1) * u;
            if (d == 0) {
                continue; // the next addition is absorbed
            }
            double top = POW2[POW_OFFSET + e + 1];
            // additions i = 0, 1, … from s keep the exact sum s + i·d + x below top while i < (top − x − s) / d;
            // one fewer than that bound is taken so that the rounding of the quotient cannot matter
            long steps = (long) Math.floor((top - x - s) / d) - 1;
            if (steps <= 0) {
                continue;
            }
            if (steps > m) {
                steps = m;
            }
            s = (float) (s + steps * d);
            m -= (int) steps;
        }
        return s;
    }
}
