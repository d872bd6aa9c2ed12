// SPDX-License-Identifier: EPL-2.0
package org.segsense.reference;

import java.util.stream.IntStream;

/**
 * Read access to K rater arrays of one primitive type, in chunks, without boxing. Internal.
 */
abstract class Raters {

    final int count;
    final int length;

    private Raters(int count, int length) {
        this.count = count;
        this.length = length;
    }

    /** Copies label values of {@code rater} for voxels [from, to) into {@code dst[0..to-from)}. */
    abstract void readLabels(int rater, int from, int to, int[] dst);

    /** Writes 1 where the voxel equals the foreground value (ITK's test), else 0. */
    abstract void readForeground(int rater, int from, int to, int[] dst, double foreground);

    static Raters of(byte[][] r) {
        int n = check(r.length, r.length == 0 ? 0 : lengthOf(r[0]));
        for (byte[] a : r) {
            checkLength(a == null ? -1 : a.length, n);
        }
        return new Raters(r.length, n) {
            @Override
            void readLabels(int k, int from, int to, int[] dst) {
                byte[] a = r[k];
                for (int i = from; i < to; i++) {
                    dst[i - from] = a[i] & 0xff;
                }
            }

            @Override
            void readForeground(int k, int from, int to, int[] dst, double fg) {
                byte[] a = r[k];
                int f = integral(fg);
                for (int i = from; i < to; i++) {
                    dst[i - from] = (a[i] & 0xff) == f ? 1 : 0;
                }
            }
        };
    }

    static Raters of(short[][] r) {
        int n = check(r.length, r.length == 0 ? 0 : lengthOf(r[0]));
        for (short[] a : r) {
            checkLength(a == null ? -1 : a.length, n);
        }
        return new Raters(r.length, n) {
            @Override
            void readLabels(int k, int from, int to, int[] dst) {
                short[] a = r[k];
                for (int i = from; i < to; i++) {
                    dst[i - from] = a[i];
                }
            }

            @Override
            void readForeground(int k, int from, int to, int[] dst, double fg) {
                short[] a = r[k];
                int f = integral(fg);
                for (int i = from; i < to; i++) {
                    dst[i - from] = a[i] == f ? 1 : 0;
                }
            }
        };
    }

    static Raters of(int[][] r) {
        int n = check(r.length, r.length == 0 ? 0 : lengthOf(r[0]));
        for (int[] a : r) {
            checkLength(a == null ? -1 : a.length, n);
        }
        return new Raters(r.length, n) {
            @Override
            void readLabels(int k, int from, int to, int[] dst) {
                System.arraycopy(r[k], from, dst, 0, to - from);
            }

            @Override
            void readForeground(int k, int from, int to, int[] dst, double fg) {
                int[] a = r[k];
                int f = integral(fg);
                for (int i = from; i < to; i++) {
                    dst[i - from] = a[i] == f ? 1 : 0;
                }
            }
        };
    }

    static Raters of(float[][] r) {
        int n = check(r.length, r.length == 0 ? 0 : lengthOf(r[0]));
        for (float[] a : r) {
            checkLength(a == null ? -1 : a.length, n);
        }
        return new Raters(r.length, n) {
            @Override
            void readLabels(int k, int from, int to, int[] dst) {
                float[] a = r[k];
                for (int i = from; i < to; i++) {
                    float v = a[i];
                    if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                        throw new IllegalArgumentException("rater " + k + " voxel " + i + " has a non-integer label " + v);
                    }
                    dst[i - from] = (int) v;
                }
            }

            @Override
            void readForeground(int k, int from, int to, int[] dst, double fg) {
                float[] a = r[k];
                // ITK STAPLEImageFilter: |value - foreground| < 1e-10 (open interval)
                double lo = fg - 1.0e-10;
                double hi = fg + 1.0e-10;
                for (int i = from; i < to; i++) {
                    double v = a[i];
                    dst[i - from] = v > lo && v < hi ? 1 : 0;
                }
            }
        };
    }

    /** An integer foreground value, or a value no integer voxel can equal. */
    private static int integral(double fg) {
        if (fg == Math.rint(fg) && Math.abs(fg) <= Integer.MAX_VALUE) {
            return (int) fg;
        }
        return Integer.MIN_VALUE; // never equals an unsigned byte/short/int label below (documented)
    }

    private static int lengthOf(Object a) {
        if (a == null) {
            throw new IllegalArgumentException("rater 0 is null");
        }
        return java.lang.reflect.Array.getLength(a);
    }

    private static int check(int raters, int n) {
        if (raters < 1) {
            throw new IllegalArgumentException("at least one rater is required");
        }
        return n;
    }

    private static void checkLength(int len, int n) {
        if (len != n) {
            throw new IllegalArgumentException("all raters must have the same number of voxels (" + n + "), got "
                    + (len < 0 ? "null" : String.valueOf(len)));
        }
    }

    /** Voxels per chunk of the parallel passes (fixed, so chunking and results are deterministic). */
    static int chunkSize() {
        return 1 << 16;
    }

    /** Runs {@code task(chunk)} over all chunks of {@code n} voxels, in parallel. */
    static void forEachChunk(int n, java.util.function.IntConsumer task) {
        int chunks = (n + chunkSize() - 1) / chunkSize();
        if (chunks <= 1) {
            for (int c = 0; c < chunks; c++) {
                task.accept(c);
            }
            return;
        }
        IntStream.range(0, chunks).parallel().forEach(task);
    }
}
